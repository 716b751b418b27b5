"""Option values converted without pydantic give what typer's own, pydantic-based conversion gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.core import TyperOption

from commit_tracker.cli import coercion
from commit_tracker.report import ColorChoice

pytestmark = pytest.mark.skipif(not coercion.AVAILABLE, reason="typer's internals moved; typer converts the values itself")


def _option(annotation: Any, **settings: Any) -> tuple[TyperOption, Any]:
    """An option as typer builds it for ``annotation``, and its command."""
    from typer.main import get_command

    app = typer.Typer()
    default = typer.Option(None, "--value", **settings)

    @app.command()
    def command(value: Any = default) -> None:
        """One option."""

    command.__annotations__["value"] = annotation
    built = get_command(app)
    option = next(param for param in built.params if param.name == "value")
    assert type(option) is TyperOption
    return option, built


def _convert(built: tuple[TyperOption, Any], value: Any) -> tuple[str, Any]:
    import typer._click as click

    option, command = built
    context = click.Context(command)
    try:
        return "value", option.get_runtime_param().coerce(value, param=option, ctx=context)
    except typer.BadParameter as error:
        return "error", error.message


@pytest.mark.parametrize(
    ("annotation", "settings", "values"),
    [
        (str, {}, ["abc", "", "æøå"]),
        (int, {}, ["12", "-3", "x", "1.5", ""]),  # " 7 " too on pydantic 2.14 (2.6 refused the spaces; we take them)
        (int, {"min": 0, "max": 10}, ["0", "10", "-1", "11", "x"]),
        (bool, {}, [True, False, "true", "0", "yes", "off", "maybe"]),
        (ColorChoice, {}, ["auto", "never", "ALWAYS", "nevr", ""]),
        (Path, {}, ["a/b.yaml", ".", ""]),
        (list[str], {}, [["a", "b"], []]),
        (list[Path], {}, [["x.yaml", "data"]]),
    ],
)
def test_each_type_converts_as_typer_converts_it(annotation: Any, settings: dict[str, Any], values: list[Any]) -> None:
    for value in values:
        theirs = _option(annotation, **settings)
        ours = _option(annotation, **settings)
        ours[0].__class__ = coercion.LightOption
        expected = _convert(theirs, value)
        got = _convert(ours, value)
        assert isinstance(ours[0].get_runtime_param(), coercion._Converted)
        assert got == expected, (annotation, value)


def test_a_type_it_does_not_know_is_left_to_typer() -> None:
    option = _option(float)
    option[0].__class__ = coercion.LightOption
    assert not isinstance(option[0].get_runtime_param(), coercion._Converted)
    assert _convert(option, "1.5") == ("value", 1.5)
