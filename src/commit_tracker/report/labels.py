"""The words of the reports in Norwegian bokmål and English; the data's own text is never translated."""

from __future__ import annotations

from collections.abc import Mapping

from commit_tracker.vocabulary import Kind, Lang

_WORDS: dict[str, tuple[str, str]] = {
    # Headers and field names (nb, en).
    "id": ("id", "id"),
    "kind": ("type", "kind"),
    "title": ("tittel", "title"),
    "title_nb": ("tittel (bokmål)", "title (Norwegian)"),
    "title_nb_list": ("tittel i listen", "title in the list"),
    "title_en": ("tittel (engelsk)", "title (English)"),
    "text": ("tekst", "text"),
    "status": ("status", "status"),
    "owner": ("ansvarlig", "owner"),
    "name": ("navn", "name"),
    "due": ("frist", "due"),
    "last_update": ("sist oppdatert", "last update"),
    "objectives": ("mål", "objectives"),
    "source": ("kilde", "source"),
    "quote": ("sitat", "quote"),
    "note": ("merknad", "note"),
    "number": ("nummer", "number"),
    "paragraph": ("paragraf", "paragraph"),
    "section": ("avsnitt", "section"),
    "group": ("gruppe", "group"),
    "initiative": ("initiativ", "initiative"),
    "criteria": ("kriterier", "criteria"),
    "date": ("dato", "date"),
    "letter": ("bokstav", "letter"),
    "relation": ("forhold", "relation"),
    "refs": ("via", "via"),
    "count": ("antall", "count"),
    "share": ("andel", "share"),
    "total": ("totalt", "total"),
    "by_status": ("etter status", "by status"),
    "overdue": ("forfalt", "overdue"),
    "objective": ("mål", "objective"),
    "followups": ("oppfølging", "follow-ups"),
    "pledges": ("løfter", "pledges"),
    "field": ("felt", "field"),
    "value": ("verdi", "value"),
    # Block titles.
    "status_by_kind": ("Status per type", "Status by kind"),
    "items": ("Punkter", "Items"),
    "actions": ("Tiltak", "Actions"),
    "history": ("Statushistorikk", "Status history"),
    "links": ("Koblinger", "Links"),
    "coverage": ("Dekning av avtalens mål", "Coverage of the compact's objectives"),
    "owners": ("Ansvarlige", "Owners"),
    # Values and notes.
    "inferred": ("antatt", "inferred"),
    "yes": ("ja", "yes"),
    "none": ("—", "—"),
    "no_owner": ("(ingen ansvarlig)", "(no owner)"),
    "under": ("under {parent}", "part of {parent}"),
    "overdue_mark": ("! = fristen er passert per {as_of}", "! = overdue as of {as_of}"),
    "gap": ("hull: ingen koblede punkter", "gap: nothing linked"),
    "gaps": ("Mål uten koblede punkter: {numbers}", "Objectives with nothing linked: {numbers}"),
    "columns_left_out": (
        "Ikke vist ved {width} kolonner: {names} (bredere vindu eller --format csv viser alt).",
        "Not shown at {width} columns: {names} (widen the terminal or use --format csv).",
    ),
    "no_gaps": ("Alle mål har koblede punkter.", "Every objective has linked items."),
    # The briefing.
    "briefing": ("Oversikt per {as_of}", "Briefing as of {as_of}"),
    "commitments": ("forpliktelser", "commitments"),
    "assessed_of": ("{total}, {assessed} vurdert ({share})", "{total}, {assessed} assessed ({share})"),
    "stale": ("foreldet", "stale"),
    "stale_count": ("{count} (status eldre enn {days} dager)", "{count} (status older than {days} days)"),
    "data_changed": ("data endret", "data changed"),
    "attention": ("Trenger oppfølging ({count})", "Needs attention ({count})"),
    "reason": ("hvorfor", "why"),
    "reason.overdue": ("forfalt", "overdue"),
    "reason.stalled": ("stanset", "stalled"),
    "reason.not_started": ("ikke påbegynt", "not started"),
    "reason.stale": ("foreldet", "stale"),
    "more": ("{count} til {reason}: {command}", "{count} more {reason}: {command}"),
    "no_attention": ("Ingen punkter trenger oppfølging.", "Nothing needs attention."),
    "briefing_all": ("Alle punkter: commit-tracker status --all", "Every item: commit-tracker status --all"),
    # Relations of show's links.
    "rel.objective": ("mål", "objective"),
    "rel.linked_item": ("koblet punkt", "linked item"),
    "rel.duplicate_of": ("duplikat av", "duplicate of"),
    "rel.duplicated_by": ("duplisert av", "duplicated by"),
    "rel.supersedes": ("erstatter", "supersedes"),
    "rel.superseded_by": ("erstattet av", "superseded by"),
    "rel.parent": ("overordnet", "parent"),
    "rel.child": ("underpunkt", "sub-item"),
}

_KINDS: dict[Kind, tuple[str, str, str, str]] = {
    # (nb, en, nb plural, en plural)
    Kind.OBJECTIVE: ("mål", "objective", "Mål", "Objectives"),
    Kind.COMPACT_COMMITMENT: ("forpliktelse i avtalen", "compact commitment", "Forpliktelser i avtalen", "Compact commitments"),
    Kind.FOLLOWUP: ("oppfølgingspunkt", "follow-up", "Oppfølgingspunkter", "Follow-ups"),
    Kind.PLEDGE: ("løfte", "pledge", "Løfter", "Pledges"),
}


def word(key: str, lang: Lang, **values: str) -> str:
    """The word or phrase ``key`` in the language, with ``{placeholders}`` filled in."""
    text = _WORDS[key][0 if lang is Lang.NB else 1]
    return text.format(**values) if values else text


def kind_name(kind: Kind, lang: Lang, *, plural: bool = False) -> str:
    """The name of a kind of commitment: ``follow-up``, or ``Follow-ups`` as a heading."""
    return _KINDS[kind][(2 if plural else 0) + (0 if lang is Lang.NB else 1)]


def default_lang(environ: Mapping[str, str]) -> Lang:
    """Norwegian when the locale (LC_ALL, else LC_MESSAGES, else LANG) is nb, nn or no; else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return Lang.NB if value.lower().startswith(("nb", "nn", "no")) else Lang.EN
    return Lang.EN
