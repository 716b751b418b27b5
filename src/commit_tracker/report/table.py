"""Plain-text tables for the terminal, laid out by rich to a given width, without colour."""

from __future__ import annotations

import io
from collections.abc import Sequence

from commit_tracker.sanitize import visible


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, width: int, wrap: Sequence[str] = ()) -> str:
    """The table as text lines; only the columns named in ``wrap`` may wrap, the others stay whole."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style=None)
    for header in headers:
        table.add_column(visible(header), no_wrap=header not in wrap, overflow="fold")
    for row in rows:
        table.add_row(*(Text(visible(cell)) for cell in row))  # Text: never read as rich markup; controls shown, not obeyed
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, highlight=False, emoji=False, markup=False)
    console.print(table)
    output = buffer.getvalue()
    return "".join(line.rstrip() + "\n" for line in output.splitlines())
