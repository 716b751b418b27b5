"""The ``site`` command: build the static report site from the data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from commit_tracker.cli.options import AsOfOpt, DataOpt, DebugOpt, QuietOpt
from commit_tracker.cli.support import EXIT_OK, guarded, say

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its commands are top-level commands."""


@commands.command(
    epilog="""Examples:

\b
  commit-tracker site public/
  commit-tracker site public/ --as-of 2013-12-31 --title "Oppfølging 2013"
  commit-tracker site public/ --base-url https://example.org/tracker

\b
Open public/index.html in a browser, or put the folder on any static host.

\b
Exit codes: 0 site written, 1 the data has errors, 2 usage error or the folder cannot be written.""",
)
def site(
    out_dir: Annotated[Path, typer.Argument(metavar="OUT_DIR", help="The folder to write the site to: new, empty, or a site built before (replaced whole).")],
    data: DataOpt = None,
    as_of: AsOfOpt = None,
    title: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--title", metavar="TEXT", help="The title in both languages. Default: 'Hvor forpliktelsene står' / 'Where the commitments stand'."),
    ] = None,
    base_url: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--base-url", metavar="URL", help="The site's public address, for canonical links and absolute download links; pages link each other relatively."
        ),
    ] = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Build a static report site (nb and en) that works from disk or any static host: overview, objectives, items, owners, sources, filters, downloads."""

    def action() -> int:
        from commit_tracker.cli.reporting import as_of_day, load
        from commit_tracker.errors import UsageError
        from commit_tracker.history.timeline import DataCommits, data_commits
        from commit_tracker.report.site.model import site_data
        from commit_tracker.report.site.output import write_site
        from commit_tracker.report.site.render import SiteOptions, render_site

        if base_url is not None and not base_url.startswith(("https://", "http://")):
            raise UsageError(f"--base-url: '{base_url}' is not an http(s) address")
        dataset = load(data)
        commits: DataCommits | None = None
        origin = next(iter(dataset.origins.values()), None)
        if origin is not None:
            try:
                commits = data_commits(origin.parsed.path.parent)
            except UsageError:
                commits = None  # not in git: the site says so
        day = as_of_day(as_of)
        count = write_site(render_site(site_data(dataset, day, commits), SiteOptions(title=title, base_url=base_url)), out_dir)
        if not quiet:
            say(f"commit-tracker: wrote {count} files to {out_dir}; open {out_dir / 'index.html'}")
        return EXIT_OK

    guarded(debug, action)
