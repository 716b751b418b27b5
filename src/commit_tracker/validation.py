"""Validate a parsed file against the models; each pydantic error becomes a located finding."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from commit_tracker.findings import Finding
from commit_tracker.loader import ParsedFile
from commit_tracker.models import DataFile


def validate_file(parsed: ParsedFile) -> tuple[DataFile | None, list[Finding]]:
    """The file's DataFile, or None and a finding for every schema error."""
    if parsed.data is None:
        return None, []
    try:
        return DataFile.model_validate(parsed.data), []
    except ValidationError as error:
        return None, [_finding(parsed, detail) for detail in error.errors(include_url=False)]


def item_id_at(data: Any, loc: tuple[str | int, ...]) -> str | None:
    """The ``id`` of the section item that ``loc`` points into, if it has one."""
    if len(loc) < 2 or not isinstance(data, dict):
        return None
    section = data.get(loc[0])
    index = loc[1]
    if isinstance(section, list) and isinstance(index, int) and 0 <= index < len(section):
        item = section[index]
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            return str(item["id"])
    return None


def describe_loc(loc: tuple[str | int, ...]) -> str:
    """``followups[3].updates[0].date`` from a pydantic location."""
    text = ""
    for step in loc:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def _finding(parsed: ParsedFile, detail: Any) -> Finding:
    loc: tuple[str | int, ...] = tuple(detail["loc"])
    item_id = item_id_at(parsed.data, loc)
    inner = loc[2:] if item_id else loc  # the path shown after the item id
    if detail["type"] == "extra_forbidden":
        rule, (line, column) = "unknown-key", parsed.locate(loc, key=True)
        text = f"unknown key '{loc[-1]}'{_suggestion(loc)}; remove it or fix its spelling"
        inner = inner[:-1]
    elif detail["type"] == "missing":
        rule, (line, column) = "missing-key", parsed.locate(loc[:-1])
        text = f"required key '{loc[-1]}' is missing; add it"
        inner = inner[:-1]
    else:
        rule, (line, column) = "invalid-value", parsed.locate(loc)
        text = str(detail["msg"]).removeprefix("Value error, ") + _closest_choice(detail)
    message = ": ".join(part for part in (item_id, describe_loc(inner), text) if part)
    return Finding(parsed.display, line, column, rule, message, item_id=item_id)


def _closest_choice(detail: Any) -> str:
    """`` (did you mean 'in_progress'?)`` for a value that misses a choice (``in_progess``, ``DONE``), compared without case."""
    if detail.get("type") != "enum" or not isinstance(detail.get("input"), str):
        return ""
    from commit_tracker.query.choices import suggest

    choices = re.findall(r"'([^']*)'", str(detail.get("ctx", {}).get("expected", "")))
    return suggest(detail["input"], choices)


def _suggestion(loc: tuple[str | int, ...]) -> str:
    model = _model_at(loc[:-1])
    if model is None:
        return ""
    close = difflib.get_close_matches(str(loc[-1]), list(model.model_fields), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc``."""
    model: type[BaseModel] = DataFile
    for step in loc:
        if isinstance(step, int):
            continue
        field = model.model_fields.get(step)
        if field is None:
            return None
        inner = _model_in(field.annotation)
        if inner is None:
            return None
        model = inner
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
