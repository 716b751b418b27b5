"""Check quotes against the source texts, and the texts against their recorded SHA-256."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.models import SourceRef
from commit_tracker.quotes import canonical, quote_occurs


def check_sources(dataset: Dataset, sources_dir: Path) -> list[Finding]:
    """Findings for missing or changed source texts and for quotes not found in them."""
    findings: list[Finding] = []
    texts: dict[str, str] = {}
    for source in dataset.sources.values():
        origin = dataset.origins[source.id]
        path = sources_dir / source.file
        try:
            raw = path.read_bytes()
        except OSError as error:
            findings.append(origin.finding(source.id, "source-missing", f"cannot read the source text {path}: {error.strerror}", "file"))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest != source.sha256:
            message = f"{path} has SHA-256 {digest}, not the recorded one: the text changed since the data were encoded; recheck the quotes, then update sha256"
            findings.append(origin.finding(source.id, "source-changed", message, "sha256"))
        texts[source.id] = canonical(raw.decode("utf-8", "replace"))
    for entry_id, ref, where in _iter_quotes(dataset):
        text = texts.get(ref.document) if ref.document is not None else None
        if ref.document is not None and text is not None and not quote_occurs(ref.quote, text):
            message = f"quote not found in {dataset.sources[ref.document].file} (only line breaks and hyphenation may differ): {_short(ref.quote)}"
            findings.append(dataset.origins[entry_id].finding(entry_id, "quote-not-found", message, *where, "quote"))
    return findings


def count_web_quotes(dataset: Dataset) -> int:
    """How many quotes come from public web pages: no local text can confirm them, so none is checked."""
    return sum(1 for _, ref, _ in _iter_quotes(dataset) if ref.is_web_page)


def _iter_quotes(dataset: Dataset) -> Iterator[tuple[str, SourceRef, tuple[str | int, ...]]]:
    for owner in dataset.owners.values():
        if owner.source is not None:
            yield owner.id, owner.source, ("source",)
    for initiative in dataset.initiatives.values():
        yield initiative.id, initiative.source, ("source",)
    for item_id, item in dataset.items.items():
        yield item_id, item.source, ("source",)
        for index, update in enumerate(item.updates):
            if update.source is not None:
                yield item_id, update.source, ("updates", index, "source")


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return f"'{flat}'" if len(flat) <= limit else f"'{flat[:limit]}…'"
