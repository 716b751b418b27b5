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
import errno
import re
import stat
from array import array
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
from commit_tracker.marks import INVALID_KEY, NO_KEY, mark_of
from commit_tracker.parsed import LOCATE_IN_MEMORY as LOCATE_IN_MEMORY
from commit_tracker.parsed import ParsedFile as ParsedFile
from commit_tracker.sanitize import HIDDEN, HIDDEN_ASTRAL, HIDDEN_BMP, escape, may_hold_astral

MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused unread."""

MAX_DEPTH = 64
"""Deeper nesting is refused; the data files need 7 levels."""

MAX_FINDINGS = 1000
"""Findings per file: past this many the rest of the file is not checked, and a finding says so."""

BYTES_PER_NODE = 8
"""A file may hold a value (scalar, list or mapping) per this many bytes, plus ``BASE_NODES``."""

BASE_NODES = 100_000
"""The real data use 25 to 75 bytes a value; a file denser than ``BYTES_PER_NODE`` is refused, so
that the memory spent on a file stays a small multiple of its size whatever its shape."""

HAS_LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))

# What a file may not hold (sanitize.HIDDEN): C0 and C1 controls other than tab, line feed and
# carriage return; the Unicode line and paragraph separators and NEL, which YAML counts as line
# breaks and editors do not; a stray byte-order mark; bidi overrides and isolates, zero-width and
# other invisible format characters (everything ``sanitize.visible`` would escape). And a
# carriage return not followed by a line feed.
_LONE_CR = re.compile("\r(?!\n)")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))


class _ParseStopError(Exception):
    """Composition cannot go on; the finding says why."""

    def __init__(self, finding: Finding, found: list[Finding] | None = None) -> None:
        super().__init__(finding.message)
        self.finding = finding
        self.found = found or []
        """The findings made before composition stopped."""


def marked_data(text: str, display: str, pure: bool, positions: dict[int, Any]) -> Any:
    """The file's data composed again, recording each value's marks in ``positions``; None when it cannot be composed."""
    try:
        return _compose(text, display, pure, positions)[0][0]
    except _ParseStopError:
        return None


def read_file(path: Path, display: str, *, pure: bool = False, max_bytes: int = MAX_BYTES) -> ParsedFile:
    """Read and compose one data file; every problem becomes a finding on the result.

    What is not a regular file (a dangling symlink, a symlink loop, a FIFO, a device) is a
    finding, never read: a FIFO would block and ``/dev/zero`` never end. Other OSErrors (no
    permission) are raised for the caller to report.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        if not path.is_symlink():
            raise
        return _not_a_file(path, display, pure, f"a symlink to {path.readlink()}, which does not exist")
    except OSError as error:
        if error.errno != errno.ELOOP:
            raise
        return _not_a_file(path, display, pure, "a symlink loop")
    if not stat.S_ISREG(status.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(status.st_mode) else "a device" if stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode) else "not a file"
        return _not_a_file(path, display, pure, f"{kind}, not a regular file")
    if status.st_size > max_bytes:
        return _too_large(path, display, status.st_size, max_bytes, pure)
    with path.open("rb") as stream:
        raw = stream.read(status.st_size + 1)
        if len(raw) > status.st_size:  # it grew since stat(): read on, in steps, up to just over the cap
            parts = [raw]
            while sum(map(len, parts)) <= max_bytes and (part := stream.read(1 << 20)):
                parts.append(part)
            raw = b"".join(parts)
    return read_bytes(raw, path, display, pure=pure, max_bytes=max_bytes)


def _not_a_file(path: Path, display: str, pure: bool, what: str) -> ParsedFile:
    parsed = ParsedFile(path=path, display=display, text=None, data=None, pure=pure or not HAS_LIBYAML)
    parsed.findings.append(Finding(display, 1, 1, "not-a-file", f"this is {what}; the data may be incomplete: make it a data file or remove it"))
    return parsed


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
        (data, parsed.nodes), findings = _compose(text, display, parsed.pure, None)
    except _ParseStopError as stop:
        parsed.findings.extend(stop.found)
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
    match = HIDDEN_BMP.search(text)
    if may_hold_astral(text):
        astral = HIDDEN_ASTRAL.search(text)
        if astral is not None and (match is None or astral.start() < match.start()):
            match = astral
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
    }.get(char) or describe_character(char)
    return Finding(display, line, column, "control-character", f"{name} is not allowed: it shifts line numbers or hides text; delete it")


def describe_character(char: str) -> str:
    """``control character U+001B``, ``format character U+202E (RIGHT-TO-LEFT OVERRIDE)``."""
    import unicodedata

    kind = "control" if unicodedata.category(char) == "Cc" else "invisible or format"
    name = unicodedata.name(char, "")
    return f"{kind} character U+{ord(char):04X}" + (f" ({name})" if name else "")


def _decoded_problem(value: str) -> str | None:
    """What is wrong with a double-quoted scalar whose escapes decode to a hidden character."""
    match = HIDDEN.search(value) or (_LONE_CR.search(value) if "\r" in value else None)
    if match is None:
        return None
    char = match.group()
    return f"the escape '{escape(char)}' in this quoted value decodes to a {describe_character(char)}, which a terminal would obey or hide; delete it"


