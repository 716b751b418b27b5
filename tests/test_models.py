"""The data model's derived values."""

from __future__ import annotations

import pytest

from commit_tracker.models import FollowUp, Status
from commit_tracker.validation import validate_as

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
    item = validate_as(FollowUp, {**_BASE, "updates": [{"date": d, "status": s} for d, s in updates]})
    assert item.current_status is expected


def test_without_updates_the_status_field_is_the_current_status() -> None:
    assert validate_as(FollowUp, {**_BASE, "status": "stalled"}).current_status is Status.STALLED


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"locator": "l", "quote": "q"}, "give either 'document'"),
        ({"document": "doc", "url": "https://x.org", "publisher": "P", "accessed": "2026", "locator": "l", "quote": "q"}, "not both"),
        ({"document": "doc", "accessed": "2026-11-29", "locator": "l", "quote": "q"}, "describe a web page"),
        ({"url": "https://x.org", "accessed": "2026-11-29", "locator": "l", "quote": "q"}, "needs publisher"),
        ({"url": "https://x.org", "publisher": "P", "locator": "l", "quote": "q"}, "needs accessed"),
        ({"url": "x.org", "publisher": "P", "accessed": "2026-11-29", "locator": "l", "quote": "q"}, "should match pattern"),
    ],
)
def test_a_source_is_a_document_or_a_web_page_with_its_publisher_and_the_day_it_was_read(source: dict[str, str], message: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=message):
        validate_as(FollowUp, {**_BASE, "source": source})


def test_a_web_page_is_cited_by_its_publisher_and_address() -> None:
    page = {"url": "https://x.org/p", "publisher": "P", "accessed": "2026-11-29", "locator": "l", "quote": "q"}
    item = validate_as(FollowUp, {**_BASE, "source": page})
    assert item.source.is_web_page
    assert item.source.cited == "P, https://x.org/p"
    assert not validate_as(FollowUp, _BASE).source.is_web_page


def test_role_and_form_default_to_a_pledge_in_a_bullet() -> None:
    from commit_tracker.models import Form, Role

    item = validate_as(FollowUp, _BASE)
    assert (item.role, item.form) == (Role.PLEDGE, Form.BULLET)
