"""Read a YAML data file safely: every scalar a string, every hazard a finding, never a crash.

The file is read from libyaml's event stream (PyYAML's pure-Python parser where libyaml is
missing) and composed here, iteratively, into plain dicts, lists and strings. Nothing is ever
constructed from a tag, anchors and aliases are refused rather than expanded (so an alias bomb
costs nothing), and nesting is capped before it can grow. Line numbers are not recorded on the
fast path: :meth:`ParsedFile.locate` parses the file again, with marks, only when a finding
needs a position.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from commit_tracker.findings import Finding

MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused unread."""

MAX_DEPTH = 64
"""Deeper nesting is refused; the data files need 7 levels."""

HAS_LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))

# C0 and C1 controls other than tab, line feed and carriage return; the Unicode line and
# paragraph separators and NEL, which YAML counts as line breaks and editors do not; a
# stray byte-order mark; a carriage return not followed by a line feed.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_LONE_CR = re.compile("\r(?!\n)")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))

_TOO_DEEP = f"nesting deeper than {MAX_DEPTH} levels; the data files need far fewer"
# What libyaml's scanner says when it reaches its own nesting limit (1000 levels in 0.2.6).
_LIBYAML_DEPTH_PROBLEMS = frozenset(("exceeded maximum nesting depth",))

Position = tuple[int, int]
"""A 1-based (line, column)."""


class _ParseStopError(Exception):
    """Composition cannot go on; the finding says why."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


@dataclass
class ParsedFile:
    """A data file as read: its text, its data (None when unusable) and what was wrong."""

    path: Path
    display: str
    text: str | None
    data: dict[str, Any] | None
    findings: list[Finding] = field(default_factory=list)
    pure: bool = False
    _positions: dict[int, Any] | None = field(default=None, repr=False)
    _marked: Any = field(default=None, repr=False)

    def locate(self, loc: tuple[str | int, ...], *, key: bool = False) -> Position:
        """The position of the value at ``loc`` (or of its key), or of the nearest container.

        Parses the file a second time, recording marks; done once, only when needed.
        """
        if self.text is None:
            return (1, 1)
        if self._positions is None:
            positions: dict[int, Any] = {}
            try:
                self._marked = _compose(self.text, self.display, self.pure, positions)[0]
            except _ParseStopError:
                self._marked = None
            self._positions = positions
        node, where = self._marked, (1, 1)
        for step in loc:
            marks = self._positions.get(id(node))
            if marks is None:
                break
            if isinstance(node, dict) and isinstance(step, str) and step in node:
                key_pos, value_pos = marks["keys"][step]
                where = key_pos if key and step == loc[-1] else value_pos
                node = node[step]
            elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
                where = marks["items"][step]
                node = node[step]
            else:
                break
        return where


def read_file(path: Path, display: str, *, pure: bool = False, max_bytes: int = MAX_BYTES) -> ParsedFile:
    """Read and compose one data file; every problem becomes a finding on the result."""
    size = path.stat().st_size
    if size > max_bytes:
        return _too_large(path, display, size, max_bytes, pure)
    return read_bytes(path.read_bytes(), path, display, pure=pure, max_bytes=max_bytes)


def read_bytes(raw: bytes, path: Path, display: str, *, pure: bool = False, max_bytes: int = MAX_BYTES) -> ParsedFile:
    """Compose a data file's content already in memory: a git blob, or a file read for editing."""
    if len(raw) > max_bytes:
        return _too_large(path, display, len(raw), max_bytes, pure)
    parsed = ParsedFile(path=path, display=display, text=None, data=None, pure=pure or not HAS_LIBYAML)
    text, problem = decode(raw, display)
    if problem is not None:
        parsed.findings.append(problem)
        return parsed
    parsed.text = text
    problem = find_forbidden_character(text, display)
    if problem is not None:
        parsed.findings.append(problem)
        return parsed
    try:
        data, findings = _compose(text, display, parsed.pure, None)
    except _ParseStopError as stop:
        parsed.findings.append(stop.finding)
        return parsed
    parsed.findings.extend(findings)
    if data is None:
        parsed.findings.append(Finding(display, 1, 1, "empty-file", "file holds no data; add a section such as 'followups:' or delete the file"))
    elif not isinstance(data, dict):
        parsed.findings.append(
            Finding(display, 1, 1, "top-level-not-mapping", "the top level must be a mapping of sections (e.g. 'followups:'), not a list or a single value")
        )
    else:
        parsed.data = data
    return parsed


def _too_large(path: Path, display: str, size: int, max_bytes: int, pure: bool) -> ParsedFile:
    parsed = ParsedFile(path=path, display=display, text=None, data=None, pure=pure or not HAS_LIBYAML)
    message = f"file is {size:,} bytes, over the limit of {max_bytes:,}; split it into several data files"
    parsed.findings.append(Finding(display, 1, 1, "file-too-large", message))
    return parsed


