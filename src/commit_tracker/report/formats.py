"""The report formats: one reporter class each, chosen from a registry by ReportFormat."""

from __future__ import annotations

import csv
import io
import json

from rich import box
from rich.console import Console, Group, RenderableType
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from commit_tracker.report import ReportFormat, ReportReporter
from commit_tracker.report.document import Block, Cell, Document, Fields, Grid, Note
from commit_tracker.sanitize import csv_safe, visible

BAR_WIDTH, NARROW_BAR_WIDTH, NARROW = 20, 10, 60
"""A bar is 20 characters wide, or 10 in a terminal narrower than 60 columns."""

UNLIMITED = 1_000_000

STYLES = {
    "heading": "bold",
    "id": "cyan",
    "dim": "dim",
    "overdue": "bold red",
    "gap": "bold red",
    "status.not_assessed": "dim",
    "status.not_started": "magenta",
    "status.in_progress": "yellow",
    "status.partly_done": "cyan",
    "status.done": "green",
    "status.stalled": "red",
    "status.dropped": "bright_black",
}
"""The terminal style of each style name a Cell may carry."""


class JsonReporter:
    """The report's versioned JSON document."""

    def render(self, document: Document, console: Console) -> str:
        return json.dumps(document.data, ensure_ascii=False, indent=2) + "\n"


class CsvReporter:
    """A header row and one row per record, UTF-8, lines ending in LF.

    A cell a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a leading
    quote, as OWASP advises; control characters are shown as escapes.
    """

    def render(self, document: Document, console: Console) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([csv_safe(visible(name)) for name in document.records.fields])
        writer.writerows([csv_safe(visible(cell)) for cell in row] for row in document.records.rows)
        return out.getvalue()


class MarkdownReporter:
    """GitHub-flavoured Markdown tables under bold titles, with the data's text escaped."""

    def render(self, document: Document, console: Console) -> str:
        return "\n".join(_markdown_block(block) for block in document.blocks)


class TableReporter:
    """Tables for the terminal, drawn by rich; a table too wide for the terminal becomes a list of records."""

    def render(self, document: Document, console: Console) -> str:
        if not document.blocks:
            return ""
        with console.capture() as capture:
            for index, block in enumerate(document.blocks):
                if index:
                    console.print()
                console.print(_renderable(block, console))
        # rich pads cells to the column width; trailing spaces are noise in a pipe or a diff.
        return "".join(line.rstrip() + "\n" for line in capture.get().removesuffix("\n").split("\n"))


REPORTER_BY_FORMAT: dict[ReportFormat, type[ReportReporter]] = {
    ReportFormat.TABLE: TableReporter,
    ReportFormat.JSON: JsonReporter,
    ReportFormat.CSV: CsvReporter,
    ReportFormat.MARKDOWN: MarkdownReporter,
}


def bar(count: int, total: int, width: int) -> tuple[str, str]:
    """The filled and empty parts of a bar: count/total of ``width``, rounded, at least one when count > 0."""
    filled = (2 * count * width + total) // (2 * total) if total else 0
    filled = max(filled, 1) if count else filled
    return "█" * filled, "░" * (width - filled)


def _text(cell: Cell, bar_width: int) -> Text:
    """The cell as rich Text: never parsed as markup, so ``[utkast]`` stays as written."""
    if cell.share is not None:
        full, empty = bar(*cell.share, bar_width)
        return Text.assemble((full, STYLES.get(cell.style, "")), (empty, "dim"))
    return Text(visible(cell.text), style=STYLES.get(cell.style, ""))


def _renderable(block: Block, console: Console) -> RenderableType:
    bar_width = BAR_WIDTH if console.width >= NARROW else NARROW_BAR_WIDTH
    if isinstance(block, Note):
        return Text(visible(block.text))
    if isinstance(block, Fields):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, cell in block.pairs:
            grid.add_row(Text(visible(label)), _text(cell, bar_width))
        return _titled(block.title, grid)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for index, header in enumerate(block.headers):
        table.add_column(Text(visible(header)), justify="right" if index in block.numeric else "left", overflow="fold")
    for row in block.rows:
        table.add_row(*(_text(cell, bar_width) for cell in row))
    # Folding lets rich squeeze any table into any width, a letter per line; below the width its
    # longest words need, a list of records reads better.
    if Measurement.get(console, console.options.update_width(UNLIMITED), table).minimum > console.width:
        return _titled(block.title, _records(block, bar_width))
    return _titled(block.title, table)


def _records(grid: Grid, bar_width: int) -> RenderableType:
    """A table too wide for the terminal, as one record per row: the first cell, then 'header value' lines."""
    parts: list[RenderableType] = []
    for row in grid.rows:
        fields = Table.grid(padding=(0, 1))
        fields.add_column(style="bold", no_wrap=True)
        fields.add_column(overflow="fold")
        for header, cell in zip(grid.headers[1:], row[1:], strict=True):
            if cell.text or cell.share:
                fields.add_row(Text(visible(header)), _text(cell, bar_width))
        if row[0].text:
            parts.append(_text(row[0], bar_width))
        parts.append(Padding(fields, (0, 0, 0, 2)))
    return Group(*parts)


def _titled(title: str, body: RenderableType) -> RenderableType:
    return Group(Text(visible(title), style="bold"), body) if title else body


def _markdown_block(block: Block) -> str:
    if isinstance(block, Note):
        return _escape(block.text) + "\n"
    lines = [f"**{_escape(block.title)}**", ""] if block.title else []
    if isinstance(block, Fields):
        lines.extend(f"- **{_escape(label)}:** {_escape(cell.text)}" for label, cell in block.pairs)
        return "\n".join(lines) + "\n"
    lines.append(_markdown_row(block.headers))
    lines.append("|" + "|".join("---:" if index in block.numeric else "---" for index in range(len(block.headers))) + "|")
    for row in block.rows:
        lines.append("| " + " | ".join(_markdown_cell(cell) for cell in row) + " |")
    return "\n".join(lines) + "\n"


def _markdown_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_escape(cell) for cell in cells) + " |"


def _markdown_cell(cell: Cell) -> str:
    if cell.share is not None:
        return "".join(bar(*cell.share, BAR_WIDTH))
    text = _escape(cell.text.strip())
    return f"**{text}**" if cell.style == "heading" and text else text


_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|~"})


def _escape(text: str) -> str:
    """Text that GitHub shows as written inside a table: Markdown characters escaped, lines joined."""
    return " ".join(visible(text).translate(_MARKDOWN_SPECIAL).splitlines())
