"""Render the site: every page of both languages, the downloads and the static files, as (path, bytes)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket
from markupsafe import Markup

from commit_tracker import __version__
from commit_tracker.query.items import ItemView
from commit_tracker.query.links import Relation
from commit_tracker.query.tallies import count_statuses
from commit_tracker.report.document import JSON_VERSION
from commit_tracker.report.items import chronological
from commit_tracker.report.site.downloads import downloads
from commit_tracker.report.site.model import SiteData
from commit_tracker.report.site.pages import CSV_FILE, JSON_FILE, depth, item_path, iter_pages, owner_path, source_path
from commit_tracker.report.site.speech import Speech, linked_level, segments
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


class _SharedCode(BytecodeCache):
    """Compiled templates kept in memory, so the second language's environment does not compile them again."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


def environment(code: BytecodeCache | None = None) -> Environment:
    """Jinja2 with autoescape on: the data's text is never markup; controls and bidi characters are shown as escapes."""
    return Environment(
        loader=PackageLoader("commit_tracker.report", "templates/site"),
        bytecode_cache=code,
        auto_reload=False,
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        finalize=_visible,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _visible(value: object) -> object:
    # Markup is the templates' own HTML; only plain text (the data's) is made visible.
    return visible(value) if type(value) is str else value


def language_environment(data: SiteData, lang: Lang, options: SiteOptions, code: BytecodeCache | None = None) -> Environment:
    """An environment whose globals are one language's words and the site's data, shared by every page of it."""
    env = environment(code)
    speech = Speech(lang, data)
    base = options.base_url.rstrip("/") if options.base_url else None
    env.globals.update(
        t=speech,
        data=data,
        lang=lang.value,
        other_lang=(Lang.EN if lang is Lang.NB else Lang.NB).value,
        site_title=options.title or speech("site.title"),
        version=__version__,
        item_path=lambda item: item_path(data, item),
        owner_path=owner_path,
        source_path=source_path,
        segments=segments,
        chronological=chronological,
        count_statuses=count_statuses,
        linked_level=linked_level,
        objective_actions=speech.action_groups,
        Kind=Kind,
        Status=Status,
        Relation=Relation,
        json_file=JSON_FILE,
        csv_file=CSV_FILE,
        json_version=JSON_VERSION,
        download_base=f"{base}/{lang.value}/" if base else "",
        base_url=base,
    )
    # A status badge, an item's table cells, the header and the footer are the same on many pages:
    # each is drawn once, then reused. The globals are set before the macros are first loaded: an
    # imported template keeps the globals it saw.
    badges: dict[Status, Markup] = {}
    cells: dict[tuple[str, str], Markup] = {}
    drawn: dict[tuple[str, ...], Markup] = {}

    def item_cells(view: ItemView, up: str) -> Markup:
        key = (view.id, up)
        if key not in cells:
            cells[key] = macros.item_cells(view, up)
        return cells[key]

    def shared(name: str, *args: str) -> Markup:
        key = (name, *args)
        if key not in drawn:
            drawn[key] = getattr(macros, name)(*args)
        return drawn[key]

    env.globals.update(badge=badges.__getitem__, cells=item_cells, shared=shared)
    macros: Any = env.get_template("_macros.html").module
    badges.update((status, macros.status_badge(status, speech.status(status), speech.icon(status))) for status in Status)
    return env


def render_site(data: SiteData, options: SiteOptions) -> Iterator[tuple[str, bytes]]:
    """Every file of the site, path relative to the site's folder: both languages, the downloads, the static files."""
    code = _SharedCode()
    env = environment(code)
    for lang in Lang:
        env = language_environment(data, lang, options, code)
        base = env.globals["base_url"]
        for page in iter_pages(data):
            up = "../" * depth(page.path)
            canonical = f"{base}/{lang.value}/{page.path}" if base else None
            context = {**page.context, "path": page.path, "up": up, "top": up + "../", "canonical": canonical}
            yield f"{lang.value}/{page.path}", env.get_template(page.template).render(context).encode()
        json_text, csv_text = downloads(data, lang)
        yield f"{lang.value}/{JSON_FILE}", json_text.encode()
        yield f"{lang.value}/{CSV_FILE}", csv_text.encode()
    yield "index.html", env.get_template("languages.html").render(site_title=options.title).encode()
    static = resources.files("commit_tracker.report") / "static"
    for name in STATIC:
        yield f"static/{name}", (static / name).read_bytes()
