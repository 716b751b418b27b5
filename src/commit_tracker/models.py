"""The data model: frozen dataclasses of the data files, which pydantic validates; partial dates.

The classes import nothing of pydantic: their constraints are markers (``constraints``) that
pydantic reads when ``validation`` checks a file. A report can so use data validated by an
earlier run (``cache``) without paying for pydantic at all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any

from commit_tracker.constraints import Check, JsonSchema, Limits

# The status vocabulary lives in a light module (no pydantic) so the command line can offer it
# as choices at start-up; re-exported here, where the data model uses it.
from commit_tracker.vocabulary import STATUS_LABELS as STATUS_LABELS
from commit_tracker.vocabulary import Form as Form
from commit_tracker.vocabulary import Role as Role
from commit_tracker.vocabulary import Status as Status

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=8192)  # dates repeat; parsing each anew was 2 s of a 100,000-item run
def parse_partial_date(value: str) -> tuple[int, int, int]:
    """Split ``2012``, ``2012-11`` or ``2012-11-30`` into (year, month, day), 0 where absent.

    Raises ValueError for any other shape and for dates that do not exist.
    """
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"'{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if match.group(2) and not 1 <= month <= 12:
        raise ValueError(f"'{value}' has no month {month}")
    if match.group(3):
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"'{value}' is not a real date (no day {day} in that month)") from None
    return year, month, day


def latest_day(value: str) -> dt.date:
    """The last calendar day a partial date can mean (``2012-11`` → 2012-11-30)."""
    year, month, day = parse_partial_date(value)
    if day:
        return dt.date(year, month, day)
    if month:
        next_month = dt.date(year + month // 12, month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)
    return dt.date(year, 12, 31)


def _check_partial_date(value: str) -> str:
    parse_partial_date(value)
    return value


PartialDate = Annotated[
    str,
    Check(_check_partial_date),
    # The schema for editors: the shape only; the check also rejects dates that do not exist.
    JsonSchema({"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$", "description": "YYYY, YYYY-MM or YYYY-MM-DD"}),
]
"""A date as precise as its source: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""


def _yaml_bool(value: object) -> object:
    """true or false as YAML 1.2 and the JSON Schema have them; not yes, on, 1 (pydantic's lax reading)."""
    if isinstance(value, bool):
        return value
    if value in ("true", "True", "TRUE"):
        return True
    if value in ("false", "False", "FALSE"):
        return False
    raise ValueError(f"must be true or false, not {value!r}")


Boolean = Annotated[bool, Check(_yaml_bool, before=True)]
"""A YAML 1.2 boolean: ``true`` or ``false``."""

