"""The report site as a reader sees it: pages opened from disk in a real headless Chromium.

The assertions are on the DOM after the scripts ran, compared with what the query layer says,
so they hold for any data.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from commit_tracker.checker import run_checks
from commit_tracker.dataset import Dataset
from commit_tracker.history.timeline import data_commits
from commit_tracker.models import Objective
from commit_tracker.query.filters import Filters, query_items
from commit_tracker.query.links import detail, links_by_action
from commit_tracker.query.tallies import briefing, counted, coverage
from commit_tracker.report.site.model import site_data
from commit_tracker.report.site.output import write_site
from commit_tracker.report.site.render import SiteOptions, render_site
from commit_tracker.vocabulary import Kind, Status
from tests.browser import dump_dom, page_widths, print_pdf
from tests.conftest import DATA, REPORTS, ROOT

AS_OF = dt.date(2024, 1, 1)


@pytest.fixture(scope="module")
def real() -> Dataset:
    outcome = run_checks([DATA], cwd=ROOT)
    assert not outcome.failed
    return outcome.dataset


@pytest.fixture(scope="module")
def site(real: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the real data, with its git history, as of a fixed day."""
    out = tmp_path_factory.mktemp("site") / "site"
    write_site(render_site(site_data(real, AS_OF, data_commits(DATA)), SiteOptions()), out)
    return out


