"""The real data: it validates, every quote is in its source, and it has the structure the documents fix."""

from __future__ import annotations

import os
import re
import shutil
import string
from pathlib import Path

import pytest

from commit_tracker.checker import Outcome, run_checks
from commit_tracker.models import CompactCommitment, FollowUp, Form, Objective, Pledge, Role
from commit_tracker.verbatim import canonical, quote_occurs
from tests.conftest import DATA, SEEDS

needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir() and not os.environ.get("CI"),
    reason="the source texts (../shared/seeds) are not beside this checkout",
)


@pytest.fixture(scope="module")
def outcome() -> Outcome:
    return run_checks([DATA], cwd=DATA.parent)


def _items(outcome: Outcome, kind: type[object]) -> list[object]:
    return [item for item in outcome.dataset.items.values() if isinstance(item, kind)]


def test_the_data_validates(outcome: Outcome) -> None:
    assert [f"{f.location()} {f.message}" for f in outcome.findings] == []


@needs_seeds
def test_every_quote_is_in_its_source_and_every_source_is_the_one_encoded() -> None:
    checked = run_checks([DATA], cwd=DATA.parent, sources_dir=SEEDS)
    assert [f"{f.location()} {f.message}" for f in checked.findings] == []


def test_there_are_23_objectives_numbered_1_to_23(outcome: Outcome) -> None:
    objectives = _items(outcome, Objective)
    assert sorted(o.number for o in objectives if isinstance(o, Objective)) == list(range(1, 24))


def test_each_objective_has_an_unbroken_run_of_action_letters(outcome: Outcome) -> None:
    for objective in _items(outcome, Objective):
        assert isinstance(objective, Objective)
        letters = "".join(action.letter for action in objective.actions)
        assert len(letters) >= 3, objective.id
        assert letters == string.ascii_lowercase[: len(letters)], objective.id


def test_objective_paragraphs_follow_the_compact(outcome: Outcome) -> None:
    for objective in _items(outcome, Objective):
        assert isinstance(objective, Objective)
        assert objective.paragraph == objective.number + 16, objective.id


def _compact(outcome: Outcome) -> str:
    """The compact's Norwegian text, as quotes are compared."""
    file = outcome.dataset.sources["gcm-2018"].file
    assert file is not None
    return canonical((SEEDS / file).read_text(encoding="utf-8"))


@needs_seeds
def test_objective_texts_are_verbatim(outcome: Outcome) -> None:
    compact = _compact(outcome)
    missing = []
    for objective in _items(outcome, Objective):
        assert isinstance(objective, Objective)
        texts = [("commitment", objective.commitment)] + [(f"action {a.letter}", a.text) for a in objective.actions]
        missing += [f"{objective.id} {where}" for where, text in texts if not quote_occurs(text, compact)]
    assert missing == []


@needs_seeds
def test_follow_up_pledge_and_compact_texts_are_verbatim(outcome: Outcome) -> None:
    texts = {source.id: canonical((SEEDS / source.file).read_text(encoding="utf-8")) for source in outcome.dataset.sources.values() if source.file}
    missing = []
    for item in outcome.dataset.items.values():
        if isinstance(item, FollowUp | Pledge | CompactCommitment):
            document = texts[item.source.document or ""]
            missing += [item.id for text in (item.text, *getattr(item, "criteria", ())) if not quote_occurs(text, document)]
    assert missing == []


# The commitments made in running text (issue 15), by id, with the first line of their sentence.
PROSE = {
    "ap-3.4.1-p01": 621, "ap-3.4.1-p04": 772, "ap-3.4.2-p02": 838, "ap-3.4.2-p06": 872,
    "ap-8.2.1-p02": 2149, "ap-8.2.2-p01": 2199, "hld-2006-prose-other-ministries": 256,
}  # fmt: skip


def _first_line(locator: str) -> int:
    return int(locator.rpartition("line ")[2].split("-")[0].split(" ")[0])


@needs_seeds
def test_prose_commitments_are_their_sentence_at_their_line(outcome: Outcome) -> None:
    """Each prose entry's text is in its source, and begins on (or is within) the line its locator names."""
    prose = [item for item in outcome.dataset.items.values() if isinstance(item, FollowUp | Pledge) and item.form is Form.PROSE]
    new = [item for item in prose if re.search(r"-p\d\d$|-prose-", item.id)]
    assert len([item for item in new if isinstance(item, Pledge)]) >= 20
    assert len([item for item in new if isinstance(item, FollowUp)]) >= 8
    lines = {source.id: (SEEDS / source.file).read_text(encoding="utf-8").splitlines() for source in outcome.dataset.sources.values()}
    wrong = []
    for item in prose:
        text = lines[item.source.document or ""]
        start = _first_line(item.source.locator)
        window = canonical(" ".join(text[start - 1 : start + 12]))
        quoted_whole = item.source.quote == item.text or item not in new  # older entries may quote more than their text
        if not quoted_whole or not quote_occurs(canonical(item.text)[:40], window):
            wrong.append(item.id)
    assert wrong == []
    assert {item_id: _first_line(outcome.dataset.items[item_id].source.locator) for item_id in PROSE} == PROSE


