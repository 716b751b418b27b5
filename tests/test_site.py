"""The report site without a browser: the queries it adds, its pages, links, downloads and writing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from typer.testing import CliRunner

from commit_tracker.checker import UsageError, run_checks
from commit_tracker.cli import app
from commit_tracker.dataset import Dataset
from commit_tracker.history.timeline import data_commits
from commit_tracker.models import FollowUp
from commit_tracker.query.filters import Filters, query_items
from commit_tracker.query.links import Relation, detail, details, links_by_action
from commit_tracker.query.tallies import briefing
from commit_tracker.report.site.model import site_data
from commit_tracker.report.site.output import MARKER, write_site
from commit_tracker.report.site.render import SiteOptions, render_site
from tests.conftest import DATA, REPORTS, ROOT
from tests.git_helpers import Repo

AS_OF = dt.date(2014, 1, 1)


@pytest.fixture(scope="module")
def real() -> Dataset:
    outcome = run_checks([DATA], cwd=ROOT)
    assert not outcome.failed
    return outcome.dataset


def build(dataset: Dataset, out: Path, **options: str) -> Path:
    write_site(render_site(site_data(dataset, AS_OF, None), SiteOptions(**options)), out)
    return out


# The queries the site added to query/.


@pytest.mark.parametrize("which", ["fixture", "real"])
def test_details_in_one_pass_are_what_detail_gives_for_each_item(which: str, dataset: Dataset, real: Dataset) -> None:
    data = dataset if which == "fixture" else real
    found = details(data, AS_OF)
    assert list(found) == list(data.items)
    assert all(found[item_id] == detail(data, item_id, AS_OF) for item_id in data.items)


def test_query_items_over_given_views_is_query_items(real: Dataset) -> None:
    views = query_items(real, Filters(as_of=AS_OF))
    for owner in real.owners:
        filters = Filters(as_of=AS_OF, owner=owner)
        assert query_items(real, filters, views) == query_items(real, filters)
    for source in real.sources:
        filters = Filters(as_of=AS_OF, source=source)
        assert query_items(real, filters, views) == query_items(real, filters)


@pytest.mark.parametrize("which", ["fixture", "real"])
def test_each_owners_and_sources_items_are_what_status_filters_give(which: str, dataset: Dataset, real: Dataset) -> None:
    data = dataset if which == "fixture" else real
    site = site_data(data, AS_OF, None)
    assert any(site.owner_items.values())
    for owner in data.owners:
        assert site.owner_items[owner] == query_items(data, Filters(as_of=AS_OF, owner=owner)), owner
    for source in data.sources:
        assert site.source_items[source] == query_items(data, Filters(as_of=AS_OF, source=source)), source


def test_links_by_action_lists_every_action_then_the_whole_objective(dataset: Dataset) -> None:
    groups = links_by_action(detail(dataset, "gcm-10", AS_OF))
    objective = dataset.items["gcm-10"]
    assert [group.letter for group in groups] == [*(action.letter for action in objective.actions), None]  # type: ignore[attr-defined]
    by_letter = {group.letter: [link.view.id for link in group.links] for group in groups}
    # fu-01 links "10" and "10.b": under b and under the whole objective; fu-02 "10.a"; ap-01 "10.c"; fu-04 "10".
    assert by_letter["a"] == ["fu-02"]
    assert by_letter["b"] == ["fu-01"]
    assert by_letter["c"] == ["ap-01"]
    assert by_letter[None] == ["fu-01", "fu-04"]
    assert all(link.relation is Relation.LINKED_ITEM for group in groups for link in group.links)


def test_headline_counts(dataset: Dataset) -> None:
    views = query_items(dataset, Filters(as_of=AS_OF))
    numbers = briefing(views, dataset, AS_OF, {})
    assert numbers.total == len(dataset.items) == 11
    assert numbers.assessed == sum(view.status.value != "not_assessed" for view in views)
    assert numbers.overdue == len(query_items(dataset, Filters(as_of=AS_OF, overdue=True))) == 3
    open_assessed = [
        view for view in query_items(dataset, Filters(as_of=AS_OF, stale_days=365)) if view.status.value != "not_assessed" and not view.status.final
    ]
    assert numbers.stale == len(open_assessed)


def test_data_commits_lists_what_each_commit_did_to_each_item(tmp_path: Path) -> None:
    repo = Repo(tmp_path)
    item = "followups:\n  - id: fu-1\n    text: Gjør noe\n    source: {document: d, locator: l1, quote: q}\n    status: %s\n"
    repo.write("data/followups.yaml", item % "not_started")
    first = repo.commit("add", author="Ada", date="2025-01-01T10:00:00+00:00")
    repo.write("data/followups.yaml", item % "in_progress")
    second = repo.commit("progress", author="Bo", date="2025-02-01T10:00:00+00:00")
    repo.write("README", "not data")
    repo.commit("docs", author="Bo", date="2025-03-01T10:00:00+00:00")
    found = data_commits(tmp_path / "data")
    events = found.by_item["fu-1"]
    assert [(event.commit.short, event.kind) for event in events if event.commit] == [(first, "added"), (second, "changed")]
    assert [(change.field, change.old, change.new) for change in events[1].changes] == [("status", "not_started", "in_progress")]
    assert found.last is not None
    assert found.last.short == second
    assert not found.dirty
    with pytest.raises(UsageError):
        data_commits(Path("/"))


# The pages.


def test_every_item_objective_owner_and_source_has_a_page_in_both_languages(dataset: Dataset, tmp_path: Path) -> None:
    site = build(dataset, tmp_path / "site")
    for lang in ("nb", "en"):
        folder = site / lang
        for item_id, item in dataset.items.items():
            number = getattr(item, "number", None)
            page = folder / (f"objectives/{number}.html" if number is not None else f"items/{item_id}.html")
            assert page.is_file(), page
            assert f'<html lang="{lang}">' in page.read_text(encoding="utf-8")
        assert sorted(path.stem for path in (folder / "owners").iterdir()) == sorted(dataset.owners)
        assert sorted(path.stem for path in (folder / "sources").iterdir()) == sorted(dataset.sources)
        assert (folder / "index.html").is_file()
        assert (folder / "items.html").is_file()
    assert (site / "index.html").is_file()
    assert (site / MARKER).is_file()


def test_the_data_text_is_never_markup(dataset: Dataset, tmp_path: Path) -> None:
    evil = dataset.items["fu-03"]
    assert isinstance(evil, FollowUp)
    items = dict(dataset.items)
    items["fu-03"] = replace(evil, text='<script>alert("x")</script> & \u202egnp.exe', title=None)
    changed = replace(dataset, items=items)
    site = build(changed, tmp_path / "site")
    page = (site / "en" / "items" / "fu-03.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; \\u202egnp.exe" in page
    assert "\u202e" not in page


class _Links(HTMLParser):
    """Every address a page refers to, and every id it has."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src", "action", "poster", "srcset", "data") and value is not None:
                self.refs.append((tag, value))
            if name == "style" and value and "url(" in value:
                self.refs.append((tag, value))


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("which", ["fixture", "real"])
def test_every_internal_link_resolves_and_nothing_comes_from_outside(which: str, dataset: Dataset, real: Dataset, tmp_path: Path) -> None:
    site = build(dataset if which == "fixture" else real, tmp_path / "site")
    pages = sorted(site.rglob("*.html"))
    parsed = {page: _parse(page) for page in pages}
    checked = 0
    for page, links in parsed.items():
        for tag, ref in links.refs:
            parts = urlsplit(ref)
            assert not parts.scheme, f"{page.relative_to(site)}: <{tag}> refers outside the site: {ref}"
            assert not parts.netloc, f"{page.relative_to(site)}: <{tag}> refers outside the site: {ref}"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(site)}: broken link {ref}"
            assert site.resolve() in target.parents, f"{page.relative_to(site)}: {ref} leaves the site"
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in parsed[target].ids, f"{page.relative_to(site)}: no #{parts.fragment} in {ref}"
            checked += 1
    assert checked > len(pages)
    for static in (site / "static").iterdir():
        text = static.read_text(encoding="utf-8")
        assert not re.search(r"https?:|//[a-z]|@import|url\(", text), f"{static.name} refers to an outside resource"


