"""Benchmark commit-tracker against the floor (a bare libyaml load) and the peer (check-jsonschema).

    python bench/run.py [--sizes 0 1000 10000 100000] [--rounds 5]

Size 0 is the repository's own data/ folder (the real data, with its git history).

Every measurement is a whole process. In each round every command runs once, in turn, so slow
drifts of the machine hit all commands alike; the figure is the median wall time over the rounds
and the largest peak resident memory (from the kernel's rusage of the child). Prints a Markdown
report with the machine and versions; writes the raw figures to bench/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

BARE_LOAD = "import sys, yaml\nfor name in sys.argv[1:]:\n    with open(name, encoding='utf-8') as f:\n        yaml.load(f.read(), Loader=yaml.CSafeLoader)\n"


def measure(command: list[str], cwd: Path) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in KiB and exit code of one run of ``command``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, process.returncode


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"bench: '{name}' is not installed in this environment: pip install -e . -r bench/requirements.txt")
    return found


def schema_file() -> Path:
    """The tool's own JSON Schema of a data file, for check-jsonschema."""
    target = OUT / "schema.json"
    result = subprocess.run([tool("commit-tracker"), "schema"], capture_output=True, text=True, check=False)
    if result.returncode == 0 and result.stdout.strip().startswith("{"):
        target.write_text(result.stdout, encoding="utf-8")
    else:  # the same schema, straight from the models
        from commit_tracker.schema import data_file_schema

        target.write_text(json.dumps(data_file_schema()), encoding="utf-8")
    return target


def commands(size: int, folder: Path, schema: Path) -> dict[str, list[str]]:
    files = sorted(str(path) for path in folder.glob("*.yaml"))
    ct = tool("commit-tracker")
    found = {
        "validate": [ct, "validate", str(folder)],
        "check": [ct, "check", str(folder)],
        "status --format json": [ct, "status", "--all", "--format", "json"],
        "site": [ct, "site", str(OUT / f"site-{size}"), "--quiet"],
        "bare C load (floor)": [sys.executable, "-c", BARE_LOAD, *files],
        "check-jsonschema (peer)": [tool("check-jsonschema"), "--schemafile", str(schema), *files],
    }
    # A command this version does not have: leave it out rather than time it.
    return {name: command for name, command in found.items() if command[0] != ct or measure([ct, command[1], "--help"], folder.parent)[2] == 0}


REAL = HERE.parent / "data"
"""Size 0: the real data, run from the repository's root (so `site` reads its git history too)."""


def run_size(size: int, rounds: int) -> dict[str, dict[str, float]]:
    folder = OUT / f"data-{size}" if size else REAL
    if size and not (folder / "followups.yaml").exists():
        generate(size, folder)
    schema = schema_file()
    # `status` finds data/ from the working folder: run everything from a folder whose data/ is this one.
    workdir = OUT / f"work-{size}" if size else REAL.parent
    workdir.mkdir(exist_ok=True)
    link = workdir / "data"
    if not link.exists():
        link.symlink_to(folder)
    todo = commands(size, folder, schema)
    times: dict[str, list[float]] = {name: [] for name in todo}
    peaks: dict[str, int] = dict.fromkeys(todo, 0)
    codes: dict[str, int] = {}
    for _ in range(rounds):
        for name, command in todo.items():
            elapsed, peak, code = measure(command, workdir)
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
            codes[name] = code
    return {name: {"median_s": statistics.median(times[name]), "peak_kib": peaks[name], "exit": codes[name], "runs": rounds} for name in todo}


def run_startup(rounds: int) -> dict[str, dict[str, float]]:
    ct = tool("commit-tracker")
    todo = {
        "commit-tracker --help": [ct, "--help"],
        "commit-tracker --version": [ct, "--version"],
        'python -c "import typer"': [sys.executable, "-c", "import typer"],
    }
    times: dict[str, list[float]] = {name: [] for name in todo}
    for _ in range(rounds):
        for name, command in todo.items():
            times[name].append(measure(command, HERE)[0])
    return {name: {"median_s": statistics.median(values), "runs": rounds} for name, values in times.items()}


def machine() -> dict[str, str]:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), platform.processor()
    )
    import yaml

    versions = {name: metadata.version(name) for name in ("commit-tracker", "pydantic", "PyYAML", "typer", "check-jsonschema")}
    return {
        "machine": f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "libyaml": str(getattr(yaml, "__with_libyaml__", False)),
        "versions": ", ".join(f"{name} {version}" for name, version in versions.items()),
    }


def report(results: dict[str, dict[str, dict[str, float]]], startup: dict[str, dict[str, float]], info: dict[str, str], argv: list[str]) -> str:
    lines = [
        f"Command: `python bench/run.py {' '.join(argv)}`  ",
        f"Machine: {info['machine']}; Python {info['python']}; libyaml {info['libyaml']}  ",
        f"Versions: {info['versions']}",
        "",
        "| items | command | median s | peak MiB | × floor (time) | × floor (memory) | peer ÷ this |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for size, rows in results.items():
        floor = rows["bare C load (floor)"]
        peer = rows["check-jsonschema (peer)"]
        label = f"{int(size):,}" if int(size) else "real data"
        for name, row in rows.items():
            lines.append(
                f"| {label} | {name} | {row['median_s']:.3f} | {row['peak_kib'] / 1024:.1f} | "
                f"{row['median_s'] / floor['median_s']:.2f} | {row['peak_kib'] / floor['peak_kib']:.2f} | {peer['median_s'] / row['median_s']:.1f} |"
            )
    lines += ["", "| items | `site` ÷ `status --format json` (time) |", "|---:|---:|"]
    for size, rows in results.items():
        if "site" in rows:
            label = f"{int(size):,}" if int(size) else "real data"
            lines.append(f"| {label} | {rows['site']['median_s'] / rows['status --format json']['median_s']:.2f} |")
    typer_time = startup['python -c "import typer"']["median_s"]
    lines += ["", "| start-up | median s | × `import typer` |", "|---|---:|---:|"]
    for name, row in startup.items():
        lines.append(f"| `{name}` | {row['median_s']:.3f} | {row['median_s'] / typer_time:.2f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    results = {str(size): run_size(size, args.rounds) for size in args.sizes}
    startup = run_startup(max(args.rounds, 10))
    info = machine()
    (OUT / "results.json").write_text(json.dumps({"machine": info, "results": results, "startup": startup}, indent=2), encoding="utf-8")
    print(report(results, startup, info, sys.argv[1:]))


if __name__ == "__main__":
    main()
