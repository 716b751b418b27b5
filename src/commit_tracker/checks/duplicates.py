"""The duplicate rule: two items with the same or nearly the same text, without lineage saying so."""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Iterator

from commit_tracker.checks.base import RuleContext
from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.models import Tracked

_WORD = re.compile(r"\w+")
TOKEN_OVERLAP = 0.5
"""Pairs are compared when they share at least this share of the larger one's distinct words."""


def normalise(text: str) -> str:
    """Words only, lower case, single spaces: punctuation, case and line breaks do not count."""
    return " ".join(_WORD.findall(text.casefold()))


def item_text(item: Tracked) -> tuple[str, str] | None:
    """The field that holds an item's wording, and its value (``text``; ``commitment`` for objectives)."""
    for name in ("text", "commitment"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return name, value
    return None


def check_duplicate_text(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """No two items have the same or nearly the same text, unless lineage says one repeats the other.

    Texts are compared without case, punctuation or line breaks; ``threshold`` (default 0.9) is
    the least similarity (difflib's ratio) that counts. Items are exempt when one is the other's
    ``duplicate_of``, or both lead by ``duplicate_of`` to the same item. Each item of a pair is
    reported, so a check of either file finds it. To stay fast on 100,000 items, only pairs that
    share at least one of their rarer words are compared: texts whose every word differs are
    never near duplicates at 0.9 in practice.

    Passing::

        followups:
          - id: f-1
            text: Hum-seksjonen tar opp evalueringen med IOM i Genève.
            owner: ud
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
          - id: f-2
            text: Hum-seksjonen tar opp evalueringen med IOM i Genève
            owner: ud
            duplicate_of: f-1
            source: {document: doc, locator: line 9, quote: tar opp evalueringen}

    Failing::

        followups:
          - id: f-1
            text: Hum-seksjonen tar opp evalueringen med IOM i Genève.
            owner: ud
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
          - id: f-2
            text: Hum-seksjonen tar opp evalueringa med IOM i Genève
            owner: ud
            source: {document: doc, locator: line 9, quote: tar opp evalueringen}
    """
    threshold = context.option("threshold", float)
    ids = sorted(dataset.items, key=lambda item_id: _order(dataset, item_id))
    texts: list[str] = []
    fields: list[str] = []
    for item_id in ids:
        found = item_text(dataset.items[item_id])
        fields.append(found[0] if found else "id")
        texts.append(normalise(found[1]) if found else "")
    roots = [_lineage_root(dataset, item_id) for item_id in ids]
    for index, (twin, ratio) in sorted(find_twins(texts, roots, threshold).items()):
        item_id, other = ids[index], ids[twin]
        origin = dataset.origins[other]
        where = f"{origin.parsed.display}:{origin.locate()[0]}"
        same = "the same text as" if ratio == 1 else f"nearly the same text ({ratio:.0%}) as"
        message = f"{same} {other} ({where}); if it repeats {other}, add 'duplicate_of: {other}', else reword it"
        yield dataset.origins[item_id].finding(item_id, "duplicate-text", message, fields[index])


def find_twins(texts: list[str], groups: list[str], threshold: float) -> dict[int, tuple[int, float]]:
    """For each text with a twin in another group: that twin's index and the similarity.

    Candidates come from prefix filtering: each text is indexed under its rarer half of
    distinct words, so two texts sharing at least half of their words share an index entry.
    """
    words = [set(text.split()) for text in texts]
    frequency = Counter(word for distinct in words for word in distinct)
    index: dict[str, list[int]] = {}
    twins: dict[int, tuple[int, float]] = {}
    matcher = difflib.SequenceMatcher(autojunk=False)
    for j, distinct in enumerate(words):
        if not distinct:
            continue
        ranked = sorted(distinct, key=lambda word: (frequency[word], word))
        prefix = ranked[: len(ranked) - math.ceil(TOKEN_OVERLAP * len(ranked)) + 1]
        matcher.set_seq2(texts[j])
        seen: set[int] = set()
        for word in prefix:
            for i in index.get(word, ()):
                if i in seen or (i in twins and j in twins) or groups[i] == groups[j]:
                    continue
                seen.add(i)
                ratio = _similarity(matcher, texts[i], texts[j], threshold)
                if ratio is not None:
                    twins.setdefault(j, (i, ratio))
                    twins.setdefault(i, (j, ratio))
        for word in prefix:
            index.setdefault(word, []).append(j)
    return twins


def _similarity(matcher: difflib.SequenceMatcher[str], first: str, second: str, threshold: float) -> float | None:
    if first == second:
        return 1.0
    if 2 * min(len(first), len(second)) < threshold * (len(first) + len(second)):
        return None  # the lengths alone rule it out
    matcher.set_seq1(first)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return None
    ratio = matcher.ratio()
    return ratio if ratio >= threshold else None


def _order(dataset: Dataset, item_id: str) -> tuple[str, str, int]:
    origin = dataset.origins[item_id]
    return origin.parsed.display, origin.section, origin.index


def _lineage_root(dataset: Dataset, item_id: str) -> str:
    """The item that ``duplicate_of`` leads to in the end (the item itself when it has none)."""
    seen = {item_id}
    while True:
        target = dataset.items[item_id].duplicate_of
        if target is None or target not in dataset.items or target in seen:
            return item_id
        seen.add(target)
        item_id = target
