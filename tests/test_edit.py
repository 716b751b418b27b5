"""Writing values as YAML text: plain where that reads back the same, quoted where it would not."""

from __future__ import annotations

import pytest
import yaml

from commit_tracker.edit.scalars import double_quoted, folded, reads_back, render_date, render_scalar


@pytest.mark.parametrize(
    ("value", "block", "flow"),
    [
        ("done", "done", "done"),
        ("Taken up at the council.", "Taken up at the council.", "Taken up at the council."),
        ("NO", "'NO'", "'NO'"),  # a boolean to YAML 1.1
        ("yes", "'yes'", "'yes'"),
        ("0150", "'0150'", "'0150'"),  # an octal number to YAML 1.1
        ("12:30", "'12:30'", "'12:30'"),  # a sexagesimal number to YAML 1.1
        ("1e3", "'1e3'", "'1e3'"),  # a number to YAML 1.2
        ("null", "'null'", "'null'"),
        ("", "''", "''"),
        ("Done: see the report", "'Done: see the report'", "'Done: see the report'"),
        ("see #4", "'see #4'", "'see #4'"),
        ("a, b", "a, b", "'a, b'"),  # a comma only matters in flow style
        ("[draft]", "'[draft]'", "'[draft]'"),
        ("it's done", "it's done", "it's done"),
        ("'quoted'", "'''quoted'''", "'''quoted'''"),
        (" leading", "' leading'", "' leading'"),
        ("Gjennomført – «ferdig»", "Gjennomført – «ferdig»", "Gjennomført – «ferdig»"),
        ("two\nlines", '"two\\nlines"', '"two\\nlines"'),
    ],
)
def test_a_value_is_plain_only_where_it_reads_back_the_same(value: str, block: str, flow: str) -> None:
    assert render_scalar(value) == block
    assert render_scalar(value, flow=True) == flow
    assert yaml.safe_load(f"k: {block}\n") == {"k": value}
    assert yaml.safe_load(f"{{k: {flow}}}") == {"k": value}


@pytest.mark.parametrize(("style", "expected"), [("'", "'done'"), ('"', '"done"'), ("", "done"), (None, "done")])
def test_a_replaced_value_keeps_its_quotes(style: str | None, expected: str) -> None:
    assert render_scalar("done", style=style) == expected


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [("2012", None, '"2012"'), ("2012-11", None, "2012-11"), ("2012-11-30", None, "2012-11-30"), ("2013", "'", "'2013'"), ("2013-01", '"', '"2013-01"')],
)
def test_dates_are_written_as_the_data_files_write_them(value: str, style: str | None, expected: str) -> None:
    assert render_date(value, style=style) == expected


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x85", "\u2028", "\u2029", "\ufeff", "\t"])
def test_characters_the_loader_refuses_are_escaped(char: str) -> None:
    text = double_quoted(f"a{char}b")
    assert char not in text
    assert yaml.safe_load(f"k: {text}\n") == {"k": f"a{char}b"}


def test_a_long_text_is_folded_to_the_width_and_reads_back() -> None:
    value = "The evaluation has been followed up in talks with IOM, most recently at the IOM council meeting of 27-30 November."
    lines = folded(value, indent=10, width=60)
    assert lines is not None
    assert all(len(line) <= 60 for line in lines)
    assert all(line.startswith(" " * 10) and line[10] != " " for line in lines)
    assert reads_back(">-\n" + "\n".join(lines), value)


@pytest.mark.parametrize("value", ["two  spaces", " leading", "line\nbreak", ""])
def test_a_text_that_folding_would_change_is_not_folded(value: str) -> None:
    assert folded(value, indent=4, width=20) is None


def test_the_diff_does_not_show_frequent_lines_as_changed() -> None:
    from commit_tracker.edit.update import unified_diff

    # In a long file, difflib's default ignores lines as frequent as 'updates:' when matching.
    old = [line for index in range(150) for line in (f"  - id: i-{index}", "    updates:", "      - date: 2012", "        status: done")]
    new = [*old[:2], "      - date: 2011", "        status: stalled", *old[2:]]
    new[0] = "  - id: renamed"
    assert unified_diff(old, new, "a/x", "b/x") == (
        "--- a/x\n+++ b/x\n@@ -1,5 +1,7 @@\n-  - id: i-0\n+  - id: renamed\n     updates:\n+      - date: 2011\n+        status: stalled\n"
        "       - date: 2012\n         status: done\n   - id: i-1\n"
    )
    assert unified_diff(old, old, "a/x", "b/x") == ""
