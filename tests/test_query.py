"""The query layer on the report fixtures: every filter, sort key, link and tally."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from commit_tracker.checker import UsageError
from commit_tracker.dataset import Dataset
from commit_tracker.models import KIND_BY_SECTION, FollowUp, SourceRef, StatusUpdate
from commit_tracker.query.filters import Filters, _natural, fold, query_items
from commit_tracker.query.items import is_overdue, is_stale, last_update, title_of
from commit_tracker.query.links import Relation, detail
from commit_tracker.query.tallies import coverage, owner_tallies
from commit_tracker.report.labels import default_lang
from commit_tracker.vocabulary import Kind, Lang, SortKey, Status

AS_OF = dt.date(2014, 1, 1)
ALL = ["ap-01", "ap-01-1", "ap-02", "fu-01", "fu-02", "fu-03", "fu-04", "gcm-01", "gcm-02", "gcm-10", "gcm-review"]


def ids(dataset: Dataset, **filters: object) -> list[str]:
    return [view.id for view in query_items(dataset, Filters(as_of=AS_OF, **filters))]  # type: ignore[arg-type]


def test_no_filter_shows_every_item_sorted_by_id(dataset: Dataset) -> None:
    assert ids(dataset) == ALL


def test_kinds(dataset: Dataset) -> None:
    assert ids(dataset, kinds=frozenset({Kind.FOLLOWUP})) == ["fu-01", "fu-02", "fu-03", "fu-04"]
    assert ids(dataset, kinds=frozenset({Kind.OBJECTIVE, Kind.COMPACT_COMMITMENT})) == ["gcm-01", "gcm-02", "gcm-10", "gcm-review"]


def test_statuses_use_the_current_status(dataset: Dataset) -> None:
    # fu-01 says nothing of its status but its latest update is in_progress; fu-04 has only an update.
    assert ids(dataset, statuses=frozenset({Status.IN_PROGRESS})) == ["fu-01", "fu-04"]
    assert ids(dataset, statuses=frozenset({Status.STALLED, Status.DROPPED})) == ["ap-01", "ap-02"]


def test_owner_includes_the_units_under_it(dataset: Dataset) -> None:
    assert ids(dataset, owner="ud") == ["fu-01", "fu-02", "fu-04"]
    assert ids(dataset, owner="ud-hum") == ["fu-01", "fu-04"]
    assert ids(dataset, owner="iom") == []


def test_objective_includes_the_objective_and_links_to_its_actions(dataset: Dataset) -> None:
    assert ids(dataset, objective=10) == ["ap-01", "fu-01", "fu-02", "fu-04", "gcm-10"]
    assert ids(dataset, objective=1) == ["ap-01-1", "gcm-01", "gcm-review"]
    assert ids(dataset, objective=2) == ["gcm-02"]


def test_source(dataset: Dataset) -> None:
    assert ids(dataset, source="prog") == ["ap-01", "ap-01-1", "ap-02"]


def test_overdue_counts_a_partial_due_date_from_its_last_day(dataset: Dataset) -> None:
    # fu-01 is due 2013-06 and in progress; fu-03 and gcm-review are due "2013"; fu-02 was due
    # 2012-12 but is done.
    assert ids(dataset, overdue=True) == ["fu-01", "fu-03", "gcm-review"]
    on_new_years_eve = [view.id for view in query_items(dataset, Filters(as_of=dt.date(2013, 12, 31), overdue=True))]
    assert on_new_years_eve == ["fu-01"]
    assert ids(dataset, overdue=True, statuses=frozenset({Status.DONE})) == []


def test_a_final_status_is_never_overdue(dataset: Dataset) -> None:
    fu_02 = dataset.items["fu-02"]
    assert fu_02.current_status is Status.DONE
    assert not is_overdue(fu_02, AS_OF)
    assert is_overdue(replace_status(fu_02, Status.STALLED), AS_OF)


def replace_status(item: FollowUp | object, status: Status) -> FollowUp:
    assert isinstance(item, FollowUp)
    return replace(item, updates=(StatusUpdate(date="2012-12-15", status=status),))


def test_due_before_takes_a_partial_date(dataset: Dataset) -> None:
    assert ids(dataset, due_before="2013") == ["fu-02"]
    assert ids(dataset, due_before="2013-07") == ["fu-01", "fu-02"]
    assert ids(dataset, due_before="2014-01-01") == ["fu-01", "fu-02", "fu-03", "gcm-review"]
    assert ids(dataset, due_before="2013-12-31") == ["fu-01", "fu-02"]


def test_stale_counts_from_the_last_day_of_the_latest_update(dataset: Dataset) -> None:
    no_updates = ["ap-01-1", "fu-03", "gcm-01", "gcm-02", "gcm-10", "gcm-review"]
    # 365 days before 2014-01-01 is 2013-01-01: fu-01 (2012-11-30) and fu-02 (2012-12-15) are older.
    assert ids(dataset, stale_days=365) == sorted([*no_updates, "fu-01", "fu-02"], key=ALL.index)
    # 276 days before is 2013-03-31, the last day of fu-04's "2013-03": not older, so not stale.
    assert "fu-04" not in ids(dataset, stale_days=276)
    assert "fu-04" in ids(dataset, stale_days=275)
    # ap-02's update is dated "2013", which lasts until 2013-12-31.
    assert "ap-02" not in ids(dataset, stale_days=1)
    assert "ap-02" in ids(dataset, stale_days=0)  # 2013-12-31 is before 2014-01-01
    assert ids(dataset, stale_days=0) == ALL


def test_an_item_with_no_update_is_stale_unless_a_commit_dates_it(dataset: Dataset) -> None:
    item = FollowUp(id="x", text="t", source=SourceRef(document="d", locator="l", quote="q"))
    assert last_update(item) is None
    assert is_stale(item, dataset, AS_OF, 100_000, {})
    assert not is_stale(item, dataset, AS_OF, 10, {"x": AS_OF - dt.timedelta(days=10)})
    assert is_stale(item, dataset, AS_OF, 10, {"x": AS_OF - dt.timedelta(days=11)})


def test_last_update_is_the_latest_by_date_not_by_order() -> None:
    updates = (StatusUpdate(date="2013-02-01", status=Status.DONE), StatusUpdate(date="2012", status=Status.NOT_STARTED))
    item = FollowUp(id="x", text="t", source=SourceRef(document="d", locator="l", quote="q"), updates=updates)
    assert last_update(item) == "2013-02-01"
    assert item.current_status is Status.DONE


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("pagar", ["fu-04"]),  # "Pågår fortsatt." is an update note
        ("PÅGÅR", ["fu-04"]),
        ("arlig", ["fu-03"]),  # å → a
        ("stotte", ["ap-01-1"]),  # ø → o
        ("saerlig", ["fu-03"]),  # æ → ae, in a note
        ("særlig", ["fu-03"]),
        ("geneve", ["fu-01", "fu-04"]),  # è → e
        ("menneskehandel", ["fu-02", "gcm-10"]),  # text and an objective's title
        ("trafficking", ["gcm-10"]),  # an objective's English title
        ("ratifisering", ["gcm-10"]),  # an objective's action
        ("fu-0", ["fu-01", "fu-02", "fu-03", "fu-04"]),  # the id
        ("tatt   opp", ["fu-01"]),  # spaces collapse
        ("[utkast]", ["fu-02"]),
        ("nothing like this", []),
    ],
)
def test_search_ignores_case_and_accents(dataset: Dataset, needle: str, expected: list[str]) -> None:
    assert ids(dataset, search=needle) == expected


def test_fold() -> None:
    assert fold("Pågår") == "pagar"
    assert fold("Ærlig ØY  i\nGenève") == "aerlig oy i geneve"
    assert fold("Straße") == "strasse"


def test_filters_combine(dataset: Dataset) -> None:
    assert ids(dataset, kinds=frozenset({Kind.FOLLOWUP}), owner="ud", overdue=True) == ["fu-01"]
    assert ids(dataset, objective=10, statuses=frozenset({Status.IN_PROGRESS}), search="genève") == ["fu-01", "fu-04"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (SortKey.ID, ALL),
        # Due dates by their last day; no due date last; ties by id.
        (SortKey.DUE, ["fu-02", "fu-01", "fu-03", "gcm-review", "ap-01", "ap-01-1", "ap-02", "fu-04", "gcm-01", "gcm-02", "gcm-10"]),
        # In the order of the status vocabulary.
        (SortKey.STATUS, ["ap-01-1", "gcm-01", "gcm-02", "gcm-10", "gcm-review", "fu-03", "fu-01", "fu-04", "fu-02", "ap-01", "ap-02"]),
        # By owner id; no owner last.
        (SortKey.OWNER, ["fu-03", "fu-02", "fu-01", "fu-04", "ap-01", "ap-01-1", "ap-02", "gcm-01", "gcm-02", "gcm-10", "gcm-review"]),
    ],
)
def test_sort(dataset: Dataset, sort: SortKey, expected: list[str]) -> None:
    assert ids(dataset, sort=sort) == expected


def test_ids_sort_naturally() -> None:
    assert sorted(["p-10", "p-2", "p-1-10", "p-1-9", "a"], key=_natural) == ["a", "p-1-9", "p-1-10", "p-2", "p-10"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (Filters(owner="ud-hun"), "--owner: no owner 'ud-hun' in the data (did you mean 'ud-hum'?)"),
        (Filters(owner="zzz"), "--owner: no owner 'zzz' in the data"),
        (Filters(source="plam"), "--source: no source document 'plam' in the data (did you mean 'plan'?)"),
        (Filters(objective=5), "--objective: objective 5 is not in the data"),
    ],
)
def test_a_filter_naming_nothing_in_the_data_is_a_usage_error(dataset: Dataset, filters: Filters, message: str) -> None:
    with pytest.raises(UsageError) as raised:
        query_items(dataset, replace(filters, as_of=AS_OF))
    assert str(raised.value) == message


def test_titles(dataset: Dataset) -> None:
    assert title_of(dataset.items["gcm-10"], Lang.NB) == "Forebygge, bekjempe og utrydde menneskehandel"
    assert title_of(dataset.items["gcm-10"], Lang.EN) == "Prevent, combat and eradicate trafficking in persons"
    assert title_of(dataset.items["fu-01"], Lang.EN) == "Ta opp evalueringen"
    # No title: the start of the text, cut at a word.
    assert title_of(dataset.items["fu-03"], Lang.EN) == "Rapportere årlig til Stortinget | også om IOMs arbeid med …"


def links(dataset: Dataset, item_id: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(link.relation.value, link.view.id, link.refs) for link in detail(dataset, item_id, AS_OF).links]


def test_links_of_an_objective_are_the_items_linked_to_it(dataset: Dataset) -> None:
    assert links(dataset, "gcm-10") == [
        ("linked_item", "fu-01", ("10", "10.b")),
        ("linked_item", "fu-02", ("10.a",)),
        ("linked_item", "fu-04", ("10",)),
        ("linked_item", "ap-01", ("10.c",)),
    ]
    assert links(dataset, "gcm-02") == []


def test_links_of_a_pledge_go_both_ways(dataset: Dataset) -> None:
    assert links(dataset, "ap-01") == [("objective", "gcm-10", ("10.c",)), ("child", "ap-01-1", ()), ("duplicated_by", "ap-02", ())]
    assert links(dataset, "ap-02") == [("duplicate_of", "ap-01", ()), ("supersedes", "ap-01-1", ())]
    assert links(dataset, "ap-01-1") == [("objective", "gcm-01", ("1",)), ("parent", "ap-01", ()), ("superseded_by", "ap-02", ())]


def test_links_of_a_follow_up(dataset: Dataset) -> None:
    assert links(dataset, "fu-01") == [("objective", "gcm-10", ("10", "10.b")), ("duplicated_by", "fu-04", ())]
    assert links(dataset, "fu-04") == [("objective", "gcm-10", ("10",)), ("duplicate_of", "fu-01", ())]
    assert {relation.value for relation in Relation} == {
        "objective",
        "linked_item",
        "parent",
        "child",
        "duplicate_of",
        "duplicated_by",
        "supersedes",
        "superseded_by",
    }


def test_an_unknown_id_suggests_the_closest(dataset: Dataset) -> None:
    with pytest.raises(UsageError) as raised:
        detail(dataset, "gcm-1O", AS_OF)
    assert str(raised.value) == "no item with id 'gcm-1O' in the data (did you mean 'gcm-10'?)"


def test_coverage_counts_linked_items_and_marks_gaps(dataset: Dataset) -> None:
    rows = coverage(dataset, AS_OF)
    assert [(row.number, [view.id for view in row.linked], row.gap) for row in rows] == [
        (1, ["gcm-review", "ap-01-1"], False),
        (2, [], True),
        (10, ["fu-01", "fu-02", "fu-04", "ap-01"], False),
    ]
    ten = rows[2]
    assert ten.by_kind() == {Kind.OBJECTIVE: 0, Kind.COMPACT_COMMITMENT: 0, Kind.FOLLOWUP: 3, Kind.PLEDGE: 1}
    assert {status: count for status, count in ten.by_status().items() if count} == {Status.IN_PROGRESS: 2, Status.DONE: 1, Status.STALLED: 1}


def test_owner_tallies(dataset: Dataset) -> None:
    rows = owner_tallies(dataset, AS_OF)
    summary = [(row.owner.id if row.owner else None, row.parent.id if row.parent else None, [view.id for view in row.views], row.overdue) for row in rows]
    assert summary == [
        ("ud", None, ["fu-02"], 0),
        ("ud-hum", "ud", ["fu-01", "fu-04"], 1),
        ("jd", None, ["fu-03"], 1),
        ("iom", None, [], 0),
        (None, None, ["gcm-01", "gcm-02", "gcm-10", "gcm-review", "ap-01", "ap-01-1", "ap-02"], 1),
    ]


def test_the_kinds_are_the_data_sections_kinds() -> None:
    assert [kind.value for kind in Kind] == list(KIND_BY_SECTION.values())


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, Lang.EN),
        ({"LANG": "nb_NO.UTF-8"}, Lang.NB),
        ({"LANG": "nn_NO.UTF-8"}, Lang.NB),
        ({"LANG": "no_NO"}, Lang.NB),
        ({"LANG": "en_GB.UTF-8"}, Lang.EN),
        ({"LANG": "C.UTF-8"}, Lang.EN),
        ({"LANG": "nb_NO.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, Lang.EN),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "nb_NO.UTF-8"}, Lang.NB),
        ({"LC_ALL": "", "LANG": "nb_NO.UTF-8"}, Lang.NB),
    ],
)
def test_the_default_language_comes_from_the_locale(environ: dict[str, str], expected: Lang) -> None:
    assert default_lang(environ) is expected


def test_tallies_count_pledges_only_not_headings_criteria_or_statements(dataset: Dataset) -> None:
    """A heading, a criterion and a statement stay in the data but leave every tally."""
    from commit_tracker.query.items import iter_views
    from commit_tracker.query.tallies import statuses_by_kind
    from commit_tracker.vocabulary import Role

    day = dt.date(2014, 1, 1)
    items = dict(dataset.items)
    roles = {"ap-01": Role.HEADING, "ap-01-1": Role.CRITERION, "fu-01": Role.STATEMENT}
    for item_id, role in roles.items():
        items[item_id] = replace(items[item_id], role=role)
    changed = replace(dataset, items=items)

    def totals(data: Dataset) -> tuple[dict[Kind, int], dict[int, int], int]:
        by_kind = {kind: sum(counts.values()) for kind, counts in statuses_by_kind(iter_views(data, day)).items()}
        linked = {row.number: len(row.linked) for row in coverage(data, day)}
        owned = sum(len(row.views) for row in owner_tallies(data, day))
        return by_kind, linked, owned

    (kinds, linked, owned), (kinds_after, linked_after, owned_after) = totals(dataset), totals(changed)
    assert kinds_after[Kind.PLEDGE] == kinds[Kind.PLEDGE] - 2
    assert kinds_after[Kind.FOLLOWUP] == kinds[Kind.FOLLOWUP] - 1
    assert owned_after == owned - 3
    assert linked_after[1] == linked[1] - 1  # ap-01-1 was linked to objective 1
    assert len(list(iter_views(changed, day))) == len(list(iter_views(dataset, day)))  # still listed


def test_an_item_that_silences_overdue_with_a_reason_is_not_overdue_in_the_reports_either(dataset: Dataset) -> None:
    from commit_tracker.models import Suppression

    day = dt.date(2030, 1, 1)
    late = next(item for item in dataset.items.values() if is_overdue(item, day))
    silenced = replace(late, ignore=(Suppression(rule="overdue", reason="Recurring; the first round took place."),))
    assert not is_overdue(silenced, day)
    other = replace(late, ignore=(Suppression(rule="stale", reason="No newer report."),))
    assert is_overdue(other, day)
