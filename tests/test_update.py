"""update: only the lines of the change move, and the file is never left half-written or invalid."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.cli import app
from tests.conftest import EXAMPLES
from tests.git_helpers import Repo

ALL_FIELDS = EXAMPLES / "valid" / "all-fields.yaml"
BOM = b"\xef\xbb\xbf"
# Comments, a quoted 'NO', Windows line endings, a byte-order mark, a flow-style item.
AWKWARD = (
    "# Follow-ups with the awkward parts.\r\n"
    "followups:\r\n"
    "  # The first point.\r\n"
    "  - id: no-1   # a trailing comment\r\n"
    "    text: Land er 'NO'\r\n"
    "    group: 'NO'\r\n"
    "    owner: ud\r\n"
    "    source: {document: doc, locator: 'NO', quote: Hum-seksjonen}\r\n"
    "    updates:\r\n"
    '      - date: "2012"\r\n'
    "        status: not_started   # as reported\r\n"
    "        note: 'NO'\r\n"
    "\r\n"
    "  # The second point, in flow style.\r\n"
    "  - {id: no-2, text: T, owner: ud, source: {document: doc, locator: l, quote: q}}\r\n"
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """A git repository whose data/ holds all-fields.yaml and the awkward file, committed."""
    repository = Repo(tmp_path / "project")
    (repository.root / "data").mkdir()
    shutil.copyfile(ALL_FIELDS, repository.root / "data" / "all.yaml")
    (repository.root / "data" / "awkward.yaml").write_bytes(BOM + AWKWARD.encode("utf-8"))
    repository.commit("Data", author="Ann", date="2025-01-10T12:00:00+00:00")
    monkeypatch.chdir(repository.root)
    return repository


def _update(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["update", *args])
    return result.exit_code, result.stdout, result.stderr


def _changed_lines(repo: Repo) -> list[str]:
    """Every line git sees added or removed, with no context: nothing else may differ."""
    diff = repo.git("diff", "-U0", "--no-color")
    return [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def _snapshot(repo: Repo) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((repo.root / "data").iterdir())}


def test_an_update_is_appended_and_the_status_set(runner: CliRunner, repo: Repo) -> None:
    code, out, err = _update(runner, "item-1", "--status", "stalled", "--note", "Reported paused.", "--date", "2013-05-02")
    assert (code, out) == (0, "")
    assert err == ("data/all.yaml: item-1: update of 2013-05-02 added; status in progress → stalled.\nReview it with: git diff -- data/all.yaml\n")
    assert _changed_lines(repo) == [
        "-    status: in_progress",
        "+    status: stalled",
        "+      - date: 2013-05-02",
        "+        status: stalled",
        "+        note: Reported paused.",
    ]


def test_updates_are_created_after_the_key_before_them_in_the_model(runner: CliRunner, repo: Repo) -> None:
    code, _, err = _update(runner, "item-2", "--status", "in_progress", "--note", "Started.", "--date", "2013-01", "--due", "2014", "--owner", "ud-hum")
    assert code == 0, err
    # item-2 has no status key: the update alone sets it. Its keys: id, text, duplicate_of,
    # supersedes, owner, source, note; updates and due go after source, owner is replaced.
    assert _changed_lines(repo) == [
        "-    owner: ud",
        "+    owner: ud-hum",
        "+    updates:",
        "+      - date: 2013-01",
        "+        status: in_progress",
        "+        note: Started.",
        '+    due: "2014"',
    ]
    text = (repo.root / "data" / "all.yaml").read_text(encoding="utf-8")
    assert "    source: {document: doc, locator: line 9, quote: Hum-seksjonen tar opp evalueringen}\n    updates:\n" in text
    assert '    due: "2014"\n    note: Printed twice in the source.\n' in text


def test_a_source_is_written_like_the_other_sources_of_updates(runner: CliRunner, repo: Repo) -> None:
    code, _, err = _update(
        runner,
        "item-1",
        "--status",
        "done",
        "--note",
        "Done: see the plan",
        "--date",
        "2013-06-01",
        "--source",
        "doc",
        "--locator",
        "line 7",
        "--quote",
        "'NO'",
    )
    assert code == 0, err
    assert _changed_lines(repo)[2:] == [
        "+      - date: 2013-06-01",
        "+        status: done",
        "+        note: 'Done: see the plan'",
        "+        source: {document: doc, locator: line 7, quote: '''NO'''}",
    ]


def test_comments_quotes_crlf_and_the_bom_are_kept(runner: CliRunner, repo: Repo) -> None:
    before = (repo.root / "data" / "awkward.yaml").read_bytes()
    code, _, err = _update(runner, "no-1", "--status", "in_progress", "--note", "NO", "--date", "2013-02-01", "--owner", "ud-hum")
    assert code == 0, err
    after = (repo.root / "data" / "awkward.yaml").read_bytes()
    assert after.startswith(BOM)
    assert after.count(b"\n") == after.count(b"\r\n")
    old_lines, new_lines = before[len(BOM) :].decode().splitlines(keepends=True), after[len(BOM) :].decode().splitlines(keepends=True)
    assert list(difflib.unified_diff(old_lines, new_lines, n=0))[2:] == [
        "@@ -7 +7 @@\n",
        "-    owner: ud\r\n",
        "+    owner: ud-hum\r\n",
        "@@ -12,0 +13,3 @@\n",
        "+      - date: 2013-02-01\r\n",
        "+        status: in_progress\r\n",
        "+        note: 'NO'\r\n",
    ]


def test_a_flow_style_item_stays_on_its_line(runner: CliRunner, repo: Repo) -> None:
    code, _, err = _update(runner, "no-2", "--status", "in_progress", "--note", "Begun.", "--date", "2013-02-01")
    assert code == 0, err
    assert [line.rstrip("\r") for line in _changed_lines(repo)] == [
        "-  - {id: no-2, text: T, owner: ud, source: {document: doc, locator: l, quote: q}}",
        "+  - {id: no-2, text: T, owner: ud, source: {document: doc, locator: l, quote: q}, updates: [{date: 2013-02-01, status: in_progress, note: Begun.}]}",
    ]


def test_an_older_update_goes_in_date_order_and_leaves_the_status(runner: CliRunner, repo: Repo) -> None:
    code, _, err = _update(runner, "item-1", "--status", "stalled", "--note", "Paused.", "--date", "2012-06")
    assert code == 0
    assert "the update is dated before the newest one, so the current status stays in progress" in err
    text = (repo.root / "data" / "all.yaml").read_text(encoding="utf-8")
    assert "        note: Nothing reported.\n      - date: 2012-06\n        status: stalled\n        note: Paused.\n      - date: 2012-11-30\n" in text
    assert _changed_lines(repo) == ["+      - date: 2012-06", "+        status: stalled", "+        note: Paused."]


def test_the_date_defaults_to_today(runner: CliRunner, repo: Repo) -> None:
    assert _update(runner, "p-1", "--status", "in_progress", "--note", "Started.")[0] == 0
    assert f"+      - date: {dt.date.today().isoformat()}" in _changed_lines(repo)


def test_dry_run_prints_the_diff_and_writes_nothing(runner: CliRunner, repo: Repo) -> None:
    before = _snapshot(repo)
    code, out, err = _update(runner, "p-1-1", "--status", "in_progress", "--note", "Funded.", "--date", "2025-10-01", "--dry-run")
    assert code == 0
    assert out == (
        "--- a/data/all.yaml\n"
        "+++ b/data/all.yaml\n"
        "@@ -82,5 +82,9 @@\n"
        "     section: 3.4.2\n"
        "     section_title: Hjelpe flere\n"
        "     parent: p-1\n"
        "-    status: not_assessed\n"
        "+    status: in_progress\n"
        '     source: {document: doc, locator: "3.4.2, line 940", quote: Potten skal}\n'
        "+    updates:\n"
        "+      - date: 2025-10-01\n"
        "+        status: in_progress\n"
        "+        note: Funded.\n"
    )
    assert err == "data/all.yaml: dry run; nothing was written.\n"
    assert _snapshot(repo) == before


def test_an_interrupted_write_leaves_the_original(runner: CliRunner, repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(repo)

    def interrupted(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", interrupted)
    code, out, err = _update(runner, "item-1", "--status", "stalled", "--note", "Paused.", "--date", "2013-05-02")
    assert (code, out) == (2, "")
    assert err == "commit-tracker: error: cannot write data/all.yaml: No space left on device; it was left as it was\n"
    assert _snapshot(repo) == before  # no temporary file left behind either


def test_an_invalid_result_is_restored(runner: CliRunner, repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check that the new content breaks (here: a rule against a word in notes) undoes the write.

    The gate before the write would refuse it first; it is bypassed here, as when the data
    change on disk between the gate and the write.
    """
    from commit_tracker import checker
    from commit_tracker.edit import gate

    monkeypatch.setattr(gate, "refusals", lambda *args: [])
    from commit_tracker.dataset import Dataset
    from commit_tracker.findings import Finding
    from commit_tracker.integrity import check_integrity

    def strict(dataset: Dataset) -> list[Finding]:
        found = check_integrity(dataset)
        if any(update.note and "SECRET" in update.note for update in dataset.items["item-1"].updates):
            found.append(dataset.origins["item-1"].finding("item-1", "no-secrets", "a note names a secret", "updates"))
        return found

    monkeypatch.setattr(checker, "check_integrity", strict)
    before = _snapshot(repo)
    code, out, err = _update(runner, "item-1", "--status", "stalled", "--note", "SECRET plan", "--date", "2013-05-02")
    assert code == 1
    assert out == "data/all.yaml:52:7: error: item-1: a note names a secret [no-secrets]\n"
    assert err == "commit-tracker: error: the edit would add the problems above; data/all.yaml was restored and nothing changed\n"
    assert _snapshot(repo) == before


