"""Verbatim text: every field that quotes a source word for word, found (or not) in its source text.

Only line breaks and hyphenation at a line end may differ from the source. A text is trusted
only with the SHA-256 recorded for it. A field whose source is a public web page has no local
text to be found in; it is counted apart, as not checked against a local text.
"""

from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.loader import MAX_BYTES
from commit_tracker.models import CompactCommitment, FollowUp, Initiative, Objective, Pledge, Principle, SourceRef

_BREAK_HYPHEN = "\u00ad"
"""Stands for a hyphen followed by a line break or space: the word may or may not be joined."""

_HYPHEN_BREAK = re.compile(r"(?<=\S)-\s+")
_WHITESPACE = re.compile(r"\s+")


def canonical(text: str) -> str:
    """Collapse every run of whitespace to one space and mark hyphens that end a line."""
    return _WHITESPACE.sub(" ", _HYPHEN_BREAK.sub(_BREAK_HYPHEN, text)).strip()


@lru_cache(maxsize=256)
def _quote_pattern(quote: str) -> re.Pattern[str]:
    pieces = []
    for char in canonical(quote):
        if char in ("-", _BREAK_HYPHEN):
            pieces.append("[-\u00ad]")
        else:
            pieces.append(re.escape(char))
    # A break hyphen may stand between any two characters of the quote: the source split
    # a word there ("menneskerettighets-\ninstitusjoner") and the quote joined it.
    return re.compile("\u00ad?".join(pieces))


def quote_occurs(quote: str, canonical_source: str) -> bool:
    """True when ``quote`` occurs in a source already passed through :func:`canonical`."""
    plain = canonical(quote)
    if plain in canonical_source:
        return True
    return _quote_pattern(quote).search(canonical_source) is not None


class VerbatimText(NamedTuple):
    """One field that must be word for word in a source: whose it is, which source, where it is."""

    entry_id: str
    source: SourceRef
    text: str
    field: tuple[str | int, ...]
    label: str


def iter_verbatim(dataset: Dataset) -> Iterator[VerbatimText]:
    """Every verbatim field of the data: quotes, item texts, titles, commitments and actions."""
    for owner in dataset.owners.values():
        if owner.source is not None:
            yield VerbatimText(owner.id, owner.source, owner.source.quote, ("source", "quote"), "quote")
    for entry in dataset.sourced_entries():
        yield VerbatimText(entry.id, entry.source, entry.source.quote, ("source", "quote"), "quote")
        if isinstance(entry, Initiative):
            yield VerbatimText(entry.id, entry.source, entry.title, ("title",), "title")
        elif isinstance(entry, Principle):
            yield VerbatimText(entry.id, entry.source, entry.name_nb, ("name_nb",), "name_nb")
            yield VerbatimText(entry.id, entry.source, entry.text, ("text",), "text")
    for item_id, item in dataset.items.items():
        source = item.source
        yield VerbatimText(item_id, source, source.quote, ("source", "quote"), "quote")
        if isinstance(item, FollowUp | Pledge | CompactCommitment):
            yield VerbatimText(item_id, source, item.text, ("text",), "text")
        if isinstance(item, Objective):
            yield VerbatimText(item_id, source, item.title_nb, ("title_nb",), "title_nb")
            if item.title_nb_list is not None:
                yield VerbatimText(item_id, source, item.title_nb_list, ("title_nb_list",), "title_nb_list")
            yield VerbatimText(item_id, source, item.commitment, ("commitment",), "commitment paragraph")
            for index, action in enumerate(item.actions):
                yield VerbatimText(item_id, source, action.text, ("actions", index, "text"), f"action {action.letter}")
                adoption = action.adoption.source if action.adoption is not None else None
                if adoption is not None:
                    yield VerbatimText(item_id, adoption, adoption.quote, ("actions", index, "adoption", "source", "quote"), "quote")
        for index, update in enumerate(item.updates):
            if update.source is not None:
                yield VerbatimText(item_id, update.source, update.source.quote, ("updates", index, "source", "quote"), "quote")


@dataclass(frozen=True)
class VerbatimCount:
    """How many verbatim fields quote a local text (checkable) and how many a web page (not)."""

    local: int
    web: int

    def unchecked(self, *, texts_found: bool) -> VerbatimCount:
        """What goes unchecked: the local ones when their texts were not found, and every web one."""
        return VerbatimCount(0 if texts_found else self.local, self.web)


def count_verbatim(dataset: Dataset) -> VerbatimCount:
    """Count the verbatim fields by the kind of source they quote."""
    web = local = 0
    for entry in iter_verbatim(dataset):
        if entry.source.is_web_page:
            web += 1
        else:
            local += 1
    return VerbatimCount(local, web)


def check_sources(dataset: Dataset, sources_dir: Path) -> list[Finding]:
    """Findings for missing or changed source texts and for verbatim fields not found in them."""
    findings: list[Finding] = []
    texts: dict[str, str] = {}
    for source in dataset.sources.values():
        origin = dataset.origins[source.id]
        path = sources_dir / source.file
        try:
            raw = read_source(path, sources_dir)
        except OSError as error:
            findings.append(origin.finding(source.id, "source-missing", f"cannot read the source text {path}: {error.strerror}", "file"))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest != source.sha256:
            message = f"{path} has SHA-256 {digest}, not the recorded one: the text changed since the data were encoded; recheck the quotes, then update sha256"
            findings.append(origin.finding(source.id, "source-changed", message, "sha256"))
        texts[source.id] = canonical(raw.decode("utf-8", "replace"))
    for entry in iter_verbatim(dataset):
        document = entry.source.document
        text = texts.get(document) if document is not None else None
        if document is not None and text is not None and not quote_occurs(entry.text, text):
            message = f"{entry.label} not found in {dataset.sources[document].file} (only line breaks and hyphenation may differ): {_short(entry.text)}"
            findings.append(dataset.origins[entry.entry_id].finding(entry.entry_id, "quote-not-found", message, *entry.field))
    return findings


def read_source(path: Path, sources_dir: Path) -> bytes:
    """A source text, read only when it is a regular file inside the sources folder and under the size cap.

    ``file`` comes from the data: ``../../secret`` or ``/dev/zero`` must not be read (the one would
    leak a digest and quote matches, the other never end).
    """
    if not path.resolve().is_relative_to(sources_dir.resolve()):
        raise OSError(0, "it is outside the sources folder")
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise OSError(0, "it is not a regular file")
    if status.st_size > MAX_BYTES:
        raise OSError(0, f"it is over {MAX_BYTES:,} bytes")
    with path.open("rb") as stream:
        return stream.read(MAX_BYTES + 1)


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return f"'{flat}'" if len(flat) <= limit else f"'{flat[:limit]}…'"
