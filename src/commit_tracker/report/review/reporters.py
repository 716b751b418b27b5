"""The dossier's formats: one reporter class each, chosen from a registry by ReviewFormat."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from commit_tracker.report import ReviewFormat, ReviewReporter
from commit_tracker.report.review.layout import layout
from commit_tracker.vocabulary import Lang

if TYPE_CHECKING:
    from jinja2 import Environment


class JsonReporter:
    """The dossier's versioned JSON document."""

    def render(self, data: Mapping[str, Any], lang: Lang) -> bytes:
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class MarkdownReporter:
    """GitHub-flavoured Markdown from the template ``review/dossier.md.j2``, the data's text escaped."""

    def render(self, data: Mapping[str, Any], lang: Lang) -> bytes:
        template = _environment(autoescape=False).get_template("review/dossier.md.j2")
        return template.render(dossier=layout(data, lang)).encode("utf-8")


class HtmlReporter:
    """One self-contained HTML page from ``review/dossier.html.j2``, autoescaped: the site's layout and macros, its stylesheet inline."""

    def render(self, data: Mapping[str, Any], lang: Lang) -> bytes:
        from importlib import resources

        from markupsafe import Markup

        from commit_tracker.report.labels import word
        from commit_tracker.report.site.speech import STATUS_ICONS
        from commit_tracker.vocabulary import Status

        environment = _environment(autoescape=True)
        stylesheet = (resources.files("commit_tracker.report") / "static" / "site.css").read_text(encoding="utf-8")
        badges: dict[Status, Markup] = {}
        # Set before the macros are loaded: an imported template keeps the globals it saw.
        environment.globals.update(
            badge=badges.__getitem__,
            stylesheet=Markup(stylesheet),  # the package's own file, not data
            skip=word("site.skip", lang),
            lang=lang.value,
            canonical=None,
        )
        macros: Any = environment.get_template("site/_macros.html").module
        badges.update((status, macros.status_badge(status, status.label(lang), STATUS_ICONS[status])) for status in Status)
        template = environment.get_template("review/dossier.html.j2")
        return template.render(dossier=layout(data, lang)).encode("utf-8")


class DocxReporter:
    """A Word document, made by ``wordfile``; python-docx is imported only when a .docx is asked for."""

    def render(self, data: Mapping[str, Any], lang: Lang) -> bytes:
        from commit_tracker.report.review.wordfile import write_docx

        return write_docx(data, lang)


REPORTER_BY_FORMAT: dict[ReviewFormat, type[ReviewReporter]] = {
    ReviewFormat.MARKDOWN: MarkdownReporter,
    ReviewFormat.HTML: HtmlReporter,
    ReviewFormat.DOCX: DocxReporter,
    ReviewFormat.JSON: JsonReporter,
}


def _environment(*, autoescape: bool) -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    environment = Environment(
        loader=PackageLoader("commit_tracker.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True) if autoescape else False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = markdown_text
    return environment


_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|~#"})


def markdown_text(text: object) -> str:
    """Text that Markdown shows as written: its special characters escaped, its lines joined."""
    return " ".join(str(text).translate(_MARKDOWN_SPECIAL).split())
