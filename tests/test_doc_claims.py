"""The numbers data/README.md and docs/data-format.md state are the data's: counted here, not trusted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from commit_tracker.checker import Outcome, run_checks
from commit_tracker.models import FollowUp, Objective, Pledge, Role, Tracked
from tests.conftest import DATA, ROOT


def _flat(text: str) -> str:
    return " ".join(text.split())


DATA_README = _flat((DATA / "README.md").read_text(encoding="utf-8"))
DATA_FORMAT = _flat((ROOT / "docs" / "data-format.md").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def outcome() -> Outcome:
    return run_checks([DATA], cwd=DATA.parent)


def _count(outcome: Outcome, test: Callable[[str, Tracked], bool]) -> int:
    return sum(1 for item_id, item in outcome.dataset.items.items() if test(outcome.dataset.kinds[item_id], item))


def _numbers(outcome: Outcome) -> dict[str, int]:
    def hld(group: str | None = None, prose: bool | None = None) -> int:
        return _count(
            outcome,
            lambda _, item: (
                isinstance(item, FollowUp)
                and item.source.document == "ud-2006-hld"
                and (group is None or item.group == group)
                and (prose is None or (str(item.form) == "prose") == prose)
            ),
        )

    def programme(role: Role | None = None, prose: bool | None = None) -> int:
        return _count(
            outcome,
            lambda _, item: isinstance(item, Pledge) and (role is None or item.role is role) and (prose is None or (str(item.form) == "prose") == prose),
        )

    dataset = outcome.dataset
    iom = [item for item in dataset.items.values() if isinstance(item, FollowUp) and item.source.document == "ud-iom-eval"]
    prose_efforts = hld("effort", prose=True) - sum(1 for item_id in dataset.items if item_id.startswith("hld-2006-prose"))
    return {
        "entries": len(dataset.items),
        "sources": len(dataset.sources),
        "owners": len(dataset.owners),
        "initiatives": len(dataset.initiatives),
        "objectives": _count(outcome, lambda _, item: isinstance(item, Objective)),
        "actions": sum(len(objective.actions) for objective in dataset.objectives()),
        "compact": _count(outcome, lambda kind, _: kind == "compact_commitment"),
        "followups": _count(outcome, lambda kind, _: kind == "followup"),
        "iom": len(iom),
        "iom_ministry": sum(1 for item in iom if item.group == "ministry"),
        "iom_iom": sum(1 for item in iom if item.group == "iom" and item.role is Role.PLEDGE),
        "hld": hld(),
        "hld_prose": hld(prose=True),
        "priorities": hld("priority"),
        "further": hld("further_work"),
        "extra_prose": sum(1 for item_id in dataset.items if item_id.startswith("hld-2006-prose")),
        "efforts": hld("effort") - sum(1 for item_id in dataset.items if item_id.startswith("hld-2006-prose")),
        "prose_efforts": prose_efforts,
        "programme": programme(),
        "pledges": programme(Role.PLEDGE),
        "pledge_bullets": programme(Role.PLEDGE, prose=False),
        "programme_prose": programme(prose=True),
        "headings": programme(Role.HEADING),
        "criteria": programme(Role.CRITERION),
        "bullets": programme(prose=False),
    }


def test_the_counts_of_data_readme_are_the_data(outcome: Outcome) -> None:
    n = _numbers(outcome)
    phrases = [
        f"| `sources.yaml` | the five documents, with the SHA-256 of the text the data were encoded from | {n['sources']} |",
        f"| `owners.yaml` | every body or unit the texts make responsible | {n['owners']} |",
        f"the compact's {n['objectives']} objectives (seed 002), with {n['actions']} lettered actions | {n['objectives']} |",
        f"follow-up-and-review commitments (§§ 41–54) | {n['compact']} |",
        f"{n['iom_ministry']} of the ministry, {n['iom_iom']} of IOM and IOM's general statement (`role: statement`) | {n['iom']} |",
        f"{n['priorities']} priorities, {n['further']} elements of the further work, {n['efforts']} efforts ({n['prose_efforts']} in running text), "
        f"{n['extra_prose']} further commitments in running text | {n['hld']} |",
        f"| `pledges.yaml` | the five key initiatives (seed 004) | {n['initiatives']} |",
        f"{n['pledge_bullets']} pledges, {n['headings']} topic headings, {n['criteria']} criteria | {n['bullets']} |",
        f"the committee's commitments in running text (seed 003, `form: prose`) | {n['programme_prose']} |",
    ]
    assert [phrase for phrase in phrases if phrase not in DATA_README] == []


def test_the_statuses_data_readme_tallies_are_the_data(outcome: Outcome) -> None:
    points = [item for item in outcome.dataset.items.values() if item.source.document == "ud-iom-eval" and item.role is Role.PLEDGE]
    tally = Counter(item.current_status.value for item in points)
    order = ["in_progress", "partly_done", "done", "not_started", "not_assessed", "dropped"]
    assert set(tally) <= set(order)
    listed = ", ".join(f"{tally[status]} `{status}`" for status in order if tally[status])
    assert f"The {len(points)} points of the IOM evaluation follow-up carry the status the report supports" in DATA_README
    assert f"dated update whose quote is the reported text: {listed}." in DATA_README


def test_the_counts_of_the_data_format_page_are_the_data(outcome: Outcome) -> None:
    n = _numbers(outcome)
    web = _count(outcome, lambda kind, item: kind == "compact_commitment" and any(u.source is not None and u.source.is_web_page for u in item.updates))
    words = {6: "six"}
    phrase = (
        f"`data/` holds {n['entries']} entries: the compact's {n['objectives']} objectives ({n['actions']} lettered actions) and {n['compact']} "
        f"implementation and review commitments, {n['followups']} follow-up entries ({n['iom']} from the IOM evaluation follow-up, one of them "
        f"IOM's overall statement; {n['hld']} from the 2006 report, {n['hld_prose']} of them made in running text) and {n['programme']} programme "
        f"entries under {n['initiatives']} key initiatives ({n['pledges']} pledges, {n['programme_prose']} of them made in running text, "
        f"{n['headings']} topic headings and {n['criteria']} criteria), {n['owners']} owners and the {n['sources']} source documents; "
        f"and the compact's {len(outcome.dataset.principles)} guiding principles and the forum's {len(outcome.dataset.round_tables)} round tables"
    )
    assert phrase in DATA_FORMAT
    assert f"and {words.get(web, web)} of the compact's follow-up commitments what public web pages show" in DATA_FORMAT
