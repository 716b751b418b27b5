"""The report formats: one reporter class each, chosen from a registry by ReportFormat."""

from __future__ import annotations

import csv
import io
import json

from commit_tracker.report import ReportFormat, ReportReporter, Terminal
from commit_tracker.report.document import Block, Cell, Document, Fields, Grid, Note
from commit_tracker.report.labels import word
from commit_tracker.report.layout import GAP, MIN_WRAP, Column, Painter, draw, plan, text_width, wrap
from commit_tracker.sanitize import csv_safe, visible
from commit_tracker.vocabulary import Lang

BAR_WIDTH, NARROW_BAR_WIDTH, NARROW = 20, 10, 60
"""A bar is 20 characters wide, or 10 in a terminal narrower than 60 columns."""

STYLES = {
    "heading": "1",
    "id": "36",
    "dim": "2",
    "overdue": "1;31",
    "gap": "1;31",
    "status.not_assessed": "2",
    "status.not_started": "35",
    "status.in_progress": "33",
    "status.partly_done": "36",
    "status.done": "32",
    "status.stalled": "31",
    "status.dropped": "90",
}
"""The terminal style (ANSI SGR codes: bold, dim, cyan, bold red, ...) of each style name a Cell may carry.

The sixteen standard colours, so every colour terminal shows them; no library is loaded to print them.
"""


class JsonReporter:
    """The report's versioned JSON document."""

    def render(self, document: Document, console: Terminal) -> str:
        return json.dumps(document.data, ensure_ascii=False, indent=2) + "\n"


class CsvReporter:
    """A header row and one row per record, UTF-8, lines ending in LF.

    A cell a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a leading
    quote, as OWASP advises; control characters are shown as escapes.
    """

    def render(self, document: Document, console: Terminal) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([csv_safe(visible(name)) for name in document.records.fields])
        writer.writerows([csv_safe(visible(cell)) for cell in row] for row in document.records.rows)
        return out.getvalue()


class MarkdownReporter:
    """GitHub-flavoured Markdown tables under bold titles, with the data's text escaped."""

    def render(self, document: Document, console: Terminal) -> str:
        return "\n".join(_markdown_block(block) for block in document.blocks)


class TableReporter:
    """Tables for the terminal, laid out by ``report.layout`` to its width and painted with rich's styles."""

    def render(self, document: Document, console: Terminal) -> str:
        if not document.blocks:
            return ""
        paint = painter(console)
        bar_width = BAR_WIDTH if console.width >= NARROW else NARROW_BAR_WIDTH
        lines: list[str] = []
        for index, block in enumerate(document.blocks):
            if index:
                lines.append("")
            lines.extend(_block_lines(block, console.width, bar_width, paint, document.lang))
        return "".join(line.rstrip() + "\n" for line in lines)


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


def _cell_text(cell: Cell, bar_width: int) -> str:
    # Text from the data is shown, never obeyed: a control or bidi character becomes an escape.
    return "".join(bar(*cell.share, bar_width)) if cell.share is not None else visible(cell.text)


def _cell_style(cell: Cell) -> str:
    return f"bar:{cell.style}" if cell.share is not None else cell.style


def _block_lines(block: Block, width: int, bar_width: int, paint: Painter, lang: str) -> list[str]:
    if isinstance(block, Note):
        return wrap(visible(block.text), width)
    lines = [paint(visible(block.title), "heading")] if block.title else []
    if isinstance(block, Fields):
        lines.extend(_fields(block, width, bar_width, paint))
        return lines
    columns = [
        Column(header, wrap=index in _wrapping(block), right=index in block.numeric, clip=index in block.clip) for index, header in enumerate(block.headers)
    ]
    texts = [[_cell_text(cell, bar_width) for cell in row] for row in block.rows]
    styles = [[_cell_style(cell) for cell in row] for row in block.rows]
    layout = plan(columns, texts, width, block.drop)
    if layout is None:
        lines.extend(_records(block, texts, styles, width, paint))
        return lines
    lines.extend(draw(columns, texts, layout, styles=styles, paint=paint))
    if layout.dropped:
        names = ", ".join(block.headers[index] for index in layout.dropped)
        lines.extend(wrap(word("columns_left_out", Lang(lang), width=str(width), names=names), width))
    return lines


def _wrapping(grid: Grid) -> frozenset[int]:
    """The columns whose text may wrap: as the grid says, else those holding running text."""
    if grid.wrap is not None:
        return grid.wrap
    whole = {0, *grid.numeric}
    for row in grid.rows:
        whole.update(index for index, cell in enumerate(row) if cell.share is not None or cell.style == "id" or cell.style.startswith("status."))
    return frozenset(range(len(grid.headers))) - whole


def _fields(block: Fields, width: int, bar_width: int, paint: Painter) -> list[str]:
    """Label and value on a line each; the value wraps at words beside its label."""
    label_width = max((text_width(visible(label)) for label, _ in block.pairs), default=0)
    room = max(width - label_width - len(GAP), MIN_WRAP)
    lines = []
    for raw_label, cell in block.pairs:
        label = visible(raw_label)
        text, style = _cell_text(cell, bar_width), _cell_style(cell)
        label_cell = paint(label, "heading") + " " * (label_width - text_width(label))
        for step, line in enumerate(wrap(text, room) or [""]):
            painted = paint(line, style) if line and style else line
            lines.append((label_cell if step == 0 else " " * label_width) + GAP + painted)
    return lines


def _records(grid: Grid, texts: list[list[str]], styles: list[list[str]], width: int, paint: Painter) -> list[str]:
    """A table too wide for the terminal, as one record per row: the first cell, then 'header value' lines."""
    headers = grid.headers[1:]
    label_width = max((text_width(header) for header in headers), default=0)
    room = max(width - 2 - label_width - 1, 8)
    lines = []
    for row, row_styles in zip(texts, styles, strict=True):
        if row[0]:
            lines.append(paint(row[0], row_styles[0]) if row_styles[0] else row[0])
        for header, text, style in zip(headers, row[1:], row_styles[1:], strict=True):
            if not text:
                continue
            label = "  " + paint(header, "heading") + " " * (label_width - text_width(header)) + " "
            for step, line in enumerate(wrap(text, room)):
                lines.append((label if step == 0 else " " * (label_width + 3)) + (paint(line, style) if line and style else line))
    return lines


def painter(console: Terminal) -> Painter:
    """``paint(text, style)`` for the terminal: escape codes when it has colour, else the text as it is."""
    if not console.color_system:
        return lambda text, style: text

    def paint(text: str, style: str) -> str:
        if style.startswith("bar:"):
            full = text.rstrip("░")
            return paint(full, style[4:]) + paint(text[len(full) :], "dim") if full else paint(text, "dim")
        code = STYLES.get(style)
        return f"\x1b[{code}m{text}\x1b[0m" if code else text

    return paint


def _markdown_block(block: Block) -> str:
    if isinstance(block, Note):
        # Each line of a note is a paragraph of its own (the briefing's 'N more: command' lines).
        return "\n\n".join(_escape(line) for line in visible(block.text).splitlines()) + "\n"
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
