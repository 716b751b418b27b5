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
    "briefing_all": ("Alle punkter: {command}", "Every item: {command}"),
    # history and changes.
    "file": ("fil", "file"),
    "commit": ("commit", "commit"),
    "author": ("forfatter", "author"),
    "changes": ("endringer", "changes"),
    "uncommitted": ("ikke committet", "uncommitted"),
    "history_of": ("Historikk for {item}", "History of {item}"),
    "hist.added": ("lagt til i {path}", "added in {path}"),
    "hist.removed": ("fjernet fra {path}", "removed from {path}"),
    "hist.unknown": ("tilstand ukjent: {path} kunne ikke leses ({reason})", "state unknown: {path} could not be read ({reason})"),
    "hist.readable": ("lesbar igjen i {path}", "readable again in {path}"),
    "ch.unreadable": ("Filer som ikke kunne leses (tilstanden til punktene der er ukjent)", "Unreadable files (their items' state is unknown there)"),
    "ch.unknown_before": ("Tilstand ukjent ved start", "State unknown at the start"),
    "ch.unknown_after": ("Tilstand ukjent ved slutt", "State unknown at the end"),
    "at": ("ved", "at"),
    "why": ("hvorfor", "why"),
    "hist.cut": ("først sett i {path}; {reason}", "first seen in {path}; {reason}"),
    "msg.unknown_points": (
        "advarsel: på {count} punkt(er) er tilstanden ukjent (en fil som ikke kunne leses, eller historikken kuttet)",
        "warning: at {count} point(s) the item's state is unknown (a file that could not be read, or the history cut)",
    ),
    "msg.unreadable": (
        "advarsel: ved --{at} kunne {path} ikke leses ({reason}); tilstanden til punktene der er ukjent, ikke lagt til eller fjernet",
        "warning: at --{at}, {path} could not be read ({reason}); its items' state there is unknown, not added or removed",
    ),
    "hist.update": ("oppdatering {date}: {status}", "update {date}: {status}"),
    "hist.summary": ("{item}: {events} endring(er) i {commits} commit(er).", "{item}: {events} change(s) in {commits} commit(s)."),
    "new_status": ("ny status", "new status"),
    "was": ("var", "was"),
    "now": ("nå", "now"),
    "before": ("før", "before"),
    "after": ("etter", "after"),
    "change": ("endring", "change"),
    "section_name": ("del", "section"),
    "ch.title": ("Endringer fra {since} til {until}", "Changes from {since} to {until}"),
    "ch.point": ("{label} ({commit}, {date})", "{label} ({commit}, {date})"),
    "ch.working_tree": ("arbeidskopien", "the working tree"),
    "ch.added": ("Lagt til", "Added"),
    "ch.removed": ("Fjernet", "Removed"),
    "ch.status_changes": ("Statusendringer", "Status changes"),
    "ch.now": ("Nå {status}", "Now {status}"),
    "ch.owner_changes": ("Endret ansvarlig", "Owner changes"),
    "ch.due_changes": ("Endret frist", "Due-date changes"),
    "ch.counts": ("Antall per status", "Count per status"),
    "ch.summary": (
        "{added} lagt til, {removed} fjernet, {moved} statusendring(er), {owners} endring(er) av ansvarlig, {dues} endring(er) av frist",
        "{added} added, {removed} removed, {moved} status change(s), {owners} owner change(s), {dues} due-date change(s)",
    ),
    "msg.dirty": (
        "merknad: arbeidskopien har endringer i dataene som ikke er committet; de er tatt med (--until HEAD utelater dem)",
        "note: the working tree has uncommitted changes to the data; they are included (--until HEAD leaves them out)",
    ),
    "msg.unloaded": (
        "advarsel: {path} lar seg ikke lese i arbeidskopien, så tilstanden til punktene der er ukjent; kjør commit-tracker validate",
        "warning: {path} does not load in the working tree, so its items' state there is unknown; run commit-tracker validate",
    ),
    # Messages on stderr.
    "msg.data_errors": (
        "dataene har {errors} feil; rett dem før rapportering (commit-tracker validate)",
        "the data has {errors} error(s); fix them before reporting (commit-tracker validate)",
    ),
    "upd.dry": ("{path}: prøvekjøring; ingenting ble skrevet.", "{path}: dry run; nothing was written."),
    "upd.restored": (
        "endringen ville gitt problemene over; {path} ble satt tilbake og ingenting endret",
        "the edit would add the problems above; {path} was restored and nothing changed",
    ),
    "upd.added": ("{path}: {item}: oppdatering {date} lagt til; status {old} → {new}.", "{path}: {item}: update of {date} added; status {old} → {new}."),
    "upd.older": (
        "merknad: oppdateringen er datert før den nyeste, så gjeldende status forblir {status}",
        "note: the update is dated before the newest one, so the current status stays {status}",
    ),
    "upd.review": ("Se over med: git diff -- {path}", "Review it with: git diff -- {path}"),
    "msg.findings": ("{errors} feil, {warnings} advarsel(er) i {files} fil(er).", "{errors} error(s), {warnings} warning(s) in {files} file(s)."),
    "msg.clean": ("{files} fil(er), {items} forpliktelser: ingen problemer.", "{files} file(s), {items} commitments: no problems."),
    "msg.unchecked": (
        "{count} sitater ikke kontrollert: ingen kildetekster i {sought}; oppgi --sources MAPPE eller sett `sources` i konfigurasjonen",
        "{count} quotes not checked: no source texts at {sought}; give --sources DIR or set `sources` in the configuration",
    ),
    "msg.unchecked_web": (
        "{count} sitater ikke kontrollert mot en lokal tekst: kilden er en nettside",
        "{count} quotes not checked against a local text: their source is a web page",
    ),
    "msg.clean_partly": ("{files} fil(er): ingen problemer i kontrollene som ble kjørt.", "{files} file(s): no problems in the checks that ran."),
    "msg.clean_rules": (
        "{files} fil(er), {items} forpliktelser, {rules} regel(er): ingen problemer.",
        "{files} file(s), {items} commitments, {rules} rule(s): no problems.",
    ),
    "msg.shown": ("{shown} av {total} punkter.", "{shown} of {total} item(s)."),
    "msg.no_data": ("dataene har ingen forpliktelser ennå.", "the data has no commitments yet."),
    "msg.none_match": ("ingen punkter passer filtrene (0 av {total} punkter).", "no item matches the filters (0 of {total} item(s))."),
    "msg.by_commit": (
        "merknad: {count} punkt(er) uten statusoppdatering ble datert etter siste commit som endret dem.",
        "note: {count} item(s) without a status update were dated by the last commit that changed them.",
    ),
    "msg.objectives": ("merknad: {count} av avtalens {total} mål er i dataene.", "note: {count} of the compact's {total} objectives are in the data."),
    "owner_briefing": ("{owner} · ansvarlig", "{owner} · owner"),
    "parent": ("under", "part of"),
    # Relations of show's links.
    "rel.objective": ("mål", "objective"),
    "rel.linked_item": ("koblet punkt", "linked item"),
    "rel.duplicate_of": ("duplikat av", "duplicate of"),
    "rel.duplicated_by": ("duplisert av", "duplicated by"),
    "rel.supersedes": ("erstatter", "supersedes"),
    "rel.superseded_by": ("erstattet av", "superseded by"),
    "rel.parent": ("overordnet", "parent"),
    "rel.child": ("underpunkt", "sub-item"),
    # The report site.
    "site.title": ("Hvor forpliktelsene står", "Where the commitments stand"),
    "site.overview": ("Oversikt", "Overview"),
    "site.all_items": ("Alle punkter", "All items"),
    "site.main_nav": ("Hovedmeny", "Main menu"),
    "site.skip": ("Hopp til innholdet", "Skip to content"),
    "site.other_lang": ("English", "Norsk"),
    "site.headline": ("Hovedtall", "Headline"),
    "site.commitments": ("forpliktelser", "commitments"),
    "site.assessed": ("vurdert", "assessed"),
    "site.stale": ("utdatert", "stale"),
    "site.stale_note": (
        "Utdatert: status sist angitt for mer enn {days} dager før {as_of}, eller aldri.",
        "Stale: status last stated more than {days} days before {as_of}, or never.",
    ),
    "site.data_as_of": ("Data per", "Data as of"),
    "site.commit_at": ("{date}, commit {short}", "{date}, commit {short}"),
    "site.uncommitted": ("med endringer som ikke er lagret i git", "with changes not yet committed"),
    "site.not_in_git": ("dataene er ikke i git", "the data are not in git"),
    "site.measured": ("Forfall og utdatert målt per {as_of}.", "Overdue and stale measured as of {as_of}."),
    "site.by_owner": ("Status per ansvarlig", "Status by owner"),
    "site.map": ("Avtalens 23 mål: hva som er koblet", "The compact's 23 objectives: what is linked"),
    "site.map_note": (
        "Fargen viser hvor mange punkter som er koblet til målet; mål uten koblinger er merket «hull».",
        "The colour shows how many items are linked to the objective; objectives with none are marked 'gap'.",
    ),
    "site.linked_count": ("{count} koblet", "{count} linked"),
    "site.gap": ("hull", "gap"),
    "site.downloads": ("Last ned", "Downloads"),
    "site.json": (
        "Alle punkter som JSON (versjon {version}, som status --all --format json)",
        "All items as JSON (version {version}, as status --all --format json)",
    ),
    "site.csv": ("Alle punkter som CSV", "All items as CSV"),
    "site.sources": ("Kildedokumenter", "Source documents"),
    "site.publisher": ("utgiver", "publisher"),
    "site.language": ("språk", "language"),
    "site.file": ("fil", "file"),
    "site.quoted_items": ("Punkter hentet fra dokumentet", "Items quoted from it"),
    "site.owner_items": ("Punkter (også enhetene under)", "Items (the units under it included)"),
    "site.units": ("Enheter under", "Units under it"),
    "site.part_of": ("Del av", "Part of"),
    "site.filters": ("Filtrer", "Filter"),
    "site.search": ("Søk (ser bort fra store bokstaver og aksenter)", "Search (ignores case and accents)"),
    "site.any": ("alle", "any"),
    "site.only_overdue": ("bare forfalte", "overdue only"),
    "site.clear": ("Nullstill", "Clear"),
    "site.shown": ("{shown} av {total} punkter vises.", "{shown} of {total} items shown."),
    "site.nojs": ("Hele listen vises; filtrene krever JavaScript.", "The whole list is shown; the filters need JavaScript."),
    "site.commits": ("Endringer i git", "Commits that changed it"),
    "site.no_commits": ("Ingen git-historikk for dette punktet.", "No git history for this item."),
    "site.author": ("forfatter", "author"),
    "site.change": ("endring", "change"),
    "site.added": ("lagt til", "added"),
    "site.changed": ("endret", "changed"),
    "site.removed": ("fjernet", "removed"),
    "site.text_changed": ("annet innhold endret", "other content changed"),
    "site.linked_whole": ("Koblet til målet som helhet", "Linked to the objective as a whole"),
    "site.nothing_linked": ("Ingenting koblet.", "Nothing linked."),
    "site.no_history": ("Ingen daterte statusoppdateringer.", "No dated status updates."),
    "site.no_links": ("Ingen koblinger.", "No links."),
    "site.no_items": ("Ingen punkter.", "No items."),
    "site.made_by": ("Laget med commit-tracker {version}.", "Made with commit-tracker {version}."),
    "site.choose": ("Velg språk", "Choose a language"),
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
