"""A policy rule's help as plain text for the terminal: its docstring without reStructuredText marks."""

from __future__ import annotations

import re

from commit_tracker.checks.base import Rule

_LITERAL = re.compile(r"``([^`]+)``")
_BLOCK = re.compile(r"::$", re.MULTILINE)


def plain_doc(doc: str) -> str:
    """``days`` → days, ``Passing::`` → ``Passing:``: the docstring as a person reads it."""
    return _BLOCK.sub(":", _LITERAL.sub(r"'\1'", doc))


def rule_help(rule: Rule) -> str:
    """The full help of ``commit-tracker rules ID``."""
    options = "".join(f"  {name} = {value!r}\n" for name, value in rule.options.items())
    return f"{rule.id} ({rule.severity.value}): {rule.summary}\n\n{plain_doc(rule.doc)}\n" + (f"\nOptions and defaults:\n{options}" if options else "")
