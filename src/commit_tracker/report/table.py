"""Tables of text for the terminal (``history``, ``changes``), laid out by ``report.layout`` to a given width."""

from __future__ import annotations

from collections.abc import Sequence

from commit_tracker.report.labels import word
from commit_tracker.report.layout import Column, Painter, draw, plan, wrap
from commit_tracker.sanitize import visible
from commit_tracker.vocabulary import Lang


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    width: int,
    wrap_columns: Sequence[str] = (),
    drop: Sequence[str] = (),
    lang: Lang = Lang.EN,
    styles: Sequence[Sequence[str]] | None = None,
    paint: Painter | None = None,
) -> str:
    """The table as text lines; only the columns named in ``wrap_columns`` wrap (at words), the others stay whole.

    ``styles`` names a style per cell (``id``, ``status.done``) that ``paint`` turns into colour.

    The columns named in ``drop`` are left out, first to go first, when the table cannot fit
    otherwise; below even that, each row is a record of 'header value' lines.
    """
    rows = [[visible(cell) for cell in row] for row in rows]  # from the data and git: shown, never obeyed
    columns = [Column(header, wrap=header in wrap_columns) for header in headers]
    layout = plan(columns, rows, width, [headers.index(name) for name in drop if name in headers])
    if layout is None:
        return "".join(line + "\n" for line in _records(headers, rows, width))
    lines = list(draw(columns, rows, layout, styles=styles, paint=paint))
    if layout.dropped:
        names = ", ".join(headers[index] for index in layout.dropped)
        lines.extend(wrap(word("columns_left_out", lang, width=str(width), names=names), width))
    return "".join(line + "\n" for line in lines)


def _records(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> list[str]:
    label = max(len(header) for header in headers[1:]) if len(headers) > 1 else 0
    room = max(width - label - 3, 8)
    lines = []
    for row in rows:
        lines.append(row[0])
        for header, text in zip(headers[1:], row[1:], strict=True):
            for step, line in enumerate(wrap(text, room) if text else []):
                lines.append(f"  {header.ljust(label) if step == 0 else ' ' * label} {line}")
    return lines


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: int = 0) -> str:
    """A Markdown table; the last ``numeric`` columns are right-aligned; ``|`` in the text is escaped."""
    rule = ["---"] * (len(headers) - numeric) + ["--:"] * numeric
    lines = [list(headers), rule, *([_markdown_cell(cell) for cell in row] for row in rows)]
    return "".join("| " + " | ".join(line) + " |\n" for line in lines)


def _markdown_cell(text: str) -> str:
    return " ".join(visible(text).split()).replace("|", "\\|")
