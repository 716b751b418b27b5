"""Render the site: every page of both languages, the downloads and the static files, as (path, bytes)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from commit_tracker import __version__
from commit_tracker.query.links import Relation
from commit_tracker.query.tallies import count_statuses
from commit_tracker.report.document import JSON_VERSION
from commit_tracker.report.items import chronological
from commit_tracker.report.site.downloads import downloads
from commit_tracker.report.site.model import SiteData
from commit_tracker.report.site.pages import CSV_FILE, JSON_FILE, depth, item_path, iter_pages, owner_path, source_path
from commit_tracker.report.site.speech import LINKED_LEVELS, Speech, linked_level, segments
from commit_tracker.sanitize import visible
from commit_tracker.vocabulary import Kind, Lang, Status

STATIC = ("site.css", "site.js")
"""The static files, shipped in the package (``report/static``) and copied to ``static/``."""


@dataclass(frozen=True)
class SiteOptions:
    """What the command line sets: the title (None: the vocabulary's) and the public address, if any."""

    title: str | None = None
    base_url: str | None = None
    """For canonical links and absolute download addresses only: every link between pages is relative."""


def environment() -> Environment:
    """Jinja2 with autoescape on: the data's text is never markup; controls and bidi characters are shown as escapes."""
    return Environment(
        loader=PackageLoader("commit_tracker.report", "templates/site"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        finalize=_visible,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _visible(value: object) -> object:
    # Markup is the templates' own HTML; only plain text (the data's) is made visible.
    return visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def render_site(data: SiteData, options: SiteOptions) -> Iterator[tuple[str, bytes]]:
    """Every file of the site, path relative to the site's folder: both languages, the downloads, the static files."""
    env = environment()
    for lang in Lang:
        speech = Speech(lang, data)
        other = Lang.EN if lang is Lang.NB else Lang.NB
        common = {
            "t": speech,
            "data": data,
            "lang": lang.value,
            "other_lang": other.value,
            "site_title": options.title or speech("site.title"),
            "version": __version__,
            "item_path": lambda item: item_path(data, item),
            "owner_path": owner_path,
            "source_path": source_path,
            "segments": segments,
            "chronological": chronological,
            "count_statuses": count_statuses,
            "Kind": Kind,
            "Status": Status,
            "Relation": Relation,
            "linked_level": linked_level,
            "levels": LINKED_LEVELS,
            "json_file": JSON_FILE,
            "csv_file": CSV_FILE,
            "json_version": JSON_VERSION,
            "download_base": f"{options.base_url.rstrip('/')}/{lang.value}/" if options.base_url else "",
        }
        for page in iter_pages(data):
            up = "../" * depth(page.path)
            canonical = f"{options.base_url.rstrip('/')}/{lang.value}/{page.path}" if options.base_url else None
            context = {**common, **page.context, "path": page.path, "up": up, "top": up + "../", "canonical": canonical}
            yield f"{lang.value}/{page.path}", env.get_template(page.template).render(context).encode()
        json_text, csv_text = downloads(data, lang)
        yield f"{lang.value}/{JSON_FILE}", json_text.encode()
        yield f"{lang.value}/{CSV_FILE}", csv_text.encode()
    yield "index.html", env.get_template("languages.html").render(site_title=options.title, version=__version__).encode()
    static = resources.files("commit_tracker.report") / "static"
    for name in STATIC:
        yield f"static/{name}", (static / name).read_bytes()
