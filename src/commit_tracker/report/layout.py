"""Tables laid out for a terminal of a given width: ids whole, text wrapped at words, columns dropped.

The layout works on plain text and is painted by the caller, so it is the same with or without
colour, and it is fast: one pass to measure, one to draw, no per-cell objects.

How a table meets a width, in this order:
1. Every column at its natural width, when that fits.
2. The columns that may wrap (titles, notes) are narrowed, each to no less than its minimum.
3. The columns in ``drop`` order are left out, one at a time, until the rest fits.
4. Nothing fits even then: ``plan`` returns None and the caller shows one record per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

GAP = "  "
"""Two spaces between columns."""
MIN_WRAP = 10
"""A column that wraps is never narrower than this (or its widest text, when that is shorter)."""
MIN_CLIP = 28
"""A column that is cut to fit keeps at least this much (other columns are left out first)."""
LONG_WORD = 24
"""A word up to this long is never split; a longer one (a URL) may be, rather than widening the column."""

Painter = Callable[[str, str], str]
"""``paint(text, style)``: the text with the style's terminal codes (or unchanged, without colour)."""


@dataclass(frozen=True)
class Column:
    """A column: its header, whether its text may wrap, whether it is aligned right."""

    header: str
    wrap: bool = False
    right: bool = False
    clip: bool = False
    """Cut to the column's width with '…' instead of wrapping: one line per row, for a summary."""


@dataclass(frozen=True)
class Plan:
    """Which columns are shown, how wide each is, and which were left out."""

    kept: tuple[int, ...]
    widths: tuple[int, ...]
    dropped: tuple[int, ...]
    narrow: bool = False
    """No character in the table is wider than one column: lengths are widths."""

    @property
    def total(self) -> int:
        """The width of the drawn table."""
        return sum(self.widths) + len(GAP) * (len(self.widths) - 1)


def cell_len(text: str) -> int:
    """The width rich gives the text (East Asian widths, emoji); rich is loaded only for such text."""
    from rich.cells import cell_len as rich_cell_len

    return rich_cell_len(text)


def text_width(text: str) -> int:
    """The terminal width of the text's widest line."""
    if "\n" in text:
        return max(text_width_line(line) for line in text.split("\n"))
    return text_width_line(text)


def text_width_line(text: str) -> int:
    """The terminal width of one line (ASCII and Latin letters are one column each)."""
    return len(text) if text.isascii() or not _wide().search(text) else cell_len(text)


_WIDE_CHARACTERS = "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f000-\U0001faff\U00020000-\U0003fffd]"
"""Characters a terminal shows two columns wide (East Asian wide and full-width letters, emoji)."""


@cache
def _wide() -> re.Pattern[str]:
    """The pattern of wide characters, compiled on first use (a few ms; wide blocks merged, so the pattern stays small)."""
    return re.compile(_WIDE_CHARACTERS)


def _natural(header: str, texts: list[str]) -> tuple[int, bool]:
    """A column's natural width, and whether its lengths are its widths: one pass in C for the usual text."""
    joined = "\n".join(texts)
    if _wide().search(joined) is None and "\n" not in joined:
        return max(len(header), max(map(len, texts), default=0)), True
    return max([text_width(header), *map(text_width, texts)]), False


def plan(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int, drop: Sequence[int] = ()) -> Plan | None:
    """The layout of the table in ``width`` columns, or None when even the columns that stay cannot fit."""
    measured = [_natural(column.header, [row[index] for row in rows]) for index, column in enumerate(columns)]
    natural = [width for width, _ in measured]
    narrow = all(simple for _, simple in measured)
    minimum = [_minimum(index, column, natural[index], rows) for index, column in enumerate(columns)]
    kept = list(range(len(columns)))
    dropped: list[int] = []
    order = [index for index in drop if index < len(columns)]
    while True:
        widths = _fit([natural[index] for index in kept], [minimum[index] for index in kept], width - len(GAP) * (len(kept) - 1))
        if widths is not None:
            return Plan(tuple(kept), tuple(widths), tuple(dropped), narrow)
        if not order:
            return None
        gone = order.pop(0)
        kept.remove(gone)
        dropped.append(gone)


