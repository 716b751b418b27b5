"""The data model's derived values."""

from __future__ import annotations

import pytest

from commit_tracker.models import FollowUp, Status

_BASE = {"id": "f-1", "text": "T", "source": {"document": "doc", "locator": "l", "quote": "q"}}


@pytest.mark.parametrize(
    ("updates", "expected"),
    [
        ([], Status.NOT_ASSESSED),
        ([("2012", "in_progress"), ("2012-11-30", "done")], Status.DONE),
        ([("2013-01", "stalled"), ("2012-11-30", "done")], Status.STALLED),
        # Same date: the update listed last was written later and wins.
        ([("2013-01-05", "in_progress"), ("2013-01-05", "done")], Status.DONE),
        ([("2013-01-05", "done"), ("2013-01-05", "in_progress")], Status.IN_PROGRESS),
    ],
)
def test_the_latest_update_gives_the_current_status(updates: list[tuple[str, str]], expected: Status) -> None:
    item = FollowUp.model_validate({**_BASE, "updates": [{"date": d, "status": s} for d, s in updates]})
    assert item.current_status is expected


def test_without_updates_the_status_field_is_the_current_status() -> None:
    assert FollowUp.model_validate({**_BASE, "status": "stalled"}).current_status is Status.STALLED
