"""The table layout on hand-made tables: natural widths, wrapping at words, columns left out in order, records."""

from __future__ import annotations

import pytest

from commit_tracker.report.layout import Column, clip_text, draw, plan, wrap

COLUMNS = [Column("id"), Column("title", wrap=True), Column("owner"), Column("status"), Column("due")]
ROWS = [
    ["iom-eval-ud-03", "Referanse til evalueringen i tildelingsskrivene", "ud-regionalavdelingen", "not started", "2013"],
    ["gcm-10", "Menneskehandel", "ud", "not assessed", "—"],
]
DROP = [4, 2]  # due, then owner


def lines(width: int) -> list[str]:
    layout = plan(COLUMNS, ROWS, width, DROP)
    assert layout is not None
    return list(draw(COLUMNS, ROWS, layout))


def test_a_table_that_fits_is_drawn_at_natural_width() -> None:
    layout = plan(COLUMNS, ROWS, 200, DROP)
    assert layout is not None
    assert (layout.kept, layout.dropped) == ((0, 1, 2, 3, 4), ())
    assert layout.widths == (14, 47, 21, 12, 4)


def test_titles_wrap_at_words_before_any_column_is_left_out() -> None:
    drawn = lines(100)
    assert drawn[2].split()[0] == "iom-eval-ud-03"
    assert drawn[3].strip() == "tildelingsskrivene"
    assert all(len(line) <= 100 for line in drawn)


@pytest.mark.parametrize(("width", "dropped"), [(80, ()), (72, (4,)), (60, (4, 2))])
def test_columns_are_left_out_in_the_given_order(width: int, dropped: tuple[int, ...]) -> None:
    layout = plan(COLUMNS, ROWS, width, DROP)
    assert layout is not None
    assert layout.dropped == dropped
    assert layout.total <= width


def test_below_id_status_and_title_there_is_no_table() -> None:
    assert plan(COLUMNS, ROWS, 40, DROP) is None


def test_an_id_is_never_split_at_any_width() -> None:
    for width in range(50, 120):
        layout = plan(COLUMNS, ROWS, width, DROP)
        if layout is None:
            continue
        words = " ".join(draw(COLUMNS, ROWS, layout)).split()
        assert "iom-eval-ud-03" in words
        assert "tildelingsskrivene" in words  # a word shorter than the column's minimum stays whole


def test_wide_characters_count_two_columns() -> None:
    rows = [["a-1", "東京 会議"]]
    layout = plan([Column("id"), Column("title")], rows, 80)
    assert layout is not None
    assert layout.widths == (3, 9)
    assert not layout.narrow


def test_wrap_keeps_short_words_and_cuts_a_long_one() -> None:
    assert wrap("Styrke arbeidet mot menneskehandel", 12) == ["Styrke", "arbeidet mot", "menneskehand", "el"]
    assert wrap("a\nb c", 10) == ["a", "b c"]


def test_clip_ends_at_a_word_with_an_ellipsis() -> None:
    assert clip_text("Forumet møtes hvert fjerde år fra og med 2022", 28) == "Forumet møtes hvert fjerde…"
    assert clip_text("kort", 28) == "kort"
