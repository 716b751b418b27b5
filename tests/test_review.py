"""The review dossier: its content agrees with coverage, and the .docx reads back as a real Word document."""

from __future__ import annotations

import copy
import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph
from typer.testing import CliRunner, Result

from commit_tracker.cli import app
from commit_tracker.report.review.data import REVIEW_JSON_VERSION
from commit_tracker.report.review.reporters import HtmlReporter, MarkdownReporter
from commit_tracker.vocabulary import Lang
from tests.conftest import DATA, REPORTS

AS_OF = ["--as-of", "2026-06-30"]
ENV = {"NO_COLOR": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None}


def run(runner: CliRunner, *args: str, data: Path = DATA) -> Result:
    return runner.invoke(app, [*args, "--data", str(data)], env=ENV)


def ok(result: Result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def coverage_json() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(ok(run(CliRunner(), "coverage", "--format", "json", "--lang", "en")))
    return document


@pytest.fixture(scope="module")
def review_json() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(ok(run(CliRunner(), "review", "-f", "json", "--lang", "en", *AS_OF)))
    return document


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "review.docx"
    ok(run(CliRunner(), "review", "-f", "docx", "-o", str(path), "--lang", "en", *AS_OF))
    return path


# The JSON: versioned, and the same links as coverage.


def test_review_json_is_versioned(review_json: dict[str, Any]) -> None:
    assert review_json["version"] == REVIEW_JSON_VERSION == 1
    assert review_json["kind"] == "commit-tracker-review"
    assert review_json["as_of"] == "2026-06-30"


def test_each_objective_has_exactly_the_items_coverage_links(review_json: dict[str, Any], coverage_json: dict[str, Any]) -> None:
    covered = {row["number"]: row for row in coverage_json["objectives"]}
    reviewed = {row["number"]: row for table in review_json["round_tables"] for row in table["objectives"]}
    assert sorted(reviewed) == sorted(covered) == list(range(1, 24))
    for number, row in reviewed.items():
        expected = covered[number]
        assert [m["id"] for m in row["measures"]] == row["items"] == expected["items"], number
        for key in ("total", "by_kind", "by_status", "gap"):
            assert row[key] == expected[key], (number, key)
    assert review_json["gaps"] == coverage_json["gaps"]


def test_the_four_round_tables_group_the_23_objectives_as_the_data_says(review_json: dict[str, Any]) -> None:
    grouping = {table["number"]: [row["number"] for row in table["objectives"]] for table in review_json["round_tables"]}
    assert grouping == {table["number"]: table["objectives_listed"] for table in review_json["round_tables"]}
    assert sorted(n for numbers in grouping.values() for n in numbers) == list(range(1, 24))
    assert list(grouping) == [1, 2, 3, 4]


def test_actions_with_a_measure_are_those_linked_by_letter(review_json: dict[str, Any]) -> None:
    for table in review_json["round_tables"]:
        for row in table["objectives"]:
            measures = {m["id"]: m for m in row["measures"]}
            for action in row["actions"]:
                linked = [item_id for item_id, m in measures.items() if action["ref"] in m["refs"]]
                assert action["measures"] == linked, action["ref"]
            assert row["actions_without_measure"] == [a["letter"] for a in row["actions"] if not a["measures"]]


def test_adoption_is_not_assessed_everywhere_because_no_source_says(review_json: dict[str, Any]) -> None:
    actions = [a for table in review_json["round_tables"] for row in table["objectives"] for a in row["actions"]]
    assert len(actions) == 187
    assert review_json["adoption"] == {"chosen": 0, "not_chosen": 0, "not_assessed": 187}
    assert {a["adoption"] for a in actions} == {"not_assessed"}


def test_overdue_and_stale_are_measures_that_are(review_json: dict[str, Any]) -> None:
    measures = {m["id"]: m for table in review_json["round_tables"] for row in table["objectives"] for m in row["measures"]}
    assert review_json["stale"] == [item_id for item_id, m in measures.items() if m["stale"]]
    assert review_json["overdue"] == [item_id for item_id, m in measures.items() if m["overdue"]]
    # The IOM follow-up points were last reported in 2012: stale by mid-2026.
    assert review_json["stale"]
    assert all(measures[item_id]["last_evidence"]["date"] == "2012" for item_id in review_json["stale"])


def test_the_principles_of_an_objective_are_those_its_measures_name(review_json: dict[str, Any]) -> None:
    order = [p["id"] for p in review_json["principles"]]
    named = []
    for table in review_json["round_tables"]:
        for row in table["objectives"]:
            union = {p for m in row["measures"] for p in m["principles"]}
            assert row["principles"] == sorted(union, key=order.index), row["number"]
            named += row["principles"]
    assert "gp-human-rights" in named  # the data link some measures to principles their text names


def test_one_round_table_or_one_objective(runner: CliRunner) -> None:
    only_two = json.loads(ok(run(runner, "review", "-f", "json", "--round-table", "2")))
    assert [[row["number"] for row in table["objectives"]] for table in only_two["round_tables"]] == [[4, 8, 9, 10, 11, 13, 21]]
    only_ten = json.loads(ok(run(runner, "review", "-f", "json", "--objective", "10")))
    assert [(table["number"], [row["number"] for row in table["objectives"]]) for table in only_ten["round_tables"]] == [(2, [10])]
    assert len(only_ten["summary"]) == 1
    assert sum(only_ten["adoption"].values()) == len(only_ten["round_tables"][0]["objectives"][0]["actions"])


# The Word document: outline, tables, quotes.


@dataclass
class Outline:
    """What a reader of the .docx finds: the headings in order, and what stands under each."""

    headings: list[tuple[int, str]] = field(default_factory=list)
    tables: dict[tuple[str, str, str], list[Table]] = field(default_factory=dict)
    quotes: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)


