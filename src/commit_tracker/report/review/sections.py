"""The dossier's sections in one language: a principle, a round table, an objective with its measures and actions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from commit_tracker.report.labels import kind_name
from commit_tracker.report.objective import ActionGroup, LinkedItem
from commit_tracker.report.review.blocks import ObjectiveSection, PrincipleSection, RoundTableSection, Table
from commit_tracker.report.review.words import word
from commit_tracker.vocabulary import Kind, Lang, Status


def principle_section(principle: Mapping[str, Any], lang: Lang) -> PrincipleSection:
    """A principle: its number and name in the language, the other language's name, its text and source."""
    other = principle["name_en"] if lang is Lang.NB else principle["name_nb"]
    name = principle["name_nb"] if lang is Lang.NB else principle["name_en"]
    return PrincipleSection(f"{principle['number']}. {name} ({other})", principle["text"], cite(principle["source"]))


def principle_names(data: Mapping[str, Any], lang: Lang) -> dict[str, str]:
    """Each principle's name in the language, by id."""
    return {p["id"]: p["name_nb"] if lang is Lang.NB else p["name_en"] for p in data["principles"]}


def round_table_section(table: Mapping[str, Any], names: Mapping[str, str], lang: Lang) -> RoundTableSection:
    """A round table: its heading, objectives, the decision and the page that state its group, and its objectives."""
    numbers = ", ".join(str(row["number"]) for row in table["objectives"])
    if table["number"] is None:
        return RoundTableSection(
            word("no_round_table", lang), word("round_table_objectives", lang, numbers=numbers), "", "", "", "", _objectives(table, names, lang)
        )
    return RoundTableSection(
        word("round_table", lang, number=table["number"]),
        word("round_table_objectives", lang, numbers=numbers),
        f"{word('decided_by', lang)}: {table['decided_by']}" if table["decided_by"] else "",
        cite(table["source"]),
        table["source"]["quote"],
        table["note"] or "",
        _objectives(table, names, lang),
    )


def _objectives(table: Mapping[str, Any], names: Mapping[str, str], lang: Lang) -> tuple[ObjectiveSection, ...]:
    return tuple(_objective(row, names, lang) for row in table["objectives"])


def _objective(row: Mapping[str, Any], names: Mapping[str, str], lang: Lang) -> ObjectiveSection:
    measures = Table(
        tuple(word(f"col.{key}", lang) for key in ("id", "kind", "title", "owner", "status", "evidence", "source")),
        tuple(
            (
                m["id"],
                kind_name(Kind(m["kind"]), lang),
                m["title"],
                m["owner_name"] or word("none", lang),
                Status(m["status"]).label(lang) + (f" ({word('overdue', lang)})" if m["overdue"] else ""),
                evidence_text(m, lang),
                cite(m["source"]),
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
    items = {
        m["id"]: LinkedItem(
            m["id"],
            m["title"],
            kind_name(Kind(m["kind"]), lang),
            Status(m["status"]),
            f"#o{row['number']}-{m['id']}",
            word("overdue", lang) if m["overdue"] else "",
        )
        for m in row["measures"]
    }
    return ObjectiveSection(
        heading=word("objective", lang, number=row["number"], title=row["title"]),
        commitment=row["commitment"],
        commitment_source=cite(row["source"]),
        measures=measures if row["measures"] else None,
        actions=actions,
        gap=f"{word('gap', lang)}: {_gap(row, lang)}",
        principles=f"{word('named_principles', lang)}: {', '.join(names.get(p, p) for p in row['principles'])}."
        if row["principles"]
        else word("no_named_principles", lang),
        measure_items=tuple(items.values()),
        action_groups=_action_groups(row, items, lang),
    )


def _action_groups(row: Mapping[str, Any], items: Mapping[str, LinkedItem], lang: Lang) -> tuple[ActionGroup, ...]:
    """Each action with the measures linked to it, then those linked to the objective as a whole: what the site's objective page shows."""
    number = row["number"]
    actions = tuple(
        ActionGroup(
            heading=a["ref"],
            anchor=f"o{number}-action-{a['letter']}",
            text=a["text"],
            text_lang="nb",
            adoption=word("adoption_line", lang, state=word("adoption." + a["adoption"], lang)),
            items=tuple(items[item_id] for item_id in a["measures"] if item_id in items),
            nothing=word("nothing_linked", lang),
        )
        for a in row["actions"]
    )
    whole = tuple(items[item_id] for item_id in row["whole_objective"] if item_id in items)
    return (*actions, ActionGroup(word("whole_objective", lang), f"o{number}-action-whole", "", "", "", whole, word("nothing_linked", lang)))


def _gap(row: Mapping[str, Any], lang: Lang) -> str:
    total = len(row["actions"])
    without = row["actions_without_measure"]
    if row["gap"]:
        return word("gap_all", lang, total=total)
    if not without:
        return word("gap_none", lang, total=total)
    return word("gap_some", lang, with_measure=total - len(without), total=total, letters=", ".join(without), whole=len(row["whole_objective"]))


def evidence_text(measure: Mapping[str, Any], lang: Lang) -> str:
    """A measure's last dated evidence in words: its date, what it is and where it is said."""
    evidence = measure["last_evidence"]
    if evidence is None:
        return word("none", lang)
    basis = word(f"basis.{evidence['basis']}", lang)
    return f"{evidence['date']} ({basis}; {cite(evidence['source'])})" if evidence["source"] else f"{evidence['date']} ({basis})"


def cite(source: Mapping[str, Any] | None) -> str:
    """A source reference, short: the document's id, or a web page's publisher, and the place in it; the list of sources has the rest."""
    if source is None:
        return ""
    return f"{source['document'] or source['publisher']}, {source['locator']}"
