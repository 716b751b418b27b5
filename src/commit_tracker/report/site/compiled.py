"""The site's templates compiled ahead of time, shipped in the package: a build does not parse and compile them again.

``precompile()`` writes Jinja2's Python code for every site template into ``templates/site.compiled``
(run it after changing a template; ``tests/test_site.py`` fails while the code is stale). At run
time a template is taken from there only when its source is the one the code was made from and
Jinja2 is the version that made it; otherwise it is compiled as before. Nothing is written at run
time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, MutableMapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import BaseLoader, Environment, ModuleLoader, PackageLoader, Template

FOLDER = "site.compiled"
"""Beside ``templates/site``: one module per template, and ``sources.json`` with what they were made from."""
SOURCES = "sources.json"
"""``{"jinja2": version, "templates": {name: fingerprint}}``."""


def _fingerprint(environment: Environment, name: str, source: str) -> str:
    """What the code of a template depends on: its source, Jinja2's version and the options that shape the code (autoescape among them)."""
    escape = environment.autoescape(name) if callable(environment.autoescape) else environment.autoescape
    shape = (environment.trim_blocks, environment.lstrip_blocks, environment.keep_trailing_newline, environment.finalize is not None)
    options = (jinja2.__version__, escape, *shape)
    return hashlib.sha256(f"{options!r}\n{source}".encode()).hexdigest()


class PrecompiledLoader(BaseLoader):
    """The site's templates from their compiled code where it is current, else from their source."""

    def __init__(self, source: PackageLoader) -> None:
        self.source = source

    def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        return self.source.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return self.source.list_templates()

    def load(self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None) -> Template:
        made = _compiled()
        if made is not None:
            modules, fingerprints = made
            source, _, _ = self.source.get_source(environment, name)
            if fingerprints.get(name) == _fingerprint(environment, name, source):
                return modules.load(environment, name, globals)
        return super().load(environment, name, globals)


@cache
def _compiled() -> tuple[ModuleLoader, dict[str, str]] | None:
    """The compiled code and the fingerprints it was made from; one loader per process, so each module is imported once.

    None when there is none, or when another version of Jinja2 made it (its code calls Jinja2's internals).
    """
    recorded = made_by()
    if recorded is None or recorded[0] != jinja2.__version__:
        return None
    return ModuleLoader(shipped()), recorded[1]


def shipped() -> Path:
    """The folder of the compiled code in the package."""
    return Path(str(resources.files("commit_tracker.report") / "templates" / FOLDER))


def made_by() -> tuple[str, dict[str, str]] | None:
    """The Jinja2 version that made the shipped code and each template's fingerprint; None when there is no code."""
    sources = shipped() / SOURCES
    if not sources.is_file():
        return None
    recorded = json.loads(sources.read_text(encoding="utf-8"))
    return str(recorded["jinja2"]), dict(recorded["templates"])


def precompile(environment: Environment, target: Path) -> None:
    """Write the compiled code of every template ``environment`` finds, and their fingerprints, into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("tmpl_*.py"):
        old.unlink()
    environment.compile_templates(target, zip=None)
    assert environment.loader is not None
    fingerprints = {name: _fingerprint(environment, name, environment.loader.get_source(environment, name)[0]) for name in environment.list_templates()}
    recorded = {"jinja2": jinja2.__version__, "templates": fingerprints}
    (target / SOURCES).write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n", encoding="utf-8")
