"""All data files together: every entry by id, with the file and place it came from."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from commit_tracker.findings import Finding
from commit_tracker.models import (
    KIND_BY_SECTION,
    DataFile,
    Initiative,
    Objective,
    Owner,
    Principle,
    Role,
    RoundTable,
    Source,
    Tracked,
)

if TYPE_CHECKING:
    from commit_tracker.marks import Position
    from commit_tracker.parsed import ParsedFile


class Origin(NamedTuple):
    """Where an entry was read: its file, section and index in that section.

    A named tuple, not a dataclass: one is made per entry, and a frozen dataclass's
    ``__init__`` cost a second at 100,000 entries.
    """

    parsed: ParsedFile
    section: str
    row: int

    def locate(self, *path: str | int, key: bool = False) -> Position:
        """The (line, column) of a field of the entry, or of the entry itself."""
        return self.parsed.locate((self.section, self.row, *path), key=key)

    def finding(self, entry_id: str, rule: str, message: str, *path: str | int, key: bool = False) -> Finding:
        """A finding about this entry, at the field ``path``."""
        line, column = self.locate(*path, key=key)
        return Finding(self.parsed.display, line, column, rule, f"{entry_id}: {message}", item_id=entry_id)


@dataclass
class Dataset:
    """Sources, owners, initiatives, principles, round tables and commitments of every file, by id, in file order."""

    sources: dict[str, Source] = field(default_factory=dict)
    owners: dict[str, Owner] = field(default_factory=dict)
    initiatives: dict[str, Initiative] = field(default_factory=dict)
    principles: dict[str, Principle] = field(default_factory=dict)
    round_tables: dict[str, RoundTable] = field(default_factory=dict)
    items: dict[str, Tracked] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)

    by_number: dict[int, Objective] = field(default_factory=dict)
    """The first objective of each number."""

    def objectives(self) -> Iterator[Objective]:
        """The compact objectives, in file order."""
        return (item for item in self.items.values() if isinstance(item, Objective))

    def objective(self, number: int) -> Objective | None:
        """The objective with this number, if loaded."""
        return self.by_number.get(number)

    def sourced_entries(self) -> list[Initiative | Principle | RoundTable]:
        """The registry entries that carry a source: initiatives, guiding principles, round tables."""
        return [*self.initiatives.values(), *self.principles.values(), *self.round_tables.values()]

    def commitment_count(self) -> int:
        """How many entries are commitments (role ``pledge``): headings, criteria and statements are not."""
        return sum(1 for item in self.items.values() if item.role is Role.PLEDGE)


_REGISTRIES = ("sources", "owners", "initiatives", "principles", "round_tables")


def build_dataset(files: list[tuple[ParsedFile, DataFile]]) -> tuple[Dataset, list[Finding]]:
    """Gather the entries of all files; an id used twice is a finding at its second use."""
    dataset = Dataset()
    findings: list[Finding] = []
    for parsed, data in files:
        for section in (*_REGISTRIES, *KIND_BY_SECTION):
            for index, entry in enumerate(getattr(data, section)):
                origin = Origin(parsed, section, index)
                first = dataset.origins.get(entry.id)
                if first is not None:
                    where = f"{first.parsed.display}:{first.locate('id')[0]}"
                    findings.append(origin.finding(entry.id, "duplicate-id", f"id already used at {where}; ids must be unique across all files", "id"))
                    continue
                dataset.origins[entry.id] = origin
                if section in KIND_BY_SECTION:
                    assert isinstance(entry, Tracked)
                    dataset.items[entry.id] = entry
                    dataset.kinds[entry.id] = KIND_BY_SECTION[section]
                    if isinstance(entry, Objective):
                        dataset.by_number.setdefault(entry.number, entry)
                else:
                    getattr(dataset, section)[entry.id] = entry
    return dataset, findings


def unknown_id_message(what: str, wanted: str, known: Iterable[str]) -> str:
    """One line for an id that is not in the data, with the nearest known id: ``no item 'x' ...``."""
    close = closest(wanted, known)
    return f"no {what} '{wanted}' in the data" + (f" (did you mean '{close}'?)" if close else "")


def closest(wanted: str, known: Iterable[str]) -> str | None:
    """The known id nearest to ``wanted``, compared without case, or None when none is near."""
    by_fold = {identifier.casefold(): identifier for identifier in sorted(known)}
    close = difflib.get_close_matches(wanted.casefold(), list(by_fold), n=1)
    return by_fold[close[0]] if close else None
