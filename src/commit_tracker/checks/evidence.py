"""The evidence rule: a claim that work is done, partly done or dropped says why and where."""

from __future__ import annotations

from collections.abc import Iterator

from commit_tracker.checks.base import RuleContext
from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.models import Status

NEEDS_EVIDENCE = frozenset((Status.DONE, Status.PARTLY_DONE, Status.DROPPED))


def check_evidence_required(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """Every update that says ``done``, ``partly_done`` or ``dropped`` carries a ``note`` and a ``source``.

    Every such update is checked, not only the latest: each is a claim someone may rely on.
    An item without updates that has such a ``status`` needs a ``note`` (its ``source`` is
    always there).

    Passing::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
            updates:
              - date: 2012-11-30
                status: done
                note: Tatt opp i rådsmøtet.
                source: {document: doc, locator: line 4, quote: Ref. over.}

    Failing::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
            updates:
              - {date: 2012-11-30, status: done, note: Tatt opp i rådsmøtet.}
    """
    for item_id, item in dataset.items.items():
        origin = dataset.origins[item_id]
        if not item.updates and item.status in NEEDS_EVIDENCE and not item.note:
            message = f"status {item.status.value} needs a note saying what shows it; add 'note:' or a dated update with note and source"
            yield origin.finding(item_id, "evidence-required", message, "status")
        for index, update in enumerate(item.updates):
            if update.status not in NEEDS_EVIDENCE:
                continue
            missing = [name for name, value in (("note", update.note), ("source", update.source)) if not value]
            if missing:
                message = f"update {update.date} says {update.status.value} without a {' and a '.join(missing)}; add what shows it"
                yield origin.finding(item_id, "evidence-required", message, "updates", index, "status")
