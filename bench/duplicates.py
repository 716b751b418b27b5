"""Time duplicate-text's candidate search on many synthetic texts: python bench/duplicates.py [N]."""

from __future__ import annotations

import random
import sys
import time

from commit_tracker.checks.duplicates import find_twins, normalise


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvyæøå"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 12))) for _ in range(size)]


def _texts(n: int, *, templated: bool, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    words = _vocabulary(rng, 30_000)
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf, as words in real text
    texts = []
    template = rng.choices(words, weights, k=10)
    for index in range(n):
        if templated and index % 2:
            texts.append(" ".join([*template, str(index)]))  # half the texts differ in one number only
        elif index % 100 == 99:
            base = texts[rng.randrange(len(texts))].split()
            base[rng.randrange(len(base))] += "e"  # a near duplicate: one word changed
            texts.append(" ".join(base))
        else:
            texts.append(" ".join(rng.choices(words, weights, k=rng.randint(6, 30))))
    return texts


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for templated in (False, True):
        texts = [normalise(text) for text in _texts(n, templated=templated)]
        start = time.perf_counter()
        twins = find_twins(texts, [str(index) for index in range(n)], 0.9)
        took = time.perf_counter() - start
        print(f"{n} texts, templated={templated}: {len(twins)} with a twin in {took:.1f} s")


if __name__ == "__main__":
    main()
