"""Where things are in a YAML text: the mark of an event, and the marks of chosen paths in one pass.

``loader`` composes data and, when a finding needs a position, parses again with marks; for a
large file, ``stream_marks`` finds the marks of just the paths asked for without building the
data a second time.
"""

from __future__ import annotations

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

Position = tuple[int, int]
"""A 1-based (line, column)."""


def mark_of(event: Any) -> Position:
    """Where an event starts, 1-based."""
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def stream_marks(text: str, pure: bool, wanted: set[tuple[str | int, ...]]) -> tuple[dict[Any, Position], dict[Any, Position]]:
    """The marks of the values (and of the keys) at the ``wanted`` paths, from one pass over the events.

    Paths follow ``_compose``: a repeated key keeps its first value, a key that is a list or
    mapping leads nowhere.
    """
    values: dict[Any, Position] = {}
    keys: dict[Any, Position] = {}
    stack: list[list[Any]] = []  # per open container: [its path or None, is a mapping, items seen, pending key, the key's mark]
    parser: Any = yaml.BaseLoader(text) if pure else yaml.CBaseLoader(text)
    try:
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind is StreamEndEvent or (kind is DocumentStartEvent and stack):
                break
            if kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                continue
            if kind is not ScalarEvent and kind is not MappingStartEvent and kind is not SequenceStartEvent and kind is not AliasEvent:
                continue
            path: Any = ()
            if stack:
                frame = stack[-1]
                if frame[1] and frame[3] is NO_KEY:  # this node is a key
                    frame[3], frame[4] = (event.value if kind is ScalarEvent else INVALID_KEY), mark_of(event)
                    if kind is ScalarEvent or kind is AliasEvent:
                        continue
                    path = None
                elif frame[1]:
                    key, frame[3] = frame[3], NO_KEY
                    path = None if frame[0] is None or key is INVALID_KEY else (*frame[0], key)
                    if path in wanted:
                        keys.setdefault(path, frame[4])
                else:
                    frame[2] += 1
                    path = None if frame[0] is None else (*frame[0], frame[2] - 1)
                if path is not None and path in wanted:
                    values.setdefault(path, mark_of(event))
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                stack.append([path, kind is MappingStartEvent, 0, NO_KEY, None])
    except yaml.YAMLError:
        pass
    finally:
        parser.dispose()
    return values, keys


class Marker:
    """A stand-in that no YAML value can equal: the key a mapping waits for, or a key that is not text."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NO_KEY: Any = Marker("<no key>")
"""A mapping's next node is a key."""
INVALID_KEY: Any = Marker("<invalid key>")
"""The key was a list or mapping: its value leads nowhere."""
