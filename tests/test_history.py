"""history and changes against a small git repository with known commits, authors and dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.cli import app
from tests.git_helpers import Repo

REGISTRY = """\
sources:
  - id: doc
    title: Doc
    publisher: Pub
    date: 2018-07-11
    language: nb
    file: doc.txt
    sha256: 0000000000000000000000000000000000000000000000000000000000000000
owners:
  - id: ud
    name: Utenriksdepartementet
  - id: ud-hum
    name: Hum-seksjonen
    parent: ud
"""


def followup(item_id: str, *, owner: str, status: str | None = None, due: str | None = None, updates: tuple[tuple[str, str, str], ...] = ()) -> str:
    """One follow-up item as the data files write it."""
    lines = [f"  - id: {item_id}", f"    title: Punkt {item_id}", f"    text: Teksten til {item_id}", f"    owner: {owner}"]
    lines += [f"    status: {status}"] if status else []
    lines += [f'    due: "{due}"'] if due else []
    lines.append("    source: {document: doc, locator: line 1, quote: Teksten}")
    if updates:
        lines.append("    updates:")
        for date, new_status, note in updates:
            lines += [f'      - date: "{date}"' if len(date) == 4 else f"      - date: {date}", f"        status: {new_status}", f"        note: {note}"]
    return "\n".join(lines) + "\n"


def followups(*items: str) -> str:
    return "followups:\n" + "\n".join(items)


NOTHING = ("2012", "not_started", "Nothing reported.")
STARTED = ("2025-02-28", "in_progress", "Talks started.")
DONE = ("2025-06-30", "done", "Reported done.")
STALLED = ("2025-06-30", "stalled", "Funding stopped.")
DROPPED = ("2025-09-01", "dropped", "No longer needed.")


@dataclass
class History:
    """The repository and the short hashes of its commits, oldest first."""

    repo: Repo
    commits: list[str]


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> History:
    """Five commits: items added, updated, re-owned, moved to other files, removed; then one outside data/."""
    repo = Repo(tmp_path / "project")
    repo.write("data/registry.yaml", REGISTRY)
    repo.write(
        "data/followups.yaml",
        followups(followup("f-1", owner="ud-hum", updates=(NOTHING,)), followup("f-2", owner="ud", status="in_progress"), followup("f-3", owner="ud")),
    )
    commits = [repo.commit("Encode the follow-up points", author="Ann", date="2025-01-10T12:00:00+00:00")]
    repo.write(
        "data/followups.yaml",
        followups(
            followup("f-1", owner="ud-hum", updates=(NOTHING, STARTED)),
            followup("f-2", owner="ud-hum", status="in_progress"),
            followup("f-3", owner="ud"),
            followup("f-4", owner="ud"),
        ),
    )
    commits.append(repo.commit("First-quarter updates", author="Bo", date="2025-03-01T09:30:00+00:00"))
    repo.git("tag", "report-2025-q1")
    # The file is renamed, f-1 moves to a file of its own, f-3 is removed.
    (repo.root / "data/followups.yaml").unlink()
    repo.write("data/points.yaml", followups(followup("f-2", owner="ud-hum", status="in_progress", due="2026"), followup("f-4", owner="ud")))
    repo.write("data/moved.yaml", followups(followup("f-1", owner="ud-hum", updates=(NOTHING, STARTED))))
    commits.append(repo.commit("Split the points", author="Cy", date="2025-05-15T15:00:00+00:00"))
    repo.write("data/moved.yaml", followups(followup("f-1", owner="ud-hum", updates=(NOTHING, STARTED, DONE))))
    repo.write(
        "data/points.yaml", followups(followup("f-2", owner="ud-hum", status="in_progress", due="2026"), followup("f-4", owner="ud", updates=(STALLED,)))
    )
    commits.append(repo.commit("Second-quarter updates", author="Ann", date="2025-07-01T08:00:00+00:00"))
    repo.write("README.md", "Not data.\n")
    repo.commit("Docs", author="Bo", date="2025-08-01T10:00:00+00:00")
    monkeypatch.chdir(repo.root)
    monkeypatch.setenv("COLUMNS", "100")
    return History(repo, commits)


def _run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_history_shows_every_change_of_status_owner_due_and_file(runner: CliRunner, history: History) -> None:
    c1, c2, c3, c4 = history.commits
    code, out, err = _run(runner, "history", "f-1")
    assert code == 0, err
    assert out == (
        "date        commit   author  changes                                      note\n"
        "───────────────────────────────────────────────────────────────────────────────────────────\n"
        f"2025-01-10  {c1}  Ann     added in data/followups.yaml                 Nothing reported.\n"
        "                             status: — → not started\n"
        "                             owner: — → ud-hum\n"
        f"2025-03-01  {c2}  Bo      status: not started → in progress            Talks started.\n"
        f"2025-05-15  {c3}  Cy      file: data/followups.yaml → data/moved.yaml\n"
        f"2025-07-01  {c4}  Ann     status: in progress → done                   Reported done.\n"
    )
    assert err == "f-1: 4 change(s) in 4 commit(s).\n"


def test_history_of_owner_and_due_changes(runner: CliRunner, history: History) -> None:
    c1, c2, c3, _ = history.commits
    code, out, _ = _run(runner, "history", "f-2")
    assert code == 0
    assert out.splitlines()[2:] == [
        f"2025-01-10  {c1}  Ann     added in data/followups.yaml",
        "                             status: — → in progress",
        "                             owner: — → ud",
        f"2025-03-01  {c2}  Bo      owner: ud → ud-hum",
        f"2025-05-15  {c3}  Cy      due: — → 2026",
        "                             file: data/followups.yaml → data/points.yaml",
    ]


def test_history_as_json(runner: CliRunner, history: History) -> None:
    code, out, _ = _run(runner, "history", "f-1", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["version"] == 1
    assert document["id"] == "f-1"
    events = document["events"]
    assert [event["short"] for event in events] == history.commits
    assert [event["commit"][:7] for event in events] == history.commits
    assert [event["author"] for event in events] == ["Ann", "Bo", "Cy", "Ann"]
    assert [event["date"] for event in events] == [
        "2025-01-10T12:00:00+00:00",
        "2025-03-01T09:30:00+00:00",
        "2025-05-15T15:00:00+00:00",
        "2025-07-01T08:00:00+00:00",
    ]
    assert [event["event"] for event in events] == ["added", "changed", "changed", "changed"]
    assert [event["path"] for event in events] == ["data/followups.yaml", "data/followups.yaml", "data/moved.yaml", "data/moved.yaml"]
    assert events[0]["changes"] == [{"field": "status", "old": None, "new": "not_started"}, {"field": "owner", "old": None, "new": "ud-hum"}]
    assert events[2]["changes"] == [{"field": "file", "old": "data/followups.yaml", "new": "data/moved.yaml"}]
    assert events[2]["update"] is None
    assert events[3]["changes"] == [{"field": "status", "old": "in_progress", "new": "done"}]
    assert events[3]["update"] == {"date": "2025-06-30", "status": "done", "note": "Reported done."}


def test_history_of_a_removed_item(runner: CliRunner, history: History) -> None:
    code, out, _ = _run(runner, "history", "f-3", "--format", "json")
    assert code == 0
    events = json.loads(out)["events"]
    assert [(event["short"], event["event"], event["path"]) for event in events] == [
        (history.commits[0], "added", "data/followups.yaml"),
        (history.commits[2], "removed", "data/followups.yaml"),
    ]


def test_history_ends_with_uncommitted_changes(runner: CliRunner, history: History) -> None:
    history.repo.write(
        "data/points.yaml", followups(followup("f-2", owner="ud-hum", due="2026", updates=(DROPPED,)), followup("f-4", owner="ud", updates=(STALLED,)))
    )
    code, out, _ = _run(runner, "history", "f-2")
    assert code == 0
    assert out.splitlines()[-1] == "            uncommitted          status: in progress → dropped                 No longer needed."
    event = json.loads(_run(runner, "history", "f-2", "--format", "json")[1])["events"][-1]
    assert (event["commit"], event["date"], event["author"]) == (None, None, None)
    assert event["changes"] == [{"field": "status", "old": "in_progress", "new": "dropped"}]


def test_history_of_an_unknown_id_suggests_one(runner: CliRunner, history: History) -> None:
    assert _run(runner, "history", "f-11") == (2, "", "commit-tracker: error: no item 'f-11' in the data (did you mean 'f-1'?)\n")


def test_outside_a_git_repository_is_a_usage_error(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plain" / "data").mkdir(parents=True)
    (tmp_path / "plain" / "data" / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "plain")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    for args in (["history", "f-1"], ["changes", "--since", "HEAD"]):
        code, out, err = _run(runner, *args)
        assert (code, out) == (2, "")
        assert err.startswith(f"commit-tracker: error: {tmp_path / 'plain' / 'data'} is not in a git repository (")
        assert err.count("\n") == 1


def test_changes_between_a_tag_and_a_commit(runner: CliRunner, history: History) -> None:
    head = history.repo.git("rev-parse", "--short", "HEAD").strip()
    code, out, err = _run(runner, "changes", "--since", "report-2025-q1", "--until", "HEAD")
    assert code == 0, err
    assert out == (
        f"Changes from report-2025-q1 ({history.commits[1]}, 2025-03-01) to HEAD ({head}, 2025-08-01)\n"
        "\n"
        "Removed (1)\n"
        "id   kind       status        file                 title\n"
        "────────────────────────────────────────────────────────────\n"
        "f-3  follow-up  not assessed  data/followups.yaml  Punkt f-3\n"
        "\n"
        "Status changes (2)\n"
        "new status  id   was           note\n"
        "───────────────────────────────────────────────\n"
        "done        f-1  in progress   Reported done.\n"
        "stalled     f-4  not assessed  Funding stopped.\n"
        "\n"
        "Due-date changes (1)\n"
        "id   was  now\n"
        "──────────────\n"
        "f-2  —    2026\n"
        "\n"
        "Count per status\n"
        "status        before  after  change\n"
        "───────────────────────────────────\n"
        "not assessed  2       0      -2\n"
        "not started   0       0      0\n"
        "in progress   2       1      -1\n"
        "partly done   0       0      0\n"
        "done          0       1      +1\n"
        "stalled       0       1      +1\n"
        "dropped       0       0      0\n"
    )
    assert err == "0 added, 1 removed, 2 status change(s), 0 owner change(s), 1 due-date change(s).\n"


def test_changes_as_json(runner: CliRunner, history: History) -> None:
    code, out, _ = _run(runner, "changes", "--since", history.commits[0], "--until", "report-2025-q1", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["version"] == 1
    assert document["since"]["label"] == history.commits[0]
    assert document["since"]["commit"].startswith(history.commits[0])
    assert document["since"]["date"] == "2025-01-10T12:00:00+00:00"
    assert document["until"]["label"] == "report-2025-q1"
    assert document["until"]["commit"].startswith(history.commits[1])
    assert document["added"] == [
        {"id": "f-4", "kind": "followup", "path": "data/followups.yaml", "title": "Punkt f-4", "status": "not_assessed", "owner": "ud", "due": None}
    ]
    assert document["removed"] == []
    assert document["status_changes"] == {
        "in_progress": [
            {
                "id": "f-1",
                "kind": "followup",
                "path": "data/followups.yaml",
                "title": "Punkt f-1",
                "status": "in_progress",
                "owner": "ud-hum",
                "due": None,
                "old": "not_started",
                "note": "Talks started.",
            }
        ]
    }
    assert document["owner_changes"] == [{"id": "f-2", "old": "ud", "new": "ud-hum"}]
    assert document["due_changes"] == []
    assert document["counts"]["not_assessed"] == {"before": 1, "after": 2}
    assert document["counts"]["not_started"] == {"before": 1, "after": 0}
    assert document["counts"]["in_progress"] == {"before": 1, "after": 2}
    assert list(document["counts"]) == ["not_assessed", "not_started", "in_progress", "partly_done", "done", "stalled", "dropped"]


def test_changes_as_markdown_for_a_report(runner: CliRunner, history: History) -> None:
    code, out, _ = _run(runner, "changes", "--since", "report-2025-q1", "--until", history.commits[3], "--format", "markdown")
    assert code == 0
    c2, c4 = history.commits[1], history.commits[3]
    assert out == (
        f"## Changes from `report-2025-q1` ({c2}, 2025-03-01) to `{c4}` ({c4}, 2025-07-01)\n"
        "\n"
        "0 added, 1 removed, 2 status change(s), 0 owner change(s), 1 due-date change(s).\n"
        "\n"
        "### Removed (1)\n"
        "\n"
        "| id | title | status |\n"
        "| --- | --- | --- |\n"
        "| `f-3` | Punkt f-3 | not assessed |\n"
        "\n"
        "### Status changes\n"
        "\n"
        "#### Now done (1)\n"
        "\n"
        "| id | title | was | note |\n"
        "| --- | --- | --- | --- |\n"
        "| `f-1` | Punkt f-1 | in progress | Reported done. |\n"
        "\n"
        "#### Now stalled (1)\n"
        "\n"
        "| id | title | was | note |\n"
        "| --- | --- | --- | --- |\n"
        "| `f-4` | Punkt f-4 | not assessed | Funding stopped. |\n"
        "\n"
        "### Due-date changes (1)\n"
        "\n"
        "| id | was | now |\n"
        "| --- | --- | --- |\n"
        "| `f-2` | — | 2026 |\n"
        "\n"
        "### Count per status\n"
        "\n"
        "| status | before | after | change |\n"
        "| --- | --: | --: | --: |\n"
        "| not assessed | 2 | 0 | -2 |\n"
        "| not started | 0 | 0 | 0 |\n"
        "| in progress | 2 | 1 | -1 |\n"
        "| partly done | 0 | 0 | 0 |\n"
        "| done | 0 | 1 | +1 |\n"
        "| stalled | 0 | 1 | +1 |\n"
        "| dropped | 0 | 0 | 0 |\n"
    )


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        ("2025-03-01", 1),  # the commit of that day
        ("2025-04-30", 1),  # the last commit on or before it
        ("2025-04", 1),  # the end of the month
        ("2025-05-15", 2),
    ],
)
def test_a_date_means_the_last_commit_on_or_before_it(runner: CliRunner, history: History, since: str, expected: int) -> None:
    document = json.loads(_run(runner, "changes", "--since", since, "--format", "json")[1])
    assert document["since"]["commit"].startswith(history.commits[expected])
    assert document["since"]["label"] == since


def test_a_date_before_the_first_commit_is_a_usage_error(runner: CliRunner, history: History) -> None:
    assert _run(runner, "changes", "--since", "2024-12-31") == (2, "", "commit-tracker: error: no commit on or before 2024-12-31\n")


@pytest.mark.parametrize("since", ["no-such-tag", "HEAD~99", "--help-me"])
def test_an_unknown_revision_is_a_usage_error(runner: CliRunner, history: History, since: str) -> None:
    code, out, err = _run(runner, "changes", f"--since={since}")
    assert (code, out) == (2, "")
    assert err.startswith("commit-tracker: error: ")
    assert since in err
    assert err.count("\n") == 1


def test_an_impossible_date_is_a_usage_error(runner: CliRunner, history: History) -> None:
    assert _run(runner, "changes", "--since", "2025-02-30") == (2, "", "commit-tracker: error: '2025-02-30' is not a real date (no day 30 in that month)\n")


def test_changes_until_the_working_tree_by_default(runner: CliRunner, history: History) -> None:
    history.repo.write(
        "data/points.yaml", followups(followup("f-2", owner="ud-hum", due="2026", updates=(DROPPED,)), followup("f-4", owner="ud", updates=(STALLED,)))
    )
    code, out, err = _run(runner, "changes", "--since", "HEAD", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["until"] == {"label": "working tree", "commit": None, "date": None}
    assert [(change["id"], change["old"], change["note"]) for change in document["status_changes"]["dropped"]] == [("f-2", "in_progress", "No longer needed.")]
    assert "the working tree has uncommitted changes to the data; they are included (--until HEAD leaves them out)" in err
    clean = json.loads(_run(runner, "changes", "--since", "HEAD", "--until", "HEAD", "--format", "json")[1])
    assert clean["status_changes"] == {}


def test_no_changes_is_still_a_report(runner: CliRunner, history: History) -> None:
    code, out, err = _run(runner, "changes", "--since", "HEAD")
    assert code == 0
    assert out.startswith("Changes from HEAD (")
    assert "Count per status" in out
    assert err == "0 added, 0 removed, 0 status change(s), 0 owner change(s), 0 due-date change(s).\n"


def test_last_commit_dates_give_the_last_commit_that_changed_each_item(history: History) -> None:
    from commit_tracker.history.timeline import last_commit_dates

    assert last_commit_dates(history.repo.root / "data") == {
        "f-1": dt.date(2025, 7, 1),
        "f-2": dt.date(2025, 5, 15),  # its due date; the commit of 2025-07-01 did not touch it
        "f-4": dt.date(2025, 7, 1),
    }


def test_moving_an_item_to_another_file_does_not_count_as_a_change(tmp_path: Path) -> None:
    from commit_tracker.history.timeline import last_commit_dates

    repo = Repo(tmp_path / "project")
    repo.write("data/registry.yaml", REGISTRY)
    repo.write("data/a.yaml", followups(followup("f-1", owner="ud"), followup("f-2", owner="ud")))
    repo.commit("Add", author="Ann", date="2025-01-10T12:00:00+00:00")
    repo.write("data/a.yaml", followups(followup("f-1", owner="ud-hum")))
    repo.write("data/b.yaml", followups(followup("f-2", owner="ud")))
    repo.commit("Move f-2, re-own f-1", author="Ann", date="2025-02-10T12:00:00+00:00")
    repo.write("data/b.yaml", followups(followup("f-2", owner="ud")) + "# A comment changes no item.\n")
    repo.commit("Comment", author="Ann", date="2025-03-10T12:00:00+00:00")
    assert last_commit_dates(repo.root / "data") == {"f-1": dt.date(2025, 2, 10), "f-2": dt.date(2025, 1, 10)}


def test_merges_are_followed_through_their_branches(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = Repo(tmp_path / "project")
    repo.write("data/registry.yaml", REGISTRY)
    repo.write("data/a.yaml", followups(followup("f-1", owner="ud")))
    repo.write("data/b.yaml", followups(followup("f-2", owner="ud")))
    first = repo.commit("Add", author="Ann", date="2025-01-10T12:00:00+00:00")
    repo.git("checkout", "-q", "-b", "side")
    repo.write("data/b.yaml", followups(followup("f-2", owner="ud-hum")))
    side = repo.commit("Re-own f-2", author="Bo", date="2025-02-10T12:00:00+00:00")
    repo.git("checkout", "-q", "main")
    repo.write("data/a.yaml", followups(followup("f-1", owner="ud", updates=(STARTED,))))
    main = repo.commit("Start f-1", author="Cy", date="2025-03-10T12:00:00+00:00")
    repo.git("merge", "-q", "--no-ff", "-m", "Merge side", "side", author="Ann", date="2025-04-10T12:00:00+00:00")
    monkeypatch.chdir(repo.root)
    f2 = json.loads(_run(runner, "history", "f-2", "--format", "json")[1])["events"]
    assert [(event["short"], event["author"], event["changes"][-1]) for event in f2] == [
        (first, "Ann", {"field": "owner", "old": None, "new": "ud"}),
        (side, "Bo", {"field": "owner", "old": "ud", "new": "ud-hum"}),
    ]
    f1 = json.loads(_run(runner, "history", "f-1", "--format", "json")[1])["events"]
    assert [event["short"] for event in f1] == [first, main]


def test_a_commit_whose_file_did_not_validate_still_gives_its_items(runner: CliRunner, history: History) -> None:
    broken = followup("f-2", owner="ud-hum", due="2026", updates=(DROPPED,)).replace("    owner:", "    ownr: typo\n    owner:")
    history.repo.write("data/points.yaml", followups(broken, followup("f-4", owner="ud", updates=(STALLED,))))
    history.repo.commit("A typo", author="Bo", date="2025-09-02T12:00:00+00:00")
    document = json.loads(_run(runner, "changes", "--since", "HEAD~1", "--until", "HEAD", "--format", "json")[1])
    assert document["removed"] == []
    assert [change["id"] for change in document["status_changes"]["dropped"]] == ["f-2"]


def test_each_distinct_entry_is_parsed_once(history: History, monkeypatch: pytest.MonkeyPatch) -> None:
    from commit_tracker.history import snapshots
    from commit_tracker.history.gitrepo import GitRepo
    from commit_tracker.history.timeline import item_history
    from commit_tracker.loader import read_bytes as real

    parsed: list[bytes] = []

    def counting(raw: bytes, *args: object, **kwargs: object) -> object:
        parsed.append(raw)
        return real(raw, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("commit_tracker.loader.read_bytes", counting)  # snapshots imports it where it parses
    data = history.repo.root / "data"
    with snapshots.SnapshotReader(GitRepo.find(data), data) as reader:
        item_history(reader, "f-1")
    # The texts the items had: f-1 three (each update), f-2 three (owner, due), f-3 one,
    # f-4 two; moving an entry to another file, or to the end of one, costs nothing. And the
    # distinct skeletons that prove the splits: registry.yaml, followups.yaml with 3 and with 4
    # entries, moved.yaml with 1, points.yaml with 2.
    assert len(parsed) == 9 + 5
    assert len(set(parsed)) == len(parsed)


SRC = "source: {document: d, locator: l, quote: q}"
CHUNK_CASES = {
    "plain": (followups(followup("f-1", owner="ud", updates=(STARTED,)), followup("f-2", owner="ud")), True),
    "indentless-crlf-comments": (
        f"# head\r\nfollowups:\r\n# first\r\n- id: a\r\n  text: T\r\n  {SRC}\r\n\r\n# second\r\n- id: b\r\n  text: U\r\n  {SRC}\r\n# tail\r\nsources: []\r\n",
        True,
    ),
    "block-scalar-with-dashes-and-hashes": (
        f"followups:\n  - id: a\n    text: |\n      - id: not-an-item\n      # not a comment\n\n    {SRC}\n  - id: b\n    text: T\n    {SRC}\n",
        True,
    ),
    "kept-trailing-blank-lines": (f"followups:\n  - id: a\n    {SRC}\n    text: |+\n      kept\n\n\n  - id: b\n    text: T\n    {SRC}\n", True),
    # A quoted value running over a dash line splits, but its chunk does not parse: whole file.
    "quoted-over-a-dash": (f'followups:\n  - id: a\n    text: "first\n  - id: b"\n    {SRC}\n', True),
    "flow-section": (f"followups: [{{id: a, text: T, {SRC}}}]\n", False),
    "document-marker": (f"---\nfollowups:\n  - id: a\n    text: T\n    {SRC}\n", False),
    "duplicate-section": (f"followups:\n  - id: a\n    text: T\n    {SRC}\nfollowups:\n  - id: b\n", False),
    # A quoted value of another section running over a section boundary: the skeleton shows it.
    "quoted-over-a-section": ('sources:\n  - id: doc\n    note: "hello\nfollowups:\n  - id: fake\n    text: x"\n', True),
    "invalid-entries": (f"followups:\n  - id: a\n    txt: T\n    status: done\n    {SRC}\n  - just text\n", True),
}


@pytest.mark.parametrize("case", list(CHUNK_CASES))
def test_entry_by_entry_gives_what_the_whole_file_gives(history: History, case: str) -> None:
    from commit_tracker.history.chunks import split_entries
    from commit_tracker.history.gitrepo import GitRepo
    from commit_tracker.history.items import item_states
    from commit_tracker.history.snapshots import SnapshotReader
    from commit_tracker.loader import read_bytes
    from commit_tracker.models import KIND_BY_SECTION

    text, splits = CHUNK_CASES[case]
    assert (split_entries(text, KIND_BY_SECTION) is not None) is splits
    raw = text.encode("utf-8")
    whole = item_states(read_bytes(raw, Path("x"), "data/x.yaml"), "data/x.yaml")
    data = history.repo.root / "data"
    with SnapshotReader(GitRepo.find(data), data) as reader:
        assert reader.items_of(raw, "data/x.yaml") == whole
        assert reader.items_of(raw, "data/x.yaml") == whole  # from the cache


@pytest.mark.parametrize(
    ("entry", "trimmed"),
    [
        ("  - id: a\n    t: x\n\n", "  - id: a\n    t: x\n"),
        ("  - id: a\n    t: x\n\n  # the next entry\n\n", "  - id: a\n    t: x\n"),
        ("  - id: a\r\n\r\n  # c\r\n", "  - id: a\r\n"),
        ("  - id: a\n    t: x  \n", "  - id: a\n    t: x  \n"),
        ("  - id: a", "  - id: a"),
        # Text of a block scalar, not comments or blank lines between entries:
        ("  - id: a\n    t: |\n      # text\n", "  - id: a\n    t: |\n      # text\n"),
        ("  - id: a\n    t: |+\n      kept\n\n", "  - id: a\n    t: |+\n      kept\n\n"),
    ],
)
def test_an_entry_is_cached_without_what_follows_it(entry: str, trimmed: str) -> None:
    from commit_tracker.history.chunks import _trim

    assert _trim(entry, 2) == trimmed


def test_a_git_process_that_dies_is_an_error_not_an_empty_history(history: History, monkeypatch: pytest.MonkeyPatch) -> None:
    from commit_tracker.checker import UsageError
    from commit_tracker.history.gitrepo import GitRepo

    with GitRepo.find(history.repo.root).objects() as objects:
        assert objects.read("HEAD:data") is not None
        objects._process.kill()
        objects._process.wait()
        with pytest.raises(UsageError, match=r"git cat-file stopped while reading HEAD:README\.md"):
            objects.read("HEAD:README.md")


def test_a_working_file_that_does_not_load_is_named(runner: CliRunner, history: History) -> None:
    history.repo.write("data/points.yaml", "followups:\n  - id: f-2\n   bad: indent\n")
    code, out, err = _run(runner, "changes", "--since", "HEAD", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["removed"] == []
    assert [item["id"] for item in document["unknown_after"]] == ["f-2", "f-4"]
    assert document["unreadable"] == [
        {"at": "until", "path": "data/points.yaml", "reason": "3:4: invalid YAML: while parsing a block collection did not find expected '-' indicator"}
    ]
    assert "commit-tracker: warning: at --until, data/points.yaml could not be read (3:4: " in err


# issue 12: a version that cannot be read is "state unknown", never a removal and an addition


def _break_then_fix(history: History, broken: str) -> tuple[str, str]:
    good = (history.repo.root / "data/points.yaml").read_text(encoding="utf-8")
    history.repo.write("data/points.yaml", broken)
    bad = history.repo.commit("Break the file", author="Bo", date="2025-09-02T12:00:00+00:00")
    history.repo.write("data/points.yaml", good.replace("owner: ud\n", "owner: ud-hum\n"))
    fixed = history.repo.commit("Fix it", author="Cy", date="2025-09-03T12:00:00+00:00")
    return bad, fixed


@pytest.mark.parametrize(
    ("broken", "reason"),
    [
        ("followups:\n  - id: f-2\n   bad: indent\n", "invalid YAML"),
        ("followups: []\n" + "#" * 80 + "\n", "over the limit"),
    ],
    ids=["syntax-error", "over-the-size-cap"],
)
def test_a_commit_whose_file_does_not_load_makes_the_state_unknown(
    runner: CliRunner, history: History, monkeypatch: pytest.MonkeyPatch, broken: str, reason: str
) -> None:
    from commit_tracker import loader

    if reason == "over the limit":
        monkeypatch.setattr(loader, "read_bytes", _capped(loader.read_bytes, 60))
    bad, fixed = _break_then_fix(history, broken)
    events = json.loads(_run(runner, "history", "f-4", "--format", "json")[1])["events"]
    kinds = [(event["short"], event["event"]) for event in events]
    assert (bad, "unknown") in kinds
    assert (fixed, "readable") in kinds
    assert all(kind not in ("removed", "added") for short, kind in kinds if short in (bad, fixed))
    assert reason in next(event["reason"] for event in events if event["event"] == "unknown")
    readable = next(event for event in events if event["event"] == "readable")
    assert readable["changes"] == [{"field": "owner", "old": "ud", "new": "ud-hum"}]
    out = _run(runner, "changes", "--since", "HEAD~2", "--until", "HEAD~1", "--format", "json")[1]
    document = json.loads(out)
    assert (document["removed"], [item["id"] for item in document["unknown_after"]]) == ([], ["f-2", "f-4"])
    out = _run(runner, "changes", "--since", "HEAD~1", "--until", "HEAD", "--format", "json")[1]
    document = json.loads(out)
    assert (document["added"], [item["id"] for item in document["unknown_before"]]) == ([], ["f-2", "f-4"])


def _capped(read_bytes: object, cap: int) -> object:
    def read(raw: bytes, *args: object, **kwargs: object) -> object:
        if b"#####" in raw:  # only the broken version is over the (lowered) cap
            kwargs["max_bytes"] = cap
        return read_bytes(raw, *args, **kwargs)  # type: ignore[operator]

    return read


def test_a_missing_object_makes_the_state_unknown(runner: CliRunner, history: History) -> None:
    bad, _ = _break_then_fix(history, "followups:\n  - id: f-2\n    bad: [\n")
    blob = history.repo.git("rev-parse", f"{bad}:data/points.yaml").strip()
    (history.repo.root / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    events = json.loads(_run(runner, "history", "f-2", "--format", "json")[1])["events"]
    unknown = [event for event in events if event["event"] == "unknown"]
    assert [event["short"] for event in unknown] == [bad]
    assert "missing from the repository" in unknown[0]["reason"]
    assert all(event["event"] != "removed" for event in events)


def test_a_shallow_clone_says_the_history_is_cut(runner: CliRunner, history: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clone = tmp_path / "shallow"
    history.repo.git("clone", "-q", "--depth", "2", f"file://{history.repo.root}", str(clone))
    monkeypatch.chdir(clone)
    code, out, err = _run(runner, "history", "f-4", "--format", "json")
    assert code == 0, err
    events = json.loads(out)["events"]
    assert [event["event"] for event in events] == ["cut"]
    assert "shallow clone" in events[0]["reason"]
    assert "the history cut" in err


def test_a_renamed_data_folder_says_the_history_stops_there(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = Repo(tmp_path / "project")
    repo.write("records/points.yaml", followups(followup("f-1", owner="ud")))
    repo.commit("Add", author="Ann", date="2025-01-10T12:00:00+00:00")
    repo.git("mv", "records", "data")
    renamed = repo.commit("Rename the folder", author="Bo", date="2025-02-10T12:00:00+00:00")
    monkeypatch.chdir(repo.root)
    events = json.loads(_run(runner, "history", "f-1", "--format", "json")[1])["events"]
    assert [(event["short"], event["event"]) for event in events] == [(renamed, "cut")]
    assert "renamed from records" in events[0]["reason"]


def test_history_reads_a_data_folder_whose_path_has_a_line_break(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = Repo(tmp_path / "project")
    repo.write("da\nta/points.yaml", followups(followup("f-1", owner="ud")))
    first = repo.commit("Add", author="Ann", date="2025-01-10T12:00:00+00:00")
    repo.write("da\nta/points.yaml", followups(followup("f-1", owner="ud", status="in_progress")))
    second = repo.commit("Start", author="Bo", date="2025-02-10T12:00:00+00:00")
    monkeypatch.chdir(repo.root)
    code, out, err = _run(runner, "history", "f-1", "--data", "da\nta", "--format", "json")
    assert code == 0, err
    assert [(event["short"], event["event"]) for event in json.loads(out)["events"]] == [(first, "added"), (second, "changed")]


def test_history_in_norwegian_with_labels_and_a_norwegian_summary(runner: CliRunner, history: History) -> None:
    code, out, err = _run(runner, "history", "f-1", "--lang", "nb")
    assert code == 0
    assert out.splitlines()[0].split() == ["dato", "commit", "forfatter", "endringer", "merknad"]
    assert "status: ikke påbegynt → pågår" in out
    assert "lagt til i data/followups.yaml" in out
    assert err == "f-1: 4 endring(er) i 4 commit(er).\n"


def test_history_as_csv_and_markdown(runner: CliRunner, history: History) -> None:
    code, out, _ = _run(runner, "history", "f-1", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(row["commit"], row["field"], row["old"], row["new"]) for row in rows][:3] == [
        (history.commits[0], "status", "", "not_started"),
        (history.commits[0], "owner", "", "ud-hum"),
        (history.commits[1], "status", "not_started", "in_progress"),
    ]
    code, out, _ = _run(runner, "history", "f-1", "--format", "markdown")
    assert code == 0
    assert out.startswith("**History of f-1**\n\n| date | commit | author | changes | note |\n| --- |")
    assert "added in data/followups.yaml<br>status: — → not started<br>owner: — → ud-hum" in out


def test_changes_as_csv(runner: CliRunner, history: History) -> None:
    code, out, _ = _run(runner, "changes", "--since", "report-2025-q1", "--until", "HEAD", "--format", "csv", "--quiet")
    assert code == 0
    rows = [(row["change"], row["id"], row["old"], row["new"]) for row in csv.DictReader(io.StringIO(out))]
    assert ("removed", "f-3", "not_assessed", "") in rows
    assert ("status", "f-1", "in_progress", "done") in rows
    assert ("due", "f-2", "", "2026") in rows
    assert ("count", "done", "0", "1") in rows


def test_changes_in_norwegian(runner: CliRunner, history: History) -> None:
    code, out, err = _run(runner, "changes", "--since", "report-2025-q1", "--until", "HEAD", "--lang", "nb")
    assert code == 0
    assert out.startswith("Endringer fra report-2025-q1 (")
    assert "Statusendringer (2)" in out
    assert "gjennomført" in out
    assert err == "0 lagt til, 1 fjernet, 2 statusendring(er), 0 endring(er) av ansvarlig, 1 endring(er) av frist.\n"


def test_history_takes_an_id_in_any_case(runner: CliRunner, history: History) -> None:
    assert _run(runner, "history", "F-1")[1] == _run(runner, "history", "f-1")[1]


def test_changes_and_history_in_colour_only_when_asked(runner: CliRunner, history: History) -> None:
    args = ["changes", "--since", "report-2025-q1", "--until", "HEAD"]
    coloured = _run(runner, *args, "--color", "always")[1]
    assert "\x1b[36mf-1\x1b[0m" in coloured  # an id is cyan
    assert "\x1b[32mdone\x1b[0m" in coloured  # done is green
    assert "\x1b[" not in _run(runner, *args)[1]  # not a terminal: no colour
    assert "\x1b[" not in _run(runner, *args, "--color", "never")[1]
    assert f"\x1b[36m{history.commits[0]}\x1b[0m" in _run(runner, "history", "f-1", "--color", "always")[1]
