"""The dossier as people read it, made from its JSON: Markdown, HTML and DOCX all render this one layout.

So the formats say the same thing, and they say what the JSON says.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from commit_tracker.report.labels import kind_name
from commit_tracker.report.review.blocks import Layout, Table
from commit_tracker.report.review.sections import evidence_text, principle_names, principle_section, round_table_section
from commit_tracker.report.review.words import word
from commit_tracker.sanitize import visible
from commit_tracker.vocabulary import Kind, Lang, Status

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
                evidence_text(m, lang),
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
        principles=tuple(principle_section(p, lang) for p in data["principles"]),
        round_tables=tuple(round_table_section(table, principle_names(data, lang), lang) for table in data["round_tables"]),
        summary=summary,
        attention_intro=word("attention_intro", lang, as_of=data["as_of"], days=data["stale_days"]),
        attention=attention if flagged else None,
        undated=word("undated", lang, undated=len(data["undated"]), total=len(measures)),
        sources=_sources_table(sources, lang),
        words={key: word(key, lang) for key in _HEADINGS} | {"attention_none": word("attention_none", lang)},
    )


_MEASURE_KINDS = (Kind.FOLLOWUP, Kind.PLEDGE, Kind.COMPACT_COMMITMENT)
"""The kinds an objective's linked items can be, as summary columns."""


def _sources_table(sources: Mapping[str, Mapping[str, Any]], lang: Lang) -> Table:
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
