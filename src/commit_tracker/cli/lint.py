"""The data and CI commands: ``validate``, ``check`` (validate, then the policy rules), ``rules``
and ``schema``. Only typer is imported at start-up.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from commit_tracker.cli.options import AsOfOpt, ColorOpt, DataOpt, DebugOpt, FindingsFormatOpt, LangOpt, OutputOpt, PathsArg, PureOpt, QuietOpt, SourcesOpt
from commit_tracker.cli.support import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, emit
from commit_tracker.cli.support import guarded as _guarded
from commit_tracker.cli.support import say as _say
from commit_tracker.cli.support import write as _write
from commit_tracker.report import ColorChoice, FindingsFormat

if TYPE_CHECKING:
    from commit_tracker.checks.runner import CheckOutcome, Settings
    from commit_tracker.report import ReportContext
    from commit_tracker.verbatim import VerbatimCount
    from commit_tracker.vocabulary import Lang

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its commands are top-level commands."""


def choose_format(fmt: FindingsFormat | None) -> FindingsFormat:
    """The format asked for, else github on GitHub Actions (annotations on the lines), else text."""
    return fmt or (FindingsFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else FindingsFormat.TEXT)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker validate
  commit-tracker validate data/followups.yaml --format json
  commit-tracker validate --data data --format sarif -o results.sarif
  commit-tracker validate --sources ../shared/seeds

\b
Exit codes: 0 no findings, 1 findings, 2 usage error or cannot run.""",
)
def validate(
    paths: PathsArg = None,
    data: DataOpt = None,
    fmt: FindingsFormatOpt = None,
    sources: SourcesOpt = None,
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    pure_python: PureOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check the data files: YAML safety, the data model, ids and references across files.

    Every defect is reported as path:line:column with the item id and the rule it breaks.
    """

    def action() -> int:
        from commit_tracker.checker import UsageError, display_path, find_data_dir, run_checks
        from commit_tracker.config import load_config, sources_sought
        from commit_tracker.report import findings_reporter
        from commit_tracker.report.findings import summarize
        from commit_tracker.verbatim import count_verbatim

        if sources is not None and not sources.is_dir():
            raise UsageError(f"--sources: no such folder: {sources}")
        from commit_tracker.report.labels import default_lang, word

        language = lang or default_lang(os.environ)
        cwd = Path.cwd()
        targets = [*(paths or []), *(data or [])]
        first = targets[0] if targets else find_data_dir(cwd) or cwd  # the configuration is found from the data
        sought = sources_sought(load_config(first if first.is_dir() else first.parent), sources, targets, cwd)
        found = sought.is_dir()
        chosen = choose_format(fmt)
        outcome = run_checks(targets, cwd=cwd, sources_dir=sought if found else None, pure=pure_python)
        checked = outcome.checked
        context = _validate_context(outcome.targets, with_sources=found, color=_use_color(color, chosen) and output is None)
        emit(findings_reporter(chosen, context).render(outcome.findings, checked), output, pager=False)
        for problem in outcome.unreadable:
            _say(f"commit-tracker: error: cannot read {problem}")
        unchecked = count_verbatim(outcome.dataset).unchecked(texts_found=found) if outcome.complete else None
        for note in [*outcome.notes, *unchecked_notes(unchecked, display_path(sought, cwd), language)]:
            _say(f"commit-tracker: note: {note}")
        counts = summarize(outcome.findings, checked)
        if quiet:
            pass
        elif outcome.findings:
            _say(word("msg.findings", language, errors=str(counts["errors"]), warnings=str(counts["warnings"]), files=str(checked)))
        elif outcome.notes:
            _say(word("msg.clean_partly", language, files=str(checked)))
        else:
            _say(word("msg.clean", language, files=str(checked), items=str(outcome.dataset.commitment_count())))
        if outcome.unreadable:
            return EXIT_USAGE
        return EXIT_FINDINGS if outcome.failed else EXIT_OK

    _guarded(debug, action)


def _validate_context(targets: list[str], *, with_sources: bool, color: bool = False) -> ReportContext:
    """The files and checks of a ``validate`` run, for the SARIF and JUnit reports."""
    from commit_tracker.checks import BUILTIN_RULES, SOURCE_RULES
    from commit_tracker.report import ReportContext, RuleInfo
    from commit_tracker.report.sarif import find_repo_root

    skipped = {"bad-suppression", *(() if with_sources else SOURCE_RULES)}
    rules = tuple(RuleInfo(rule_id, summary) for rule_id, summary in BUILTIN_RULES.items() if rule_id not in skipped)
    return ReportContext(files=tuple(targets), rules=rules, cwd=Path.cwd(), root=find_repo_root(Path.cwd()), color=color)