def test_base_url_gives_canonical_links_and_absolute_downloads_only(dataset: Dataset, tmp_path: Path) -> None:
    site = build(dataset, tmp_path / "site", base_url="https://example.org/tracker/")
    overview = (site / "nb" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/tracker/nb/index.html">' in overview
    assert 'href="https://example.org/tracker/nb/items.json"' in overview
    assert 'href="items.html"' in overview
    item = (site / "en" / "items" / "fu-01.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/tracker/en/items/fu-01.html">' in item
    assert 'href="../../static/site.css"' in item


# The downloads.


def test_the_json_download_is_what_status_gives(dataset: Dataset, tmp_path: Path, runner: CliRunner) -> None:
    site = build(dataset, tmp_path / "site")
    for lang in ("nb", "en"):
        result = runner.invoke(app, ["status", "--all", "--data", str(REPORTS), "--format", "json", "--as-of", AS_OF.isoformat(), "--lang", lang])
        assert result.exit_code == 0, result.output
        assert json.loads((site / lang / "items.json").read_text(encoding="utf-8")) == json.loads(result.stdout)


def test_the_csv_download_has_every_item_and_no_formula(dataset: Dataset, tmp_path: Path) -> None:
    item = dataset.items["fu-03"]
    items = {**dataset.items, "fu-03": replace(item, title='=HYPERLINK("http://x")', note="+1", owner=item.owner)}
    changed = replace(dataset, items=items)
    site = build(changed, tmp_path / "site")
    rows = list(csv.DictReader(io.StringIO((site / "en" / "items.csv").read_text(encoding="utf-8"))))
    assert [row["id"] for row in rows] == [view.id for view in query_items(dataset, Filters(as_of=AS_OF))]
    row = next(row for row in rows if row["id"] == "fu-03")
    assert row["title"] == '\'=HYPERLINK("http://x")'
    assert row["note"] == "'+1"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


# Writing the folder.


def test_a_failed_build_leaves_the_old_site_whole(dataset: Dataset, tmp_path: Path) -> None:
    site = build(dataset, tmp_path / "site")
    before = sorted(path.relative_to(site) for path in site.rglob("*"))

    def broken() -> Iterator[tuple[str, bytes]]:
        yield "nb/index.html", b"half"
        raise RuntimeError("template failed")

    with pytest.raises(RuntimeError):
        write_site(broken(), site)
    assert sorted(path.relative_to(site) for path in site.rglob("*")) == before
    assert (site / "nb" / "index.html").read_bytes() != b"half"
    assert [path.name for path in tmp_path.iterdir()] == ["site"], "the half-built folder was left behind"


def test_a_rebuild_links_the_pages_that_did_not_change_and_writes_the_rest(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(iter([("nb/a.html", b"same"), ("nb/b.html", b"old"), ("en/c.html", b"gone")]), site)
    before = {name: (site / name).stat().st_ino for name in ("nb/a.html", "nb/b.html")}
    write_site(iter([("nb/a.html", b"same"), ("nb/b.html", b"new"), ("en/d.html", b"added")]), site)
    assert (site / "nb" / "a.html").stat().st_ino == before["nb/a.html"], "an unchanged page is linked, not written again"
    assert (site / "nb" / "b.html").read_bytes() == b"new"
    assert (site / "nb" / "b.html").stat().st_ino != before["nb/b.html"]
    assert (site / "en" / "d.html").read_bytes() == b"added"
    assert not (site / "en" / "c.html").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"], "the old site is removed after the swap"


def test_a_rebuild_never_links_what_the_old_site_points_to(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(iter([("nb/a.html", b"page")]), site)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"page")
    (site / "nb" / "a.html").unlink()
    (site / "nb" / "a.html").symlink_to(outside)
    write_site(iter([("nb/a.html", b"page")]), site)
    page = site / "nb" / "a.html"
    assert not page.is_symlink()
    assert page.stat().st_ino != outside.stat().st_ino
    assert outside.read_bytes() == b"page"
    # Nor through a folder of the old site that is a symlink to another place.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.html").write_bytes(b"page")
    shutil.rmtree(site / "nb")
    (site / "nb").symlink_to(elsewhere)
    write_site(iter([("nb/a.html", b"page")]), site)
    assert (site / "nb" / "a.html").stat().st_ino != (elsewhere / "a.html").stat().st_ino
    assert (elsewhere / "a.html").read_bytes() == b"page"


def test_a_folder_that_is_not_a_site_is_never_replaced(dataset: Dataset, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="not a site built by commit-tracker"):
        build(dataset, folder)
    assert (folder / "thesis.txt").read_text(encoding="utf-8") == "keep me"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert (build(dataset, empty) / "en" / "index.html").is_file()


# The command.


def test_site_command_builds_the_real_data(runner: CliRunner, tmp_path: Path, real: Dataset) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["site", str(out), "--data", str(DATA), "--as-of", "2014-01-01", "--title", "Oppfølging"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"open {out / 'index.html'}" in result.stderr
    assert len(list((out / "en" / "objectives").glob("*.html"))) == 23
    assert len(list((out / "nb" / "items").glob("*.html"))) == len(real.items) - 23
    assert "<title>Oversikt · Oppfølging</title>" in (out / "nb" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base-url", "example.org"], "is not an http(s) address"),
        (["--as-of", "2014-13-01"], "no month 13"),
    ],
)
def test_site_command_usage_errors(runner: CliRunner, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["site", str(tmp_path / "out"), "--data", str(REPORTS), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_site_command_refuses_a_folder_that_is_not_a_site(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["site", str(tmp_path), "--data", str(REPORTS)])
    assert result.exit_code == 2
    assert result.stderr.startswith("commit-tracker: error: ")
    assert "not a site built by commit-tracker" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_item_page_lists_the_commits_that_changed_it_in_words(runner: CliRunner, tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    for path in REPORTS.iterdir():
        repo.write(f"data/{path.name}", path.read_text(encoding="utf-8"))
    first = repo.commit("data", author="Ada", date="2025-01-01T10:00:00+00:00")
    followups = (REPORTS / "followups.yaml").read_text(encoding="utf-8")
    assert followups.count("    owner: jd\n    status: not_started\n") == 1  # fu-03
    repo.write("data/followups.yaml", followups.replace("    owner: jd\n    status: not_started\n", "    owner: jd\n    status: stalled\n"))
    second = repo.commit("fu-03 stalled", author="Bo", date="2025-02-03T10:00:00+00:00")
    out = tmp_path / "out"
    result = runner.invoke(app, ["site", str(out), "--data", str(tmp_path / "repo" / "data"), "--as-of", "2025-03-01"])
    assert result.exit_code == 0, result.output
    page = (out / "en" / "items" / "fu-03.html").read_text(encoding="utf-8")
    commits = page[page.index('id="commits"') :]
    assert f"<code>{first}</code>" in commits
    assert f"<code>{second}</code>" in commits
    assert "status: not started → stalled" in commits
    assert "Bo" in commits
    overview = (out / "nb" / "index.html").read_text(encoding="utf-8")
    assert f"2025-02-03, commit {second}" in overview
    untouched = (out / "en" / "items" / "fu-01.html").read_text(encoding="utf-8")
    assert second not in untouched


# Accessibility that the HTML and the CSS can prove without a browser.


class _Outline(HTMLParser):
    """The headings, landmarks and first link of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.levels: list[int] = []
        self.tags: set[str] = set()
        self.first_link: str | None = None
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))
        if tag == "a" and self.first_link is None:
            self.first_link = dict(attrs).get("href")
        if tag == "html":
            self.lang = dict(attrs).get("lang")


def test_every_page_has_landmarks_a_skip_link_and_headings_in_order(dataset: Dataset, tmp_path: Path) -> None:
    site = build(dataset, tmp_path / "site")
    for lang in ("nb", "en"):
        for page in sorted((site / lang).rglob("*.html")):
            outline = _Outline()
            outline.feed(page.read_text(encoding="utf-8"))
            where = page.relative_to(site)
            assert outline.lang == lang, where
            assert {"header", "nav", "main", "footer"} <= outline.tags, where
            assert outline.first_link == "#main", f"{where}: the first link skips to the content"
            assert outline.levels[0] == 1, where
            assert outline.levels.count(1) == 1, where
            jumps = [(a, b) for a, b in zip(outline.levels, outline.levels[1:], strict=False) if b > a + 1]
            assert not jumps, f"{where}: a heading level is skipped: {jumps}"


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_colours_meet_wcag_aa() -> None:
    css = (ROOT / "src" / "commit_tracker" / "report" / "static" / "site.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-f]{6});", css))
    statuses = [name[2:] for name in colours if name.startswith("t-")]
    assert len(statuses) == 7
    backgrounds = ["background", "panel", *(f"t-{status}" for status in statuses)]
    for text in ("text", "muted", "link", "alert"):
        for background in ("background", "panel"):
            assert _contrast(colours[text], colours[background]) >= 4.5, f"{text} on {background}"
    for background in backgrounds:
        assert _contrast(colours["text"], colours[background]) >= 4.5, f"text on {background}"
    # The bars' colours are graphics: 3:1 against the page.
    for status in statuses:
        assert _contrast(colours[f"s-{status}"], colours["background"]) >= 3, f"bar of {status}"


def test_a_folder_that_cannot_be_written_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root in CI, where permissions do not stop a write: the refusal is simulated.
    def refuse(**_: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("commit_tracker.report.site.output.tempfile.mkdtemp", refuse)
    result = runner.invoke(app, ["site", str(tmp_path / "out"), "--data", str(REPORTS)])
    assert result.exit_code == 2
    assert result.stderr == f"commit-tracker: error: cannot write in {tmp_path}: Permission denied\n"
    assert not (tmp_path / "out").exists()