def test_bullets_are_the_default_form_and_prose_is_marked(outcome: Outcome) -> None:
    forms = {item.id: item.form for item in outcome.dataset.items.values() if isinstance(item, FollowUp | Pledge)}
    assert forms["ap-3.4.1-01"] is Form.BULLET
    assert forms["hld-2006-further-01"] is Form.BULLET
    assert forms["hld-2006-effort-remittances-cheaper"] is Form.PROSE
    assert all(forms[item_id] is Form.PROSE for item_id in PROSE)


def test_headings_and_criteria_have_their_role_and_every_pledge_entry_says_its_role(outcome: Outcome) -> None:
    pledges = {item.id: item for item in outcome.dataset.items.values() if isinstance(item, Pledge)}
    headings = sorted(item_id for item_id, item in pledges.items() if item.role is Role.HEADING)
    criteria = sorted(item_id for item_id, item in pledges.items() if item.role is Role.CRITERION)
    assert headings == ["ap-3.4.5-01", "ap-3.4.5-06", "ap-8.3-01", "ap-8.3-02", "ap-8.3-03", "ap-8.3-04"]
    assert criteria == [*(f"ap-3.4.1-07-{n}" for n in (1, 2, 3)), *(f"ap-5.2-0{n}" for n in range(1, 7))]
    assert all(pledges[item_id].parent for item_id in criteria)
    assert all(not item.criteria for item in pledges.values())  # criteria are entries, one way everywhere
    explicit = (DATA / "pledges.yaml").read_text(encoding="utf-8").split("\npledges:\n")[1]
    assert explicit.count("\n  - id: ") == explicit.count("\n    role: ") == len(pledges)


def test_the_bullet_pledges_are_192_once_headings_and_criteria_are_left_out(outcome: Outcome) -> None:
    bullets = [item for item in _items(outcome, Pledge) if isinstance(item, Pledge) and item.form is Form.BULLET and item.source.document == "ap-migrasjon"]
    assert len(bullets) == 204 + 3  # the three criteria of ap-3.4.1-07 are entries now
    assert len([item for item in bullets if item.role is Role.PLEDGE]) == 192


def test_the_compact_follow_up_and_review_commitments_are_there(outcome: Outcome) -> None:
    paragraphs = {c.paragraph for c in _items(outcome, CompactCommitment) if isinstance(c, CompactCommitment)}
    # § 43 capacity-building mechanism, § 49 the review forum, § 50 regional reviews, § 53 national plans.
    assert {43, 49, 50, 53} <= paragraphs


def test_every_follow_up_item_has_an_owner(outcome: Outcome) -> None:
    followups = _items(outcome, FollowUp)
    assert len(followups) >= 40
    assert [f.id for f in followups if isinstance(f, FollowUp) and f.owner is None] == []


def test_every_evaluation_point_has_a_reported_status_with_its_quote(outcome: Outcome) -> None:
    evaluation = [f for f in _items(outcome, FollowUp) if isinstance(f, FollowUp) and f.source.document == "ud-iom-eval" and f.role is Role.PLEDGE]
    assert len(evaluation) >= 13
    for item in evaluation:
        assert item.updates, item.id
        latest = item.updates[-1]
        assert latest.source is not None, item.id
        assert latest.note, item.id


def test_statuses_without_a_report_are_not_assessed(outcome: Outcome) -> None:
    """A status other than not_assessed comes from the IOM evaluation report or a dated public web page."""
    for item in outcome.dataset.items.values():
        if item.source.document != "ud-iom-eval" and item.current_status.value != "not_assessed":
            latest = max(item.updates, key=lambda update: update.date)
            assert latest.source is not None, item.id
            assert latest.source.is_web_page, item.id
            assert latest.note, item.id


# The compact's follow-up commitments with dated public evidence, and the status it supports.
COMPACT_EVIDENCE = {
    "gcm-pga-consultations": "done",
    "gcm-regional-reviews": "in_progress",
    "gcm-imrf-schedule": "in_progress",
    "gcm-imrf": "done",
    "gcm-imrf-progress-declaration": "in_progress",
    "gcm-sg-report": "in_progress",
}


