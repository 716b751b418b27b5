"""The JSON Schema of a data file, draft-07 as YAML editors read it, made from the models."""

from __future__ import annotations

import inspect
import json
from typing import Any

from pydantic import TypeAdapter

from commit_tracker.models import DataFile, Strict

SCHEMA_DIR = "schema"
SCHEMA_FILE = "data-file.schema.json"
"""One schema for every data file: any file may hold any section."""
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def data_file_schema() -> dict[str, Any]:
    """The schema of :class:`DataFile`, with pydantic's 2020-12 ``$defs`` moved to draft-07 ``definitions``."""
    made = _described(TypeAdapter(DataFile).json_schema(mode="validation"))
    schema = _to_draft_07(made)
    assert isinstance(schema, dict)
    return {"$schema": DRAFT_07, "title": "commit-tracker data file", **{key: value for key, value in schema.items() if key != "title"}}


def render_schema() -> str:
    """The schema as the text committed under ``schema/``: stable key order, a final newline."""
    return json.dumps(data_file_schema(), ensure_ascii=False, indent=2) + "\n"


def _described(schema: dict[str, Any]) -> dict[str, Any]:
    """Each model's docstring as its description, which pydantic before 2.10 leaves out for a dataclass.

    pydantic writes a schema's keys in sorted order; an added description keeps that order.
    """
    models = {model.__name__: model for model in _models(Strict)}

    def describe(name: str, node: dict[str, Any]) -> dict[str, Any]:
        model = models.get(name)
        if "description" in node or model is None or not model.__doc__:
            return node
        return dict(sorted({**node, "description": inspect.cleandoc(model.__doc__)}.items()))

    definitions = {name: describe(name, node) for name, node in schema.get("$defs", {}).items()}
    return {**describe(DataFile.__name__, schema), **({"$defs": definitions} if definitions else {})}


def _models(base: type[Strict]) -> list[type[Strict]]:
    return [base, *(model for sub in base.__subclasses__() for model in _models(sub))]


def _to_draft_07(node: Any) -> Any:
    if isinstance(node, dict):
        converted = {("definitions" if key == "$defs" else key): _to_draft_07(value) for key, value in node.items()}
        ref = converted.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            converted["$ref"] = "#/definitions/" + ref.removeprefix("#/$defs/")
            if len(converted) > 1:
                # draft-07 ignores keywords beside $ref; keep them by wrapping the reference.
                converted = {**{k: v for k, v in converted.items() if k != "$ref"}, "allOf": [{"$ref": converted["$ref"]}]}
        if "allOf" in converted:
            # pydantic before 2.9 wraps such a reference itself, allOf first: put it last as above,
            # so the committed schema is the same text on every pydantic pyproject.toml allows.
            converted = {**{k: v for k, v in converted.items() if k != "allOf"}, "allOf": converted["allOf"]}
        return converted
    if isinstance(node, list):
        return [_to_draft_07(item) for item in node]
    return node
