"""The policy rules of ``check``, one small function each, in a registry by rule id."""

from __future__ import annotations

from commit_tracker.checks.base import Rule
from commit_tracker.checks.duplicates import check_duplicate_text
from commit_tracker.checks.evidence import check_evidence_required
from commit_tracker.checks.owners import check_owner_known, check_owner_required
from commit_tracker.checks.quotes import check_quote_found
from commit_tracker.checks.timeline import check_overdue, check_stale, check_status_consistent
from commit_tracker.findings import Severity
from commit_tracker.models import KIND_BY_SECTION

_E, _W = Severity.ERROR, Severity.WARNING

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "owner-required",
            _E,
            "every item of the configured kinds (default: follow-ups) has an owner",
            check_owner_required,
            options={"kinds": ["followup"]},
            choices={"kinds": frozenset(KIND_BY_SECTION.values())},
        ),
        Rule("owner-known", _E, "the owner is in the owners registry", check_owner_known),
        Rule("overdue", _W, "a due date has passed and the status is not done or dropped", check_overdue),
        Rule("stale", _W, "the status has not been updated for longer than a set number of days", check_stale, options={"days": 365}),
        Rule("evidence-required", _E, "done, partly done and dropped carry a note and a source", check_evidence_required),
        Rule("status-consistent", _E, "status equals the latest update's; updates in date order, none in the future", check_status_consistent),
        Rule(
            "duplicate-text",
            _W,
            "no two items have the same or nearly the same text unless marked duplicate_of",
            check_duplicate_text,
            options={"threshold": 0.9},
        ),
        Rule("quote-found", _E, "every quote and verbatim text occurs in its source text (when the texts are found)", check_quote_found, needs_sources=True),
    )
}
"""Every policy rule, in the order ``commit-tracker rules`` lists them."""

BUILTIN_RULES: dict[str, str] = {
    "file-too-large": "the file is over 64 MiB",
    "not-a-file": "a dangling symlink, a symlink loop, a FIFO or a device where a data file should be",
    "encoding": "the file is not UTF-8",
    "control-character": "a control, bidi or invisible character (raw or from a quoted escape) that would shift, reorder or hide text",
    "yaml-syntax": "the file is not valid YAML",
    "nesting-depth": "nesting deeper than 64 levels",
    "too-many-values": "more values than one per 8 bytes (and 100,000 more), or one item of 50,000 values or more; the rest is not checked",
    "too-many-findings": "over 1,000 problems in one file; the rest of it is not checked",
    "duplicate-key": "a key appears twice in one mapping",
    "yaml-anchor": "an anchor; anchors are refused, never expanded",
    "yaml-alias": "an alias; aliases are refused, never expanded",
    "yaml-merge-key": "a '<<' merge key",
    "yaml-tag": "an explicit tag such as !!python/object",
    "yaml-key": "a key that is a list or mapping",
    "multiple-documents": "a second '---' document",
    "empty-file": "no data in the file",
    "top-level-not-mapping": "the top level is a list or a single value",
    "unknown-key": "a key the data model does not have",
    "missing-key": "a required key is missing",
    "invalid-value": "a value of the wrong shape",
    "duplicate-id": "an id used twice, in any files",
    "unknown-owner": "an owner reference that does not resolve",
    "unknown-source": "a source document reference that does not resolve",
    "unknown-item": "a duplicate_of, supersedes or parent reference that does not resolve",
    "unknown-initiative": "an initiative reference that does not resolve",
    "unknown-objective": "an objective number or action letter that does not resolve",
    "unknown-principle": "a guiding-principle reference that does not resolve",
    "round-table-overlap": "an objective in two round tables",
    "duplicate-objective": "an objective number used twice",
    "action-letters": "actions that do not run a, b, c, ... without a gap",
    "source-missing": "with the source texts: one that cannot be read",
    "source-changed": "with the source texts: one that differs from its SHA-256",
    "quote-not-found": "with the source texts: a quote, item text, commitment paragraph or action text that is not in its source",
    "bad-suppression": "an 'ignore' entry in the data that names no policy rule",
}
"""The checks of ``validate`` (and check's own suppression check): always on, errors, not ignorable."""

SOURCE_RULES = ("source-missing", "source-changed", "quote-not-found")
"""The checks ``validate`` runs only when the source texts are found; ``check`` runs them as ``quote-found``."""