Id = Annotated[str, Limits(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]
"""A stable, readable id: lower-case letters, digits, '.', '_' and '-'."""

Text = Annotated[str, Limits(min_length=1)]

ObjectiveRef = Annotated[str, Limits(pattern=r"^([1-9]|1[0-9]|2[0-3])(\.[a-z])?$")]
"""A compact objective, ``10``, or one of its actions, ``10.c``."""


def _about(text: str) -> dict[str, Any]:
    """A field's description, as pydantic reads it from the dataclass field (into the JSON Schema)."""
    return {"description": text}


@dataclass(frozen=True, kw_only=True)
class Strict:
    """Base of every model: unknown keys are errors; instances cannot be changed."""

    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012 (read by pydantic, never changed)


Url = Annotated[str, Limits(pattern=r"^https?://\S+$")]
"""The address of a public web page."""

_WEB_FIELDS = ("url", "title", "publisher", "date", "accessed")


@dataclass(frozen=True, kw_only=True)
class SourceRef(Strict):
    """Where a statement comes from: a document in the sources registry, or a public web page; a place in it; a quote.

    A web page is described where it is cited (url, title, publisher, date, accessed); its quote
    is verbatim from the page, and cannot be checked against a local text.
    """

    document: Id | None = field(default=None, metadata=_about("A source in the sources registry; leave out for a web page (give url)."))
    url: Url | None = field(default=None, metadata=_about("A public web page, instead of a document."))
    title: str | None = field(default=None, metadata=_about("The web page's title or headline, as the page gives it; left out where none was found."))
    publisher: str | None = field(default=None, metadata=_about("Who publishes the web page."))
    date: PartialDate | None = field(default=None, metadata=_about("The web page's own date, where it gives one."))
    accessed: PartialDate | None = field(default=None, metadata=_about("When the web page was read."))
    locator: Text = field(metadata=_about("Section, paragraph or line, e.g. 'MÅL 10 (§ 25)', 'line 22'."))
    quote: Text = field(metadata=_about("Verbatim text of the source; checked with --sources."))

    def __post_init__(self) -> None:
        """pydantic runs this after the fields: a ValueError is an error at the reference."""
        if (self.document is None) == (self.url is None):
            raise ValueError("give either 'document' (a source id) or 'url' (a web page), not both or neither")
        if self.url is None:
            extra = [name for name in _WEB_FIELDS if getattr(self, name) is not None]
            if extra:
                raise ValueError(f"{', '.join(extra)} describe a web page; a document's are in the sources registry")
        else:
            missing = [name for name in ("publisher", "accessed") if not getattr(self, name)]
            if missing:
                raise ValueError(f"a web page needs {', '.join(missing)} too")

    @property
    def is_web_page(self) -> bool:
        """True when the source is a public web page, whose quote no local text can confirm."""
        return self.url is not None

    @property
    def cited(self) -> str:
        """The source as a reader names it: the document id, or the web page's publisher and address."""
        return self.document if self.document is not None else f"{self.publisher}, {self.url}"


@dataclass(frozen=True, kw_only=True)
class Source(Strict):
    """A source document."""

    id: Id
    title: Text
    publisher: Text
    date: PartialDate
    language: Annotated[str, Limits(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")]
    file: Text = field(metadata=_about("File name of the text the data were encoded from."))
    sha256: Annotated[str, Limits(pattern=r"^[0-9a-f]{64}$")]
    title_inferred: bool = field(default=False, metadata=_about("True when the document gives no title and this one was made up from its content."))
    date_inferred: bool = field(default=False, metadata=_about("True when the document gives no date and it was inferred; the note says how."))
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Owner(Strict):
    """A responsible body or unit; ``parent`` is the id of the body it belongs to."""

    id: Id
    name: Text
    name_en: str | None = None
    name_en_inferred: bool = field(default=False, metadata=_about("True when the source gives no English name and name_en is a translation."))
    parent: Id | None = None
    source: SourceRef | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class StatusUpdate(Strict):
    """A dated statement of where an item stands."""

    date: PartialDate
    date_inferred: Boolean = field(default=False, metadata=_about("True when the source gives no date and it was inferred."))
    status: Status
    note: str | None = None
    source: SourceRef | None = None


def _check_rule_id(value: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9-]*", value):
        raise ValueError(f"'{value}' is not a rule id (lower-case letters, digits and '-'); 'commit-tracker rules' lists them")
    return value


def _check_reason(value: str) -> str:
    if not value.strip():
        raise ValueError("the reason is blank; say why the rule does not apply to this item")
    return value


@dataclass(frozen=True, kw_only=True)
class Suppression(Strict):
    """Silences one ``check`` rule for the item it is on; the reason says why."""

    rule: Annotated[str, Check(_check_rule_id), JsonSchema({"type": "string", "pattern": "^[a-z][a-z0-9-]*$"})] = field(
        metadata=_about("A rule id, as `commit-tracker rules` lists them.")
    )
    reason: Annotated[str, Check(_check_reason), JsonSchema({"type": "string", "pattern": "\\S"})] = field(
        metadata=_about("Why the rule does not apply to this item.")
    )


@dataclass(frozen=True, kw_only=True)
class Tracked(Strict):
    """Fields every commitment shares: identity, source, owner, status and links."""

    id: Id
    title: str | None = None
    role: Role = field(
        default=Role.PLEDGE,
        metadata=_about("pledge (a commitment), heading (a topic label) or criterion (a condition of its parent); tallies count pledges only."),
    )
    source: SourceRef
    owner: Id | None = None
    status: Status | None = field(default=None, metadata=_about("Defaults to not_assessed; the latest update wins."))
    updates: tuple[StatusUpdate, ...] = ()
    due: PartialDate | None = None
    objectives: tuple[ObjectiveRef, ...] = field(default=(), metadata=_about("Linked compact objectives or actions."))
    principles: tuple[Id, ...] = field(default=(), metadata=_about("The compact's guiding principles (ids) the item's text names."))
    duplicate_of: Id | None = None
    supersedes: Id | None = None
    note: str | None = None
    ignore: tuple[Suppression, ...] = field(default=(), metadata=_about("Rules of `commit-tracker check` silenced for this item, each with a reason."))

    @property
    def current_status(self) -> Status:
        """The latest update's status when there are updates, else ``status`` or not_assessed.

        Of updates with the same date, the one listed last wins: it was written later.
        """
        if self.updates:
            return max(enumerate(self.updates), key=lambda pair: (parse_partial_date(pair[1].date), pair[0]))[1].status
        return self.status or Status.NOT_ASSESSED


class AdoptionState(StrEnum):
    """Whether a state has drawn on a compact action: the actions are a menu, so not chosen is not not done."""

    CHOSEN = "chosen"
    NOT_CHOSEN = "not_chosen"
    NOT_ASSESSED = "not_assessed"


@dataclass(frozen=True, kw_only=True)
class Adoption(Strict):
    """A state's choice of a compact action, with the source that records it."""

    state: AdoptionState
    source: SourceRef | None = field(default=None, metadata=_about("Required unless the state is not_assessed."))
    note: str | None = None

    def __post_init__(self) -> None:
        """pydantic runs this after the fields: a ValueError is an error at the adoption."""
        if self.state is not AdoptionState.NOT_ASSESSED and self.source is None:
            raise ValueError(f"adoption '{self.state.value}' needs a source that records the choice")


@dataclass(frozen=True, kw_only=True)
class Action(Strict):
    """A lettered action under a compact objective."""

    letter: Annotated[str, Limits(pattern=r"^[a-z]$")]
    text: Text
    adoption: Adoption | None = field(default=None, metadata=_about("Whether the state drew on the action; absent means not_assessed."))

    @property
    def adoption_state(self) -> AdoptionState:
        """The recorded adoption state, not_assessed when none is recorded."""
        return self.adoption.state if self.adoption else AdoptionState.NOT_ASSESSED


@dataclass(frozen=True, kw_only=True)
class Objective(Tracked):
    """One of the 23 objectives of the Global Compact for Migration."""

    number: Annotated[int, Limits(ge=1, le=23)]
    paragraph: Annotated[int, Limits(ge=1)]
    title_nb: Text = field(metadata=_about("As in the 'MÅL N:' heading."))
    title_nb_list: str | None = field(default=None, metadata=_about("The list wording, where it differs."))
    title_en: Text
    commitment: Text
    actions: tuple[Action, ...]


@dataclass(frozen=True, kw_only=True)
class CompactCommitment(Tracked):
    """An implementation or follow-up-and-review commitment of the compact."""

    text: Text
    section: Text
    paragraph: Annotated[int, Limits(ge=1)] | None = None


@dataclass(frozen=True, kw_only=True)
class FollowUp(Tracked):
    """A point of a follow-up plan or report, with the unit responsible for it."""

    text: Text
    group: str | None = field(default=None, metadata=_about("Part of the plan, e.g. 'ministry' or 'iom'."))
    form: Form = field(default=Form.BULLET, metadata=_about("bullet (a list item) or prose (a commitment made in running text)."))


@dataclass(frozen=True, kw_only=True)
class Initiative(Strict):
    """A key initiative that groups pledges (document 004)."""

    id: Id
    title: Text
    source: SourceRef


@dataclass(frozen=True, kw_only=True)
class Pledge(Tracked):
    """A programme pledge: a bullet or sub-bullet of a pledge list."""

    text: Text
    section: Annotated[str, Limits(pattern=r"^\d+(\.\d+)*$")]
    section_title: Text
    form: Form = field(default=Form.BULLET, metadata=_about("bullet (a list item) or prose (a commitment made in running text)."))
    parent: Id | None = None
    initiative: Id | None = None
    criteria: tuple[Text, ...] = field(default=(), metadata=_about("Deprecated: encode each criterion as its own entry with role: criterion and parent."))


@dataclass(frozen=True, kw_only=True)
class Principle(Strict):
    """One of the compact's ten guiding principles (§ 15), named and worded as the text gives it."""

    id: Id
    number: Annotated[int, Limits(ge=1, le=10)]
    name_nb: Text = field(metadata=_about("The name as printed before the colon in § 15."))
    name_en: Text = field(metadata=_about("The official English name."))
    text: Text = field(metadata=_about("Verbatim, from after the name to the next principle."))
    source: SourceRef
    note: str | None = None


ObjectiveNumber = Annotated[int, Limits(ge=1, le=23)]


@dataclass(frozen=True, kw_only=True)
class RoundTable(Strict):
    """A round table of the International Migration Review Forum and the objectives it reviews."""

    id: Id
    number: Annotated[int, Limits(ge=1, le=4)]
    objectives: Annotated[tuple[ObjectiveNumber, ...], Limits(min_length=1)]
    decided_by: Text | None = field(
        default=None, metadata=_about("The decision that fixes the grouping, by symbol (and paragraph where known), e.g. 'A/RES/73/326'.")
    )
    source: SourceRef = field(metadata=_about("Where the grouping is read, verbatim: a document or a public web page."))
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class DataFile(Strict):
    """One data file: any of the sections, each a list."""

    sources: tuple[Source, ...] = ()
    owners: tuple[Owner, ...] = ()
    principles: tuple[Principle, ...] = ()
    round_tables: tuple[RoundTable, ...] = ()
    objectives: tuple[Objective, ...] = ()
    compact_commitments: tuple[CompactCommitment, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    pledges: tuple[Pledge, ...] = ()


MODEL_BY_SECTION: dict[str, type[Strict]] = {
    "sources": Source,
    "owners": Owner,
    "principles": Principle,
    "round_tables": RoundTable,
    "objectives": Objective,
    "compact_commitments": CompactCommitment,
    "followups": FollowUp,
    "initiatives": Initiative,
    "pledges": Pledge,
}
"""The model of each data-file section's entries (the sections of :class:`DataFile`)."""

KIND_BY_SECTION: dict[str, str] = {
    "objectives": "objective",
    "compact_commitments": "compact_commitment",
    "followups": "followup",
    "pledges": "pledge",
}
"""The kinds of commitment, by the data-file section that holds them."""
