"""What a value of the data model must be: light markers its annotations carry, read by pydantic.

The models are plain dataclasses, so a report can use data that were validated before (see
``cache``) without importing pydantic. pydantic validates them all the same: it reads each
marker through its ``__get_pydantic_core_schema__`` or ``__get_pydantic_json_schema__`` hook,
documented at https://docs.pydantic.dev/latest/concepts/types/#customizing-validation-with-__get_pydantic_core_schema__.
pydantic is imported only inside those hooks, that is, only when something is validated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Limits:
    """Limits pydantic checks itself, named as its core schema names them: ``pattern``, ``min_length``, ``max_length``, ``ge``, ``le``.

    The messages are pydantic's own ("String should match pattern ..."), as with ``Field(...)``.
    """

    def __init__(self, **limits: object) -> None:
        self.limits = limits

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        """The schema of the annotated type with these limits added."""
        return {**handler(source), **self.limits}


class Check:
    """A function that checks (and may convert) a value: after pydantic's own check, or ``before`` it.

    The function raises ValueError with a message for an editor; pydantic reports it at the value.
    """

    def __init__(self, function: Callable[[Any], Any], *, before: bool = False) -> None:
        self.function = function
        self.before = before

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        """The schema of the annotated type, wrapped in the check."""
        from pydantic_core import core_schema

        wrap = core_schema.no_info_before_validator_function if self.before else core_schema.no_info_after_validator_function
        return wrap(self.function, handler(source))


class JsonSchema:
    """The JSON Schema editors see for the annotated type, in place of the one pydantic would make."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema

    def __get_pydantic_json_schema__(self, core: Any, handler: Any) -> dict[str, Any]:
        """This schema, whatever the core schema is."""
        return dict(self.schema)
