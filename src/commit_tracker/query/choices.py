"""Words a person types for a status, a kind, an id, an owner or an objective, read forgivingly.

Case, accents and spaces versus underscores do not matter; a status may be its code
(``in_progress``), its English label (``in progress``) or its Norwegian one (``pågår``). A word
that names nothing is a UsageError that suggests the closest choice.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

from commit_tracker.errors import UsageError
from commit_tracker.query.filters import fold
from commit_tracker.vocabulary import STATUS_LABELS, Kind, Status

E = TypeVar("E", bound=StrEnum)

KIND_WORDS: dict[Kind, tuple[str, ...]] = {
    Kind.OBJECTIVE: ("objective", "objectives", "mål"),
    Kind.COMPACT_COMMITMENT: ("compact_commitment", "compact commitment", "compact", "forpliktelse"),
    Kind.FOLLOWUP: ("followup", "follow-up", "followups", "follow-ups", "oppfølging", "oppfølgingspunkt"),
    Kind.PLEDGE: ("pledge", "pledges", "løfte", "løfter"),
}
"""Besides its code, the words that name each kind, in English and Norwegian."""


def _key(text: str) -> str:
    """The form words are compared in: folded, with ``_`` and ``-`` read as spaces."""
    return fold(text.replace("_", " ").replace("-", " "))


def status_words() -> dict[str, Status]:
    """Every accepted spelling of a status (folded) and the status it names."""
    found: dict[str, Status] = {}
    for status in Status:
        for spelling in (status.value, *STATUS_LABELS[status]):
            found[_key(spelling)] = status
    return found


def kind_words() -> dict[str, Kind]:
    """Every accepted spelling of a kind (folded) and the kind it names."""
    return {_key(spelling): kind for kind in Kind for spelling in (kind.value, *KIND_WORDS[kind])}


def parse_status(text: str, option: str = "--status") -> Status:
    """The status ``text`` names: a code, an English or a Norwegian label, in any case."""
    return _parse(text, status_words(), [status.value for status in Status], option, "status")


def parse_kind(text: str, option: str = "--kind") -> Kind:
    """The kind ``text`` names, in English or Norwegian, in any case."""
    return _parse(text, kind_words(), [kind.value for kind in Kind], option, "kind")


def split_commas(values: Iterable[str]) -> list[str]:
    """Values given once each or separated by commas (``--status done,stalled``), split."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _parse(text: str, words: Mapping[str, E], codes: list[str], option: str, what: str) -> E:
    found = words.get(_key(text))
    if found is not None:
        return found
    raise UsageError(f"{option}: '{text}' is not a {what}; choose from {', '.join(codes)}{suggest(text, words, codes)}")


def suggest(text: str, words: Mapping[str, E] | Iterable[str], codes: Iterable[str] = ()) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, compared without case or accents, or nothing."""
    by_key = {key: str(value) for key, value in words.items()} if isinstance(words, Mapping) else {_key(word): word for word in words}
    close = difflib.get_close_matches(_key(text), list(by_key), n=1, cutoff=0.6)
    return f" (did you mean '{by_key[close[0]]}'?)" if close else ""


def find_id(text: str, known: Iterable[str], what: str) -> str:
    """The id in ``known`` that ``text`` names, ignoring case; else a UsageError with a suggestion."""
    ids = list(known)
    if text in ids:
        return text
    folded = {identifier.casefold(): identifier for identifier in ids}
    found = folded.get(text.casefold())
    if found is not None:
        return found
    raise UsageError(f"no {what} '{text}' in the data{suggest(text, ids)}")


_OBJECTIVE = re.compile(r"(?:gcm-)?(\d{1,2})(?:\.([a-z]))?", re.IGNORECASE)


def parse_objective(text: str) -> tuple[int | None, str | None]:
    """``10`` (or ``gcm-10``): objective 10; ``10.c``: action c of objective 10 — as (number, None) or (None, ``10.c``)."""
    match = _OBJECTIVE.fullmatch(text.strip())
    if match is None:
        raise UsageError(f"--objective: '{text}' is neither an objective number (10) nor an action (10.c)")
    number, letter = int(match.group(1)), match.group(2)
    return (None, f"{number}.{letter.lower()}") if letter else (number, None)
