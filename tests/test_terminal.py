"""The installed command in a real pseudo-terminal of 80, 100, 120 and 200 columns, on the real data.

What a person sees: no line wider than the terminal, every id whole (so it can be copied into
``show``), and a briefing that fits one screen.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

COMMAND = shutil.which("commit-tracker", path=str(Path(sys.executable).parent))
WIDTHS = [80, 100, 120, 200]
AS_OF = ["--as-of", "2026-11-23"]

pytestmark = pytest.mark.skipif(COMMAND is None or not hasattr(pty, "openpty"), reason="needs the installed command and a pseudo-terminal")


def in_terminal(*args: str, columns: int, rows: int = 24, pager: str = "cat") -> tuple[str, str]:
    """Run the command with stdout on a pseudo-terminal of that size; its screen output (newlines as LF) and its stderr."""
    import fcntl
    import termios

    assert COMMAND is not None
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    environ = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES", "NO_COLOR", "LANG", "LC_ALL", "LC_MESSAGES")}
    environ.update(TERM="xterm", PAGER=pager)
    process = subprocess.Popen([COMMAND, *args, "--color", "never"], cwd=ROOT, stdin=slave, stdout=slave, stderr=subprocess.PIPE, env=environ)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the terminal closed when the command ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.stderr is not None
    stderr = process.stderr.read().decode()
    assert process.wait() == 0, stderr
    return b"".join(chunks).decode().replace("\r\n", "\n"), stderr


def real_ids(*filters: str) -> list[str]:
    """The item ids of the real data (those that pass the filters), read through the CSV report."""
    result = subprocess.run([COMMAND or "", "status", "--all", *filters, "--format", "csv"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [row["id"] for row in csv.DictReader(io.StringIO(result.stdout))]


def words(screen: str) -> set[str]:
    return set(re.split(r"\s+", screen))


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_full_list_fits_and_every_id_is_whole(columns: int) -> None:
    screen, _ = in_terminal("status", "--all", "--no-pager", *AS_OF, columns=columns)
    assert max(len(line) for line in screen.splitlines()) <= columns
    shown = words(screen)
    missing = [item_id for item_id in real_ids() if item_id not in shown]
    assert missing == []


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("kind", ["followup", "compact_commitment"])
def test_each_kind_keeps_ids_whole(columns: int, kind: str) -> None:
    screen, stderr = in_terminal("status", "--kind", kind, "--no-pager", *AS_OF, columns=columns)
    assert stderr.endswith(" item(s).\n")
    assert max(len(line) for line in screen.splitlines()) <= columns
    missing = [item_id for item_id in real_ids("--kind", kind) if item_id not in words(screen)]
    assert missing == []


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_briefing_fits_one_screen(columns: int) -> None:
    screen, stderr = in_terminal("status", *AS_OF, columns=columns)
    lines = screen.splitlines()
    assert len(lines) <= 40
    assert max(len(line) for line in lines) <= columns
    assert stderr == ""
    briefing = json.loads(subprocess.run([COMMAND or "", "status", "-f", "json", *AS_OF], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    shown = len(briefing["attention"]) - sum(more["count"] for more in briefing["more"])
    listed = [entry["id"] for entry in briefing["attention"][:shown]]
    assert listed
    assert set(listed) <= words(screen)
    assert f"{briefing['headline']['commitments']}, {briefing['headline']['assessed']} assessed" in screen


@pytest.mark.parametrize("columns", [80, 120])
def test_follow_ups_are_a_table_from_100_columns(columns: int) -> None:
    screen, _ = in_terminal("status", "--kind", "followup", "--no-pager", *AS_OF, columns=columns)
    table = "id" in screen.split("\n")[screen.split("\n").index("Items") + 1].split()
    assert table == (columns >= 100)
    assert {"hld-2006-effort-remittances-financial-institutions", "iom-eval-ud-03"} <= words(screen)


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    screen, _ = in_terminal("status", "--all", *AS_OF, columns=100, pager=f"tee {paged}")
    assert paged.read_text(encoding="utf-8").replace("\r\n", "\n") == screen
    paged.unlink()
    in_terminal("status", "--all", "--no-pager", *AS_OF, columns=100, pager=f"tee {paged}")
    assert not paged.exists()
    in_terminal("status", "--kind", "objective", "--status", "done", *AS_OF, columns=100, pager=f"tee {paged}")
    assert not paged.exists()  # nothing to page: shorter than the screen
