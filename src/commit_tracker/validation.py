"""Validate a parsed file against the models with pydantic; each of its errors becomes a located finding."""

from __future__ import annotations

import dataclasses
import difflib
import re
import typing
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from commit_tracker.findings import Finding
from commit_tracker.loader import MAX_FINDINGS, ParsedFile
from commit_tracker.models import DataFile, Strict

ModelT = TypeVar("ModelT", bound=Strict)

CHUNK_NODES = 10_000
"""A large file is validated a run of items at a time, about this many values each, so that the
errors of one run (pydantic makes them all before it returns) stay few."""

MAX_ITEM_VALUES = 50_000
"""An item holding this many values or more is not validated (its errors alone could be as many)."""


_ADAPTERS: dict[type[Strict], TypeAdapter[Any]] = {}


def _adapter(model: type[Strict]) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        adapter = _ADAPTERS[model] = TypeAdapter(model)
    return adapter


def validate_as(model: type[ModelT], data: Any) -> ModelT:
    """``data`` (a mapping as read) as an instance of ``model``; raises pydantic's ValidationError."""
    value: ModelT = _adapter(model).validate_python(data)
    return value


def field_names(model: type[Strict]) -> list[str]:
    """The model's keys, in the order the data files write them."""
    return [field.name for field in dataclasses.fields(model)]


def validate_file(parsed: ParsedFile) -> tuple[DataFile | None, list[Finding]]:
    """The file's DataFile, or None and a finding for each schema error, at most ``MAX_FINDINGS``."""
    if parsed.data is None:
        return None, []
    if parsed.nodes <= CHUNK_NODES:
        try:
            return validate_as(DataFile, parsed.data), []
        except ValidationError as error:
            pending: list[_Pending] = []
            _add_errors(parsed, error, pending, {})
            return None, _located(parsed, pending)
    return _validate_in_runs(parsed, parsed.data)


@dataclass(frozen=True)
class _Pending:
    """A finding whose position is looked up later, with the others, in one pass over the file."""

    loc: tuple[str | int, ...]
    key: bool
    rule: str
    message: str
    item_id: str | None


def _validate_in_runs(parsed: ParsedFile, data: dict[str, Any]) -> tuple[DataFile | None, list[Finding]]:
    """Validate the sections' shape, then each section a run of items at a time; stop at ``MAX_FINDINGS``."""
    pending: list[_Pending] = []
    try:
        validate_as(DataFile, {key: [] if isinstance(value, list) else value for key, value in data.items()})
    except ValidationError as error:
        _add_errors(parsed, error, pending, {})
    sections: dict[str, tuple[Any, ...]] = {}
    names = field_names(DataFile)
    for key, value in data.items():
        if key not in names or not isinstance(value, list):
            continue
        validated: list[Any] = []
        start = 0
        while start < len(value) and len(pending) < MAX_FINDINGS:
            end, weight, huge = start, 0, False
            while end < len(value) and weight < CHUNK_NODES:
                size = _count_values(value[end], MAX_ITEM_VALUES)
                if size >= MAX_ITEM_VALUES:  # one item this large could make as many errors: not validated
                    huge = end == start
                    end += huge
                    break
                weight += size
                end += 1
            if huge:
                message = f"{describe_loc((key, start))}: this item holds {MAX_ITEM_VALUES:,} values or more; it was not checked; split it"
                pending.append(_Pending((key, start), False, "too-many-values", message, item_id_at(data, (key, start))))
            else:
                try:
                    validated.extend(getattr(validate_as(DataFile, {key: value[start:end]}), key))
                except ValidationError as error:
                    _add_errors(parsed, error, pending, {key: start})
            start = end
        sections[key] = tuple(validated)
    if pending:
        return None, _located(parsed, pending)
    # Every item was validated above, and DataFile has no rule across items.
    return DataFile(**sections), []


def _count_values(value: Any, limit: int) -> int:
    """How many values ``value`` holds, itself included, counting no further than ``limit``."""
    count, stack = 0, [value]
    while stack and count < limit:
        node = stack.pop()
        count += 1
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return count


def _add_errors(parsed: ParsedFile, error: ValidationError, pending: list[_Pending], offsets: dict[str, int]) -> None:
    """Add the error's findings to ``pending`` up to ``MAX_FINDINGS``; the last then says the rest was not checked."""
    for detail in error.errors(include_url=False):
        if len(pending) >= MAX_FINDINGS:
            break
        loc = tuple(detail["loc"])
        if len(loc) >= 2 and isinstance(loc[1], int) and loc[0] in offsets:
            loc = (loc[0], loc[1] + offsets[str(loc[0])], *loc[2:])
        pending.append(_pending(parsed, loc, detail))
        if len(pending) == MAX_FINDINGS:
            stop = f"more than {MAX_FINDINGS - 1} problems in this file; the rest of it was not checked"
            pending[-1] = _Pending(pending[-1].loc, pending[-1].key, "too-many-findings", stop, None)


def _located(parsed: ParsedFile, pending: list[_Pending]) -> list[Finding]:
    positions = parsed.locate_many([(found.loc, found.key) for found in pending])
    return [
        Finding(parsed.display, line, column, found.rule, found.message, item_id=found.item_id)
        for found, (line, column) in zip(pending, positions, strict=True)
    ]


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


def _pending(parsed: ParsedFile, loc: tuple[str | int, ...], detail: Any) -> _Pending:
    item_id = item_id_at(parsed.data, loc)
    inner = loc[2:] if item_id else loc  # the path shown after the item id
    if detail["type"] in ("unexpected_keyword_argument", "extra_forbidden"):
        rule, where, key = "unknown-key", loc, True
        text = f"unknown key '{loc[-1]}'{_suggestion(loc)}; remove it or fix its spelling"
        inner = inner[:-1]
    elif detail["type"] == "missing":
        rule, where, key = "missing-key", loc[:-1], False
        text = f"required key '{loc[-1]}' is missing; add it"
        inner = inner[:-1]
    else:
        rule, where, key = "invalid-value", loc, False
        text = str(detail["msg"]).removeprefix("Value error, ") + _closest_choice(detail)
    message = ": ".join(part for part in (item_id, describe_loc(inner), text) if part)
    return _Pending(where, key, rule, message, item_id)


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
    close = difflib.get_close_matches(str(loc[-1]), field_names(model), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _model_at(loc: tuple[str | int, ...]) -> type[Strict] | None:
    """The model class that validates the mapping at ``loc``."""
    model: type[Strict] = DataFile
    for step in loc:
        if isinstance(step, int):
            continue
        annotation = _hints(model).get(str(step))
        if annotation is None:
            return None
        inner = _model_in(annotation)
        if inner is None:
            return None
        model = inner
    return model


def _hints(model: type[Strict]) -> dict[str, Any]:
    return typing.get_type_hints(model)


def _model_in(annotation: Any) -> type[Strict] | None:
    if isinstance(annotation, type) and issubclass(annotation, Strict):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
