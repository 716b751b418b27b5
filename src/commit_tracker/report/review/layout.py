"""The dossier as people read it: headings, sentences, quotes and tables in one language, made from its JSON.

Markdown, HTML and DOCX all render this one layout, so they say the same thing; it is built
from the JSON document, so they say what the JSON says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from commit_tracker.report.labels import kind_name
from commit_tracker.report.review.words import word
from commit_tracker.sanitize import visible
from commit_tracker.vocabulary import Kind, Lang, Status


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


_HEADINGS = (
    "about",
    "adoption",
    "principles",
    "commitment",
    "measures",
    "actions",
    "gap",
    "summary",
    "attention",
    "source",
    "sources",
    "no_measures",
    "generated",
)


def layout(data: Mapping[str, Any], lang: Lang) -> Layout:
    """The dossier of ``data`` (``dossier_data``'s document) as people read it; hidden characters are made visible."""
    data = _visible(data)
    sources = data["sources"]
    adoption = data["adoption"]
    total = sum(adoption.values())
    decided = adoption["chosen"] + adoption["not_chosen"]
    adoption_text = word("adoption_some", lang, total=total, **adoption) if decided else word("adoption_none", lang, total=total)
    summary_rows = tuple(
        (
            str(row["number"]),
            str(row["round_table"] or word("none", lang)),
            row["title"],
            str(row["total"]),
            *(str(row["by_kind"][kind.value]) for kind in _MEASURE_KINDS),
            f"{row['actions_with_measure']}/{row['actions']}",
            word("yes", lang) if row["gap"] else "",
        )
        for row in data["summary"]
    )
    summary = Table(
        (
            word("col.number", lang),
            word("col.round_table", lang),
            word("col.objective", lang),
            word("col.total", lang),
            *(kind_name(kind, lang, plural=True) for kind in _MEASURE_KINDS),
            word("col.actions_covered", lang),
            word("col.gap", lang),
        ),
        summary_rows,
        frozenset({0, 1, 3, 4, 5, 6, 7}),
    )
    measures = {m["id"]: m for table in data["round_tables"] for row in table["objectives"] for m in row["measures"]}
    flagged = [measures[item_id] for item_id in dict.fromkeys([*data["overdue"], *data["stale"]])]
    attention = Table(
        (
            word("col.id", lang),
            word("col.title", lang),
            word("col.owner", lang),
            word("col.status", lang),
            word("col.due", lang),
            word("col.evidence", lang),
            word("col.why", lang),
        ),
        tuple(
            (
                m["id"],
                m["title"],
                m["owner_name"] or word("none", lang),
                Status(m["status"]).label(lang),
                m["due"] or word("none", lang),
                _evidence(m, sources, lang),
                ", ".join(word(flag, lang) for flag in ("overdue", "stale") if m[flag]),
            )
            for m in flagged
        ),
    )
    return Layout(
        lang=lang.value,
        title=word("title", lang),
        subtitle=word("subtitle", lang, as_of=data["as_of"]),
        about=(word("about_text", lang),),
        adoption=adoption_text,
        principles_intro=word("principles_intro", lang) if data["principles"] else word("no_principles", lang),
        principles=tuple(_principle(p, sources, lang) for p in data["principles"]),
        round_tables=tuple(_round_table(table, sources, _principle_names(data, lang), lang) for table in data["round_tables"]),
        summary=summary,
        attention_intro=word("attention_intro", lang, as_of=data["as_of"], days=data["stale_days"]),
        attention=attention if flagged else None,
        undated=word("undated", lang, undated=len(data["undated"]), total=len(measures)),
        sources=_documents(sources, lang),
        words={key: word(key, lang) for key in _HEADINGS} | {"attention_none": word("attention_none", lang)},
    )


_MEASURE_KINDS = (Kind.FOLLOWUP, Kind.PLEDGE, Kind.COMPACT_COMMITMENT)
"""The kinds an objective's linked items can be, as summary columns."""


def _principle(principle: Mapping[str, Any], sources: Mapping[str, Any], lang: Lang) -> PrincipleSection:
    other = principle["name_en"] if lang is Lang.NB else principle["name_nb"]
    name = principle["name_nb"] if lang is Lang.NB else principle["name_en"]
    return PrincipleSection(f"{principle['number']}. {name} ({other})", principle["text"], cite(principle["source"], sources))


def _principle_names(data: Mapping[str, Any], lang: Lang) -> dict[str, str]:
    """Each principle's name in the language, by id."""
    return {p["id"]: p["name_nb"] if lang is Lang.NB else p["name_en"] for p in data["principles"]}


def _round_table(table: Mapping[str, Any], sources: Mapping[str, Any], names: Mapping[str, str], lang: Lang) -> RoundTableSection:
    numbers = ", ".join(str(row["number"]) for row in table["objectives"])
    if table["number"] is None:
        return RoundTableSection(
            word("no_round_table", lang), word("round_table_objectives", lang, numbers=numbers), "", "", "", "", _objectives(table, sources, names, lang)
        )
    return RoundTableSection(
        word("round_table", lang, number=table["number"]),
        word("round_table_objectives", lang, numbers=numbers),
        f"{word('decided_by', lang)}: {table['decided_by']}" if table["decided_by"] else "",
        cite(table["source"], sources),
        table["source"]["quote"],
        table["note"] or "",
        _objectives(table, sources, names, lang),
    )


def _objectives(table: Mapping[str, Any], sources: Mapping[str, Any], names: Mapping[str, str], lang: Lang) -> tuple[ObjectiveSection, ...]:
    return tuple(_objective(row, sources, names, lang) for row in table["objectives"])


def _objective(row: Mapping[str, Any], sources: Mapping[str, Any], names: Mapping[str, str], lang: Lang) -> ObjectiveSection:
    measures = Table(
        tuple(word(f"col.{key}", lang) for key in ("id", "kind", "title", "owner", "status", "evidence", "source")),
        tuple(
            (
                m["id"],
                kind_name(Kind(m["kind"]), lang),
                m["title"],
                m["owner_name"] or word("none", lang),
                Status(m["status"]).label(lang) + (f" ({word('overdue', lang)})" if m["overdue"] else ""),
                _evidence(m, sources, lang),
                cite(m["source"], sources),
            )
            for m in row["measures"]
        ),
    )
    actions = Table(
        tuple(word(f"col.{key}", lang) for key in ("letter", "text", "adoption", "measures")),
        tuple(
            (f"{row['number']}.{a['letter']}", a["text"], word(f"adoption.{a['adoption']}", lang), ", ".join(a["measures"]) or word("none", lang))
            for a in row["actions"]
        ),
    )
    return ObjectiveSection(
        heading=word("objective", lang, number=row["number"], title=row["title"]),
        commitment=row["commitment"],
        commitment_source=cite(row["source"], sources),
        measures=measures if row["measures"] else None,
        actions=actions,
        gap=f"{word('gap', lang)}: {_gap(row, lang)}",
        principles=f"{word('named_principles', lang)}: {', '.join(names.get(p, p) for p in row['principles'])}."
        if row["principles"]
        else word("no_named_principles", lang),
    )


def _gap(row: Mapping[str, Any], lang: Lang) -> str:
    total = len(row["actions"])
    without = row["actions_without_measure"]
    if row["gap"]:
        return word("gap_all", lang, total=total)
    if not without:
        return word("gap_none", lang, total=total)
    return word("gap_some", lang, with_measure=total - len(without), total=total, letters=", ".join(without), whole=len(row["whole_objective"]))


def _evidence(measure: Mapping[str, Any], sources: Mapping[str, Any], lang: Lang) -> str:
    evidence = measure["last_evidence"]
    if evidence is None:
        return word("none", lang)
    basis = word(f"basis.{evidence['basis']}", lang)
    return f"{evidence['date']} ({basis}; {cite(evidence['source'], sources)})" if evidence["source"] else f"{evidence['date']} ({basis})"


def cite(source: Mapping[str, Any] | None, sources: Mapping[str, Any]) -> str:
    """A source reference, short: the document's id, or a web page's publisher, and the place in it; the list of sources has the rest."""
    if source is None:
        return ""
    return f"{source['document'] or source['publisher']}, {source['locator']}"


def _documents(sources: Mapping[str, Mapping[str, Any]], lang: Lang) -> Table:
    """The list of sources: each document the dossier cites, with where it can be read."""
    return Table(
        (word("col.id", lang), word("col.title", lang), word("col.publisher", lang), word("col.date", lang), word("col.where", lang)),
        tuple(
            (key if doc["url"] is None else word("none", lang), doc["title"] or "", doc["publisher"], doc["date"] or "", doc["url"] or doc["file"] or "")
            for key, doc in sources.items()
        ),
    )


def _visible(value: Any) -> Any:
    """The JSON document with every control, bidi or zero-width character in its text written as an escape."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, Mapping):
        return {key: _visible(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_visible(item) for item in value]
    return value
