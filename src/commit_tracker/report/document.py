"""A report in the shapes the formats need: data for JSON, records for CSV, blocks for people.

The builders (``report.status``, ``report.show``, ...) fill a Document; the reporters
(``report.formats``) render any Document, so a new report does not touch the formats and a
new format does not touch the reports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Document:
    """One report, ready for every format."""

    data: Mapping[str, object]
    """The JSON document, with ``version`` first."""
    records: Records
    blocks: Sequence[Block] = field(default_factory=tuple)
    """What people read (table and markdown); empty when there is nothing to show."""
    lang: str = "en"
    """The language of the words the formats add (the note on columns left out)."""
