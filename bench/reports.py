"""Time the reports on the real data against ``commit-tracker --help``, side by side in one run.

    python bench/reports.py [--rounds 10]

Every measurement is a whole process with stdout to /dev/null and COLUMNS set (80 or 200), so
the table is laid out as for a terminal of that width. In each round every command runs once,
in turn, so a slow spell of the machine hits all of them alike; the figure is the median wall
time over the rounds, and the ratio is that median over the median of ``commit-tracker --help``
in the same run. The target of issue 11 is a ratio of at most 2 for each report.

Each report is timed twice: with the cache of loaded data (in a new folder, filled by one run of
each command before the rounds: the usual case, a report on data that have not changed since the
last run) and without it (COMMIT_TRACKER_NO_CACHE=1: the first run after an edit, which parses
and validates). The package's bytecode is compiled first, as pip does when it installs a wheel,
so that neither figure pays for compiling the sources where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(command: list[str], columns: int, cache: str | None) -> float:
    """Wall seconds of one run of ``command`` in the repository, its report thrown away; ``cache`` None: no cache."""
    environ = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    environ.pop("COMMIT_TRACKER_NO_CACHE", None)
    if cache is None:
        environ["COMMIT_TRACKER_NO_CACHE"] = "1"
    else:
        environ["COMMIT_TRACKER_CACHE_DIR"] = cache
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environ, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} exited {result.returncode}")
    return elapsed


FLOOR = "import commit_tracker.cli.app, commit_tracker.dataset, commit_tracker.cache"
"""What a report from the cache imports before it reads a byte of data: the command line, the data model, the cache."""


def cpu_model() -> str:
    """The processor's name, where Linux tells it."""
    try:
        lines = Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return platform.processor() or "unknown processor"
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "unknown processor")


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
        "imports of a report from the cache (floor)": ([sys.executable, "-c", FLOOR], 80),
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
    compileall.compile_dir(ROOT / "src" / "commit_tracker", quiet=1)
    todo = commands()
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
        for command, columns in todo.values():  # fill the cache: each command once
            measure(command, columns, cache)
        times: dict[tuple[str, bool], list[float]] = {(name, cached): [] for name in todo for cached in (True, False)}
        for _ in range(args.rounds):
            for name, (command, columns) in todo.items():
                times[name, True].append(measure(command, columns, cache))
                times[name, False].append(measure(command, columns, None))
    medians = {key: statistics.median(values) for key, values in times.items()}
    baseline = medians["commit-tracker --help (baseline)", True]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()
    print(f"Command: `python bench/reports.py --rounds {args.rounds}` (in the repository, on data/), at commit {commit}  ")
    machine = f"{platform.system()} {platform.machine()}, {cpu_model()}, {os.cpu_count()} cores; Python {platform.python_version()}"
    print(f"Machine: {machine}; load average {os.getloadavg()[0]:.2f} after the run\n")
    print("| command | cached: median s | × `--help` | not cached: median s | × `--help` |\n|---|---:|---:|---:|---:|")
    for name in todo:
        warm, cold = medians[name, True], medians[name, False]
        print(f"| `{name}` | {warm:.3f} | {warm / baseline:.2f} | {cold:.3f} | {cold / baseline:.2f} |")


if __name__ == "__main__":
    main()
