"""The JSON Schema of a data file, draft-07 as YAML editors read it, made from the models."""

from __future__ import annotations

import json
from typing import Any

from commit_tracker.models import DataFile

SCHEMA_DIR = "schema"
SCHEMA_FILE = "data-file.schema.json"
"""One schema for every data file: any file may hold any section."""
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def data_file_schema() -> dict[str, Any]:
    """The schema of :class:`DataFile`, with pydantic's 2020-12 ``$defs`` moved to draft-07 ``definitions``."""
    schema = _to_draft_07(DataFile.model_json_schema(mode="validation"))
    assert isinstance(schema, dict)
    return {"$schema": DRAFT_07, "title": "commit-tracker data file", **{key: value for key, value in schema.items() if key != "title"}}


def render_schema() -> str:
    """The schema as the text committed under ``schema/``: stable key order, a final newline."""
    return json.dumps(data_file_schema(), ensure_ascii=False, indent=2) + "\n"


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