def decode(raw: bytes, display: str) -> tuple[str, Finding | None]:
    """Decode UTF-8, dropping a leading byte-order mark; a bad byte becomes a finding."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        message = f"file is not UTF-8 (byte 0x{raw[error.start]:02x}); save it as UTF-8"
        return "", Finding(display, line, column, "encoding", message)


def find_forbidden_character(text: str, display: str) -> Finding | None:
    """The first control character or line separator that would shift or hide text."""
    # One character class scans fast; the alternation with a lone CR would not, so that
    # (rare) case is looked for separately, only when the file has a CR at all.
    match = _FORBIDDEN.search(text)
    if "\r" in text:
        lone = _LONE_CR.search(text)
        if lone is not None and (match is None or lone.start() < match.start()):
            match = lone
    if match is None:
        return None
    offset = match.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    char = match.group()
    name = {
        "\u2028": "line separator U+2028",
        "\u2029": "paragraph separator U+2029",
        "\x85": "next-line character U+0085",
        "\ufeff": "byte-order mark inside the file",
        "\r": "carriage return without a line feed",
    }.get(char, f"control character U+{ord(char):04X}")
    return Finding(display, line, column, "control-character", f"{name} is not allowed: it shifts line numbers or hides text; delete it")


def _mark(event: Any) -> Position:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _compose(text: str, display: str, pure: bool, positions: dict[int, Any] | None) -> tuple[Any, list[Finding]]:
    """Build plain data from the event stream; ``positions`` (if given) receives marks by id."""
    findings: list[Finding] = []
    stack: list[Any] = []
    pending_keys: list[Any] = []  # per open mapping: the key waiting for its value, or _NO_KEY
    key_events: list[Any] = []  # per open mapping: the event of its pending key (marks are read only when needed)
    root: Any = None
    documents = 0
    parser: Any = yaml.BaseLoader(text) if pure else yaml.CBaseLoader(text)
    next_event = parser.get_event

    def problem(event: Any, rule: str, message: str) -> None:
        line, column = _mark(event)
        findings.append(Finding(display, line, column, rule, message))

    def attach(value: Any, event: Any) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        if type(top) is list:
            top.append(value)
            if positions is not None:
                positions[id(top)]["items"].append(_mark(event))
            return
        key = pending_keys[-1]
        if key is _NO_KEY:
            if not isinstance(value, str):
                problem(event, "yaml-key", "a key must be a plain text, not a list or mapping")
                value = _INVALID_KEY
            elif value == "<<" and not getattr(event, "style", None):
                problem(event, "yaml-merge-key", "merge keys ('<<') are not allowed; write the keys out")
            pending_keys[-1] = value
            key_events[-1] = event
            return
        pending_keys[-1] = _NO_KEY
        if key is _INVALID_KEY:
            return
        if key in top:
            line, column = _mark(key_events[-1])
            findings.append(Finding(display, line, column, "duplicate-key", f"key '{key}' appears twice in this mapping; keep one"))
            return
        top[key] = value
        if positions is not None:
            positions[id(top)]["keys"][key] = (_mark(key_events[-1]), _mark(event))

    try:
        while True:
            event = next_event()
            kind = type(event)
            if kind is ScalarEvent:
                if event.anchor is not None:
                    problem(event, "yaml-anchor", f"anchor '&{event.anchor}' is not allowed; write the value out")
                if event.tag is not None:
                    problem(event, "yaml-tag", f"tag '{event.tag}' is not allowed; values are plain text")
                value = event.value
                # Plain style is '' from libyaml and None from the pure-Python parser; a key
                # stays text even when it reads 'null'.
                is_key = bool(stack) and type(stack[-1]) is dict and pending_keys[-1] is _NO_KEY
                attach(None if not event.style and value in _NULLS and not is_key else value, event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None:
                    problem(event, "yaml-anchor", f"anchor '&{event.anchor}' is not allowed; write the value out")
                if event.tag is not None:
                    problem(event, "yaml-tag", f"tag '{event.tag}' is not allowed; values are plain data")
                if len(stack) >= MAX_DEPTH:
                    line, column = _mark(event)
                    raise _ParseStopError(Finding(display, line, column, "nesting-depth", _TOO_DEEP))
                container: Any = {} if kind is MappingStartEvent else []
                attach(container, event)
                stack.append(container)
                pending_keys.append(_NO_KEY)
                key_events.append(None)
                if positions is not None:
                    positions[id(container)] = {"keys": {}} if kind is MappingStartEvent else {"items": []}
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                pending_keys.pop()
                key_events.pop()
            elif kind is AliasEvent:
                problem(event, "yaml-alias", f"alias '*{event.anchor}' is not allowed; write the value out")
                attach(None, event)
            elif kind is StreamEndEvent:
                break
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    line, column = _mark(event)
                    findings.append(
                        Finding(
                            display,
                            line,
                            column,
                            "multiple-documents",
                            "a data file holds one YAML document; remove the second '---' and what follows or move it to its own file",
                        )
                    )
                    break
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        # At the end of input the parser points past the last line; point at the end of it instead.
        last = max(1, len(text.splitlines()))
        if line > last:
            line, column = last, len(text.splitlines()[-1]) + 1 if text.strip() else 1
        if error.problem in _LIBYAML_DEPTH_PROBLEMS:
            # libyaml >= 0.2.6 caps nesting in its scanner, which reads ahead of the events, so a
            # deep flow collection can stop there before our own cap is reached: same defect, same finding.
            raise _ParseStopError(Finding(display, line, column, "nesting-depth", _TOO_DEEP)) from None
        message = " ".join(part for part in (error.context, error.problem) if part)
        raise _ParseStopError(Finding(display, line, column, "yaml-syntax", f"invalid YAML: {message}")) from None
    except yaml.YAMLError as error:
        raise _ParseStopError(Finding(display, 1, 1, "yaml-syntax", f"invalid YAML: {error}")) from None
    finally:
        parser.dispose()
    return root, findings


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_NO_KEY: Any = _Marker("<no key>")
_INVALID_KEY: Any = _Marker("<invalid key>")
