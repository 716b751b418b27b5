"""Split a data file's text into its item entries, so history parses only the entries that changed.

Between two commits most entries of a file are byte for byte the same; parsing each distinct
entry text once makes a long history cost little more than its changes. The split is textual:
in a section written as a block sequence, a line with the section's dash indentation followed
by ``- `` starts a new entry (block scalars and continuation lines are indented further).

The split is then proved against YAML's own reading: the *skeleton* (the file with each entry
replaced by a one-line placeholder) must parse to exactly as many entries per section, and each
entry must parse on its own to exactly one entry. A quoted value that runs over a dash line or a
section boundary breaks one of the two, and the whole file is parsed instead. Anything irregular
(document markers, directives, a section in flow style, a key that is not a plain word, a section
given twice) also means: parse the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

PLACEHOLDER = "x"
_KEEP = re.compile(r"[|>][1-9]?\+")  # a block scalar that keeps its trailing blank lines
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)[ \t]*:(?:[ \t]+(#.*)?)?\r?$")
_DASH = re.compile(r"-(?:[ \t]|\r?$)")
# Patterns start with a line break rather than ^, so the regex engine jumps from line to line.
_TOP = re.compile(r"\n([^ \t\r\n#].*)")  # a line that starts at column 0
_FIRST = re.compile(r"^( *)-(?:[ \t]|\r?$)", re.MULTILINE)
_CONTENT = re.compile(r"^[ \t]*[^ \t\r\n#]", re.MULTILINE)


@dataclass
class Split:
    """The entries of a file's item sections, and the skeleton that proves the split."""

    entries: list[tuple[str, str]] = field(default_factory=list)
    """(section, entry text), in file order."""
    skeleton: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    """How many entries each item section holds."""


def split_entries(text: str, sections: Iterable[str]) -> Split | None:
    """The entries of the given sections and the file's skeleton; None: parse the file whole."""
    wanted = set(sections)
    tops = [(match.start(1) - 1, match.group(1)) for match in _TOP.finditer("\n" + text)]
    split = Split()
    skeleton: list[str] = []
    seen: set[str] = set()
    done = 0  # text before this offset is in the skeleton or in entries
    index = 0
    while index < len(tops):
        start, line = tops[index]
        if line.startswith(("---", "...", "%")) or _DASH.match(line):
            return None  # a document marker, a directive, or a list where a key belongs
        following = index + 1
        while following < len(tops) and _DASH.match(tops[following][1]):
            following += 1  # entries of an indentless list start at column 0 too
        end = tops[following][0] if following < len(tops) else len(text)
        index = following
        match = _KEY.match(line)
        if match is None:
            if any(line.startswith(name) for name in wanted):
                return None  # an item section written inline, or some other shape
            continue
        name = match.group(1)
        if name in seen:
            return None
        seen.add(name)
        if name not in wanted:
            continue
        body = start + len(line) + 1
        first = _FIRST.search(text, body, end)
        if first is None or _CONTENT.search(text, body, first.start()):
            if _CONTENT.search(text, body, end):
                return None  # something other than a block sequence under an item section
            continue
        dash = len(first.group(1))
        if _irregular(dash).search(text, first.start(), end):
            return None
        starts = [first.start()] + [entry.start() + 1 for entry in _entry(dash).finditer(text, first.start(), end)]
        skeleton.append(text[done : first.start()])
        skeleton.append(f"{' ' * dash}- {PLACEHOLDER}\n" * len(starts))
        done = end
        split.entries.extend((name, _trim(text[a:b], dash)) for a, b in zip(starts, [*starts[1:], end], strict=True))
        split.counts[name] = len(starts)
    skeleton.append(text[done:])
    split.skeleton = "".join(skeleton)
    return split


@lru_cache(maxsize=16)
def _entry(dash: int) -> re.Pattern[str]:
    return re.compile(rf"\n {{{dash}}}-(?:[ \t]|\r?$)", re.MULTILINE)


@lru_cache(maxsize=16)
def _irregular(dash: int) -> re.Pattern[str]:
    """A line that is not blank, a comment, indented past the dash, or an entry's dash line."""
    return re.compile(rf"\n(?![ \t]*(?:#|\r?$))(?! {{{dash + 1}}})(?! {{{dash}}}-(?:[ \t]|\r?$))", re.MULTILINE)


def _trim(entry: str, dash: int) -> str:
    """The entry's text without the blank lines and comments after it, which belong to no entry.

    A comment indented no further than the dash cannot be text of a block scalar; blank lines
    are kept after a block scalar that keeps them (``|+``).
    """
    if "+" in entry and _KEEP.search(entry):
        return entry
    while True:
        content = entry.rstrip(" \t\r\n")
        cut = entry.find("\n", len(content))
        entry = entry[: cut + 1] if cut >= 0 else entry
        last = entry.rfind("\n", 0, len(content)) + 1
        line = entry[last:]
        if last == 0 or not line.lstrip(" ").startswith("#") or len(line) - len(line.lstrip(" ")) > dash:
            return entry
        entry = entry[:last]