def read_outline(path: Path) -> Outline:
    document = docx.Document(str(path))
    outline = Outline()
    place = ["", "", ""]
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            style = block.style.name if block.style is not None else ""
            if style.startswith("Heading "):
                level = int(style.removeprefix("Heading "))
                outline.headings.append((level, block.text))
                place[level - 1 :] = [block.text] + [""] * (3 - level)
            elif style == "Quote":
                outline.quotes.setdefault((place[0], place[1], place[2]), []).append(block.text)
            else:
                outline.paragraphs.append(block.text)
        else:
            outline.tables.setdefault((place[0], place[1], place[2]), []).append(block)
    return outline


def _rows(table: Table) -> Iterator[list[str]]:
    for row in table.rows:
        yield [cell.text for cell in row.cells]


def test_docx_outline_has_four_round_tables_with_their_objectives(docx_path: Path, review_json: dict[str, Any]) -> None:
    outline = read_outline(docx_path)
    round_tables = [text for level, text in outline.headings if level == 1 and text.startswith("Round table")]
    assert round_tables == ["Round table 1", "Round table 2", "Round table 3", "Round table 4"]
    under: dict[str, list[int]] = {}
    current = ""
    for level, text in outline.headings:
        if level == 1:
            current = text
        elif level == 2 and current.startswith("Round table"):
            under.setdefault(current, []).append(int(text.split(":")[0].removeprefix("Objective ")))
    expected = {f"Round table {table['number']}": table["objectives_listed"] for table in review_json["round_tables"]}
    assert under == expected
    assert sum(len(numbers) for numbers in under.values()) == 23


def test_docx_measures_tables_list_what_coverage_links(docx_path: Path, coverage_json: dict[str, Any]) -> None:
    outline = read_outline(docx_path)
    covered = {row["number"]: row["items"] for row in coverage_json["objectives"]}
    seen = {}
    for (round_table, objective, part), tables in outline.tables.items():
        if round_table.startswith("Round table") and part == "Measures":
            assert len(tables) == 1
            header, *rows = list(_rows(tables[0]))
            assert header[:2] == ["id", "kind"]
            seen[int(objective.split(":")[0].removeprefix("Objective "))] = [row[0] for row in rows]
    assert seen == {number: items for number, items in covered.items() if items}
    assert len(seen) < len(covered)  # the objectives with nothing linked have no measures table


def test_docx_every_objective_has_an_actions_table_and_a_gap_line(docx_path: Path, review_json: dict[str, Any]) -> None:
    outline = read_outline(docx_path)
    actions = {o: tables for (rt, o, part), tables in outline.tables.items() if part == "The compact's actions"}
    assert len(actions) == 23
    for table in review_json["round_tables"]:
        for row in table["objectives"]:
            heading = f"Objective {row['number']}: {row['title']}"
            _, *rows = list(_rows(actions[heading][0]))
            assert [r[0] for r in rows] == [a["ref"] for a in row["actions"]]
            assert all(r[2] == "not assessed" for r in rows)
    assert sum(text.startswith("Gap: ") for text in outline.paragraphs) == 23


def test_docx_quotes_the_ten_principles_and_each_commitment(docx_path: Path, review_json: dict[str, Any]) -> None:
    outline = read_outline(docx_path)
    principle_headings = [text for level, text in outline.headings if level == 2 and text[:1].isdigit()]
    assert len(principle_headings) == 10
    quoted = [quote for (h1, _, _), quotes in outline.quotes.items() if h1.startswith("Guiding principles") for quote in quotes]
    assert quoted == [principle["text"] for principle in review_json["principles"]]
    commitments = {o: quotes for (rt, o, part), quotes in outline.quotes.items() if part == "Commitment"}
    assert len(commitments) == 23
    for table in review_json["round_tables"]:
        for row in table["objectives"]:
            assert commitments[f"Objective {row['number']}: {row['title']}"] == [row["commitment"]]


def test_docx_states_the_adoption_honestly(docx_path: Path) -> None:
    outline = read_outline(docx_path)
    assert (1, "Actions chosen") in outline.headings
    text = " ".join(outline.paragraphs)
    assert "For none of the 187 actions here does a source in the data say whether the state chose it" in text
    assert "'not chosen' is not 'not done'" in text


