"""The dossier as a Word document (python-docx): headings in the outline, real tables, quotes in the Quote style.

Officials draft the national review in Word; this gives them a document they can edit, not a picture of one.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt
from docx.table import _Cell

from commit_tracker.report.review.blocks import Layout, ObjectiveSection, Table
from commit_tracker.report.review.layout import layout
from commit_tracker.vocabulary import Lang

LANGUAGE = {"nb": "nb-NO", "en": "en-GB"}
"""The document's language tag, for spelling and hyphenation in Word."""

TABLE_STYLE = "Table Grid"
QUOTE_STYLE = "Quote"
MARGIN = Cm(2)
TABLE_FONT = Pt(8)
WIDEST_COLUMN = 60
"""Characters: a column's share of the page follows its text up to this length."""
WIDEST_WORD = 16
"""Characters: a longer word (an id) may wrap at its hyphens."""
CELL_PADDING = 3
"""Characters a cell's margins take."""
LINE_CHARACTERS = 95
"""About how many characters of the table font fit across the page between the margins."""


def write_docx(data: Mapping[str, Any], lang: Lang) -> bytes:
    """The .docx file: Heading 1 for each round table, Heading 2 for each objective, Heading 3 for its parts."""
    dossier = layout(data, lang)
    document = Document()
    document.core_properties.title = dossier.title
    document.core_properties.language = LANGUAGE[dossier.lang]
    document.core_properties.author = "commit-tracker"
    document.styles["Normal"].font.size = Pt(10)
    for section in document.sections:
        section.left_margin = section.right_margin = MARGIN
    _write(document, dossier)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _write(document: DocumentObject, dossier: Layout) -> None:
    words = dossier.words
    document.add_heading(dossier.title, level=0)
    document.add_paragraph(dossier.subtitle, style="Subtitle")
    document.add_heading(words["about"], level=1)
    for paragraph in dossier.about:
        document.add_paragraph(paragraph)
    document.add_heading(words["adoption"], level=1)
    document.add_paragraph(dossier.adoption)
    document.add_heading(words["principles"], level=1)
    document.add_paragraph(dossier.principles_intro)
    for principle in dossier.principles:
        document.add_heading(principle.heading, level=2)
        document.add_paragraph(principle.text, style=QUOTE_STYLE)
        document.add_paragraph(f"{words['source']}: {principle.source}")
    for round_table in dossier.round_tables:
        document.add_heading(round_table.heading, level=1)
        document.add_paragraph(round_table.objectives_line)
        if round_table.decided_by:
            document.add_paragraph(round_table.decided_by)
        if round_table.source:
            document.add_paragraph(f"{words['source']}: {round_table.source}")
            document.add_paragraph(round_table.quote, style=QUOTE_STYLE)
        if round_table.note:
            document.add_paragraph(round_table.note)
        for objective in round_table.objectives:
            _objective(document, objective, words)
    document.add_heading(words["summary"], level=1)
    _table(document, dossier.summary)
    document.add_heading(words["attention"], level=1)
    document.add_paragraph(dossier.attention_intro)
    if dossier.attention:
        _table(document, dossier.attention)
    else:
        document.add_paragraph(words["attention_none"])
    document.add_paragraph(dossier.undated)
    document.add_heading(words["sources"], level=1)
    _table(document, dossier.sources)
    document.add_paragraph(words["generated"])


def _objective(document: DocumentObject, objective: ObjectiveSection, words: Mapping[str, str]) -> None:
    document.add_heading(objective.heading, level=2)
    document.add_heading(words["commitment"], level=3)
    document.add_paragraph(objective.commitment, style=QUOTE_STYLE)
    document.add_paragraph(f"{words['source']}: {objective.commitment_source}")
    document.add_heading(words["measures"], level=3)
    if objective.measures:
        _table(document, objective.measures)
    else:
        document.add_paragraph(words["no_measures"])
    document.add_heading(words["actions"], level=3)
    _table(document, objective.actions)
    document.add_paragraph().add_run(objective.gap).bold = True
    document.add_paragraph(objective.principles)


def _table(document: DocumentObject, table: Table) -> None:
    """A real Word table in small type; its header row is bold and repeats on every page; wide text gets wide columns."""
    section = document.sections[-1]
    usable = (section.page_width or Cm(21)) - (section.left_margin or MARGIN) - (section.right_margin or MARGIN)
    weights = _weights(table)
    widths = [Emu(int(usable * weight / sum(weights))) for weight in weights]
    grid = document.add_table(rows=1, cols=len(table.headers))
    grid.style = TABLE_STYLE
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width  # the table grid, which LibreOffice reads; each cell's width is for Word
    header = grid.rows[0]
    _repeat_as_header(header._tr)
    for cell, text, width in zip(header.cells, table.headers, widths, strict=True):
        cell.width = width
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = TABLE_FONT
    for row in table.rows:
        # _Row.cells walks the whole table each time; the new row's own cells are enough.
        cells = [_Cell(tc, grid) for tc in grid.add_row()._tr.tc_lst]
        for index, (cell, text, width) in enumerate(zip(cells, row, widths, strict=True)):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.add_run(text).font.size = TABLE_FONT
            if index in table.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _weights(table: Table) -> list[float]:
    """Each column's share of the width, in characters: at least its longest word, then more as its text is longer."""
    least, wanted = [], []
    for index, header in enumerate(table.headers):
        texts = [header, *(row[index] for row in table.rows)]
        longest_word = max((len(part) for text in texts for part in re.split(r"[\s-]+", text)), default=1)
        least.append(min(longest_word, WIDEST_WORD) + CELL_PADDING)
        wanted.append(max(least[-1], min(max(len(text) for text in texts), WIDEST_COLUMN) + CELL_PADDING))
    spare = LINE_CHARACTERS - sum(least)
    extra = sum(want - low for want, low in zip(wanted, least, strict=True))
    if spare <= 0 or extra == 0:
        return [float(low) for low in least]
    scale = min(1.0, spare / extra)
    return [low + (want - low) * scale for want, low in zip(wanted, least, strict=True)]


def _repeat_as_header(row: Any) -> None:
    properties = row.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)
