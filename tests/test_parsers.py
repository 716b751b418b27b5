"""The reports come out the same whether libyaml or PyYAML's pure-Python parser read the data."""

from __future__ import annotations

import datetime as dt

import pytest

from commit_tracker.checker import run_checks
from commit_tracker.dataset import Dataset
from commit_tracker.query.filters import Filters, query_items
from commit_tracker.query.tallies import coverage, owner_tallies
from tests.conftest import DATA

AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def datasets() -> tuple[Dataset, Dataset]:
    fast = run_checks([DATA], cwd=DATA.parent, pure=False)
    slow = run_checks([DATA], cwd=DATA.parent, pure=True)
    assert fast.findings == slow.findings == []
    return fast.dataset, slow.dataset


def test_both_parsers_build_the_same_items(datasets: tuple[Dataset, Dataset]) -> None:
    fast, slow = datasets
    assert list(fast.items) == list(slow.items)
    assert fast.items == slow.items
    assert fast.owners == slow.owners
    assert fast.sources == slow.sources


def test_status_coverage_and_owners_are_the_same_with_both_parsers(datasets: tuple[Dataset, Dataset]) -> None:
    fast, slow = datasets
    filters = Filters(as_of=AS_OF)
    assert query_items(fast, filters) == query_items(slow, filters)
    assert len(query_items(fast, filters)) == len(fast.items)
    assert coverage(fast, AS_OF) == coverage(slow, AS_OF)
    assert owner_tallies(fast, AS_OF) == owner_tallies(slow, AS_OF)
