"""The configuration of ``check``: ``[tool.commit-tracker]`` in pyproject.toml, or ``.commit-tracker.toml``.

Found by walking up from the data; each mistake is a ConfigError naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commit_tracker.checks import BUILTIN_RULES, RULES
from commit_tracker.checks.runner import Settings, suggest
from commit_tracker.errors import UsageError
from commit_tracker.files import DATA_DIR_NAME, display_path, find_data_dir
from commit_tracker.findings import Severity

CONFIG_NAME = ".commit-tracker.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_SOURCES = "sources"
"""The folder of source texts when none is given or configured: beside the data folder."""
_KEYS = ("select", "ignore", "strict", "sources", "rules")
MAX_WHOLE_NUMBER = 36_600
"""The largest whole-number option (days): a hundred years; more would reach before year 1."""


class ConfigError(UsageError):
    """The configuration cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """The configuration as read; empty when there is no file."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    strict: bool = False
    sources: Path | None = None
    severities: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, object]] = field(default_factory=dict)


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest ``.commit-tracker.toml``, or ``pyproject.toml`` with the table, and its table."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own, _read_toml(own)
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            table = _tool_table(_read_toml(pyproject), pyproject)
            if table is not None:
                return pyproject, table
    return None


def load_config(start: Path, explicit: Path | None = None, *, cwd: Path | None = None) -> Config:
    """The configuration named by ``--config``, or the one found walking up from ``start``.

    Messages name the file relative to ``cwd`` (default: the working folder).
    """
    found: tuple[Path, Any] | None
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"--config: no such file: {explicit}")
        document = _read_toml(explicit)
        found = (explicit, (_tool_table(document, explicit) or {}) if explicit.name == PYPROJECT else document)
    else:
        found = find_config(start.resolve())
    if found is None:
        return Config()
    path, table = found
    prefix = f"{display_path(path, cwd or Path.cwd())}: {'tool.commit-tracker.' if path.name == PYPROJECT else ''}"
    return _parse(table, path, prefix)


def default_sources(paths: Sequence[Path], cwd: Path) -> Path:
    """``sources/`` beside the data folder: the folder named, the folder of the file named, or data/."""
    if not paths:
        return (find_data_dir(cwd) or cwd / DATA_DIR_NAME).resolve().parent / DEFAULT_SOURCES
    folder = paths[0] if paths[0].is_dir() else paths[0].parent
    return folder.resolve().parent / DEFAULT_SOURCES


def sources_sought(config: Config, given: Path | None, paths: Sequence[Path], cwd: Path) -> Path:
    """Where the source texts are looked for: ``--sources``, else the configuration's, else the default."""
    return given or config.sources or default_sources(paths, cwd)


def resolve_settings(
    config: Config,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    strict: bool = False,
    sources: Path | None = None,
    as_of: dt.date,
) -> Settings:
    """Combine the configuration and the command line: ``--select`` replaces, ``--ignore`` adds.

    ``sources`` is where the source texts are sought (see :func:`sources_sought`); a rule that
    needs them is left out when they are not there (an error when it was selected by name).
    """
    chosen = _rule_ids(_split(select), "--select") if select else config.select
    ignored = {*config.ignore, *_rule_ids(_split(ignore), "--ignore")}
    sought = sources or config.sources
    sources_dir = sought if sought is not None and sought.is_dir() else None
    for rule_id in chosen or ():
        if RULES[rule_id].needs_sources and sources_dir is None and rule_id not in ignored:
            raise ConfigError(f'{rule_id} needs the source texts: give --sources DIR, or sources = "DIR" in the configuration')
    rules = tuple(
        rule
        for rule_id, rule in RULES.items()
        if (chosen is None or rule_id in chosen) and rule_id not in ignored and (sources_dir is not None or not rule.needs_sources)
    )
    return Settings(
        rules=rules,
        as_of=as_of,
        severities=config.severities,
        options=config.options,
        sources_dir=sources_dir,
        sources_sought=sought,
        check_quotes=(chosen is None or "quote-found" in chosen) and "quote-found" not in ignored,
        strict=strict or config.strict,
    )


