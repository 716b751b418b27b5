"""The quote rule: every quote occurs in its source text, when the source texts are given."""

from __future__ import annotations

from collections.abc import Iterator

from commit_tracker.checks.base import RuleContext
from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.sourcecheck import check_sources


def check_quote_found(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """Every ``quote`` occurs in its document's text; runs when the texts are given.

    Give them with ``--sources DIR`` or ``sources = "DIR"`` in the configuration. Only line
    breaks and hyphenation at a line end may differ. A text that cannot be read, or whose
    SHA-256 is not the one recorded in the sources registry, is reported too: its quotes
    cannot be trusted until they are checked again. (``validate --sources`` checks the same.)

    Passing::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            source: {document: doc, locator: line 1, quote: "Hum-seksjonen tar opp evalueringen"}

    Failing::

        followups:
          - id: f-1
            text: Ta opp evalueringen med IOM
            owner: ud
            source: {document: doc, locator: line 1, quote: "Hum-seksjonen tok opp evalueringen"}
    """
    if context.sources_dir is not None:
        yield from check_sources(dataset, context.sources_dir)
