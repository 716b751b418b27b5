"""constraints/oldest.txt pins every dependency at the lower bound pyproject.toml gives it.

.ci/run installs with it once, so the oldest versions we claim to support are tested, not
assumed. The file is derived from pyproject.toml: a dependency added there without a lower
bound, or a bound raised without the file, fails here.
"""

from __future__ import annotations

import re
import tomllib

from tests.conftest import ROOT

CONSTRAINTS = ROOT / "constraints" / "oldest.txt"
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)")
_LOWER = re.compile(r"(>=|==|~=)\s*([^\s,]+)")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["test"]]


def lower_bounds() -> dict[str, tuple[str, str | None]]:
    """Each dependency (normalised name) → (name as written, its lower bound or None)."""
    bounds: dict[str, tuple[str, str | None]] = {}
    for requirement in _requirements():
        match = _REQUIREMENT.match(requirement)
        assert match is not None, f"cannot read the requirement {requirement!r}"
        name, specifiers = match.groups()
        lower = _LOWER.search(specifiers)
        bounds[_normal(name)] = (name, lower.group(2) if lower else None)
    return bounds


def expected_text() -> str:
    """What constraints/oldest.txt must hold, in pyproject's order."""
    lines = [f"{name}=={version}" for name, version in lower_bounds().values()]
    return "# The lower bound of every dependency in pyproject.toml (tests/test_dependencies.py keeps it so).\n" + "\n".join(lines) + "\n"


def test_every_dependency_has_a_lower_bound() -> None:
    unbounded = [name for name, version in lower_bounds().values() if version is None]
    assert unbounded == [], "give these a lower bound in pyproject.toml (name>=X.Y), the oldest version that passes .ci/run"


def test_the_constraints_are_the_lower_bounds_of_pyproject() -> None:
    pinned: dict[str, str] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pinned[_normal(name)] = version.strip()
    wanted = {key: version for key, (_, version) in lower_bounds().items()}
    assert pinned == wanted, f"run python -m tests.test_dependencies, or write this to {CONSTRAINTS.relative_to(ROOT)}:\n{expected_text()}"


def test_ci_runs_the_readme_test_command_and_the_oldest_versions() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = 'python3 -m pip install -e ".[test]" && python3 -m pytest'
    assert command in readme
    assert f"({command})" in script
    assert 'python3 -m pip install -c constraints/oldest.txt -e ".[test]" && python3 -m pytest' in script


if __name__ == "__main__":  # python -m tests.test_dependencies rewrites the file from pyproject.toml
    CONSTRAINTS.write_text(expected_text(), encoding="utf-8")