def _complete_rules(incomplete: str) -> list[str]:
    """Shell completion of rule ids (after a comma too: ``--select stale,ov``)."""
    from commit_tracker.checks import RULES

    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + rule_id for rule_id in RULES if rule_id.startswith(last)]


@commands.command(
    epilog="""Examples:

\b
  commit-tracker check
  commit-tracker check --select owner-required --format sarif > results.sarif
  commit-tracker check --ignore stale,overdue --strict
  commit-tracker check --as-of 2013-12-31 --sources ../shared/seeds

\b
Exit codes: 0 no errors (no findings with --strict; always with --exit-zero),
1 findings, 2 usage error, bad configuration or cannot run.""",
)
def check(
    paths: PathsArg = None,
    data: DataOpt = None,
    fmt: FindingsFormatOpt = None,
    select: Annotated[
        Optional[list[str]],  # noqa: UP045 (typer reads the annotation at run time)
        typer.Option(
            "--select",
            metavar="RULE[,RULE...]",
            help="Run only these rules (replaces 'select' of the configuration).",
            show_default=False,
            autocompletion=_complete_rules,
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--ignore",
            metavar="RULE[,RULE...]",
            help="Do not run these rules (added to 'ignore' of the configuration).",
            show_default=False,
            autocompletion=_complete_rules,
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings (2 still means the run failed).")] = False,
    as_of: AsOfOpt = None,
    sources: SourcesOpt = None,
    config: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--config", metavar="FILE", help="Read this configuration instead of looking for one.", show_default=False),
    ] = None,
    quiet: QuietOpt = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say on stderr which configuration, rules and date were used.")] = False,
    color: ColorOpt = ColorChoice.AUTO,
    lang: LangOpt = None,
    output: OutputOpt = None,
    pure_python: PureOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Run everything validate does, then the policy rules: owners, due dates, staleness, evidence, duplicates.

    Rules, severities and options come from [tool.commit-tracker] in pyproject.toml or from
    .commit-tracker.toml, found by walking up from the data. 'commit-tracker rules' lists the rules.
    """

    def action() -> int:
        from commit_tracker.checker import UsageError, display_path, find_data_dir
        from commit_tracker.checks.runner import run_policy
        from commit_tracker.config import load_config, resolve_settings, sources_sought

        if quiet and verbose:
            raise UsageError("--quiet and --verbose cannot be used together")
        if sources is not None and not sources.is_dir():
            raise UsageError(f"--sources: no such folder: {sources}")
        cwd = Path.cwd()
        targets = [*(paths or []), *(data or [])]
        first = targets[0] if targets else find_data_dir(cwd) or cwd  # the configuration is found from the data
        loaded = load_config(first if first.is_dir() else first.parent, config)
        sought = sources_sought(loaded, sources, targets, cwd)
        settings = resolve_settings(loaded, select=select or (), ignore=ignore or (), strict=strict, sources=sought, as_of=_parse_day(as_of))
        if verbose:
            _say(f"commit-tracker: configuration: {display_path(loaded.path, cwd) if loaded.path else 'none found; the defaults'}")
            _say(f"commit-tracker: as of {settings.as_of}; rules: {', '.join(_rule_label(rule.id, settings) for rule in settings.rules) or 'none'}")
        result = run_policy(targets, cwd=cwd, settings=settings, pure=pure_python)
        chosen = choose_format(fmt)
        _report(result, settings, chosen, cwd, _use_color(color, chosen) and output is None, output)
        return _finish(result, settings, quiet=quiet, verbose=verbose, exit_zero=exit_zero, lang=lang)

    _guarded(debug, action)


def _parse_day(text: str | None) -> dt.date:
    from commit_tracker.errors import UsageError

    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--as-of: '{text}' is not a date; write YYYY-MM-DD") from None


def _rule_label(rule_id: str, settings: Settings) -> str:
    from commit_tracker.checks import RULES

    severity = settings.severities.get(rule_id, RULES[rule_id].severity)
    return f"{rule_id} ({severity.value})"


def _use_color(color: ColorChoice, fmt: FindingsFormat) -> bool:
    if fmt is not FindingsFormat.TEXT or color is ColorChoice.NEVER:
        return False
    if color is ColorChoice.ALWAYS:
        return True
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _report(result: CheckOutcome, settings: Settings, fmt: FindingsFormat, cwd: Path, color: bool, output: Path | None) -> None:
    from commit_tracker.report import findings_reporter

    context = _report_context(result, settings, cwd, color)
    checked = result.outcome.checked
    emit(findings_reporter(fmt, context).render(result.findings, checked), output, pager=False)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt is FindingsFormat.GITHUB and summary_file:
        from commit_tracker.report.github import step_summary

        with Path(summary_file).open("a", encoding="utf-8") as stream:
            stream.write(step_summary(result.findings, checked))


def _report_context(result: CheckOutcome, settings: Settings, cwd: Path, color: bool) -> ReportContext:
    from commit_tracker.checks import BUILTIN_RULES, SOURCE_RULES
    from commit_tracker.report import ReportContext, RuleInfo
    from commit_tracker.report.sarif import find_repo_root

    rules = [RuleInfo(rule_id, summary) for rule_id, summary in BUILTIN_RULES.items() if rule_id not in SOURCE_RULES]
    for rule in result.rules_run:
        rules.append(RuleInfo(rule.id, rule.summary, settings.severities.get(rule.id, rule.severity), rule.doc))
    files = tuple(result.outcome.targets)
    return ReportContext(files=files, rules=tuple(rules), cwd=cwd, root=find_repo_root(cwd), strict=settings.strict, color=color)


def unchecked_notes(unchecked: VerbatimCount | None, sought: str, language: Lang) -> list[str]:
    """The notes on quotes not checked: for want of the texts at ``sought``, and those of web pages."""
    from commit_tracker.report.labels import word

    notes = []
    if unchecked is not None and unchecked.local:
        notes.append(word("msg.unchecked", language, count=str(unchecked.local), sought=sought))
    if unchecked is not None and unchecked.web:
        notes.append(word("msg.unchecked_web", language, count=str(unchecked.web)))
    return notes


def _finish(result: CheckOutcome, settings: Settings, *, quiet: bool, verbose: bool, exit_zero: bool, lang: Lang | None) -> int:
    from commit_tracker.report.findings import summarize
    from commit_tracker.report.labels import default_lang, word

    language = lang or default_lang(os.environ)
    outcome = result.outcome
    for problem in outcome.unreadable:
        _say(f"commit-tracker: error: cannot read {problem}")
    for note in [*outcome.notes, *result.notes, *unchecked_notes(result.unchecked, result.sources_sought, language)]:
        _say(f"commit-tracker: note: {note}")
    if verbose and result.suppressed:
        _say(f"commit-tracker: {result.suppressed} finding(s) silenced by 'ignore' entries in the data")
    if not quiet:
        counts = summarize(result.findings, outcome.checked)
        if result.findings:
            _say(word("msg.findings", language, errors=str(counts["errors"]), warnings=str(counts["warnings"]), files=str(outcome.checked)))
        else:
            _say(word("msg.clean_rules", language, files=str(outcome.checked), items=str(outcome.dataset.commitment_count()), rules=str(len(result.rules_run))))
    if outcome.unreadable:
        return EXIT_USAGE
    if exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if result.failed(settings.strict) else EXIT_OK


@commands.command(
    epilog="""Examples:

\b
  commit-tracker rules
  commit-tracker rules stale""",
)
def rules(
    rule: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="RULE", help="Show this rule in full: what it checks, its options, examples.", show_default=False, autocompletion=_complete_rules
        ),
    ] = None,
    output: OutputOpt = None,
) -> None:
    """List the policy rules of 'check': id, default severity, what each checks."""

    def action() -> int:
        from commit_tracker.checks import RULES
        from commit_tracker.checks.runner import suggest
        from commit_tracker.errors import UsageError
        from commit_tracker.report.rules import rule_help

        if rule is None:
            width = max(len(rule_id) for rule_id in RULES)
            emit("".join(f"{rule_id:<{width}}  {entry.severity.value:<7}  {entry.summary}\n" for rule_id, entry in RULES.items()), output)
            return EXIT_OK
        found = {rule_id.casefold(): rule_id for rule_id in RULES}.get(rule.casefold())
        if found is None:
            raise UsageError(f"'{rule}' is not a rule{suggest(rule, RULES)}; 'commit-tracker rules' lists them")
        emit(rule_help(RULES[found]), output)
        return EXIT_OK

    _guarded(False, action)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker schema > data-file.schema.json
  commit-tracker schema --output schema""",
)
def schema(
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="DIR", help="Write data-file.schema.json into this folder instead of to stdout.", show_default=False),
    ] = None,
) -> None:
    """Print the JSON Schema (draft-07) of the data files, for editors that check YAML as you type."""

    def action() -> int:
        from commit_tracker.schema import SCHEMA_FILE, render_schema

        text = render_schema()
        if output is None:
            _write(text)
            return EXIT_OK
        output.mkdir(parents=True, exist_ok=True)
        from commit_tracker.edit.atomic import write_file

        write_file(output / SCHEMA_FILE, text.encode("utf-8"))
        _say(f"wrote {output / SCHEMA_FILE}")
        return EXIT_OK

    _guarded(False, action)
