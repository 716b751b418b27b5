"""Rules about time: due dates passed, statuses not updated, updates out of order or in the future."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from commit_tracker.checks.base import RuleContext
from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.models import Status, latest_day, parse_partial_date
from commit_tracker.staleness import is_older, last_stated


def earliest_day(value: str) -> dt.date:
    """The first calendar day a partial date can mean (``2012-11`` → 2012-11-01)."""
    year, month, day = parse_partial_date(value)
    return dt.date(year, month or 1, day or 1)


def check_overdue(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """An item whose due date has passed has a final status: ``done`` or ``dropped``.

    A partial due date runs to its last day: ``due: 2013-06`` is overdue from 2013-07-01.
    The date checked against is today, or ``--as-of DATE``.

    Passing (as of 2020-06-30)::

        followups:
          - id: f-1
            text: Rapportere til styret
            owner: ud
            due: 2019-12
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
            updates:
              - {date: 2019-11-02, status: done, note: Rapportert., source: {document: doc, locator: line 4, quote: Ref. over.}}

    Failing (as of 2020-06-30)::

        followups:
          - id: f-1
            text: Rapportere til styret
            owner: ud
            due: 2019-12
            status: in_progress
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
    """
    for item_id, item in dataset.items.items():
        if item.due is None or item.current_status.final:
            continue
        if latest_day(item.due) < context.as_of:
            message = f"due {item.due} but {item.current_status.value} as of {context.as_of}; record an update or move the due date"
            yield dataset.origins[item_id].finding(item_id, "overdue", message, "due")


def check_stale(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """An item that is not done or dropped has a status update newer than ``days`` days.

    Option ``days`` (default 365). An item that was never assessed (no updates, no status or
    ``not_assessed``) is not stale. A status given on the item without updates dates from its
    source document.

    Passing (as of 2013-06-30)::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
            updates:
              - {date: 2012-11-30, status: in_progress, note: Tatt opp i rådsmøtet.}

    Failing (as of 2020-06-30)::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
            updates:
              - {date: 2012-11-30, status: in_progress, note: Tatt opp i rådsmøtet.}
    """
    days = context.option("days", int)
    for item_id, item in dataset.items.items():
        if item.current_status.final:
            continue
        if not item.updates and item.current_status is Status.NOT_ASSESSED:
            continue  # never assessed: nothing to go stale
        stated = last_stated(item, dataset, context.commit_dates, context.as_of)
        if stated is not None and is_older(stated, context.as_of, days):
            message = (
                f"status {item.current_status.value} was last stated on {stated.day} (by {stated.basis.describe()}), "
                f"over {days} days before {context.as_of}; add an update"
            )
            where = ("updates", len(item.updates) - 1) if item.updates else ("status",)
            yield dataset.origins[item_id].finding(item_id, "stale", message, *where)


def check_status_consistent(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """The item's ``status`` equals its latest update's; updates run in date order; none is in the future.

    Passing (as of 2020-06-30)::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            status: in_progress
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
            updates:
              - {date: "2012", status: not_started}
              - {date: 2012-11-30, status: in_progress}

    Failing (as of 2020-06-30)::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            status: done
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
            updates:
              - {date: 2012-11-30, status: in_progress}
              - {date: "2012-06", status: not_started}
              - {date: 2031-01-01, status: in_progress}
    """
    for item_id, item in dataset.items.items():
        origin = dataset.origins[item_id]
        if item.status is not None and item.updates and item.status != item.current_status:
            message = f"status is {item.status.value} but the latest update says {item.current_status.value}; make them agree or drop 'status'"
            yield origin.finding(item_id, "status-consistent", message, "status")
        for index, update in enumerate(item.updates):
            if index and latest_day(update.date) < earliest_day(item.updates[index - 1].date):
                message = f"update {update.date} comes after {item.updates[index - 1].date}; list updates oldest first"
                yield origin.finding(item_id, "status-consistent", message, "updates", index, "date")
            if earliest_day(update.date) > context.as_of:
                message = f"update dated {update.date}, after {context.as_of}; an update reports what has happened"
                yield origin.finding(item_id, "status-consistent", message, "updates", index, "date")
