"""The console examples of README.md and docs/*.md: find them, run them, rewrite their output.

The convention, for whoever writes a page:

- A fenced block marked ``console`` is a real example. Each line starting with ``$ `` is a shell
  command (a line ending in a backslash continues on the next); the lines after it, up to the
  next command, are exactly what it prints, stdout and stderr together, in order.
- The commands of one block run one after the other with bash in a fresh copy of the repository's
  ``data/``, ``schema/``, ``tests/fixtures/`` and ``pyproject.toml``, with the source texts beside it in
  ``../shared/seeds`` (as CI lays them out), 100 columns, English, no colour, and a fixed git
  identity and date (so commit ids are the same on every run; the files carry that date too).
  A block that needs git history builds it itself (``git init``, ``git commit``, ...); ``sed`` or an editor command may change the
  copy first. Fix the day of dated reports with ``--as-of``.
- An example that cannot be real goes in another kind of block (``text``), and the sentence
  before it says it is an illustration. Keep those rare.

``python -m tests.doc_examples --update [PAGE...]`` runs every console block and writes what
each command printed back into the page; ``--check`` only reports the blocks that differ.
tests/test_doc_examples.py runs the same blocks and fails on any difference.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("COMMIT_TRACKER_SEEDS") or ROOT.parent / "shared" / "seeds")
COLUMNS = 100
GIT_DATE = "2026-11-23T12:00:00+00:00"
COPIED = ("data", "schema", "pyproject.toml", "tests/fixtures")
_FENCE = re.compile(r"^```")


def pages() -> list[Path]:
    """README.md and every page of docs/, the pages whose examples are tested."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@dataclass
class Command:
    """One ``$ `` command of a block (continuation lines included) and the output the page shows."""

    text: str
    lines: list[str]
    expected: list[str]


@dataclass
class Block:
    """One console block: where it is in its page, and its commands."""

    page: Path
    start: int
    end: int
    commands: list[Command]

    @property
    def name(self) -> str:
        """``docs/commands.md:120`` (the line of the opening fence)."""
        return f"{self.page.relative_to(ROOT)}:{self.start + 1}"


def find_blocks(page: Path) -> list[Block]:
    """The console blocks of a page, in order; ``start`` and ``end`` are the fence lines (0-based)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if not _FENCE.match(lines[index]):
            index += 1
            continue
        end = next((n for n in range(index + 1, len(lines)) if _FENCE.match(lines[n])), len(lines))
        if lines[index].strip() == "```console":
            blocks.append(Block(page, index, end, _parse(lines[index + 1 : end])))
        index = end + 1
    return blocks


def _parse(body: list[str]) -> list[Command]:
    commands: list[Command] = []
    index = 0
    while index < len(body):
        line = body[index]
        if not line.startswith("$ "):
            raise ValueError(f"output before the first command: {line!r}")
        taken = [line]
        while taken[-1].endswith("\\") and index + 1 < len(body):
            index += 1
            taken.append(body[index])
        index += 1
        expected = []
        while index < len(body) and not body[index].startswith("$ "):
            expected.append(body[index])
            index += 1
        text = "\n".join(taken)[2:]
        commands.append(Command(text, taken, expected))
    return commands


def environment(home: Path) -> dict[str, str]:
    """The environment every example runs in: fixed width, language, colour, git identity and date."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "GITHUB_", "COMMIT_TRACKER_", "LC_"))}
    env.pop("NO_COLOR", None)
    gitconfig = home / ".gitconfig"
    gitconfig.write_text("[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n", encoding="utf-8")
    env.update(
        {
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            "HOME": str(home),
            "COLUMNS": str(COLUMNS),
            "LINES": "50",
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "PYTHONUNBUFFERED": "1",
            "GIT_CONFIG_GLOBAL": str(gitconfig),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Kari Nordmann",
            "GIT_AUTHOR_EMAIL": "kari@example.org",
            "GIT_COMMITTER_NAME": "Kari Nordmann",
            "GIT_COMMITTER_EMAIL": "kari@example.org",
            "GIT_AUTHOR_DATE": GIT_DATE,
            "GIT_COMMITTER_DATE": GIT_DATE,
        }
    )
    return env


def run_block(block: Block) -> list[list[str]]:
    """Run the block's commands in a fresh copy of the repository; what each printed, as lines."""
    with tempfile.TemporaryDirectory(prefix="doc-example-") as tmp:
        base = Path(tmp)
        work = base / "commit-tracker"
        work.mkdir()
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, work / name)
            elif source.is_file():
                (work / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, work / name)
        if SEEDS.is_dir():
            shutil.copytree(SEEDS, base / "shared" / "seeds")
        stamp = dt.datetime.fromisoformat(GIT_DATE).timestamp()
        for path in work.rglob("*"):  # "data changed" reads the newest file's date outside git
            os.utime(path, (stamp, stamp))
        (base / "home").mkdir()
        env = environment(base / "home")
        outputs = []
        for command in block.commands:
            result = subprocess.run(
                ["bash", "-c", command.text], cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False, timeout=120
            )
            outputs.append([line.rstrip() for line in result.stdout.splitlines()])
        return outputs


def differences(block: Block, outputs: list[list[str]]) -> list[str]:
    """A line per command whose output is not what the page shows."""
    return [
        f"{block.name}: $ {command.text}\n  page:   {command.expected!r}\n  actual: {output!r}"
        for command, output in zip(block.commands, outputs, strict=True)
        if [line.rstrip() for line in command.expected] != output
    ]


def rewrite(page: Path, results: list[tuple[Block, list[list[str]]]]) -> None:
    """Write each command's actual output under it in the page, from the last block up."""
    lines = page.read_text(encoding="utf-8").splitlines()
    for block, outputs in sorted(results, key=lambda pair: pair[0].start, reverse=True):
        body = [line for command, output in zip(block.commands, outputs, strict=True) for line in (*command.lines, *output)]
        lines[block.start + 1 : block.end] = body
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the examples; with --update write their output into the pages."""
    parser = argparse.ArgumentParser(prog="python -m tests.doc_examples", description="Run the console examples of README.md and docs/.")
    parser.add_argument("--update", action="store_true", help="rewrite each example's output in place")
    parser.add_argument("--check", action="store_true", help="only say which examples differ (the default)")
    parser.add_argument("pages", nargs="*", type=Path, help="pages to run (default: README.md and docs/*.md)")
    args = parser.parse_args(argv)
    if not SEEDS.is_dir():
        print(f"note: no source texts at {SEEDS}; set COMMIT_TRACKER_SEEDS, or outputs will differ from CI", file=sys.stderr)
    differing = 0
    for page in [path.resolve() for path in args.pages] or pages():
        results = [(block, run_block(block)) for block in find_blocks(page)]
        for block, outputs in results:
            for difference in differences(block, outputs):
                differing += 1
                print(difference, file=sys.stderr)
        if args.update:
            rewrite(page, results)
    if args.update:
        print(f"{differing} command(s) had a different output; the pages now show what they print", file=sys.stderr)
        return 0
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
