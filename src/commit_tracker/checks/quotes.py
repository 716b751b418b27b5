"""The quote rule: every verbatim field occurs in its source text, when the source texts are found."""

from __future__ import annotations

from collections.abc import Iterator

from commit_tracker.checks.base import RuleContext
from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.verbatim import check_sources


def check_quote_found(dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
    """Every verbatim field occurs in its document's text; runs when the texts are found.

    Verbatim fields are every ``quote`` (of items, updates, owners and initiatives), the
    ``text`` of follow-ups, pledges and compact commitments, and an objective's titles,
    commitment paragraph and action texts. Only line breaks and hyphenation at a line end may
    differ. The texts are in ``--sources DIR``, or ``sources = "DIR"`` in the configuration, or
    ``sources/`` beside the data folder. A text that cannot be read, or whose SHA-256 is not
    the one recorded in the sources registry, is reported too: its quotes cannot be trusted
    until they are checked again. (``validate`` checks the same.) A quote from a web page has
    no local text and is counted on stderr as not checked.

    Passing::

        followups:
          - id: f-1
            text: Hum-seksjonen tar opp evalueringen med IOM i Genève
            owner: ud
            source: {document: doc, locator: line 3, quote: "Hum-seksjonen tar opp evalueringen"}

    Failing::

        followups:
          - id: f-1
            text: Hum-seksjonen tok opp evalueringen med IOM i Genève
            owner: ud
            source: {document: doc, locator: line 3, quote: "Hum-seksjonen tar opp evalueringen"}
    """
    if context.sources_dir is not None:
        yield from check_sources(dataset, context.sources_dir)