def test_the_compacts_follow_up_commitments_carry_dated_web_evidence(outcome: Outcome) -> None:
    items = outcome.dataset.items
    assert {item_id: items[item_id].current_status.value for item_id in COMPACT_EVIDENCE} == COMPACT_EVIDENCE
    for item_id in COMPACT_EVIDENCE:
        for update in items[item_id].updates:
            source = update.source
            assert source is not None, item_id
            assert source.url is not None, item_id
            assert source.url.startswith("https://"), item_id
            assert source.publisher, item_id
            assert source.accessed == "2026-11-29", item_id
    # The events took place, so check no longer reports these three as overdue.
    checked = run_checks([DATA], cwd=DATA.parent)
    import datetime as dt

    from commit_tracker.checks.runner import run_policy
    from commit_tracker.config import Config, resolve_settings

    settings = resolve_settings(Config(), as_of=dt.date(2026, 11, 29))
    overdue = [f.item_id for f in run_policy([DATA], cwd=DATA.parent, settings=settings).findings if f.rule == "overdue"]
    assert checked.findings == []
    assert overdue == []


def test_every_pledge_has_a_section_and_sub_bullets_have_a_parent_in_it(outcome: Outcome) -> None:
    pledges = [p for p in _items(outcome, Pledge) if isinstance(p, Pledge)]
    assert len(pledges) >= 60
    by_id = {p.id: p for p in pledges}
    for pledge in pledges:
        assert pledge.section, pledge.id
        assert pledge.section_title, pledge.id
        if pledge.parent is not None:
            assert by_id[pledge.parent].section == pledge.section, pledge.id


def test_section_3_4_pledges_belong_to_one_of_five_initiatives(outcome: Outcome) -> None:
    assert len(outcome.dataset.initiatives) == 5
    for pledge in _items(outcome, Pledge):
        assert isinstance(pledge, Pledge)
        if pledge.section.startswith("3.4."):
            assert pledge.initiative in outcome.dataset.initiatives, pledge.id


def test_repeated_pledges_are_kept_and_marked(outcome: Outcome) -> None:
    repeats = [p for p in _items(outcome, Pledge) if isinstance(p, Pledge) and p.duplicate_of]
    assert len(repeats) >= 3
    for pledge in repeats:
        assert pledge.note, pledge.id


def test_every_responsible_unit_is_in_the_owners_registry(outcome: Outcome) -> None:
    assert {"ud", "iom", "ap", "ud-hum", "ud-mrdem"} <= set(outcome.dataset.owners)