def test_docx_summary_has_a_row_per_objective(docx_path: Path, coverage_json: dict[str, Any]) -> None:
    outline = read_outline(docx_path)
    (summary,) = outline.tables[("Summary across the objectives", "", "")]
    header, *rows = list(_rows(summary))
    assert header[:4] == ["#", "round table", "objective", "items"]
    totals = {row["number"]: row["total"] for row in coverage_json["objectives"]}
    assert {int(row[0]): int(row[3]) for row in rows} == totals


def test_a_recorded_choice_is_counted_and_cited(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPORTS, data)
    objectives = data / "objectives.yaml"
    chosen = "{letter: a, text: utarbeide en strategi for migrasjonsdata, adoption: {state: chosen, source: {document: gcm, locator: l, quote: q}}}"
    objectives.write_text(
        objectives.read_text(encoding="utf-8").replace("{letter: a, text: utarbeide en strategi for migrasjonsdata}", chosen), encoding="utf-8"
    )
    document = json.loads(ok(run(runner, "review", "-f", "json", "--objective", "1", data=data)))
    assert document["adoption"] == {"chosen": 1, "not_chosen": 0, "not_assessed": 1}
    (action, _) = document["round_tables"][0]["objectives"][0]["actions"]
    assert action["adoption"] == "chosen"
    assert action["adoption_source"] == {"document": "gcm", "locator": "l", "quote": "q"}
    text = ok(run(runner, "review", "--objective", "1", "--lang", "en", data=data))
    assert "Of the 2 actions here, 1 are chosen and 0 not chosen, each with its source; 1 are not assessed." in text
    assert "| 1.a | utarbeide en strategi for migrasjonsdata | chosen | — |" in text


# The command line.


def test_docx_is_refused_on_a_terminal(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("commit_tracker.cli.review._terminal", lambda: True)
    result = run(runner, "review", "-f", "docx")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "commit-tracker: error: -f docx writes a binary file; give -o FILE or redirect stdout\n"


def test_docx_goes_to_a_pipe(runner: CliRunner) -> None:
    result = run(runner, "review", "-f", "docx", "--objective", "12")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"PK")
    document = docx.Document(io.BytesIO(result.stdout_bytes))
    assert any(p.text.startswith("Objective 12:") for p in document.paragraphs if p.style is not None and p.style.name == "Heading 2")


def test_output_file_holds_what_stdout_would(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "review.md"
    target.write_text("old\n", encoding="utf-8")
    result = run(runner, "review", "-o", str(target), "--round-table", "3", "--lang", "nb", *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == ok(run(runner, "review", "--round-table", "3", "--lang", "nb", *AS_OF))
    assert [p.name for p in tmp_path.iterdir()] == ["review.md"]


def test_a_round_table_or_objective_not_in_the_data_is_a_usage_error(runner: CliRunner) -> None:
    result = run(runner, "review", "--round-table", "2", data=REPORTS)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", "commit-tracker: error: no round table 2 in the data (it has none)\n")
    result = run(runner, "review", "--objective", "5", data=REPORTS)
    assert (result.exit_code, result.stderr) == (2, "commit-tracker: error: objective 5 is not among the loaded objectives\n")


def test_output_into_a_missing_folder_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "review", "-o", str(tmp_path / "no" / "review.md"))
    assert result.exit_code == 2
    assert result.stderr.startswith("commit-tracker: error: cannot write ")
    assert result.stderr.count("\n") == 1


# The Markdown, exactly, on the small report fixtures: no round tables and no principles in the data.

EXPECTED = Path(__file__).resolve().parent / "fixtures" / "review"


def test_markdown_dossier_of_one_objective_in_no_round_table(runner: CliRunner) -> None:
    result = run(runner, "review", "--objective", "1", "--lang", "en", "--as-of", "2014-01-01", data=REPORTS)
    assert ok(result) == (EXPECTED / "objective-1.en.md").read_text(encoding="utf-8")
    assert result.stderr == "1 objective(s) in 1 round table(s); 0 with nothing linked.\n"


# The text formats escape the data's text.


def _with_title(review_json: dict[str, Any], title: str) -> dict[str, Any]:
    document = copy.deepcopy(review_json)
    measure = next(m for table in document["round_tables"] for row in table["objectives"] for m in row["measures"])
    measure["title"] = title
    return document


def test_html_is_autoescaped(review_json: dict[str, Any]) -> None:
    page = HtmlReporter().render(_with_title(review_json, "<script>alert(1)</script>"), Lang.EN).decode("utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.lower().startswith("<!doctype html>")


def test_markdown_escapes_table_syntax(review_json: dict[str, Any]) -> None:
    text = MarkdownReporter().render(_with_title(review_json, "a | b *c*"), Lang.EN).decode("utf-8")
    assert "a \\| b \\*c\\*" in text


def test_hidden_characters_in_the_data_are_shown_escaped(review_json: dict[str, Any]) -> None:
    text = MarkdownReporter().render(_with_title(review_json, "right\u202eleft \x1b[31m"), Lang.EN).decode("utf-8")
    assert "\u202e" not in text
    assert "\x1b" not in text
    assert "right\\\\u202eleft \\\\x1b\\[31m" in text  # escaped, then its backslashes escaped for Markdown