def _minimum(index: int, column: Column, natural: int, rows: Sequence[Sequence[str]]) -> int:
    if column.clip:
        return min(natural, MIN_CLIP)
    if not column.wrap or natural <= MIN_WRAP:
        return natural
    longest = max((text_width_line(word) for row in rows for word in row[index].split()), default=0)
    return min(natural, max(MIN_WRAP, min(longest, LONG_WORD)))


def _fit(natural: list[int], minimum: list[int], room: int) -> list[int] | None:
    """Widths that add up to at most ``room``: natural ones, else the wrapping columns narrowed fairly."""
    if sum(natural) <= room:
        return natural
    if sum(minimum) > room:
        return None
    widths = list(minimum)
    spare = room - sum(minimum)
    # Share what is left between the wrapping columns, in proportion to what each still wants.
    wants = [full - low for full, low in zip(natural, minimum, strict=True)]
    total = sum(wants)
    for index, want in enumerate(wants):
        widths[index] += want * spare // total if total else 0
    leftover = room - sum(widths)
    for index in sorted(range(len(wants)), key=lambda i: -wants[i]):
        if leftover <= 0:
            break
        if widths[index] < natural[index]:
            widths[index] += 1
            leftover -= 1
    return widths


def wrap(text: str, width: int) -> list[str]:
    """The text's lines, each wrapped at spaces to ``width``; a word longer than that is cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if text_width_line(paragraph) <= width:
            lines.append(paragraph)
            continue
        line = ""
        for word in paragraph.split():
            while text_width_line(word) > width:
                if line:
                    lines.append(line)
                    line = ""
                head, word = _cut(word, width)
                lines.append(head)
            if not line:
                line = word
            elif text_width_line(line) + 1 + text_width_line(word) <= width:
                line += " " + word
            else:
                lines.append(line)
                line = word
        if line or not lines:
            lines.append(line)
    return lines


def _cut(word: str, width: int) -> tuple[str, str]:
    size = max(width, 1)
    while text_width_line(word[:size]) > width and size > 1:
        size -= 1
    return word[:size], word[size:]


def draw(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    layout: Plan,
    *,
    styles: Sequence[Sequence[str]] | None = None,
    paint: Painter | None = None,
) -> Iterator[str]:
    """The table's lines: header, a rule, then the rows; ``styles`` holds a style name per cell."""
    painter = paint or _plain
    kept, widths = layout.kept, layout.widths
    header = [columns[index].header for index in kept]
    yield _line(header, widths, [columns[index].right for index in kept], ["heading"] * len(kept), painter)
    yield "─" * layout.total
    rights = [columns[index].right for index in kept]
    for number, row in enumerate(rows):
        cells = [row[index] for index in kept]
        row_styles = [styles[number][index] for index in kept] if styles is not None else [""] * len(kept)
        if layout.narrow and all(len(cell) <= width for cell, width in zip(cells, widths, strict=True)):
            yield _line(cells, widths, rights, row_styles, painter, len)
            continue
        split = [_lines(cell, width, columns[index].clip) for cell, width, index in zip(cells, widths, kept, strict=True)]
        height = max(len(lines) for lines in split)
        if height == 1:
            yield _line([lines[0] for lines in split], widths, rights, row_styles, painter)
            continue
        for step in range(height):
            yield _line([lines[step] if step < len(lines) else "" for lines in split], widths, rights, row_styles, painter)


def _lines(cell: str, width: int, clip: bool) -> list[str]:
    if "\n" not in cell and text_width_line(cell) <= width:
        return [cell]
    if clip:
        return [clip_text(cell.replace("\n", " "), width)]
    return wrap(cell, width)


def clip_text(text: str, width: int) -> str:
    """The text cut to ``width`` with '…', at a word when one ends in the last third."""
    if text_width_line(text) <= width:
        return text
    head, _ = _cut(text, width - 1)
    space = head.rfind(" ")
    if space >= (2 * width) // 3:
        head = head[:space]
    return head.rstrip() + "…"


def _line(
    cells: Sequence[str], widths: Sequence[int], rights: Sequence[bool], styles: Sequence[str], paint: Painter, measure: Callable[[str], int] = text_width_line
) -> str:
    parts = []
    for cell, width, right, style in zip(cells, widths, rights, styles, strict=True):
        pad = " " * (width - measure(cell))
        painted = paint(cell, style) if cell and style else cell
        parts.append(pad + painted if right else painted + pad)
    return GAP.join(parts).rstrip()


def _plain(text: str, style: str) -> str:
    return text
