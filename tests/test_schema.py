"""The JSON Schema under schema/: made from the models, draft-07, and referenced by every data file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from commit_tracker.cli import app
from commit_tracker.schema import SCHEMA_DIR, SCHEMA_FILE, render_schema
from tests.conftest import DATA, EXAMPLES, PROJECT, ROOT

COMMITTED = ROOT / SCHEMA_DIR / SCHEMA_FILE
MODELINE = "# yaml-language-server: $schema="


class _EditorLoader(yaml.SafeLoader):
    """Reads YAML as an editor's language server does: a date stays text."""


_EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads(COMMITTED.read_text(encoding="utf-8")))


def _load(path: Path) -> Any:
    # The examples' all-zero sha256 would read as the number 0 in an editor; real hashes have letters.
    text = re.sub(r"sha256: (0{64})$", r'sha256: "\1"', path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return yaml.load(text, Loader=_EditorLoader)


def test_the_committed_schema_is_what_the_models_make() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render_schema(), "the models changed: run 'commit-tracker schema --output schema' and commit it"


def test_the_schema_is_draft_07() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    text = COMMITTED.read_text(encoding="utf-8")
    assert "$defs" not in text
    assert "prefixItems" not in text


@pytest.mark.parametrize(
    "path",
    [EXAMPLES / "valid" / "all-fields.yaml", EXAMPLES / "valid" / "minimal.yaml", *sorted((PROJECT / "data").glob("*.yaml"))],
    ids=lambda path: path.name,
)
def test_valid_data_passes_the_schema(path: Path) -> None:
    errors = [error.message for error in _validator().iter_errors(_load(path))]
    assert errors == []


@pytest.mark.parametrize("name", ["unknown-key.yaml", "missing-key.yaml", "invalid-status.yaml", "impossible-month.yaml", "invalid-id.yaml"])
def test_invalid_data_fails_the_schema(name: str) -> None:
    assert list(_validator().iter_errors(_load(EXAMPLES / "invalid" / name)))


def test_a_suppression_needs_a_rule_and_a_reason() -> None:
    item = {"id": "f", "text": "t", "source": {"document": "d", "locator": "l", "quote": "q"}}
    for ignore in ([{"rule": "stale"}], [{"rule": "stale", "reason": " "}], [{"rule": "Stale", "reason": "r"}]):
        assert list(_validator().iter_errors({"followups": [{**item, "ignore": ignore}]})), ignore
    assert not list(_validator().iter_errors({"followups": [{**item, "ignore": [{"rule": "stale", "reason": "ended 2013"}]}]}))


@pytest.mark.parametrize("path", [*sorted(DATA.glob("*.yaml")), *sorted((PROJECT / "data").glob("*.yaml"))], ids=lambda path: path.name)
def test_every_data_file_names_the_schema_on_its_first_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(MODELINE), f"{path.name}: the first line must be '{MODELINE}<relative path to {SCHEMA_DIR}/{SCHEMA_FILE}>'"
    assert (path.parent / first.removeprefix(MODELINE)).resolve() == COMMITTED


def test_schema_prints_the_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == COMMITTED.read_text(encoding="utf-8")


def test_schema_output_writes_the_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema", "--output", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert (tmp_path / "out" / SCHEMA_FILE).read_text(encoding="utf-8") == render_schema()
    assert result.stderr == f"wrote {tmp_path / 'out' / SCHEMA_FILE}\n"
