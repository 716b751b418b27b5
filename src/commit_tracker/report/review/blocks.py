"""What a reader of the dossier sees, as plain data: headings, sentences, quotes and tables in one language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from commit_tracker.report.objective import ActionGroup, LinkedItem


@dataclass(frozen=True)
class Table:
    """A real table: a header row, rows of text, and the columns that hold numbers."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ObjectiveSection:
    """One objective: heading, the commitment as a quote, measures, actions, the gap and the principles named."""

    heading: str
    commitment: str
    commitment_source: str
    measures: Table | None
    actions: Table
    gap: str
    principles: str
    measure_items: tuple[LinkedItem, ...] = ()
    """The measures again, one per row of ``measures``: their status and their row's anchor, for HTML."""
    action_groups: tuple[ActionGroup, ...] = ()
    """The actions with their measures, as the site's objective page draws them (HTML)."""


@dataclass(frozen=True)
class RoundTableSection:
    """One round table, its source and its objectives."""

    heading: str
    objectives_line: str
    decided_by: str
    source: str
    quote: str
    note: str
    objectives: tuple[ObjectiveSection, ...]


@dataclass(frozen=True)
class PrincipleSection:
    """One guiding principle: its heading and its text, quoted."""

    heading: str
    text: str
    source: str


@dataclass(frozen=True)
class Layout:
    """Everything a reader sees, in reading order."""

    lang: str
    title: str
    subtitle: str
    about: tuple[str, ...]
    adoption: str
    principles_intro: str
    principles: tuple[PrincipleSection, ...]
    round_tables: tuple[RoundTableSection, ...]
    summary: Table
    attention_intro: str
    attention: Table | None
    undated: str
    sources: Table
    words: Mapping[str, str] = field(default_factory=dict)
    """Headings that recur: ``about``, ``principles``, ``commitment``, ``measures``, ..."""
