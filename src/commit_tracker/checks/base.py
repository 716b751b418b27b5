"""What a policy rule is: an id, a default severity, a one-line summary and a check function."""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding, Severity

T = TypeVar("T")


@dataclass(frozen=True)
class RuleContext:
    """What a rule may need besides the data: the date it checks against, its options, the sources."""

    as_of: dt.date
    options: Mapping[str, object] = field(default_factory=dict)
    sources_dir: Path | None = None
    commit_dates: Mapping[str, dt.date] = field(default_factory=dict)
    """The date of the last commit that changed each item (read only when a rule needs it)."""

    def option(self, name: str, kind: type[T]) -> T:
        """The rule's option ``name``; the configuration was checked, so its type is right."""
        value = self.options[name]
        assert isinstance(value, kind), f"option {name} is {value!r}, not {kind.__name__}"
        return value


Check = Callable[[Dataset, RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A policy rule of ``check``. Its function's docstring holds a passing and a failing example."""

    id: str
    severity: Severity
    summary: str
    check: Check
    options: Mapping[str, object] = field(default_factory=dict)
    """Option names and their defaults; ``[tool.commit-tracker.rules.ID]`` may set them."""
    choices: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """For a list option, the values it may hold."""
    needs_sources: bool = False
    """The rule runs only when the source texts are given."""

    @property
    def doc(self) -> str:
        """The check function's docstring, with its examples."""
        return inspect.getdoc(self.check) or ""

    def run(self, dataset: Dataset, context: RuleContext) -> Iterator[Finding]:
        """The rule's findings, each carrying the rule id (the severity is set by the caller)."""
        for finding in self.check(dataset, context):
            yield Finding(finding.path, finding.line, finding.column, self.id, finding.message, self.severity, finding.item_id)


@dataclass(frozen=True)
class Example:
    """A YAML example from a rule's docstring: passing or failing, checked as of a date."""

    passing: bool
    yaml: str
    as_of: dt.date | None


_EXAMPLE_HEAD = re.compile(r"^(Passing|Failing)(?: \(as of (\d{4}-\d{2}-\d{2})\))?::$")


def iter_examples(doc: str) -> Iterator[Example]:
    """The ``Passing::`` and ``Failing::`` blocks of a docstring, dedented."""
    lines = doc.splitlines()
    for index, line in enumerate(lines):
        match = _EXAMPLE_HEAD.match(line.strip())
        if match is None:
            continue
        block: list[str] = []
        for following in lines[index + 1 :]:
            if following.strip() and not following.startswith("    "):
                break
            block.append(following[4:])
        as_of = dt.date.fromisoformat(match.group(2)) if match.group(2) else None
        yield Example(match.group(1) == "Passing", "\n".join(block).strip("\n") + "\n", as_of)