def _text(fragment: str) -> str:
    """The visible text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _rows(dom: str) -> dict[str, bool]:
    """The rows of the item list: id -> shown."""
    return {match.group(1): "hidden" not in match.group(2) for match in re.finditer(r'<tr id="row-([^"]+)"([^>]*)>', dom)}


def test_overview(site: Path, real: Dataset) -> None:
    dom = dump_dom((site / "en" / "index.html").as_uri())
    assert '<html lang="en">' in dom
    numbers = briefing(query_items(real, Filters(as_of=AS_OF)), real, AS_OF, {})
    shown = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", dom))
    assert int(shown["commitments"]) == numbers.total == len(counted(query_items(real, Filters(as_of=AS_OF))))
    assert int(shown["assessed"]) == numbers.assessed
    assert int(shown["overdue"]) == len(query_items(real, Filters(as_of=AS_OF, overdue=True)))
    last = data_commits(DATA).last
    assert last is not None
    assert f"commit {last.short}" in dom
    rows = coverage(real, AS_OF)
    tiles = re.findall(r'<li class="tile level-(\d)">(.*?)</li>', dom, re.S)
    assert len(tiles) == len(rows) == 23
    gaps = [row.number for row in rows if row.gap]
    assert [int(re.search(r'tile-number">(\d+)', body).group(1)) for level, body in tiles if level == "0"] == gaps  # type: ignore[union-attr]
    assert all("gap" in _text(body) for level, body in tiles if level == "0")
    # Every status in the bars is named in words beside its icon, with its count.
    legend = _text(dom[dom.index('id="by-kind"') : dom.index('id="owners"')])
    followups = query_items(real, Filters(as_of=AS_OF, kinds=frozenset({Kind.FOLLOWUP})))
    done = sum(view.status is Status.DONE for view in followups)
    assert f"✓ done {done} (" in legend
    for link in ('href="../nb/index.html"', 'href="items.json"', 'href="items.csv"'):
        assert link in dom


def test_objective_page_lists_every_action_and_what_is_linked_to_it(site: Path, real: Dataset) -> None:
    dom = dump_dom((site / "nb" / "objectives" / "10.html").as_uri())
    objective = real.objective(10)
    assert isinstance(objective, Objective)
    assert '<html lang="nb">' in dom
    assert objective.title_nb in _text(dom)
    assert objective.title_en in _text(dom)
    groups = links_by_action(detail(real, objective.id, AS_OF))
    positions = []
    for group in groups:
        anchor = f'id="action-{group.letter or "whole"}"'
        assert anchor in dom
        positions.append(dom.index(anchor))
    assert positions == sorted(positions)
    for group, start, end in zip(groups, positions, [*positions[1:], dom.index('id="history"')], strict=True):
        section = dom[start:end]
        linked = re.findall(r'href="\.\./items/([^"]+)\.html"', section)
        assert linked == [link.view.id for link in group.links]
    assert sum(len(group.links) for group in groups) > 0


def test_item_page_shows_the_quote_the_history_and_the_commits(site: Path, real: Dataset) -> None:
    item = next(item for item in real.items.values() if len(item.updates) >= 1 and item.owner)
    dom = dump_dom((site / "en" / "items" / f"{item.id}.html").as_uri())
    text = _text(dom)
    assert " ".join(item.source.quote.split()) in text
    assert item.source.locator in text
    assert item.current_status.label("en") in text
    history = dom[dom.index('id="history"') : dom.index('id="links"')]
    assert len(re.findall(r"<tr>", history.split("<tbody>")[1])) == len(item.updates)
    for update in item.updates:
        assert update.date in history
    commits = dom[dom.index('id="commits"') :]
    events = data_commits(DATA).by_item[item.id]
    assert events
    for event in events:
        assert event.commit is not None
        assert f"<code>{event.commit.short}</code>" in commits
    assert f'href="../owners/{item.owner}.html"' in dom


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("status=not_assessed&kind=followup", Filters(as_of=AS_OF, kinds=frozenset({Kind.FOLLOWUP}), statuses=frozenset({Status.NOT_ASSESSED}))),
        ("owner=ud&search=MENNESKEHANDEL", Filters(as_of=AS_OF, owner="ud", search="MENNESKEHANDEL")),
        ("objective=16&kind=compact_commitment&kind=pledge", Filters(as_of=AS_OF, objective=16, kinds=frozenset({Kind.COMPACT_COMMITMENT, Kind.PLEDGE}))),
        ("objective=10&owner=iom", Filters(as_of=AS_OF, objective=10, owner="iom")),
        (
            "search=P%C3%85G%C3%85R&status=in_progress&status=partly_done",
            Filters(as_of=AS_OF, search="PÅGÅR", statuses=frozenset({Status.IN_PROGRESS, Status.PARTLY_DONE})),
        ),
    ],
)
def test_a_filtered_items_address_shows_only_the_matching_items(site: Path, real: Dataset, query: str, filters: Filters) -> None:
    dom = dump_dom(f"{(site / 'en' / 'items.html').as_uri()}?{query}")
    rows = _rows(dom)
    assert len(rows) == len(real.items)
    expected = [view.id for view in query_items(real, filters)]
    assert 0 < len(expected) < len(real.items), "a query that shows nothing or everything proves little"
    assert [item_id for item_id, shown in rows.items() if shown] == sorted(expected, key=list(rows).index)
    assert f"{len(expected)} of {len(real.items)} items shown." in _text(dom)
    form = re.search(r'<form id="filters"[^>]*>', dom)
    assert form is not None
    assert " hidden" not in form.group(0), "the script shows the filters"


def test_changing_a_filter_writes_it_into_the_address(site: Path, real: Dataset) -> None:
    # A reader ticks "done": the list narrows and the address becomes shareable (items.html?status=done).
    page = site / "en" / "items.html"
    probe = page.with_name("items-probe.html")
    tick = (
        "<script>var box = document.querySelector('input[name=status][value=done]'); box.checked = true;"
        " box.dispatchEvent(new Event('change', {bubbles: true}));"
        " document.body.setAttribute('data-address', location.search);</script></body>"
    )
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", tick), encoding="utf-8")
    try:
        dom = dump_dom(probe.as_uri())
    finally:
        probe.unlink()
    assert 'data-address="?status=done"' in dom
    expected = [view.id for view in query_items(real, Filters(as_of=AS_OF, statuses=frozenset({Status.DONE})))]
    assert expected
    assert [item_id for item_id, shown in _rows(dom).items() if shown] == sorted(expected, key=list(_rows(dom)).index)


def test_the_overdue_filter(tmp_path: Path) -> None:
    # The real data have no overdue item at present; the report fixtures have three on this day.
    outcome = run_checks([REPORTS], cwd=ROOT)
    day = dt.date(2014, 1, 1)
    out = tmp_path / "site"
    write_site(render_site(site_data(outcome.dataset, day, None), SiteOptions()), out)
    rows = _rows(dump_dom(f"{(out / 'nb' / 'items.html').as_uri()}?overdue=1"))
    expected = [view.id for view in query_items(outcome.dataset, Filters(as_of=day, overdue=True))]
    assert expected == ["fu-01", "fu-03", "gcm-review"]
    assert [item_id for item_id, shown in rows.items() if shown] == expected


def test_without_filters_every_item_is_listed(site: Path, real: Dataset) -> None:
    page = (site / "nb" / "items.html").read_text(encoding="utf-8")
    rows = _rows(page)
    assert list(rows) == [view.id for view in query_items(real, Filters(as_of=AS_OF))]
    assert all(rows.values())
    assert re.search(r'<form id="filters"[^>]* hidden>', page), "without the script, the form stays hidden and the list is whole"


def test_the_overview_prints_one_a4_page_per_section(tmp_path: Path) -> None:
    outcome = run_checks([REPORTS], cwd=ROOT)
    out = tmp_path / "site"
    write_site(render_site(site_data(outcome.dataset, AS_OF, None), SiteOptions()), out)
    overview = (out / "en" / "index.html").read_text(encoding="utf-8")
    sections = overview.count('<section class="report-section"')
    assert sections == 5
    assert print_pdf((out / "en" / "index.html").as_uri(), tmp_path / "overview.pdf") == sections
    pdf = (tmp_path / "overview.pdf").read_bytes()
    assert re.search(rb"/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]", pdf), "not A4"


def test_on_a_phone_no_page_scrolls_sideways_only_a_wide_table_in_its_box(site: Path, real: Dataset, tmp_path: Path) -> None:
    """At a 400-pixel window the pages and the review dossier fit; a table too wide scrolls within its own box."""
    from typer.testing import CliRunner

    from commit_tracker.cli import app

    dossier = tmp_path / "dossier.html"
    result = CliRunner().invoke(app, ["review", "-d", str(DATA), "-f", "html", "-o", str(dossier), "--as-of", AS_OF.isoformat(), "-q"])
    assert result.exit_code == 0, result.stderr
    owner = next(iter(sorted((site / "en" / "owners").glob("*.html"))))
    item = site / "en" / "items" / "ap-3.4.1-01.html"
    for page in (site / "en" / "index.html", site / "en" / "items.html", owner, item, dossier):
        viewport, width = page_widths(page, 400)
        assert width <= viewport, f"{page.name} is {width} pixels wide in a {viewport}-pixel viewport"
    assert 'class="table-scroll" role="region"' in (site / "en" / "items.html").read_text(encoding="utf-8")
