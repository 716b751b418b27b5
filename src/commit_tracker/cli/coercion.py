"""Option values converted without pydantic, the way typer converts them.

typer 0.29 converts every option's value through a pydantic TypeAdapter, so any command with an
option imports pydantic: 0.07 s, most of what all of ``--help`` takes. The types this command
line uses (str, int, Path, an Enum, and lists of them) are converted here with typer's own choice
and path checks, and the same messages; any other type, or a typer whose internals differ, is left
to typer as before. ``CommandGroup`` installs this on every parameter of the command it runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

Convert = Callable[[Any, Any, Any], Any]
"""(value, parameter, context) → the converted value; raises typer.BadParameter."""

_INTEGER = re.compile(r"\s*[+-]?\d+\s*")
_TRUE = frozenset(("1", "true", "t", "yes", "y", "on"))
_FALSE = frozenset(("0", "false", "f", "no", "n", "off", ""))  # as pydantic reads a boolean (an empty value is false in typer)

try:  # typer's internals: when a release moves them, typer converts the values itself
    from typer._coercion import RuntimeParam
    from typer._param_types import coerce_cli_choice, coerce_cli_path, lenient_issubclass, routes_to_path
    from typer.core import TyperArgument, TyperCommand, TyperOption
except ImportError:  # pragma: no cover (tests/test_cache.py fails when typer converts with pydantic again)
    AVAILABLE = False
else:
    AVAILABLE = True

    @dataclass(frozen=True)
    class _Converted(RuntimeParam):
        """typer's runtime conversion of one parameter, done by ``convert`` (each item of a list)."""

        convert: Convert
        many: bool

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if self.many:
                items = value if isinstance(value, (list, tuple)) else [value]
                return [self.convert(item, param, ctx) for item in items]
            return self.convert(value, param, ctx)

    def _runtime_param(self: Any) -> Any:
        """A parameter's conversion: our own for the types we know, typer's for the rest."""
        if self._runtime_param is None:
            descriptor = self.type_descriptor
            annotation, info = descriptor.annotation, descriptor.parameter_info
            many = get_origin(annotation) is list
            leaf = get_args(annotation)[0] if many else annotation
            convert = None if descriptor.file_annotation is not None else _converter(leaf, info)
            if convert is not None:
                self._runtime_param = _Converted(parameter_info=info, annotation=annotation, convert=convert, many=many)
        return TyperOption.get_runtime_param(self)

    class LightOption(TyperOption):
        """An option converted without pydantic where its type allows."""

        get_runtime_param = _runtime_param

    class LightArgument(TyperArgument):
        """An argument converted without pydantic where its type allows."""

        get_runtime_param = _runtime_param

    class LightCommand(TyperCommand):
        """A command whose options, its help option included, are converted here."""

        def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
            """Convert the options as click would, after giving each this conversion."""
            lighten(self.get_params(ctx))
            rest: list[str] = super().parse_args(ctx, args)
            return rest


def lighten(params: Any) -> None:
    """Give each of typer's plain options this conversion (an argument's class is the caller's choice)."""
    if AVAILABLE:
        for param in params:
            if type(param) is TyperOption:
                param.__class__ = LightOption


def _converter(annotation: Any, info: Any) -> Convert | None:
    """How to convert one value to ``annotation``; None to leave it to typer."""
    from typer import BadParameter

    if info.parser is not None:
        return None
    if lenient_issubclass(annotation, Enum):
        choices = tuple(annotation)

        def choice(value: Any, param: Any, ctx: Any) -> Any:
            try:
                return coerce_cli_choice(value, choices=choices, case_sensitive=info.case_sensitive, ctx=ctx)
            except ValueError as error:
                raise BadParameter(f"Value error, {error}", ctx=ctx, param=param) from None

        return choice
    if annotation is str:
        return lambda value, param, ctx: value if isinstance(value, str) else str(value)
    if annotation is bool:

        def boolean(value: Any, param: Any, ctx: Any) -> bool:
            if isinstance(value, bool):
                return value
            word = str(value).strip().lower()
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
            raise BadParameter("Input should be a valid boolean, unable to interpret input", ctx=ctx, param=param)

        return boolean
    if annotation is int and not info.clamp:
        low, high = info.min, info.max

        def integer(value: Any, param: Any, ctx: Any) -> int:
            if isinstance(value, int) and not isinstance(value, bool):
                number = value
            elif isinstance(value, str) and _INTEGER.fullmatch(value):
                number = int(value)
            else:
                raise BadParameter("Input should be a valid integer, unable to parse string as an integer", ctx=ctx, param=param)
            if low is not None and number < low:
                raise BadParameter(f"Input should be greater than or equal to {low}", ctx=ctx, param=param)
            if high is not None and number > high:
                raise BadParameter(f"Input should be less than or equal to {high}", ctx=ctx, param=param)
            return number

        return integer
    if lenient_issubclass(annotation, Path) and info.path_type is None and routes_to_path(annotation, info):

        def path(value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, str):
                value = annotation(value)
            return coerce_cli_path(value, info, path_type=annotation, param=param, ctx=ctx)

        return path
    return None
