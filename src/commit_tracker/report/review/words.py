"""The review dossier's own words in Norwegian bokmål and English; the data's text is never translated."""

from __future__ import annotations

from commit_tracker.vocabulary import Lang

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Global plattform for migrasjon: utkast til gjennomgang", "Global Compact for Migration: draft review dossier"),
    "subtitle": (
        "Nasjonale tiltak per mål, gruppert etter rundebordene i Internasjonalt forum for migrasjonsgjennomgang. Per {as_of}.",
        "National measures by objective, grouped by the round tables of the International Migration Review Forum. As of {as_of}.",
    ),
    "about": ("Om utkastet", "About this draft"),
    "about_text": (
        "Hvert mål viser forpliktelsen, punktene i dataene som er koblet til målet eller ett av tiltakene (samme koblinger som"
        " «commit-tracker coverage»), hvilke tiltak som har og ikke har et punkt, og prinsippene punktene nevner.",
        "Each objective shows its commitment, the items in the data linked to it or to one of its actions (the same links as"
        " 'commit-tracker coverage'), which actions have an item and which have none, and the principles the items name.",
    ),
    "adoption": ("Valgte tiltak", "Actions chosen"),
    "adoption_none": (
        "Avtalens tiltak er en meny: hver stat velger hvilke den trekker på, så «ikke valgt» er noe annet enn «ikke gjort»."
        " For ingen av de {total} tiltakene her sier en kilde i dataene om staten har valgt det eller ikke;"
        " alle står derfor som «ikke vurdert».",
        "The compact's actions are a menu: each state chooses which to draw on, so 'not chosen' is not 'not done'."
        " For none of the {total} actions here does a source in the data say whether the state chose it;"
        " all therefore stand as 'not assessed'.",
    ),
    "adoption_some": (
        "Avtalens tiltak er en meny: hver stat velger hvilke den trekker på. Av de {total} tiltakene her er {chosen} valgt"
        " og {not_chosen} ikke valgt, hver med kilde; {not_assessed} er ikke vurdert.",
        "The compact's actions are a menu: each state chooses which to draw on. Of the {total} actions here, {chosen} are"
        " chosen and {not_chosen} not chosen, each with its source; {not_assessed} are not assessed.",
    ),
    "principles": ("Veiledende prinsipper (§ 15)", "Guiding principles (§ 15)"),
    "principles_intro": (
        "Plattformen bygger på ti gjennomgående og gjensidig avhengige prinsipper (§ 15, ordrett fra den uoffisielle norske oversettelsen):",
        "The compact rests on ten cross-cutting and interdependent principles (§ 15, verbatim from the unofficial Norwegian translation):",
    ),
    "no_principles": ("Dataene har ikke plattformens veiledende prinsipper.", "The data do not hold the compact's guiding principles."),
    "round_table": ("Rundebord {number}", "Round table {number}"),
    "no_round_table": ("Mål uten rundebord", "Objectives in no round table"),
    "round_table_objectives": ("Mål {numbers}.", "Objectives {numbers}."),
    "source": ("Kilde", "Source"),
    "decided_by": ("Fastsatt i", "Decided in"),
    "objective": ("Mål {number}: {title}", "Objective {number}: {title}"),
    "commitment": ("Forpliktelse", "Commitment"),
    "measures": ("Tiltak og punkter", "Measures"),
    "adoption_line": ("Valgt av staten: {state}", "Chosen by the state: {state}"),
    "nothing_linked": ("Ingen punkter er koblet.", "No item is linked."),
    "whole_objective": ("Koblet til målet som helhet", "Linked to the objective as a whole"),
    "no_measures": ("Ingen punkter i dataene er koblet til dette målet.", "No item in the data is linked to this objective."),
    "actions": ("Avtalens tiltak", "The compact's actions"),
    "gap": ("Hull", "Gap"),
    "gap_all": ("ingen punkter er koblet til målet eller noen av de {total} tiltakene.", "no item is linked to the objective or any of its {total} actions."),
    "gap_some": (
        "{with_measure} av {total} tiltak har et punkt; uten: {letters}. {whole} punkt(er) gjelder målet som helhet.",
        "{with_measure} of {total} actions have an item; without: {letters}. {whole} item(s) concern the objective as a whole.",
    ),
    "gap_none": ("alle {total} tiltak har et punkt.", "all {total} actions have an item."),
    "named_principles": ("Prinsipper punktene nevner", "Principles the items name"),
    "no_named_principles": ("Ingen av punktene er koblet til et prinsipp i dataene.", "None of the items is linked to a principle in the data."),
    "summary": ("Oversikt over målene", "Summary across the objectives"),
    "attention": ("Forfalt eller foreldet", "Overdue or stale"),
    "attention_intro": (
        "Blant punktene over, per {as_of}: forfalt = fristen er passert og status er ikke gjennomført eller frafalt;"
        " foreldet = status sist oppgitt for mer enn {days} dager siden.",
        "Among the items above, as of {as_of}: overdue = past its due date and not done or dropped; stale = status last stated more than {days} days ago.",
    ),
    "attention_none": ("Ingen av punktene er forfalt eller foreldet.", "None of the items is overdue or stale."),
    "undated": (
        "{undated} av {total} punkter har ingen datert status (ikke vurdert); de kan ikke bli foreldet, men heller ikke vise fremdrift.",
        "{undated} of {total} items have no dated status (not assessed): they cannot go stale, nor show progress.",
    ),
    "overdue": ("forfalt", "overdue"),
    "stale": ("foreldet", "stale"),
    # Column headers.
    "col.number": ("#", "#"),
    "col.id": ("id", "id"),
    "col.kind": ("type", "kind"),
    "col.title": ("tittel", "title"),
    "col.owner": ("ansvarlig", "owner"),
    "col.status": ("status", "status"),
    "col.due": ("frist", "due"),
    "col.evidence": ("sist dokumentert", "last dated evidence"),
    "col.source": ("kilde", "source"),
    "col.letter": ("tiltak", "action"),
    "col.text": ("tekst", "text"),
    "col.adoption": ("valgt", "chosen"),
    "col.measures": ("punkter", "items"),
    "col.round_table": ("rundebord", "round table"),
    "col.objective": ("mål", "objective"),
    "col.total": ("punkter", "items"),
    "col.actions_covered": ("tiltak med punkt", "actions with an item"),
    "col.gap": ("hull", "gap"),
    "col.why": ("hvorfor", "why"),
    "col.publisher": ("utgiver", "publisher"),
    "col.date": ("dato", "date"),
    "col.where": ("fil eller nettadresse", "file or web address"),
    "sources": ("Kilder", "Sources"),
    "yes": ("ja", "yes"),
    "none": ("—", "—"),
    "basis.update": ("oppdatering", "update"),
    "basis.source": ("kildedokument", "source document"),
    "basis.commit": ("commit", "commit"),
    "adoption.chosen": ("valgt", "chosen"),
    "adoption.not_chosen": ("ikke valgt", "not chosen"),
    "adoption.not_assessed": ("ikke vurdert", "not assessed"),
    "generated": (
        "Laget av commit-tracker review fra dataene; hvert tall kan spores til en kilde.",
        "Made by commit-tracker review from the data; every figure traces to a source.",
    ),
}


def word(key: str, lang: Lang, **values: object) -> str:
    """The dossier's word or sentence ``key`` in the language, with ``{placeholders}`` filled in."""
    text = _WORDS[key][0 if lang is Lang.NB else 1]
    return text.format(**values) if values else text
