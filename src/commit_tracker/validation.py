"""Validate a parsed file against the models; each pydantic error becomes a located finding."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from commit_tracker.findings import Finding
from commit_tracker.loader import MAX_FINDINGS, ParsedFile
from commit_tracker.models import DataFile

CHUNK_NODES = 50_000
"""A large file is validated a run of items at a time, about this many values each, so that the
errors of one run (pydantic makes them all before it returns) stay bounded."""


def validate_file(parsed: ParsedFile) -> tuple[DataFile | None, list[Finding]]:
    """The file's DataFile, or None and a finding for each schema error, at most ``MAX_FINDINGS``."""
    if parsed.data is None:
        return None, []
    if parsed.nodes <= CHUNK_NODES:
        try:
            return DataFile.model_validate(parsed.data), []
        except ValidationError as error:
            return None, _findings(parsed, error, [], {})
    return _validate_in_runs(parsed, parsed.data)


def _validate_in_runs(parsed: ParsedFile, data: dict[str, Any]) -> tuple[DataFile | None, list[Finding]]:
    """Validate the sections' shape, then each section a run of items at a time; stop at ``MAX_FINDINGS``."""
    findings: list[Finding] = []
    try:
        DataFile.model_validate({key: [] if isinstance(value, list) else value for key, value in data.items()})
    except ValidationError as error:
        _findings(parsed, error, findings, {})
    sections: dict[str, tuple[Any, ...]] = {}
    for key, value in data.items():
        if key not in DataFile.model_fields or not isinstance(value, list):
            continue
        validated: list[Any] = []
        start = 0
        while start < len(value) and len(findings) < MAX_FINDINGS:
            end, weight, huge = start, 0, False
            while end < len(value) and weight < CHUNK_NODES:
                size = _count_values(value[end], CHUNK_NODES)
                if size >= CHUNK_NODES:  # one item this large could make as many errors: not validated
                    huge = end == start
                    end += huge
                    break
                weight += size
                end += 1
            if huge:
                findings.append(_huge_item(parsed, (key, start)))
            else:
                try:
                    validated.extend(getattr(DataFile.model_validate({key: value[start:end]}), key))
                except ValidationError as error:
                    _findings(parsed, error, findings, {key: start})
            start = end
        sections[key] = tuple(validated)
    if findings:
        return None, findings
    # Every item was validated above, and DataFile has no rule across items.
    return DataFile.model_construct(None, **sections), []


def _huge_item(parsed: ParsedFile, loc: tuple[str, int]) -> Finding:
    line, column = parsed.locate(loc)
    message = f"{describe_loc(loc)}: this item holds {CHUNK_NODES:,} values or more; it was not checked; split it"
    return Finding(parsed.display, line, column, "too-many-values", message, item_id=item_id_at(parsed.data, loc))


def _count_values(value: Any, limit: int) -> int:
    """How many values ``value`` holds, itself included, counting no further than ``limit``."""
    count, pending = 0, [value]
    while pending and count < limit:
        node = pending.pop()
        count += 1
        if isinstance(node, dict):
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return count


def _findings(parsed: ParsedFile, error: ValidationError, findings: list[Finding], offsets: dict[str, int]) -> list[Finding]:
    """Add the error's findings to ``findings``, at most up to ``MAX_FINDINGS``, the last one saying the rest was not checked."""
    for detail in error.errors(include_url=False):
        if len(findings) >= MAX_FINDINGS:
            break
        loc = tuple(detail["loc"])
        if len(loc) >= 2 and isinstance(loc[1], int) and loc[0] in offsets:
            detail["loc"] = (loc[0], loc[1] + offsets[str(loc[0])], *loc[2:])
        findings.append(_finding(parsed, detail))
        if len(findings) == MAX_FINDINGS:
            line, column = findings[-1].line, findings[-1].column
            stop = f"more than {MAX_FINDINGS - 1} problems in this file; the rest of it was not checked"
            findings[-1] = Finding(parsed.display, line, column, "too-many-findings", stop)
    return findings


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
        text = str(detail["msg"]).removeprefix("Value error, ")
    message = ": ".join(part for part in (item_id, describe_loc(inner), text) if part)
    return Finding(parsed.display, line, column, rule, message, item_id=item_id)


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
