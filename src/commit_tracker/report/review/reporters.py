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
    """One self-contained HTML page from the template ``review/dossier.html.j2``, autoescaped."""

    def render(self, data: Mapping[str, Any], lang: Lang) -> bytes:
        template = _environment(autoescape=True).get_template("review/dossier.html.j2")
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
