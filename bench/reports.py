"""Time the reports on the real data against ``commit-tracker --help``, side by side in one run.

    python bench/reports.py [--rounds 10]

Every measurement is a whole process with stdout to /dev/null and COLUMNS set (80 or 200), so
the table is laid out as for a terminal of that width. In each round every command runs once,
in turn, so a slow spell of the machine hits all of them alike; the figure is the median wall
time over the rounds, and the ratio is that median over the median of ``commit-tracker --help``
in the same run. The target of issue 11 is a ratio of at most 2 for each report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(command: list[str], columns: int) -> float:
    """Wall seconds of one run of ``command`` in the repository, its report thrown away."""
    environ = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environ, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} exited {result.returncode}")
    return elapsed


FLOOR = "import commit_tracker.cli, commit_tracker.models, commit_tracker.loader, typer._adapters"
"""What any report imports before it reads a byte of data: the command line, the pydantic models, PyYAML, typer's pydantic coercion."""


def first_data_commit() -> str:
    """The first commit that touched data/, for ``changes --since``."""
    log = subprocess.run(["git", "log", "--reverse", "--format=%h", "--", "data"], cwd=ROOT, capture_output=True, text=True, check=True)
    return log.stdout.split()[0]


def commands() -> dict[str, tuple[list[str], int]]:
    ct = shutil.which("commit-tracker", path=str(Path(sys.executable).parent))
    if ct is None:
        raise SystemExit("bench: commit-tracker is not installed in this environment: pip install -e .")
    return {
        "commit-tracker --help (baseline)": ([ct, "--help"], 80),
        "imports every report needs (floor)": ([sys.executable, "-c", FLOOR], 80),
        "status (briefing), 80 columns": ([ct, "status"], 80),
        "status (briefing), 200 columns": ([ct, "status"], 200),
        "status --all, 80 columns": ([ct, "status", "--all"], 80),
        "status --all, 200 columns": ([ct, "status", "--all"], 200),
        "show gcm-10": ([ct, "show", "gcm-10"], 100),
        "show iom-eval-ud-03": ([ct, "show", "iom-eval-ud-03"], 100),
        "coverage": ([ct, "coverage"], 100),
        "owners": ([ct, "owners"], 100),
        "history iom-eval-ud-03": ([ct, "history", "iom-eval-ud-03"], 100),
        f"changes --since {first_data_commit()}": ([ct, "changes", "--since", first_data_commit()], 100),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    todo = commands()
    times: dict[str, list[float]] = {name: [] for name in todo}
    for _ in range(args.rounds):
        for name, (command, columns) in todo.items():
            times[name].append(measure(command, columns))
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = medians["commit-tracker --help (baseline)"]
    print(f"Command: `python bench/reports.py --rounds {args.rounds}` (in the repository, on data/)\n")
    print("| command | median s | × `--help` |\n|---|---:|---:|")
    for name, median in medians.items():
        print(f"| `{name}` | {median:.3f} | {median / baseline:.2f} |")


if __name__ == "__main__":
    main()
