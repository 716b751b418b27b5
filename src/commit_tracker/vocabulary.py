"""The words the command line and the core share: statuses, kinds, languages and sort keys.

Standard library only, so the command line can offer these as choices without importing
pydantic at start-up.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """One status vocabulary for every kind of commitment."""

    NOT_ASSESSED = "not_assessed"
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PARTLY_DONE = "partly_done"
    DONE = "done"
    STALLED = "stalled"
    DROPPED = "dropped"

    @property
    def final(self) -> bool:
        """True for the statuses after which nothing more is expected."""
        return self in (Status.DONE, Status.DROPPED)

    def label(self, lang: str = "en") -> str:
        """The status name in Norwegian (``nb``) or English (``en``)."""
        return STATUS_LABELS[self][0 if lang == "nb" else 1]


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.NOT_ASSESSED: ("ikke vurdert", "not assessed"),
    Status.NOT_STARTED: ("ikke påbegynt", "not started"),
    Status.IN_PROGRESS: ("pågår", "in progress"),
    Status.PARTLY_DONE: ("delvis gjennomført", "partly done"),
    Status.DONE: ("gjennomført", "done"),
    Status.STALLED: ("stanset", "stalled"),
    Status.DROPPED: ("frafalt", "dropped"),
}


class Kind(StrEnum):
    """The kinds of commitment; the values of ``models.KIND_BY_SECTION``."""

    OBJECTIVE = "objective"
    COMPACT_COMMITMENT = "compact_commitment"
    FOLLOWUP = "followup"
    PLEDGE = "pledge"


class Role(StrEnum):
    """What an entry is in its list: a commitment, or structure around commitments.

    Only ``pledge`` entries are commitments; every tally counts them alone.
    """

    PLEDGE = "pledge"
    HEADING = "heading"
    """A topic label that only groups the commitments under it (e.g. "Familiegjenforening")."""
    CRITERION = "criterion"
    """A condition or quality criterion that completes its parent's sentence."""
    STATEMENT = "statement"
    """What a report says as a whole (e.g. IOM's overall statement): context, not a commitment."""


class Form(StrEnum):
    """How the source states an entry: as a list item, or in running text."""

    BULLET = "bullet"
    PROSE = "prose"


class Lang(StrEnum):
    """The languages of the reports: Norwegian bokmål and English."""

    NB = "nb"
    EN = "en"


class SortKey(StrEnum):
    """What the item list of a report is sorted by."""

    ID = "id"
    DUE = "due"
    STATUS = "status"
    OWNER = "owner"