def _tool_table(document: dict[str, Any], path: Path) -> Any:
    """``[tool.commit-tracker]`` of a pyproject.toml, or None; ``tool`` that is not a table is an error."""
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{display_path(path, Path.cwd())}: tool: must be a table, e.g. [tool.commit-tracker]")
    return tool.get("commit-tracker")


def _read_toml(path: Path) -> dict[str, Any]:
    where = display_path(path, Path.cwd())
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{where}: invalid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{where}: not UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start}); save it as UTF-8") from None
    except RecursionError:
        raise ConfigError(f"{where}: invalid TOML: nested too deeply for a configuration") from None
    except OSError as error:
        raise ConfigError(f"cannot read {display_path(path, Path.cwd())}: {error.strerror or error}") from None


def _parse(table: Any, path: Path, prefix: str) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{prefix.rstrip('. ')}: must be a table")
    for key in table:
        if key not in _KEYS:
            raise ConfigError(f"{prefix}{key}: unknown key{suggest(key, _KEYS)}; the keys are {', '.join(_KEYS)}")
    select = tuple(_rule_ids(_strings(table["select"], f"{prefix}select"), f"{prefix}select")) if "select" in table else None
    ignore = tuple(_rule_ids(_strings(table.get("ignore", []), f"{prefix}ignore"), f"{prefix}ignore"))
    strict = table.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{prefix}strict: must be true or false")
    sources = None
    if "sources" in table:
        if not isinstance(table["sources"], str):
            raise ConfigError(f"{prefix}sources: must be a folder name in quotes")
        # A folder that is not there is no error: a clone without the texts still runs, and
        # validate and check say how many quotes went unchecked and where they looked.
        sources = path.parent / table["sources"]
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(f"{prefix}rules: must be a table of rules, e.g. [tool.commit-tracker.rules.stale]")
    severities: dict[str, Severity] = {}
    options: dict[str, dict[str, object]] = {}
    for rule_id, settings in rules.items():
        _rule_ids([rule_id], f"{prefix}rules")
        where = f"{prefix}rules.{rule_id}"
        if not isinstance(settings, dict):
            raise ConfigError(f'{where}: must be a table, e.g. severity = "warning"')
        for key, value in settings.items():
            if key == "severity":
                if value not in ("error", "warning"):
                    raise ConfigError(f'{where}.severity: must be "error" or "warning", not {value!r}')
                severities[rule_id] = Severity(value)
            else:
                options.setdefault(rule_id, {})[key] = _option(rule_id, key, value, f"{where}.{key}")
    return Config(path, select, ignore, strict, sources, severities, options)


def _option(rule_id: str, key: str, value: object, where: str) -> object:
    rule = RULES[rule_id]
    if key not in rule.options:
        known = ["severity", *rule.options]
        raise ConfigError(f"{where}: unknown option{suggest(key, known)}; {rule_id} has {', '.join(known)}")
    default = rule.options[key]
    if isinstance(default, list):
        values = _strings(value, where)
        allowed = rule.choices.get(key)
        for item in values:
            if allowed is not None and item not in allowed:
                raise ConfigError(f"{where}: unknown value '{item}'{suggest(item, sorted(allowed))}; choose from {', '.join(sorted(allowed))}")
        return values
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            raise ConfigError(f"{where}: must be a number above 0 and at most 1, not {value!r}")
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_WHOLE_NUMBER:
        raise ConfigError(f"{where}: must be a whole number from 0 to {MAX_WHOLE_NUMBER}, not {value!r}")
    return value


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f'{where}: must be a list of names in quotes, e.g. ["stale"]')
    return list(value)


def _split(values: Sequence[str]) -> list[str]:
    """``--select a,b --select c`` → [a, b, c]."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _rule_ids(ids: Sequence[str], where: str) -> list[str]:
    for rule_id in ids:
        if rule_id in BUILTIN_RULES:
            raise ConfigError(f"{where}: '{rule_id}' is a check of validate; it always runs and cannot be selected, ignored or configured")
        if rule_id not in RULES:
            raise ConfigError(f"{where}: '{rule_id}' is not a rule{suggest(rule_id, RULES)}; 'commit-tracker rules' lists them")
    return list(ids)