def test_a_file_changed_on_disk_meanwhile_is_not_overwritten(runner: CliRunner, repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    from commit_tracker.edit import update

    real = update.plan_update
    path = repo.root / "data" / "all.yaml"

    def plan_then_someone_edits(*args: object) -> object:
        plan = real(*args)  # type: ignore[arg-type]
        path.write_bytes(path.read_bytes() + b"# Another editor saved the file.\n")
        return plan

    monkeypatch.setattr(update, "plan_update", plan_then_someone_edits)
    code, out, err = _update(runner, "item-1", "--status", "stalled", "--note", "Paused.", "--date", "2013-05-02")
    assert (code, out) == (2, "")
    assert err == "commit-tracker: error: data/all.yaml changed on disk since it was read; nothing was written; run the command again\n"
    assert path.read_bytes() == ALL_FIELDS.read_bytes() + b"# Another editor saved the file.\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["all.yaml", "awkward.yaml"]


@pytest.mark.skipif(os.name != "posix", reason="symlinks and modes")
def test_a_symlink_is_written_through_and_the_mode_kept(runner: CliRunner, repo: Repo) -> None:
    real = repo.root / "elsewhere" / "all.yaml"
    real.parent.mkdir()
    (repo.root / "data" / "all.yaml").rename(real)
    (repo.root / "data" / "all.yaml").symlink_to(Path("..") / "elsewhere" / "all.yaml")
    real.chmod(0o640)
    code, _, err = _update(runner, "item-1", "--status", "stalled", "--note", "Paused.", "--date", "2013-05-02")
    assert code == 0, err
    link = repo.root / "data" / "all.yaml"
    assert link.is_symlink()
    assert "note: Paused." in real.read_text(encoding="utf-8")
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["all.yaml"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["item-11", "--status", "done"], "no item 'item-11' in the data (did you mean 'item-1'?)"),
        (
            ["item-1", "--status", "finished"],
            "--status: 'finished' is not a status; choose from not_assessed, not_started, in_progress, partly_done, done, stalled, dropped",
        ),
        (["item-1", "--status", "done", "--owner", "ud-humm"], "--owner: no owner 'ud-humm' in the data (did you mean 'ud-hum'?); add it to the owners first"),
        (
            ["item-1", "--status", "done", "--source", "dok", "--locator", "l", "--quote", "q"],
            "--source: no source 'dok' in the data (did you mean 'doc'?); add it to the sources first",
        ),
        (
            ["item-1", "--status", "done", "--source", "doc", "--quote", "q"],
            "--source (or --source-url), --locator and --quote go together: the source, where in it, and the words it says",
        ),
        (["item-1", "--status", "done", "--date", "2013-02-30"], "--date: '2013-02-30' is not a real date (no day 30 in that month)"),
        (["item-1", "--status", "done", "--due", "next year"], "--due: 'next year' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_a_bad_option_is_one_line_and_nothing_is_written(runner: CliRunner, repo: Repo, args: list[str], message: str) -> None:
    before = _snapshot(repo)
    note = [] if "--note" in args else ["--note", "N."]
    assert _update(runner, *args, *note) == (2, "", f"commit-tracker: error: {message}\n")
    assert _snapshot(repo) == before


def test_an_empty_note_is_refused(runner: CliRunner, repo: Repo) -> None:
    assert _update(runner, "item-1", "--status", "done", "--note", " ") == (
        2,
        "",
        "commit-tracker: error: --note: say what the update is based on; it must not be empty\n",
    )


def test_a_file_with_problems_is_not_edited(runner: CliRunner, repo: Repo) -> None:
    path = repo.root / "data" / "all.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - id: item-2\n", "  - id: item-2\n    id: item-2\n"), encoding="utf-8")
    code, out, err = _update(runner, "item-1", "--status", "done", "--note", "Done.")
    assert (code, out) == (2, "")
    assert err == "commit-tracker: error: data/all.yaml has problems; fix them first (commit-tracker validate data/all.yaml)\n"


