"""One ``check`` run: everything ``validate`` does, then the selected policy rules, then suppressions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from commit_tracker.checker import Outcome, display_path, run_checks
from commit_tracker.checks import BUILTIN_RULES, RULES
from commit_tracker.checks.base import Rule, RuleContext
from commit_tracker.dataset import Dataset, closest
from commit_tracker.findings import Finding, Severity
from commit_tracker.verbatim import VerbatimCount, count_verbatim
from commit_tracker.vocabulary import Status


@dataclass(frozen=True)
class Settings:
    """What to run and how: the configuration and the command line, resolved."""

    rules: tuple[Rule, ...]
    as_of: dt.date
    severities: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    sources_dir: Path | None = None
    """The folder of source texts, when it is there."""
    sources_sought: Path | None = None
    """Where the source texts were looked for, found or not."""
    check_quotes: bool = True
    """False when quote-found is not selected or is ignored: then no note on unchecked quotes."""
    strict: bool = False


@dataclass
class CheckOutcome:
    """The findings of a ``check`` run, and what it ran and silenced."""

    outcome: Outcome
    findings: list[Finding]
    rules_run: tuple[Rule, ...] = ()
    suppressed: int = 0
    notes: list[str] = field(default_factory=list)
    unchecked: VerbatimCount = field(default_factory=lambda: VerbatimCount(0, 0))
    """Verbatim fields not checked: of local texts that were not found (``local``), of web pages (``web``)."""
    sources_sought: str = ""
    """Where the source texts were looked for, as the user would type it."""

    def failed(self, strict: bool) -> bool:
        """True when a finding fails the run: an error, or with ``strict`` any finding or unchecked quote."""
        return any(strict or finding.severity is Severity.ERROR for finding in self.findings) or (strict and self.unchecked.local > 0)


def run_policy(paths: Sequence[Path], *, cwd: Path, settings: Settings, pure: bool = False, contents: Mapping[Path, bytes] | None = None) -> CheckOutcome:
    """Run the checks of ``validate`` and the selected rules; report only on the checked files.

    The rules see every file read, the context files beside the named ones included, so rules
    across files hold when pre-commit passes only some files; their findings in other files
    are dropped, as ``validate`` drops its own. ``contents`` checks files as given, not as on disk.
    """
    outcome = run_checks(paths, cwd=cwd, pure=pure, contents=contents)
    checked = set(outcome.targets)
    if not outcome.complete:
        note = "the policy rules were not run because some files did not load; fix them first"
        return CheckOutcome(outcome, list(outcome.findings), notes=[note])
    rules = settings.rules
    notes: list[str] = []
    sought = display_path(settings.sources_sought, cwd) if settings.sources_sought is not None else ""
    unchecked = count_verbatim(outcome.dataset).unchecked(texts_found=settings.sources_dir is not None) if settings.check_quotes else VerbatimCount(0, 0)
    dates: dict[str, dt.date] = {}
    undated = any(not item.updates and item.current_status is not Status.NOT_ASSESSED for item in outcome.dataset.items.values())
    if undated and any(rule.id == "stale" for rule in rules) and outcome.files:
        # Items with a status but no update are dated by git; reading the history costs, so only then.
        from commit_tracker.staleness import commit_dates

        dates = commit_dates(outcome.files[0].path.parent)
    suppressed, bad = _read_suppressions(outcome.dataset)
    # validate's findings cannot be ignored; a rule that repeats one (owner-known, unknown-owner) is dropped.
    places = {(f.path, f.line, f.column, f.item_id) for f in outcome.findings}
    findings = list(outcome.findings)
    silenced = 0
    for finding in _iter_rule_findings(outcome.dataset, rules, settings, dates):
        if finding.path not in checked or (finding.path, finding.line, finding.column, finding.item_id) in places:
            continue
        if (finding.item_id, finding.rule) in suppressed:
            silenced += 1
            continue
        findings.append(finding)
    findings.extend(finding for finding in bad if finding.path in checked)
    return CheckOutcome(outcome, sorted(findings), rules_run=rules, suppressed=silenced, notes=notes, unchecked=unchecked, sources_sought=sought)


def _iter_rule_findings(dataset: Dataset, rules: tuple[Rule, ...], settings: Settings, dates: Mapping[str, dt.date]) -> Iterator[Finding]:
    for rule in rules:
        options = {**rule.options, **settings.options.get(rule.id, {})}
        context = RuleContext(as_of=settings.as_of, options=options, sources_dir=settings.sources_dir, commit_dates=dates)
        severity = settings.severities.get(rule.id, rule.severity)
        for finding in rule.run(dataset, context):
            yield Finding(finding.path, finding.line, finding.column, finding.rule, finding.message, severity, finding.item_id)


def _read_suppressions(dataset: Dataset) -> tuple[set[tuple[str | None, str]], list[Finding]]:
    """The (item id, rule) pairs the data silence, and a finding for each entry naming no rule."""
    suppressed: set[tuple[str | None, str]] = set()
    bad: list[Finding] = []
    for item_id, item in dataset.items.items():
        for index, entry in enumerate(item.ignore):
            if entry.rule in RULES:
                suppressed.add((item_id, entry.rule))
                continue
            if entry.rule in BUILTIN_RULES:
                message = f"ignore: '{entry.rule}' is a check of validate and cannot be ignored; fix the data instead"
            else:
                message = f"ignore: '{entry.rule}' is not a policy rule{suggest(entry.rule, RULES)}; 'commit-tracker rules' lists them"
            bad.append(dataset.origins[item_id].finding(item_id, "bad-suppression", message, "ignore", index, "rule"))
    return suppressed, bad


def suggest(name: str, known: Mapping[str, object] | Sequence[str]) -> str:
    """`` (did you mean 'x'?)`` for a near miss, else nothing."""
    close = closest(name, known)
    return f" (did you mean '{close}'?)" if close else ""
