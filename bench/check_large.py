"""Time a whole ``check`` on a synthetic data folder: python bench/check_large.py [ITEMS] [FILES].

Writes bench/out/data/ (sources, owners and follow-ups with updates), then runs every rule.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from duplicates import _texts

from commit_tracker.checks import RULES
from commit_tracker.checks.runner import Settings, run_policy

OUT = Path(__file__).resolve().parent / "out"


def write_data(items: int, files: int) -> Path:
    data = OUT / "data"
    data.mkdir(parents=True, exist_ok=True)
    for old in data.glob("*.yaml"):
        old.unlink()
    (data / "registry.yaml").write_text(
        "sources:\n  - {id: doc, title: T, publisher: P, date: 2012-11-30, language: nb, file: doc.txt, sha256: " + "0" * 64 + "}\n"
        "owners:\n  - {id: ud, name: Utenriksdepartementet}\n",
        encoding="utf-8",
    )
    texts = _texts(items, templated=False)
    per_file = items // files
    for number in range(files):
        lines = ["followups:"]
        for index in range(number * per_file, (number + 1) * per_file):
            lines += [
                f"  - id: f-{index}",
                f"    text: {texts[index]}",
                "    owner: ud",
                '    due: "2013"',
                "    source: {document: doc, locator: line 3, quote: tar opp evalueringen}",
                "    updates:",
                "      - {date: 2012-11-30, status: in_progress, note: Tatt opp.}",
            ]
        (data / f"followups-{number:02}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


def main() -> None:
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    data = write_data(items, files)
    settings = Settings(rules=tuple(RULES.values()), as_of=dt.date(2013, 6, 30))
    start = time.perf_counter()
    result = run_policy([data], cwd=OUT, settings=settings)
    total = time.perf_counter() - start
    by_rule: dict[str, int] = {}
    for finding in result.findings:
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    print(f"{items} items in {files} files: check took {total:.1f} s; findings by rule: {by_rule}")


if __name__ == "__main__":
    main()