def test_the_editing_flow_of_the_readme(runner: CliRunner, repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    """Update, review the diff, commit, and report the changes since the last report's tag."""
    monkeypatch.setenv("COLUMNS", "100")
    repo.git("tag", "report-2025-q3")
    note = "The 2025 allocation letters refer to the evaluation."
    assert _update(runner, "item-2", "--status", "in_progress", "--date", "2025-10-15", "--note", note)[0] == 0
    assert repo.git("diff", "--stat").splitlines()[-1] == " 1 file changed, 4 insertions(+)"
    repo.commit("item-2: in progress", author="Kari", date="2025-10-16T09:00:00+02:00")
    result = runner.invoke(app, ["changes", "--since", "report-2025-q3", "--format", "markdown"])
    assert result.exit_code == 0
    assert f"#### Now in progress (1)\n\n| id | title | was | note |\n| --- | --- | --- | --- |\n| `item-2` |  | not assessed | {note} |\n" in result.stdout
    assert "| not assessed | 6 | 5 | -1 |\n" in result.stdout  # five in all.yaml, no-2 in awkward.yaml
    history = runner.invoke(app, ["history", "item-2", "--format", "json"])
    assert [event["author"] for event in json.loads(history.stdout)["events"]] == ["Ann", "Kari"]


def test_an_empty_status_key_is_filled_in(runner: CliRunner, repo: Repo) -> None:
    path = repo.root / "data" / "all.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    status: not_assessed\n", "    status:\n"), encoding="utf-8")
    repo.commit("Empty status", author="Ann", date="2025-01-11T12:00:00+00:00")
    code, _, err = _update(runner, "p-1-1", "--status", "in_progress", "--note", "Funded.", "--date", "2025-10-01")
    assert code == 0, err
    assert _changed_lines(repo)[:2] == ["-    status:", "+    status: in_progress"]


