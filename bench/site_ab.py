"""Time `site` of an earlier revision against `site` of this checkout, and `status --format json`, in alternating runs.

    python bench/site_ab.py --base main --rounds 9 [--cold] [-- --data bench/out/data-10000]

Run from the repository's root (size 0 is its own data/, with its git history). The earlier
revision's src/ is taken with `git archive` into a temporary folder and put first on PYTHONPATH.
In each round the three commands run once, in turn; the figure is the median wall time and CPU
time (user + system, the children's included). "Warm" (the default) rebuilds into the folder of
the previous round, as `bench/run.py` does; `--cold` removes it first (not timed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="main", help="the earlier revision")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--cold", action="store_true", help="build into a new folder each time")
    parser.add_argument("data", nargs="*", help="options for the data, after --")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="site-ab.") as temp:
        base = Path(temp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.base, "src"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        python = [sys.executable, "-m", "commit_tracker"]
        runs = {
            f"site ({args.base})": ([*python, "site", f"{temp}/site-base", "--quiet", *args.data], {**os.environ, "PYTHONPATH": str(base / "src")}),
            "site (this checkout)": ([*python, "site", f"{temp}/site-new", "--quiet", *args.data], dict(os.environ)),
            "status --format json": ([*python, "status", "--format", "json", *args.data], dict(os.environ)),
        }
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        wall: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.rounds):
            for name, (command, env) in runs.items():
                if args.cold and command[3] == "site":
                    shutil.rmtree(command[4], ignore_errors=True)
                started = time.perf_counter()
                process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(process.pid, 0)
                wall[name].append(time.perf_counter() - started)
                cpu[name].append(usage.ru_utime + usage.ru_stime)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise SystemExit(f"bench: {name} failed: {' '.join(command)}")
    floor = statistics.median(wall["status --format json"])
    print(f"{'warm' if not args.cold else 'cold'}, {args.rounds} rounds, {' '.join(args.data) or 'the real data'}")
    print("| command | median wall s | median CPU s | × status (wall) |\n|---|---:|---:|---:|")
    for name in runs:
        print(f"| {name} | {statistics.median(wall[name]):.3f} | {statistics.median(cpu[name]):.3f} | {statistics.median(wall[name]) / floor:.2f} |")


if __name__ == "__main__":
    main()
