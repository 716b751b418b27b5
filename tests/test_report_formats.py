"""The four report formats on hand-built documents: exact output, escaping, bars, narrow terminals."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from commit_tracker.report import ReportFormat, Terminal, report_reporter
from commit_tracker.report.document import Cell, Document, Fields, Grid, Note, Records
from commit_tracker.report.formats import REPORTER_BY_FORMAT, bar

GRID = Grid(
    headers=("id", "title", "n"),
    rows=((Cell("a-1", "id"), Cell("Første | [utkast] *viktig*"), Cell("12")), (Cell("b-22"), Cell("Andre\nlinje_to"), Cell("3"))),
    title="Items",
    numeric=frozenset({2}),
)
DOCUMENT = Document(
    data={"version": 1, "items": [{"id": "a-1", "title": "Første"}]},
    records=Records(("id", "title"), (("a-1", 'Første, "sitert"\nog delt'), ("b-22", ""))),
    blocks=(GRID, Fields((("status", Cell("pågår", "status.in_progress")), ("share", Cell("", "status.done", (1, 3)))), title="a-1"), Note("! = note")),
)


def render(fmt: ReportFormat, width: int = 80, document: Document = DOCUMENT) -> str:
    return report_reporter(fmt).render(document, Terminal(width=width))


def test_every_format_has_a_reporter() -> None:
    assert set(REPORTER_BY_FORMAT) == set(ReportFormat)


def test_table() -> None:
    assert render(ReportFormat.TABLE) == (
        "Items\n"
        "id    title                        n\n"
        "────────────────────────────────────\n"
        "a-1   Første | [utkast] *viktig*  12\n"
        "b-22  Andre                        3\n"
        "      linje_to\n"
        "\n"
        "a-1\n"
        "status  pågår\n"
        "share   ███████░░░░░░░░░░░░░\n"
        "\n"
        "! = note\n"
    )


def test_a_narrow_table_wraps_at_words() -> None:
    assert render(ReportFormat.TABLE, width=20) == (
        "Items\n"
        "id    title        n\n"
        "────────────────────\n"
        "a-1   Første |    12\n"
        "      [utkast]\n"
        "      *viktig*\n"
        "b-22  Andre        3\n"
        "      linje_to\n"
        "\n"
        "a-1\n"
        "status  pågår\n"
        "share   ███░░░░░░░\n"  # bars are shorter in a narrow terminal
        "\n"
        "! = note\n"
    )


def test_a_table_narrower_than_its_longest_words_becomes_records() -> None:
    assert render(ReportFormat.TABLE, width=19).startswith("Items\na-1\n  title Første |\n        [utkast]\n        *viktig*\n  n     12\nb-22\n")


def test_markdown_escapes_what_github_would_read_as_markup() -> None:
    assert render(ReportFormat.MARKDOWN) == (
        "**Items**\n"
        "\n"
        "| id | title | n |\n"
        "|---|---|---:|\n"
        "| a-1 | Første \\| \\[utkast\\] \\*viktig\\* | 12 |\n"
        "| b-22 | Andre linje\\_to | 3 |\n"
        "\n"
        "**a-1**\n"
        "\n"
        "- **status:** pågår\n"
        "- **share:** \n"
        "\n"
        "! = note\n"
    )


def test_json_keeps_letters_as_written() -> None:
    text = render(ReportFormat.JSON)
    assert '"title": "Første"' in text
    assert json.loads(text) == DOCUMENT.data


def test_csv_round_trips_commas_quotes_and_line_breaks() -> None:
    text = render(ReportFormat.CSV)
    assert list(csv.reader(io.StringIO(text))) == [["id", "title"], ["a-1", 'Første, "sitert"\nog delt'], ["b-22", ""]]


def test_an_empty_document_is_empty_for_people_and_valid_for_tools() -> None:
    empty = Document(data={"version": 1, "items": []}, records=Records(("id",), ()), blocks=())
    assert render(ReportFormat.TABLE, document=empty) == ""
    assert render(ReportFormat.MARKDOWN, document=empty) == ""
    assert render(ReportFormat.CSV, document=empty) == "id\n"
    assert json.loads(render(ReportFormat.JSON, document=empty)) == {"version": 1, "items": []}


@pytest.mark.parametrize(
    ("count", "total", "filled"),
    [(0, 4, 0), (4, 4, 20), (1, 4, 5), (1, 3, 7), (1, 8, 3), (1, 1000, 1), (999, 1000, 20), (0, 0, 0)],
)
def test_bar(count: int, total: int, filled: int) -> None:
    full, empty = bar(count, total, 20)
    assert (full, empty) == ("█" * filled, "░" * (20 - filled))


def test_colour_paints_styles_with_standard_codes_and_nothing_else() -> None:
    text = report_reporter(ReportFormat.TABLE).render(DOCUMENT, Terminal(width=80, color_system="standard"))
    assert "\x1b[1mItems\x1b[0m" in text  # a title is bold
    assert "\x1b[36ma-1\x1b[0m" in text  # an id is cyan
    assert "\x1b[33mpågår\x1b[0m" in text  # in progress is yellow
    assert "[utkast]" in text  # the data's own brackets are text, not markup
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert plain == render(ReportFormat.TABLE)
