"""A data file as read: its text, its data and what was wrong; where a value is, found when asked.

Standard library only: a report that uses cached data (``cache``) needs this class, not the parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from commit_tracker.findings import Finding

if TYPE_CHECKING:
    from commit_tracker.marks import Position

LOCATE_IN_MEMORY = 50_000
"""Up to this many values, ``locate_many`` keeps the file's marks in memory; above, it streams."""


@dataclass
class ParsedFile:
    """A data file as read: its text, its data (None when unusable) and what was wrong."""

    path: Path
    display: str
    text: str | None
    data: dict[str, Any] | None
    findings: list[Finding] = field(default_factory=list)
    pure: bool = False
    nodes: int = 0
    """How many values (scalars, lists and mappings) the file holds."""
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
            from commit_tracker.loader import marked_data

            self._marked = marked_data(self.text, self.display, self.pure, positions)
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
                items = marks["items"]
                where = (items[2 * step], items[2 * step + 1])
                node = node[step]
            else:
                break
        return where

    def locate_many(self, requests: list[tuple[tuple[str | int, ...], bool]]) -> list[Position]:
        """``locate`` for many (loc, key) at once. A large file is streamed once, keeping only the
        marks on the requested paths, so finding positions costs no second copy of its data."""
        if self.text is None or self.nodes <= LOCATE_IN_MEMORY:
            return [self.locate(loc, key=key) for loc, key in requests]
        from commit_tracker.marks import stream_marks

        values, keys = stream_marks(self.text, self.pure, {loc[:index] for loc, _ in requests for index in range(1, len(loc) + 1)})
        found = []
        for loc, key in requests:
            where = (1, 1)
            for index in range(1, len(loc) + 1):
                prefix = loc[:index]
                if prefix not in values:
                    break
                where = keys[prefix] if key and index == len(loc) and prefix in keys else values[prefix]
            found.append(where)
        return found

    def forget_positions(self) -> None:
        """Free the marked copy of the data; ``locate`` makes it again if asked."""
        self._positions = self._marked = None
