"""Every console example of README.md and docs/ prints what the page shows.

The convention (in full at the top of tests/doc_examples.py): a ```console block is real; each
``$ `` line is a bash command (a trailing backslash continues it), followed by exactly what it
prints, stdout and stderr together. A block runs in a fresh copy of data/, schema/,
tests/fixtures/ and pyproject.toml with the source texts in ../shared/seeds, at 100 columns, in
English, without colour, with a fixed git identity and date; it builds any git history it needs.
An example that cannot be real is a ```text block whose preceding sentence calls it an
illustration. After a change of output, ``python -m tests.doc_examples --update`` rewrites the
pages (set COMMIT_TRACKER_SEEDS where ../shared/seeds is not beside the checkout).
"""

from __future__ import annotations

import os
import re

import pytest

from tests.doc_examples import SEEDS, Block, differences, find_blocks, pages, run_block

BLOCKS = [block for page in pages() for block in find_blocks(page)]
_NEEDS_TEXTS = re.compile(r"commit-tracker (validate|check|update)\b")


@pytest.mark.parametrize("block", BLOCKS, ids=[block.name for block in BLOCKS])
def test_the_example_prints_what_the_page_shows(block: Block) -> None:
    if not SEEDS.is_dir() and not os.environ.get("CI") and any(_NEEDS_TEXTS.search(command.text) for command in block.commands):
        pytest.skip("validate, check and update say whether the source texts are there: set COMMIT_TRACKER_SEEDS")
    assert differences(block, run_block(block)) == [], "run: python -m tests.doc_examples --update"


def test_there_are_examples_in_the_readme_and_the_docs() -> None:
    assert {block.page.name for block in BLOCKS} >= {"README.md", "commands.md", "editing-flow.md"}
    assert len(BLOCKS) >= 10


def _shell_sessions_outside_console_blocks(text: str) -> list[tuple[str, str]]:
    """(the paragraph before, the block) for each non-console fenced block that holds a ``$ `` line."""
    found = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE):
        if match.group(1) != "console" and re.search(r"^\$ ", match.group(2), flags=re.MULTILINE):
            before = text[: match.start()].rstrip().rsplit("\n\n", 1)[-1]
            found.append((before, match.group(0)))
    return found


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_an_example_that_is_not_run_is_called_an_illustration(page) -> None:
    unmarked = [block for before, block in _shell_sessions_outside_console_blocks(page.read_text(encoding="utf-8")) if "illustration" not in before.lower()]
    assert unmarked == []
