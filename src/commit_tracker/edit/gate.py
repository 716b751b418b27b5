"""The gate before an edit is written: ``check``'s own rules run on the data as the edit leaves it."""

from __future__ import annotations

from pathlib import Path

from commit_tracker.checks.runner import Settings, run_policy
from commit_tracker.edit.update import UpdatePlan, new_findings
from commit_tracker.findings import Finding, Severity


def refusals(plan: UpdatePlan, folder: Path, settings: Settings, cwd: Path) -> list[Finding]:
    """The findings ``check`` would report after the edit and not before it, that fail the run.

    The edited file is read from the plan's bytes, not the disk, so nothing is written to learn
    this. Errors fail the run; warnings only with ``strict``, as in ``check``.
    """
    before = run_policy([folder], cwd=cwd, settings=settings).findings
    after = run_policy([folder], cwd=cwd, settings=settings, contents={plan.path: plan.updated}).findings
    return [finding for finding in new_findings(before, after) if settings.strict or finding.severity is Severity.ERROR]
