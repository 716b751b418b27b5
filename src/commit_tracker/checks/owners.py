"""Rules about who answers for an item: it has an owner, and the owner is in the registry."""

from __future__ import annotations

from collections.abc import Iterator

from commit_tracker.checks.base import RuleContext
from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding


def check_owner_required(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """Every item of the configured kinds names an owner: the body that answers for it.

    Option ``kinds`` (default ``["followup"]``): the kinds that need one, of ``followup``,
    ``compact_commitment``, ``objective`` and ``pledge``. Objectives and pledges are exempt by
    default: the compact binds states, and a party programme pledges for the party as a whole.

    Passing::

        followups:
          - id: f-1
            text: Hum-seksjonen tar opp evalueringen med IOM
            owner: ud-hum
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}

    Failing::

        followups:
          - id: f-1
            text: Hum-seksjonen tar opp evalueringen med IOM
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
    """
    kinds = set(context.option("kinds", list))
    for item_id, item in dataset.items.items():
        kind = dataset.kinds[item_id]
        if item.owner is None and kind in kinds:
            message = f"a {kind.replace('_', ' ').replace('followup', 'follow-up')} needs an owner; add 'owner:' with an id from the owners registry"
            yield dataset.origins[item_id].finding(item_id, "owner-required", message)


def check_owner_known(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """An item's owner is in the owners registry.

    ``validate`` reports the same defect as ``unknown-owner``, an error that ``check`` always
    runs first and that cannot be ignored, so ``check`` shows each such owner once, as
    ``unknown-owner``; this rule makes the policy explicit and complete.

    Passing::

        followups:
          - id: f-1
            text: Hum-seksjonen tar opp evalueringen med IOM
            owner: ud-hum
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}

    Failing::

        followups:
          - id: f-1
            text: Hum-seksjonen tar opp evalueringen med IOM
            owner: ud-humm
            source: {document: doc, locator: line 3, quote: tar opp evalueringen}
    """
    for item_id, item in dataset.items.items():
        if item.owner is not None and item.owner not in dataset.owners:
            message = f"owner '{item.owner}' is not in the owners registry; add it to the owners or fix the id"
            yield dataset.origins[item_id].finding(item_id, "owner-known", message, "owner")
