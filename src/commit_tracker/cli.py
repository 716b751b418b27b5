"""The command line: parse options, run the core, choose a reporter, write, exit.

Only typer is imported at start-up; pydantic, PyYAML and the reporters are imported by the
command that needs them, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TextIO, cast

import typer

from commit_tracker import __version__
from commit_tracker.cli_support import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, DebugOpt, GuardedStream
from commit_tracker.cli_support import guarded as _guarded
from commit_tracker.cli_support import say as _say
from commit_tracker.cli_support import write as _write
from commit_tracker.report import FindingsFormat
from commit_tracker.report_commands import reports

if TYPE_CHECKING:
    from commit_tracker.report import ReportContext

app = typer.Typer(
    name="commit-tracker",
    help="Keep public commitments as YAML in git and tell where each one stands.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Exit codes: 0 clean, 1 findings, 2 usage error or cannot run.",
)


def _version(value: bool) -> None:
    if value:
        print(f"commit-tracker {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],  # noqa: UP045 (typer reads the annotation at run time)
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Keep public commitments as YAML in git and tell where each one stands."""


PathsArg = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Argument(help="Data files or folders. Default: the data/ folder here or in the nearest parent.", show_default=False),
]
SourcesOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--sources", metavar="DIR", help="Folder of the source texts: check every quote, and each text against its SHA-256."),
]
FindingsFormatOpt = Annotated[
    Optional[FindingsFormat],  # noqa: UP045
    typer.Option("--format", "-f", help="Report format. Default: github when GITHUB_ACTIONS is set, else text.", show_default=False),
]


def choose_format(fmt: FindingsFormat | None) -> FindingsFormat:
    """The format asked for, else github on GitHub Actions (annotations on the lines), else text."""
    return fmt or (FindingsFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else FindingsFormat.TEXT)


PureOpt = Annotated[bool, typer.Option("--pure-python", help="Parse with PyYAML's pure-Python parser instead of libyaml.")]


@app.command(
    epilog="""Examples:

\b
  commit-tracker validate
  commit-tracker validate data/followups.yaml --format json
  commit-tracker validate --sources ../shared/seeds

\b
Exit codes: 0 no findings, 1 findings, 2 usage error or cannot run.""",
)
def validate(
    paths: PathsArg = None,
    fmt: FindingsFormatOpt = None,
    sources: SourcesOpt = None,
    pure_python: PureOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check the data files: YAML safety, the data model, ids and references across files.

    Every defect is reported as path:line:column with the item id and the rule it breaks.
    """

    def action() -> int:
        from commit_tracker.checker import UsageError, run_checks
        from commit_tracker.report import findings_reporter
        from commit_tracker.report.findings import summarize

        if sources is not None and not sources.is_dir():
            raise UsageError(f"--sources: no such folder: {sources}")
        chosen = choose_format(fmt)
        outcome = run_checks(paths or [], cwd=Path.cwd(), sources_dir=sources, pure=pure_python)
        checked = outcome.checked
        _write(findings_reporter(chosen, _validate_context(outcome.targets, with_sources=sources is not None)).render(outcome.findings, checked))
        for problem in outcome.unreadable:
            _say(f"commit-tracker: error: cannot read {problem}")
        for note in outcome.notes:
            _say(f"commit-tracker: note: {note}")
        counts = summarize(outcome.findings, checked)
        if outcome.findings:
            _say(f"{counts['errors']} error(s), {counts['warnings']} warning(s) in {checked} file(s).")
        elif outcome.notes:
            _say(f"{checked} file(s): no problems in the checks that ran.")
        else:
            _say(f"{checked} file(s), {len(outcome.dataset.items)} commitments: no problems.")
        if outcome.unreadable:
            return EXIT_USAGE
        return EXIT_FINDINGS if outcome.failed else EXIT_OK

    _guarded(debug, action)


app.add_typer(reports)  # status, show, coverage, owners


def _validate_context(targets: list[str], *, with_sources: bool) -> ReportContext:
    """The files and checks of a ``validate`` run, for the SARIF and JUnit reports."""
    from commit_tracker.checks import BUILTIN_RULES, SOURCE_RULES
    from commit_tracker.report import ReportContext, RuleInfo
    from commit_tracker.report.sarif import find_repo_root

    skipped = {"bad-suppression", *(() if with_sources else SOURCE_RULES)}
    rules = tuple(RuleInfo(rule_id, summary) for rule_id, summary in BUILTIN_RULES.items() if rule_id not in skipped)
    return ReportContext(files=tuple(targets), rules=rules, cwd=Path.cwd(), root=find_repo_root(Path.cwd()))


def main() -> None:
    """Entry point of the ``commit-tracker`` script."""
    # A run builds millions of small, acyclic containers; at the default threshold the cyclic
    # collector walks them again and again (a quarter of a 100,000-item run). This process is
    # short-lived, so collect rarely. Set here, at the entry point, not in the core.
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    # Whatever is written, typer's own messages included, goes through the one output guard.
    sys.stdout = cast("TextIO", GuardedStream(sys.stdout, messages=False))
    sys.stderr = cast("TextIO", GuardedStream(sys.stderr, messages=True))
    app()


# The CI and the git commands live in their own modules; importing them registers them on ``app``.
from commit_tracker import cli_check as _cli_check  # noqa: E402, F401
from commit_tracker import cli_git as _cli_git  # noqa: E402, F401
