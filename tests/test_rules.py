"""The policy rules: each docstring's passing example passes and its failing example fails."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from commit_tracker.checker import run_checks
from commit_tracker.checks import BUILTIN_RULES, RULES
from commit_tracker.checks.base import Example, RuleContext, iter_examples
from commit_tracker.checks.duplicates import find_twins, normalise
from tests.conftest import PROJECT

AS_OF = dt.date(2020, 6, 30)
CASES = [(rule_id, example) for rule_id, rule in RULES.items() for example in iter_examples(rule.doc)]


def _run(rule_id: str, example: Example, tmp_path: Path) -> list[tuple[str, int, str]]:
    """The rule's findings in the example, read beside the fixture's sources and owners."""
    data = tmp_path / "data"
    data.mkdir(parents=True)
    for name in ("sources.yaml", "owners.yaml"):
        shutil.copyfile(PROJECT / "data" / name, data / name)
    (data / "example.yaml").write_text(example.yaml, encoding="utf-8")
    outcome = run_checks([data / "example.yaml"], cwd=tmp_path)
    # The examples are valid data; an unknown owner is owner-known's failing case.
    assert {f.rule for f in outcome.findings} <= {"unknown-owner"}, outcome.findings
    rule = RULES[rule_id]
    context = RuleContext(as_of=example.as_of or AS_OF, options=rule.options, sources_dir=PROJECT / "sources")
    return [(f.rule, f.line, f.message) for f in rule.run(outcome.dataset, context) if f.path == "data/example.yaml"]


@pytest.mark.parametrize(("rule_id", "example"), CASES, ids=[f"{r}-{'pass' if e.passing else 'fail'}" for r, e in CASES])
def test_docstring_example(rule_id: str, example: Example, tmp_path: Path) -> None:
    found = _run(rule_id, example, tmp_path)
    if example.passing:
        assert found == []
    else:
        assert found, f"{rule_id}: the failing example passed"
        assert {rule for rule, _, _ in found} == {rule_id}


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_has_one_passing_and_one_failing_example(rule_id: str) -> None:
    kinds = sorted(example.passing for example in iter_examples(RULES[rule_id].doc))
    assert kinds == [False, True]


def test_rule_ids_are_stable_and_distinct_from_the_checks_of_validate() -> None:
    assert list(RULES) == [
        "owner-required",
        "owner-known",
        "overdue",
        "stale",
        "evidence-required",
        "status-consistent",
        "duplicate-text",
        "quote-found",
    ]
    assert not set(RULES) & set(BUILTIN_RULES)
    for rule in RULES.values():
        assert rule.summary
        assert "\n" not in rule.summary


def test_the_failing_examples_say_where_and_what(tmp_path: Path) -> None:
    example = next(e for r, e in CASES if r == "status-consistent" and not e.passing)
    assert _run("status-consistent", example, tmp_path) == [
        ("status-consistent", 5, "f-1: status is done but the latest update says in_progress; make them agree or drop 'status'"),
        ("status-consistent", 9, "f-1: update 2012-06 comes after 2012-11-30; list updates oldest first"),
        ("status-consistent", 10, "f-1: update dated 2031-01-01, after 2020-06-30; an update reports what has happened"),
    ]


def test_a_partial_due_date_runs_to_its_last_day(tmp_path: Path) -> None:
    example = next(e for r, e in CASES if r == "overdue" and not e.passing)
    assert _run("overdue", Example(False, example.yaml, dt.date(2019, 12, 31)), tmp_path) == []
    assert len(_run("overdue", Example(False, example.yaml, dt.date(2020, 1, 1)), tmp_path / "b")) == 1


def test_stale_dates_a_status_without_updates_from_its_source(tmp_path: Path) -> None:
    yaml = (
        "followups:\n"
        "  - {id: a, text: A, owner: ud, status: in_progress, source: {document: doc, locator: l, quote: q}}\n"
        "  - {id: b, text: B, owner: ud, source: {document: doc, locator: l, quote: q}}\n"
        "  - {id: c, text: C, owner: ud, status: not_assessed, source: {document: doc, locator: l, quote: q}}\n"
    )
    found = _run("stale", Example(False, yaml, dt.date(2013, 12, 31)), tmp_path / "b")
    assert found == [
        ("stale", 2, ("a: status in_progress was last stated on 2012-11-30 (by its source document), over 365 days before 2013-12-31; add an update"))
    ]


@pytest.mark.parametrize(
    ("texts", "groups", "expected"),
    [
        (["Tar opp saken.", "tar  opp\nsaken"], ["a", "b"], {0: (1, 1.0), 1: (0, 1.0)}),
        (["tar opp evalueringen med iom", "tar opp evalueringa med iom"], ["a", "b"], {0: 1, 1: 0}),
        (["tar opp evalueringen med iom", "tar opp evalueringen med iom"], ["a", "a"], {}),
        (["tar opp evalueringen med iom", "rapporterer til styret i 2013"], ["a", "b"], {}),
        (["", ""], ["a", "b"], {}),
    ],
)
def test_find_twins(texts: list[str], groups: list[str], expected: dict[int, object]) -> None:
    twins = find_twins([normalise(text) for text in texts], groups, 0.9)
    assert {index: twin if isinstance(expected[index], int) else (twin, ratio) for index, (twin, ratio) in twins.items()} == expected


def _rule_ids_in_source() -> set[str]:
    """Rule ids the code passes to Finding(path, line, column, RULE, ...), .finding(id, RULE, ...) and problem(event, RULE, ...)."""
    import ast

    from tests.conftest import ROOT

    found: set[str] = set()
    for path in (ROOT / "src" / "commit_tracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"Finding": 3, "finding": 1, "problem": 1}.get(name)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return found


def test_every_rule_id_the_code_reports_is_documented() -> None:
    found = _rule_ids_in_source()
    assert len(found) > 25
    assert found - set(BUILTIN_RULES) - set(RULES) == set()
