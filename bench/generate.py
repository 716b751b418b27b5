"""Write a valid synthetic data folder of N commitments, for the benchmark.

    python bench/generate.py 10000 bench/out/data-10000

The folder holds sources.yaml, owners.yaml, objectives.yaml (the 23 objectives with actions),
followups.yaml and pledges.yaml; N counts the follow-up items and pledges (half each). Text is
realistic Norwegian: the words of the real data's texts, drawn as often as the data use them.
Each item has an owner, a source quote and links to objectives; most follow-ups have dated
status updates. The output is deterministic for a given N and the data it draws words from.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _vocabulary() -> tuple[list[str], list[int]]:
    """The words of the real data's Norwegian texts with their counts: real words, Zipf-distributed."""
    import re
    from collections import Counter

    from commit_tracker.checker import run_checks

    counts: Counter[str] = Counter()
    for item in run_checks([DATA], cwd=DATA).dataset.items.values():
        texts = [item.source.quote, getattr(item, "text", ""), getattr(item, "commitment", "")]
        texts += [action.text for action in getattr(item, "actions", ())]
        for text in texts:
            counts.update(word.lower() for word in re.findall(r"[^\W\d_]{2,}", text))
    words = sorted(counts)
    return words, [counts[word] for word in words]


WORDS, WEIGHTS = _vocabulary()
STATUSES = ("not_started", "in_progress", "partly_done", "done", "stalled", "dropped")
OWNERS = 40
SOURCE = """sources:
  - id: bench-doc
    title: Syntetisk rapport om oppfølging
    publisher: Utenriksdepartementet
    date: 2012-11-30
    language: nb
    file: bench.txt
    sha256: 0000000000000000000000000000000000000000000000000000000000000000
"""


def sentence(rng: random.Random, length: int) -> str:
    """A sentence of ``length`` words drawn as often as the real data use them, with a full stop."""
    words = rng.choices(WORDS, WEIGHTS, k=length)
    return " ".join(words).capitalize() + "."


def owners() -> str:
    lines = ["owners:", "  - id: ud", "    name: Utenriksdepartementet", "    name_en: Ministry of Foreign Affairs"]
    for index in range(1, OWNERS):
        lines += [f"  - id: ud-seksjon-{index:02d}", f"    name: Seksjon {index} i Utenriksdepartementet", "    parent: ud"]
    return "\n".join(lines) + "\n"


def objectives(rng: random.Random) -> str:
    lines = ["objectives:"]
    for number in range(1, 24):
        lines += [
            f"  - id: gcm-{number:02d}",
            f"    number: {number}",
            f"    paragraph: {number + 16}",
            f"    title_nb: {sentence(rng, 8)}",
            f"    title_en: Objective {number} of the compact",
            f"    commitment: {sentence(rng, 40)}",
            "    source:",
            "      document: bench-doc",
            f"      locator: MÅL {number}",
            f"      quote: MÅL {number}",
            "    actions:",
        ]
        for letter in "abcdefgh":
            lines.append(f"      - letter: {letter}")
            lines.append(f"        text: {sentence(rng, 25)}")
    return "\n".join(lines) + "\n"


def item(rng: random.Random, index: int, prefix: str, pledge: bool) -> list[str]:
    number = rng.randint(1, 23)
    lines = [
        f"  - id: {prefix}-{index:06d}",
        f"    title: {sentence(rng, 6)}",
        f"    text: {sentence(rng, 30)}",
        f"    owner: {'ud' if index % OWNERS == 0 else f'ud-seksjon-{index % OWNERS:02d}'}",
        f'    objectives: ["{number}", "{number}.{rng.choice("abcdefgh")}"]',
        "    source:",
        "      document: bench-doc",
        f"      locator: line {rng.randint(1, 2000)}",
        f"      quote: {sentence(rng, 12)}",
    ]
    if pledge:
        lines += ["    section: 3.4.1", "    section_title: En mer rettferdig asylordning"]
    else:
        # Valid data passes check too: due dates ahead, recent updates in date order, and every
        # update that says done, partly done or dropped carries its evidence (a note and a source).
        lines.append(f"    due: {rng.randint(2027, 2035)}-{rng.randint(1, 12):02d}")
        if index % 5:
            lines.append("    updates:")
            count = rng.randint(1, 3)
            for update in range(count):
                lines += [
                    f"      - date: {2026 - count + update + 1}-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
                    f"        status: {rng.choice(STATUSES)}",
                    f"        note: {sentence(rng, 10)}",
                    "        source:",
                    "          document: bench-doc",
                    f"          locator: line {rng.randint(1, 2000)}",
                    f"          quote: {sentence(rng, 8)}",
                ]
    return lines


def generate(total: int, folder: Path) -> None:
    """Write the data folder for ``total`` commitments."""
    rng = random.Random(total)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.yaml").write_text(SOURCE, encoding="utf-8")
    (folder / "owners.yaml").write_text(owners(), encoding="utf-8")
    (folder / "objectives.yaml").write_text(objectives(rng), encoding="utf-8")
    half = total // 2
    followups = ["followups:"] + [line for index in range(half) for line in item(rng, index, "oppf", pledge=False)]
    pledges = ["pledges:"] + [line for index in range(total - half) for line in item(rng, index, "lofte", pledge=True)]
    (folder / "followups.yaml").write_text("\n".join(followups) + "\n", encoding="utf-8")
    (folder / "pledges.yaml").write_text("\n".join(pledges) + "\n", encoding="utf-8")


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
