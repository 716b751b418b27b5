"""The cache of loaded data: a hit is the data a full load gives, any change is a miss, nothing untrusted is read."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.cache import KEEP, DatasetCache, cache_folder
from commit_tracker.checker import run_checks
from commit_tracker.cli import app
from tests.conftest import REPORTS, ROOT


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(REPORTS, folder)
    return folder


def entry(data: Path, cache: Path) -> DatasetCache:
    found = DatasetCache.find([data], cwd=data.parent, environ={"COMMIT_TRACKER_CACHE_DIR": str(cache)})
    assert found is not None
    return found


def test_a_hit_is_the_data_a_full_load_gives(data: Path, tmp_path: Path) -> None:
    cache = entry(data, tmp_path / "cache")
    assert cache.read() is None
    loaded = run_checks([data], cwd=data.parent).dataset
    cache.write(loaded)
    kept = entry(data, tmp_path / "cache").read()
    assert kept is not None
    assert kept.items == loaded.items
    assert kept.owners == loaded.owners
    assert kept.sources == loaded.sources
    assert kept.kinds == loaded.kinds
    assert {key: (o.parsed.path, o.section, o.row) for key, o in kept.origins.items()} == {
        key: (o.parsed.path, o.section, o.row) for key, o in loaded.origins.items()
    }
    # Only where each entry was read is kept, not the files' text or data.
    assert all(origin.parsed.text is None and origin.parsed.data is None for origin in kept.origins.values())


def test_any_change_to_a_file_or_the_working_folder_is_a_miss(data: Path, tmp_path: Path) -> None:
    first = entry(data, tmp_path / "cache")
    first.write(run_checks([data], cwd=data.parent).dataset)
    path = data / "followups.yaml"
    path.write_bytes(path.read_bytes() + b"\n")
    assert entry(data, tmp_path / "cache").key != first.key
    elsewhere = DatasetCache.find([data], cwd=tmp_path, environ={"COMMIT_TRACKER_CACHE_DIR": str(tmp_path / "cache")})
    assert elsewhere is not None
    assert elsewhere.key != first.key
    (data / "extra.yaml").write_text("owners: []\n", encoding="utf-8")
    assert entry(data, tmp_path / "cache").key not in (first.key, elsewhere.key)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file modes")
def test_an_entry_others_may_write_or_a_broken_one_is_not_read(data: Path, tmp_path: Path) -> None:
    cache = entry(data, tmp_path / "cache")
    cache.write(run_checks([data], cwd=data.parent).dataset)
    assert cache.path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700
    cache.path.chmod(0o666)
    assert cache.read() is None
    cache.path.chmod(0o600)
    assert cache.read() is not None
    cache.path.write_bytes(b"not a pickle")
    assert cache.read() is None
    cache.path.write_bytes(pickle.dumps((1, "another key", None)))
    assert cache.read() is None


def test_caching_is_off_with_the_variable_and_follows_the_cache_folders() -> None:
    assert cache_folder({"COMMIT_TRACKER_NO_CACHE": "1", "COMMIT_TRACKER_CACHE_DIR": "/x"}) is None
    assert cache_folder({"COMMIT_TRACKER_CACHE_DIR": "/x"}) == Path("/x")
    assert cache_folder({"XDG_CACHE_HOME": "/c"}) == Path("/c/commit-tracker")
    assert cache_folder({}) == Path("~/.cache/commit-tracker").expanduser()


def test_a_fifo_is_never_opened_to_be_hashed(data: Path, tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(data / "pipe.yaml")
    assert DatasetCache.find([data], cwd=data.parent, environ={"COMMIT_TRACKER_CACHE_DIR": str(tmp_path / "c")}) is None


def test_old_entries_are_pruned(data: Path, tmp_path: Path) -> None:
    dataset = run_checks([data], cwd=data.parent).dataset
    folder = tmp_path / "cache"
    for index in range(KEEP + 3):
        DatasetCache(folder, f"{index:064x}").write(dataset)
    assert len(list(folder.glob("*.pickle"))) == KEEP
    assert not list(folder.glob("*.tmp"))


@pytest.mark.parametrize(
    "command",
    [
        ["status", "--all"],
        ["status"],
        ["show", "fu-03"],
        ["show", "jd"],
        ["coverage", "--format", "json"],
        ["owners", "--format", "csv"],
        ["review", "--format", "json"],
    ],
)
def test_a_report_from_the_cache_is_the_report_from_the_files(runner: CliRunner, data: Path, tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "cache"
    environ = {"COMMIT_TRACKER_CACHE_DIR": str(folder), "COLUMNS": "120"}
    args = [*command, "--data", str(data), "--as-of", "2013-06-01"]
    first = runner.invoke(app, args, env=environ)
    assert first.exit_code == 0, first.stderr
    assert len(list(folder.glob("*.pickle"))) == 1
    again = runner.invoke(app, args, env=environ)
    assert (again.exit_code, again.stdout, again.stderr) == (0, first.stdout, first.stderr)
    off = runner.invoke(app, args, env={**environ, "COMMIT_TRACKER_NO_CACHE": "1"})
    assert (off.exit_code, off.stdout) == (0, first.stdout)


def test_data_with_errors_are_not_kept_and_report_their_errors_every_time(runner: CliRunner, data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    path = data / "followups.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("owner: jd", "owner: jdd", 1), encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(app, ["status", "--data", str(data)], env={"COMMIT_TRACKER_CACHE_DIR": str(folder)})
        assert result.exit_code == 1
        assert "[unknown-owner]" in result.stderr
    assert not list(folder.glob("*.pickle"))


def test_a_report_from_the_cache_imports_neither_pydantic_nor_the_yaml_parser(tmp_path: Path) -> None:
    """What makes a report fast: on a hit neither the data model's validator nor the parser is loaded.
    Fails when typer's internals move and typer converts option values with pydantic again."""
    code = (
        "import sys\n"
        "from commit_tracker.cli.app import main\n"
        "sys.argv = ['commit-tracker', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'pydantic_core', 'yaml', 'rich'}), file=sys.stderr)\n"
    )
    environ = {**os.environ, "COMMIT_TRACKER_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}
    first = subprocess.run([sys.executable, "-c", code, "status"], capture_output=True, text=True, check=False, cwd=ROOT, env=environ)
    assert first.stderr.splitlines()[-1] == "['pydantic', 'pydantic_core', 'yaml']"  # the first run loads and validates
    for args in (
        ["status"],
        ["status", "--all", "--kind", "followup", "--stale", "30", "--format", "json"],
        ["show", "gcm-10"],
        ["coverage", "--as-of", "2020-01-01"],
        ["owners"],
        ["history", "iom-eval-ud-03"],
        ["changes", "--since", "HEAD~3"],
    ):
        runs = [subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False, cwd=ROOT, env=environ) for _ in range(2)]
        assert [run.returncode for run in runs] == [0, 0], runs[0].stderr
        assert runs[0].stdout == runs[1].stdout
        # The second run finds all it needs kept: the history too, which the first run walked.
        assert runs[1].stderr.splitlines()[-1] == "[]", (args, runs[1].stderr)


def test_a_cache_that_cannot_be_written_is_skipped_and_the_report_made(runner: CliRunner, data: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    for folder in (blocked, blocked / "below"):
        result = runner.invoke(app, ["coverage", "--data", str(data), "--format", "json"], env={"COMMIT_TRACKER_CACHE_DIR": str(folder)})
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith("{")
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_the_entry_holds_the_bytes_its_key_was_made_from(data: Path, tmp_path: Path) -> None:
    """A run loads these bytes, not the files read again, so an edit in between cannot be kept under the old key."""
    cache = entry(data, tmp_path / "cache")
    assert cache.contents == {path.resolve(): path.read_bytes() for path in data.glob("*.yaml")}
    outcome = run_checks([data], cwd=data.parent, contents=dict.fromkeys(cache.contents, b"owners: []\n"))
    assert not outcome.dataset.items  # what was given is what was loaded
