"""The duplicate rule: two items with the same or nearly the same text, without lineage saying so."""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Iterator

from commit_tracker.checks.base import RuleContext
from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.models import Tracked

_WORD = re.compile(r"\w+")
RAREST_WORDS = 4
"""A text is filed under each pair of this many of its rarest words (one word if it has only one)."""
BUCKET_SCAN = 64
"""The most texts compared per word a text is filed under: the latest filed."""
WORD_FLOOR = 0.5
"""Letters are compared only when the words' similarity reaches this share of the threshold."""
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
    share a pair of their four rarest words and half of all their words are compared, and letters
    only when the pair's words are at least half as similar as the threshold asks; a text whose
    every other word has a typo can therefore escape. On text drawn from a few dozen words (no
    rare words) the search is slow (about 4 ms a text) and can miss pairs; see bench/README.md.

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

    Each text is filed under each pair of its ``RAREST_WORDS`` rarest distinct words, and compared only with
    the texts filed under the same words (at most ``BUCKET_SCAN`` of the latest of each) that
    share at least half of their words: near duplicates share their rare words, and this keeps
    the search close to linear in the number of texts.
    """
    tokens = [text.split() for text in texts]
    words = [frozenset(sequence) for sequence in tokens]
    frequency = Counter(word for distinct in words for word in distinct)
    buckets: dict[tuple[str, ...], list[int]] = {}
    twins: dict[int, tuple[int, float]] = {}
    matcher = difflib.SequenceMatcher(autojunk=False)
    word_matcher: difflib.SequenceMatcher[str] = difflib.SequenceMatcher(autojunk=False)
    for j, distinct in enumerate(words):
        rarest = sorted(sorted(distinct, key=lambda word: (frequency[word], word))[:RAREST_WORDS])
        # Pairs of rare words are specific enough that buckets stay small on real text, and a
        # near duplicate with up to two words changed still shares a pair of its four rarest.
        keys: list[tuple[str, ...]] = list(itertools.combinations(rarest, 2)) or ([tuple(rarest)] if rarest else [])
        seen: set[int] = set()
        indexed = False  # the matcher indexes the text only when a candidate comes close
        for key in keys:
            for i in buckets.get(key, ())[-BUCKET_SCAN:]:
                if i in seen or (i in twins and j in twins) or groups[i] == groups[j]:
                    continue
                seen.add(i)
                if len(words[i] & distinct) < TOKEN_OVERLAP * max(len(words[i]), len(distinct)):
                    continue
                first, second = texts[i], texts[j]
                if first == second:
                    ratio: float | None = 1.0
                elif 2 * min(len(first), len(second)) < threshold * (len(first) + len(second)):
                    continue  # the lengths alone rule it out
                else:
                    # Words first: comparing 30 words costs far less than comparing 200 letters,
                    # and texts that are nearly the same letter by letter share long runs of words.
                    if not indexed:
                        word_matcher.set_seq2(tokens[j])
                        matcher.set_seq2(second)
                        indexed = True
                    word_matcher.set_seq1(tokens[i])
                    if word_matcher.quick_ratio() < WORD_FLOOR * threshold or word_matcher.ratio() < WORD_FLOOR * threshold:
                        continue
                    ratio = _similarity(matcher, first, threshold)
                if ratio is not None:
                    twins.setdefault(j, (i, ratio))
                    twins.setdefault(i, (j, ratio))
        for key in keys:
            buckets.setdefault(key, []).append(j)
    return twins


def _similarity(matcher: difflib.SequenceMatcher[str], first: str, threshold: float) -> float | None:
    """difflib's ratio of ``first`` to the matcher's text when it reaches ``threshold``, cheap bounds first."""
    matcher.set_seq1(first)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return None
    ratio = matcher.ratio()
    return ratio if ratio >= threshold else None


def _order(dataset: Dataset, item_id: str) -> tuple[str, str, int]:
    origin = dataset.origins[item_id]
    return origin.parsed.display, origin.section, origin.row


def _lineage_root(dataset: Dataset, item_id: str) -> str:
    """The item that ``duplicate_of`` leads to in the end (the item itself when it has none)."""
    seen = {item_id}
    while True:
        target = dataset.items[item_id].duplicate_of
        if target is None or target not in dataset.items or target in seen:
            return item_id
        seen.add(target)
        item_id = target
