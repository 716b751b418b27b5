"""The ``review`` command: the compact's review dossier, per IMRF round table and objective.

It parses the options, loads valid data, asks ``query.review`` for the content, makes the JSON
document and lets the chosen reporter render it to stdout or, atomically, to a file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from commit_tracker.cli.options import AsOfOpt, DataOpt, DebugOpt, LangOpt, OutputOpt, QuietOpt
from commit_tracker.cli.reporting import as_of_day as _as_of
from commit_tracker.cli.reporting import language as _lang
from commit_tracker.cli.reporting import load as _load
from commit_tracker.cli.support import EXIT_OK, EXIT_USAGE, guarded, say
from commit_tracker.report import ReviewFormat

ROUND_TABLES = 4
"""The International Migration Review Forum has four round tables."""
OBJECTIVES = 23


def review(
    round_table: Annotated[
        Optional[int],  # noqa: UP045 (typer reads the annotation at run time)
        typer.Option("--round-table", metavar="N", min=1, max=ROUND_TABLES, help="Only round table N and its objectives."),
    ] = None,
    objective: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--objective", metavar="N", min=1, max=OBJECTIVES, help="Only objective N (under its round table)."),
    ] = None,
    fmt: Annotated[
        ReviewFormat, typer.Option("--format", "-f", help="Dossier format; docx goes to a file or a pipe, never a terminal.")
    ] = ReviewFormat.MARKDOWN,
    output: OutputOpt = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    data: DataOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """The review dossier: per round table and objective, the commitment, the national measures and the gaps.

    The measures of each objective are the items 'coverage' links to it; then a summary of all
    objectives and the measures that are overdue or stale.
    """

    def action() -> int:
        from commit_tracker.query.review import review as build
        from commit_tracker.report import review_reporter
        from commit_tracker.report.review.data import dossier_data

        if fmt.binary and output is None and _terminal():
            say(f"commit-tracker: error: -f {fmt.value} writes a binary file; give -o FILE or redirect stdout")
            return EXIT_USAGE
        dataset = _load(data)
        language = _lang(lang)
        content = build(dataset, _as_of(as_of), round_table=round_table, objective=objective)
        document = dossier_data(content, dataset, language)
        rendered = review_reporter(fmt).render(document, language)
        _emit(rendered, output, quiet=quiet)
        shown = sum(len(table["objectives"]) for table in document["round_tables"])
        if not quiet:
            say(f"{shown} objective(s) in {len(document['round_tables'])} round table(s); {len(document['gaps'])} with nothing linked.")
        return EXIT_OK

    guarded(debug, action)


def _terminal() -> bool:
    """True when stdout is a terminal, where a binary dossier would be noise."""
    return sys.stdout.isatty()


def _emit(content: bytes, output: Path | None, *, quiet: bool = False) -> None:
    """The dossier to the file, atomically, or to stdout."""
    if output is not None:
        from commit_tracker.edit.atomic import write_file

        write_file(output, content)
        if not quiet:
            say(f"wrote {output}")
        return
    try:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


EPILOG = """Examples:

\b
  commit-tracker review -f docx -o review.docx
  commit-tracker review --round-table 2 --lang en
  commit-tracker review --objective 10 -f html -o objective-10.html
  commit-tracker review -f json | jq '.summary'

\b
Exit codes: 0 dossier written, 1 the data has errors, 2 usage error (docx to a terminal, unknown round table)."""
