"""The briefing: ``status`` with no filter, one screen for a meeting.

A headline (how many commitments, assessed, overdue, stale, when the data last changed), the
tally by kind and status with counts and percentages, and the items that need attention, with
the command that lists the rest of each kind of attention.
"""

from __future__ import annotations

import datetime as dt

from commit_tracker.dataset import Dataset
from commit_tracker.query.items import title_of
from commit_tracker.query.subject import Subject
from commit_tracker.query.tallies import Briefing, Reason
from commit_tracker.report.document import JSON_VERSION, Block, Cell, Document, Fields, Grid, Note, Records
from commit_tracker.report.items import due_cell, owner_name, status_cell
from commit_tracker.report.labels import kind_name, word
from commit_tracker.vocabulary import Kind, Lang, Status

ATTENTION_ROWS = 8
"""The briefing lists at most this many items needing attention; the rest are one command away."""
SCREEN_LINES = 40
"""The briefing's budget at 80 columns; a longer tally leaves fewer rows for attention (never under 3)."""
INDENT = "  "

ATTENTION_FIELDS = ("reason", "id", "kind", "title", "status", "due", "overdue")
"""The CSV columns of the briefing: one record per item needing attention."""


def more_command(reason: Reason, stale_days: int, as_of: dt.date | None, scope: str = "") -> str:
    """The command that lists every item of one kind of attention."""
    options = {
        Reason.OVERDUE: "--overdue",
        Reason.STALLED: "--status stalled",
        Reason.NOT_STARTED: "--status not_started",
        Reason.STALE: f"--stale {stale_days} --status in_progress,partly_done",
    }[reason]
    return f"commit-tracker status {scope + ' ' if scope else ''}{options}" + (f" --as-of {as_of.isoformat()}" if as_of else "")


def briefing_document(brief: Briefing, lang: Lang, as_of: dt.date, changed: dt.date | None, *, as_of_given: bool = False, scope: str = "") -> Document:
    """The briefing as a Document; ``as_of_given`` puts ``--as-of`` into the commands it suggests, ``scope`` a filter (``--owner ud``)."""
    suffix_day = as_of if as_of_given else None
    shown = attention_rows(brief)
    more = _hidden(brief, shown)
    data = {
        "version": JSON_VERSION,
        "as_of": as_of.isoformat(),
        "data_changed": changed.isoformat() if changed else None,
        "headline": {
            "commitments": brief.total,
            "assessed": brief.assessed,
            "overdue": brief.overdue,
            "stale": brief.stale,
            "stale_days": brief.stale_days,
        },
        "summary": {kind.value: {status.value: count for status, count in counts.items()} for kind, counts in brief.by_kind.items()},
        "attention": [{"reason": reason.value, "id": view.id, "kind": view.kind.value, "status": view.status.value} for reason, view in brief.attention],
        "more": [
            {"reason": reason.value, "count": count, "command": more_command(reason, brief.stale_days, suffix_day, scope)} for reason, count in more.items()
        ],
    }
    records = Records(
        ATTENTION_FIELDS,
        tuple(
            (reason.value, view.id, view.kind.value, title_of(view.item, lang), view.status.value, view.item.due or "", "true" if view.overdue else "false")
            for reason, view in brief.attention
        ),
    )
    blocks: list[Block] = [_headline(brief, lang, as_of, changed), tally_grid(brief.by_kind, lang)]
    notes = [
        word("more", lang, count=str(count), reason=word(f"reason.{reason.value}", lang), command=more_command(reason, brief.stale_days, suffix_day, scope))
        for reason, count in more.items()
    ]
    if brief.attention:
        blocks.append(_attention(brief, lang, shown))
    else:
        notes.append(word("no_attention", lang))
    blocks.append(
        Note(
            "\n".join(
                [
                    *notes,
                    word("briefing_all", lang, command=f"commit-tracker status {scope or '--all'}" + (f" --as-of {as_of.isoformat()}" if as_of_given else "")),
                ]
            )
        )
    )
    return Document(data, records, tuple(blocks), lang=lang.value)


def percent(count: int, total: int) -> str:
    """``42%``, rounded; ``<1%`` for a count that rounds to nothing."""
    if not total:
        return "—"
    share = round(100 * count / total)
    return "<1%" if count and not share else f"{share}%"


