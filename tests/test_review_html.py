"""The HTML dossier is drawn with the site's layout, stylesheet and macros: one file, and an objective reads as on the site."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.cli import app
from commit_tracker.cli.reporting import load
from commit_tracker.models import Objective, Role
from commit_tracker.query.items import iter_views, title_of
from commit_tracker.vocabulary import Lang
from tests.conftest import DATA

AS_OF = ["--as-of", "2026-06-30"]
ENV = {"NO_COLOR": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None}
OBJECTIVE = 10
"""An objective of the real data with items linked to some of its actions and not to others."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """The English dossier, written with -o as a mailed file would be, and the site of the same data and day."""
    folder = tmp_path_factory.mktemp("review-html")
    runner = CliRunner()
    dossier = folder / "review.html"
    result = runner.invoke(app, ["review", "-f", "html", "-o", str(dossier), "--lang", "en", *AS_OF, "--data", str(DATA)], env=ENV)
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["site", str(folder / "site"), "--quiet", *AS_OF, "--data", str(DATA)], env=ENV)
    assert result.exit_code == 0, result.stderr
    return dossier.read_text(encoding="utf-8"), folder / "site"


def test_the_dossier_is_one_file_with_the_sites_stylesheet_inline(built: tuple[str, Path]) -> None:
    page, _ = built
    stylesheet = (resources.files("commit_tracker.report") / "static" / "site.css").read_text(encoding="utf-8")
    styles = re.findall(r"<style>\n(.*?)</style>", page, re.DOTALL)
    assert styles == [stylesheet + "\n"]
    assert "<link" not in page
    assert "src=" not in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs, "the dossier links its round tables and measures"
    assert all(href.startswith("#") for href in hrefs), [href for href in hrefs if not href.startswith("#")]
    anchors = set(re.findall(r' id="([^"]*)"', page))
    assert {href[1:] for href in hrefs} <= anchors, "every link inside the dossier has its target"


def test_the_dossier_has_the_sites_landmarks(built: tuple[str, Path]) -> None:
    page, _ = built
    assert page.startswith('<!doctype html>\n<html lang="en">')
    for landmark in ('<a class="skip-link" href="#main">Skip to content</a>', '<header class="site-header">', '<main id="main" tabindex="-1">'):
        assert landmark in page
    assert '<footer class="site-footer">' in page


def test_status_badges_are_the_sites(built: tuple[str, Path]) -> None:
    page, site = built
    badge = re.compile(r'<span class="status status-[a-z_]+"><span class="status-icon" aria-hidden="true">[^<]*</span> [^<]*</span>')
    in_dossier = set(badge.findall(page))
    on_site = set(badge.findall((site / "en" / "items.html").read_text(encoding="utf-8")))
    assert len(in_dossier) >= 3
    assert in_dossier <= on_site


def _actions(html: str, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """Each action block: its heading and the linked items' markup, without the links' targets (pages on the site, rows in the dossier)."""
    blocks = re.findall(r'<div class="action">\s*<h\d id="[^"]*">(.*?)</h\d>(.*?)</div>', html, re.DOTALL)
    return [
        heading
        + " | "
        + " ".join(
            re.sub(r' href="[^"]*"', "", item)
            for item in re.findall(r"<li>(.*?)</li>", body, re.DOTALL)
            if re.sub(r"^<a [^>]*>|</a>.*$", "", item, flags=re.DOTALL) not in leave_out
        )
        for heading, body in blocks
    ]


def test_an_objective_shows_its_actions_and_measures_as_its_site_page_does(built: tuple[str, Path]) -> None:
    page, site = built
    article = re.search(rf'<article class="objective">\s*<h3>Objective {OBJECTIVE}:.*?</article>', page, re.DOTALL)
    assert article is not None
    in_dossier = _actions(article.group())
    # The dossier's measures are the commitments coverage counts; the site's page also lists the
    # linked statements and headings, each under its action. Those are left out of the comparison.
    dataset = load([DATA])
    not_measures = frozenset(
        title_of(view.item, Lang.EN)
        for view in iter_views(dataset, dt.date(2026, 6, 30))
        if OBJECTIVE in view.objectives and view.item.role is not Role.PLEDGE and not isinstance(view.item, Objective)
    )
    on_site = _actions((site / "en" / "objectives" / f"{OBJECTIVE}.html").read_text(encoding="utf-8"), not_measures)
    assert len(on_site) > 2
    assert any("<a>" in block for block in on_site), "some action has a linked item"
    assert any(block.endswith(" | ") for block in on_site), "some action has none"
    assert in_dossier == on_site