# issue 12: no lost edit, no leftovers, nothing replaced behind the user's back


def test_concurrent_updates_in_processes_keep_every_edit(repo: Repo) -> None:
    """Eight processes update the same file at once; the lock makes each wait its turn, so every note is there."""
    import subprocess
    import sys

    count = 8
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "commit_tracker",
                "update",
                "item-1",
                "--status",
                "in_progress",
                "--note",
                f"Edit number {index}.",
                "--date",
                f"2013-05-{index + 10}",
            ],
            cwd=repo.root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for index in range(count)
    ]
    results = [(process.wait(timeout=120), process.stderr.read().decode() if process.stderr else "") for process in processes]
    assert [code for code, _ in results] == [0] * count, results
    text = (repo.root / "data" / "all.yaml").read_text(encoding="utf-8")
    assert [index for index in range(count) if f"note: Edit number {index}." not in text] == []
    assert sorted(p.name for p in (repo.root / "data").iterdir()) == ["all.yaml", "awkward.yaml"]


def test_a_second_writer_waits_for_the_lock_then_fails_cleanly(repo: Repo) -> None:
    import subprocess
    import sys

    from commit_tracker.checker import UsageError
    from commit_tracker.edit.atomic import writing

    folder = repo.root / "data"
    code = (
        "import pathlib, time\nfrom commit_tracker.edit.atomic import writing\n"
        f"with writing(pathlib.Path({str(folder)!r})):\n print('held', flush=True); time.sleep(30)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    holder = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"held\n"
        with pytest.raises(UsageError, match=r"another commit-tracker is writing in .*data \(waited 0\.2 s\); nothing was written"), writing(folder, wait=0.2):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_temporary_files_of_a_killed_update_are_removed_by_the_next(runner: CliRunner, repo: Repo) -> None:
    data = repo.root / "data"
    (data / ".all.yaml.a1b2c3d4.tmp").write_text("half", encoding="utf-8")  # the name earlier versions used
    (data / ".all.yaml.k3j4h5g6.commit-tracker.tmp").write_text("half", encoding="utf-8")
    (data / ".keep.tmp").write_text("not ours", encoding="utf-8")
    code, _, err = _update(runner, "item-1", "--status", "in_progress", "--note", "Done.", "--date", "2013-05-02")
    assert code == 0, err
    assert sorted(p.name for p in data.iterdir()) == [".keep.tmp", "all.yaml", "awkward.yaml"]


@pytest.mark.skipif(os.name != "posix", reason="modes and hard links")
def test_a_read_only_file_is_not_replaced(runner: CliRunner, repo: Repo) -> None:
    path = repo.root / "data" / "all.yaml"
    path.chmod(0o444)
    before = _snapshot(repo)
    code, out, err = _update(runner, "item-1", "--status", "in_progress", "--note", "Done.", "--date", "2013-05-02")
    assert (code, out) == (2, "")
    assert err == "commit-tracker: error: data/all.yaml is read-only; nothing was written (make it writable first if the edit is wanted)\n"
    assert _snapshot(repo) == before


@pytest.mark.skipif(os.name != "posix", reason="modes and hard links")
def test_a_hard_linked_file_is_not_split(runner: CliRunner, repo: Repo, tmp_path: Path) -> None:
    path = repo.root / "data" / "all.yaml"
    other = tmp_path / "copy.yaml"
    os.link(path, other)
    before = _snapshot(repo)
    code, out, err = _update(runner, "item-1", "--status", "in_progress", "--note", "Done.", "--date", "2013-05-02")
    assert (code, out) == (2, "")
    assert err == "commit-tracker: error: data/all.yaml has 2 hard links; replacing it would split them; nothing was written\n"
    assert _snapshot(repo) == before
    assert path.stat().st_ino == other.stat().st_ino