def _compose(text: str, display: str, pure: bool, positions: dict[int, Any] | None) -> tuple[tuple[Any, int], list[Finding]]:
    """Build plain data and count its values from the event stream; ``positions`` (if given) receives marks by id."""
    findings: list[Finding] = []
    node_limit = BASE_NODES + len(text) // BYTES_PER_NODE
    nodes = 0
    stack: list[Any] = []
    pending_keys: list[Any] = []  # per open mapping: the key waiting for its value, or NO_KEY
    key_events: list[Any] = []  # per open mapping: the event of its pending key (marks are read only when needed)
    root: Any = None
    documents = 0
    parser: Any = yaml.BaseLoader(text) if pure else yaml.CBaseLoader(text)
    next_event = parser.get_event

    def problem(event: Any, rule: str, message: str) -> None:
        line, column = mark_of(event)
        if len(findings) == MAX_FINDINGS - 1:  # this is one too many: the last finding says so
            stop = f"more than {MAX_FINDINGS - 1} problems in this file; the rest of it was not checked"
            raise _ParseStopError(Finding(display, line, column, "too-many-findings", stop), findings)
        findings.append(Finding(display, line, column, rule, message))

    def too_many(event: Any) -> None:
        line, column = mark_of(event)
        message = (
            f"more than {node_limit:,} values (one per {BYTES_PER_NODE} bytes and {BASE_NODES:,} more);"
            " the rest of the file was not checked; split it or remove what it repeats"
        )
        raise _ParseStopError(Finding(display, line, column, "too-many-values", message), findings)

    def attach(value: Any, event: Any) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        if type(top) is list:
            top.append(value)
            if positions is not None:
                positions[id(top)]["items"].extend(mark_of(event))
            return
        key = pending_keys[-1]
        if key is NO_KEY:
            if not isinstance(value, str):
                problem(event, "yaml-key", "a key must be a plain text, not a list or mapping")
                value = INVALID_KEY
            elif value == "<<" and not getattr(event, "style", None):
                problem(event, "yaml-merge-key", "merge keys ('<<') are not allowed; write the keys out")
            pending_keys[-1] = value
            key_events[-1] = event
            return
        pending_keys[-1] = NO_KEY
        if key is INVALID_KEY:
            return
        if key in top:
            line, column = mark_of(key_events[-1])
            findings.append(Finding(display, line, column, "duplicate-key", f"key '{key}' appears twice in this mapping; keep one"))
            return
        top[key] = value
        if positions is not None:
            positions[id(top)]["keys"][key] = (mark_of(key_events[-1]), mark_of(event))

    try:
        while True:
            event = next_event()
            kind = type(event)
            if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
                nodes += 1
                if nodes > node_limit:
                    too_many(event)
            if kind is ScalarEvent:
                if event.anchor is not None:
                    problem(event, "yaml-anchor", f"anchor '&{event.anchor}' is not allowed; write the value out")
                if event.tag is not None:
                    problem(event, "yaml-tag", f"tag '{event.tag}' is not allowed; values are plain text")
                value = event.value
                # Only a double-quoted scalar has escapes ("\e", "\x9b", "\u202e"): what they decode
                # to is checked like the raw text was.
                if event.style == '"':
                    hidden = _decoded_problem(value)
                    if hidden is not None:
                        problem(event, "control-character", hidden)
                # Plain style is '' from libyaml and None from the pure-Python parser; a key
                # stays text even when it reads 'null'.
                is_key = bool(stack) and type(stack[-1]) is dict and pending_keys[-1] is NO_KEY
                attach(None if not event.style and value in _NULLS and not is_key else value, event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None:
                    problem(event, "yaml-anchor", f"anchor '&{event.anchor}' is not allowed; write the value out")
                if event.tag is not None:
                    problem(event, "yaml-tag", f"tag '{event.tag}' is not allowed; values are plain data")
                if len(stack) >= MAX_DEPTH:
                    line, column = mark_of(event)
                    message = f"nesting deeper than {MAX_DEPTH} levels; the data files need far fewer"
                    raise _ParseStopError(Finding(display, line, column, "nesting-depth", message))
                container: Any = {} if kind is MappingStartEvent else []
                attach(container, event)
                stack.append(container)
                pending_keys.append(NO_KEY)
                key_events.append(None)
                if positions is not None:
                    positions[id(container)] = {"keys": {}} if kind is MappingStartEvent else {"items": array("q")}  # line, column, line, ...
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
                    line, column = mark_of(event)
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
    except _ParseStopError:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        # At the end of input the parser points past the last line; point at the end of it instead.
        last = max(1, len(text.splitlines()))
        if line > last:
            line, column = last, len(text.splitlines()[-1]) + 1 if text.strip() else 1
        if error.problem and "maximum nesting depth" in error.problem:
            # Newer libyaml caps nesting in its scanner, which reads ahead of our depth check.
            message = f"nesting deeper than {MAX_DEPTH} levels; the data files need far fewer"
            raise _ParseStopError(Finding(display, line, column, "nesting-depth", message)) from None
        message = " ".join(part for part in (error.context, error.problem) if part)
        raise _ParseStopError(Finding(display, line, column, "yaml-syntax", f"invalid YAML: {message}")) from None
    except yaml.YAMLError as error:
        raise _ParseStopError(Finding(display, 1, 1, "yaml-syntax", f"invalid YAML: {error}")) from None
    finally:
        parser.dispose()
    return (root, nodes), findings
