"""A report in the shapes the formats need: data for JSON, records for CSV, blocks for people.

The builders (``report.status``, ``report.show``, ...) fill a Document; the reporters
(``report.formats``) render any Document, so a new report does not touch the formats and a
new format does not touch the reports.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

JSON_VERSION = 1
"""The version of every report's JSON document; it changes only when a field is removed or changes meaning."""


@dataclass(frozen=True)
class Cell:
    """One value of a table, as text, with a style name (``status.done``, ``overdue``, ``gap``)."""

    text: str
    style: str = ""
    share: tuple[int, int] | None = None
    """(count, total) for a bar that shows a proportion; the text is then empty."""


@dataclass(frozen=True)
class Grid:
    """A table: a header row and rows of cells; ``numeric`` columns are aligned right."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    title: str = ""
    numeric: frozenset[int] = frozenset()
    wrap: frozenset[int] | None = None
    """The columns whose text may wrap at words; None: every column but the first, numbers, bars, ids and statuses."""
    drop: tuple[int, ...] = ()
    """The columns a narrow terminal may leave out, first to go first; the table says which it left out."""
    clip: frozenset[int] = frozenset()
    """The columns cut to fit with '…' rather than wrapped (a summary keeps one line per row)."""


@dataclass(frozen=True)
class Fields:
    """Labelled values, one per line: everything about one item."""

    pairs: tuple[tuple[str, Cell], ...]
    title: str = ""


@dataclass(frozen=True)
class Note:
    """A line of text under a table."""

    text: str


Block = Grid | Fields | Note


@dataclass(frozen=True)
class Records:
    """A flat table for CSV: field names and one row of text per record."""

    fields: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class Document:
    """One report, ready for every format.

    Each part may be given as a value or as a function that makes it: a report builds only the part
    its format reads (the JSON of 200,000 items is not built to print a table of them).
    """

    def __init__(
        self,
        data: Mapping[str, object] | Callable[[], Mapping[str, object]],
        records: Records | Callable[[], Records],
        blocks: Sequence[Block] | Callable[[], Sequence[Block]] = (),
        lang: str = "en",
    ) -> None:
        self._data, self._records, self._blocks = data, records, blocks
        self.lang = lang
        """The language of the words the formats add (the note on columns left out)."""

    @cached_property
    def data(self) -> Mapping[str, object]:
        """The JSON document, with ``version`` first."""
        return self._data() if callable(self._data) else self._data

    @cached_property
    def records(self) -> Records:
        """The flat table for CSV."""
        return self._records() if callable(self._records) else self._records

    @cached_property
    def blocks(self) -> Sequence[Block]:
        """What people read (table and markdown); empty when there is nothing to show."""
        return self._blocks() if callable(self._blocks) else self._blocks