def test_data_files_are_where_the_readme_says(outcome: Outcome) -> None:
    names = sorted(Path(f.display).name for f in outcome.files)
    assert names == ["followups.yaml", "objectives.yaml", "owners.yaml", "pledges.yaml", "sources.yaml"]


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_check_fails_when_a_follow_up_item_loses_its_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """The acceptance case of CI: a copy of the real data with one owner removed fails, at its line."""
    from typer.testing import CliRunner

    from commit_tracker.cli import app

    shutil.copytree(DATA, tmp_path / "data")
    followups = tmp_path / "data" / "followups.yaml"
    lines = followups.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(number for number, line in enumerate(lines) if line.strip() == "- id: iom-eval-ud-02")
    owner = next(number for number in range(start, len(lines)) if lines[number].strip().startswith("owner:"))
    del lines[owner]
    followups.write_text("".join(lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = CliRunner().invoke(app, ["check", "--format", fmt])
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "iom-eval-ud-02" in result.stdout
    item_line = start + 1  # the finding points at the item, whose first line is '- id: ...'
    expected = {
        "text": f"data/followups.yaml:{item_line}:",
        "json": f'"line": {item_line}',
        "github": f"file=data/followups.yaml,line={item_line},",
        "sarif": f'"startLine": {item_line}',
        "junit": f"data/followups.yaml:{item_line}:",
    }[fmt]
    assert expected in result.stdout


def test_an_update_of_the_real_data_changes_only_the_lines_of_the_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The acceptance case of safe edits, on a copy of the real data under git."""
    import subprocess

    from typer.testing import CliRunner

    from commit_tracker.cli import app

    shutil.copytree(DATA, tmp_path / "data")
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@x"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "data"], cwd=tmp_path, check=True)
    before = (tmp_path / "data" / "followups.yaml").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        app,
        [
            "update", "iom-eval-ud-03", "--status", "in_progress", "--date", "2026-11-23",
            "--note", "Tatt inn i tildelingsbrevene for 2027.",
            "--source", "ud-iom-eval", "--locator", "line 41", "--quote", "Regionalavdelingen/fagseksjonene legger inn referanse til",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout + result.stderr
    diff = subprocess.run(["git", "diff", "-U0", "--", "data"], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    # Only added lines, in followups.yaml, and all of them the new update.
    assert "diff --git a/data/followups.yaml" in diff
    assert diff.count("diff --git") == 1
    assert all(line.startswith("+") for line in changed), changed
    assert any("2026-11-23" in line for line in changed)
    assert any("in_progress" in line for line in changed)
    after = (tmp_path / "data" / "followups.yaml").read_text(encoding="utf-8")
    assert after.count('date: "2012"') == before.count('date: "2012"') > 0  # quoted values stay quoted
    assert after.startswith(before[: before.index("  - id: iom-eval-ud-03")])  # nothing before the item moved
    checked = run_checks([tmp_path / "data"], cwd=tmp_path)
    assert checked.findings == []
    assert checked.dataset.items["iom-eval-ud-03"].current_status.value == "in_progress"


def test_there_are_ten_guiding_principles_numbered_1_to_10(outcome: Outcome) -> None:
    principles = sorted(outcome.dataset.principles.values(), key=lambda p: p.number)
    assert [p.number for p in principles] == list(range(1, 11))
    assert all(p.source.document == "gcm-2018" and p.source.locator.startswith("§ 15") for p in principles)


@needs_seeds
def test_the_principles_are_verbatim_from_paragraph_15(outcome: Outcome) -> None:
    """Each principle's name stands before a colon in § 15, its text follows it, and the quote is name and text."""
    lines = (SEEDS / "002_153184773b3e16e0.txt").read_text(encoding="utf-8").splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith("15. "))
    end = next(index for index, line in enumerate(lines) if line.startswith("16. "))
    paragraph = canonical(" ".join(lines[start:end]))
    for principle in outcome.dataset.principles.values():
        assert canonical(principle.source.quote) == canonical(f"{principle.name_nb}: {principle.text}"), principle.id
        assert quote_occurs(f"{principle.name_nb}: {principle.text}", paragraph), principle.id
    # In the order of the text: each name comes after the one before it.
    positions = [paragraph.index(canonical(p.name_nb + ":")) for p in sorted(outcome.dataset.principles.values(), key=lambda p: p.number)]
    assert positions == sorted(positions)


def test_the_round_tables_group_all_23_objectives_once(outcome: Outcome) -> None:
    tables = sorted(outcome.dataset.round_tables.values(), key=lambda t: t.number)
    assert [t.number for t in tables] == [1, 2, 3, 4]
    assert sorted(n for t in tables for n in t.objectives) == list(range(1, 24))
    # As General Assembly resolution 73/326 groups them (issue 14; confirmed against public pages).
    assert [sorted(t.objectives) for t in tables] == [[2, 5, 6, 12, 18], [4, 8, 9, 10, 11, 13, 21], [14, 15, 16, 19, 20, 22], [1, 3, 7, 17, 23]]
    assert all((t.decided_by or "").startswith("A/RES/73/326 ") for t in tables)
    assert all(t.source.url for t in tables)  # public web pages that state the grouping


def test_no_action_claims_an_adoption_no_source_records(outcome: Outcome) -> None:
    actions = [a for o in _items(outcome, Objective) if isinstance(o, Objective) for a in o.actions]
    assert len(actions) == 187
    assert [a.adoption for a in actions if a.adoption is not None] == []


def test_each_round_table_quote_names_its_objectives_and_no_other(outcome: Outcome) -> None:
    for table in outcome.dataset.round_tables.values():
        quote = re.sub(r"Round ?table \w+", "", table.source.quote)  # the round table's own number
        named = {int(number) for number in re.findall(r"(?<![\d.])(\d{1,2})(?![\d.])", quote) if 1 <= int(number) <= 23}
        assert named == set(table.objectives), table.id


def test_the_summary_counts_commitments_not_headings_criteria_or_statements(outcome: Outcome, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from commit_tracker.cli import app

    pledges = [item for item in outcome.dataset.items.values() if item.role is Role.PLEDGE]
    assert len(pledges) < len(outcome.dataset.items)
    monkeypatch.chdir(DATA.parent)
    result = CliRunner().invoke(app, ["validate"])
    assert result.stderr.splitlines()[-1] == f"5 file(s), {len(pledges)} commitments: no problems."