def tally_grid(by_kind: dict[Kind, dict[Status, int]], lang: Lang) -> Grid:
    """The tally by kind and status: count, percentage of the kind and a bar."""
    rows: list[tuple[Cell, ...]] = []
    for kind, counts in by_kind.items():
        total = sum(counts.values())
        rows.append((Cell(kind_name(kind, lang, plural=True), "heading"), Cell(str(total), "heading"), Cell(""), Cell("")))
        rows.extend(
            (
                Cell(INDENT + status.label(lang), f"status.{status.value}"),
                Cell(str(count)),
                Cell(percent(count, total)),
                Cell("", f"status.{status.value}", (count, total)),
            )
            for status, count in counts.items()
            if count
        )
    return Grid(
        headers=(word("status", lang), word("count", lang), "%", word("share", lang)),
        rows=tuple(rows),
        title=word("status_by_kind", lang),
        numeric=frozenset({1, 2}),
        drop=(3,),
    )


def _headline(brief: Briefing, lang: Lang, as_of: dt.date, changed: dt.date | None) -> Fields:
    pairs = [
        (
            word("commitments", lang),
            Cell(word("assessed_of", lang, total=str(brief.total), assessed=str(brief.assessed), share=percent(brief.assessed, brief.total))),
        ),
        (word("overdue", lang), Cell(str(brief.overdue), "overdue" if brief.overdue else "")),
        (word("stale", lang), Cell(word("stale_count", lang, count=str(brief.stale), days=str(brief.stale_days)))),
    ]
    if changed is not None:  # an owner's or an objective's briefing in show does not say it
        pairs.append((word("data_changed", lang), Cell(changed.isoformat())))
    return Fields(tuple(pairs), title=word("briefing", lang, as_of=as_of.isoformat()))


def attention_rows(brief: Briefing) -> int:
    """How many attention rows fit the screen budget with the tally and notes of this briefing."""
    tally = 3 + sum(1 + sum(1 for count in counts.values() if count) for counts in brief.by_kind.values())
    for rows in range(ATTENTION_ROWS, 2, -1):
        hidden = len(_hidden(brief, rows))
        # headline (title, 4 lines, blank), tally and a blank, attention title, header, rule,
        # the rows, a note on left-out columns, a blank, then 'more' lines (two at 80 columns) and 'every item'
        lines = 6 + tally + 1 + 3 + min(rows, len(brief.attention)) + 1 + 1 + 2 * hidden + 1
        if lines <= SCREEN_LINES:
            return rows
    return 3


def _attention(brief: Briefing, lang: Lang, shown: int) -> Grid:
    rows = tuple(
        (
            Cell(word(f"reason.{reason.value}", lang), "overdue" if reason is Reason.OVERDUE else ""),
            Cell(view.id, "id"),
            status_cell(view.status, lang),
            due_cell(view, lang),
            Cell(title_of(view.item, lang)),
        )
        for reason, view in brief.attention[:shown]
    )
    headers = tuple(word(key, lang) for key in ("reason", "id", "status", "due", "title"))
    return Grid(headers, rows, title=word("attention", lang, count=str(len(brief.attention))), wrap=frozenset(), clip=frozenset({4}), drop=(3, 2))


def _hidden(brief: Briefing, shown: int) -> dict[Reason, int]:
    """How many items of each reason the briefing's list leaves out."""
    hidden: dict[Reason, int] = {}
    for reason, _ in brief.attention[shown:]:
        hidden[reason] = hidden.get(reason, 0) + 1
    return hidden


def subject_document(subject: Subject, brief: Briefing, dataset: Dataset, lang: Lang, as_of: dt.date, shown: Document | None) -> Document:
    """``show`` of an owner (who it is, then the briefing of its items) or of an objective (the briefing, then the objective)."""
    inner = briefing_document(brief, lang, as_of, None, scope=subject.scope)
    summary = {key: value for key, value in inner.data.items() if key not in ("version", "as_of", "data_changed")}
    if shown is not None:
        data = {**shown.data, "briefing": summary}
        return Document(data, shown.records, (*inner.blocks[1:], *shown.blocks), lang=lang.value)
    owner = subject.owner
    assert owner is not None
    parent = dataset.owners.get(owner.parent or "")
    pairs = [(word("name", lang), Cell(owner_name(dataset, owner.id, lang)))]
    if parent is not None:
        pairs.append((word("parent", lang), Cell(f"{parent.id}: {owner_name(dataset, parent.id, lang)}")))
    pairs.extend(inner.blocks[0].pairs if isinstance(inner.blocks[0], Fields) else ())
    head = Fields(tuple(pairs), title=word("owner_briefing", lang, owner=owner.id))
    data = {
        "version": JSON_VERSION,
        "as_of": as_of.isoformat(),
        "owner": {"id": owner.id, "name": owner_name(dataset, owner.id, lang), "parent": owner.parent},
        "briefing": summary,
    }
    return Document(data, inner.records, (head, *inner.blocks[1:]), lang=lang.value)
