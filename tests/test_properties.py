"""Property-based tests: whatever the input, the result is valid data or located findings, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commit_tracker.checker import Outcome, run_checks
from commit_tracker.loader import MAX_FINDINGS, read_file
from tests.conftest import EXAMPLES

VALID = (EXAMPLES / "valid" / "all-fields.yaml").read_text(encoding="utf-8")
VALID_LINES = VALID.splitlines(keepends=True)

# Deterministic in CI: the same examples every run, no database needed; no deadline (speed is
# measured in bench/, not asserted here).
PROPERTY = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _assert_located(outcome: Outcome, lines: int) -> None:
    for finding in outcome.findings:
        assert 1 <= finding.line <= lines + 1, finding
        assert finding.column >= 1, finding
        assert finding.rule, finding
        assert finding.message, finding


def _check_bytes(tmp_path: Path, content: bytes, *, pure: bool) -> Outcome:
    path = tmp_path / "data.yaml"
    path.write_bytes(content)
    outcome = run_checks([path], cwd=tmp_path, pure=pure)
    _assert_located(outcome, content.count(b"\n"))
    return outcome


@PROPERTY
@given(content=st.binary(max_size=2000))
@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])
def test_any_bytes_give_data_or_located_findings(tmp_path: Path, pure: bool, content: bytes) -> None:
    _check_bytes(tmp_path, content, pure=pure)


YAMLISH = st.text(alphabet=st.sampled_from(list(" \n\t-:?[]{},&*!|>'\"%@`#~abcNO0123456789.\\\r\u2028\x85æøå")), max_size=400)


@PROPERTY
@given(text=st.one_of(st.text(max_size=400), YAMLISH))
@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])
def test_any_text_gives_data_or_located_findings(tmp_path: Path, pure: bool, text: str) -> None:
    _check_bytes(tmp_path, text.encode("utf-8", "surrogatepass"), pure=pure)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """The valid example with a few lines deleted, duplicated, re-indented or given another value."""
    lines = list(VALID_LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "value"]))
        line = lines[index]
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        elif action == "indent":
            lines[index] = " " * draw(st.integers(1, 4)) + line
        elif action == "dedent":
            lines[index] = line[draw(st.integers(1, 4)) :]
        elif ":" in line:
            key = line.split(":", 1)[0]
            value = draw(
                st.one_of(st.sampled_from(["", "~", "NO", "0150", "12:30", "2012-02-30", "[", "&a x", "*a", "!!str x", "'x", "ikke"]), st.text(max_size=20))
            )
            lines[index] = f"{key}: {value}\n"
        if not lines:
            break
    return "".join(lines)


@PROPERTY
@given(text=mutated())
def test_a_mutated_valid_file_gives_data_or_located_findings_with_both_parsers(tmp_path: Path, text: str) -> None:
    content = text.encode("utf-8", "surrogatepass")
    fast = _check_bytes(tmp_path, content, pure=False)
    slow = _check_bytes(tmp_path, content, pure=True)
    # Both parsers accept or refuse the same files, and build the same data from what they accept.
    assert fast.failed == slow.failed
    assert [(f.rule, f.line) for f in fast.findings if not f.rule.startswith("yaml-")] == [
        (f.rule, f.line) for f in slow.findings if not f.rule.startswith("yaml-")
    ]


@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])
def test_both_parsers_read_the_real_data_alike(pure: bool) -> None:
    from tests.conftest import DATA

    for path in sorted(DATA.glob("*.yaml")):
        fast = read_file(path, path.name)
        other = read_file(path, path.name, pure=pure)
        assert fast.data == other.data
        assert fast.findings == other.findings == []


def test_a_file_with_many_broken_items_reports_each_once(tmp_path: Path) -> None:
    count = 5_000
    lines = ["followups:"] + [f"  - {{id: x-{i}, text: T, source: {{document: d, locator: l, quote: q}}, status: bogus}}" for i in range(count)]
    outcome = _check_bytes(tmp_path, ("\n".join(lines) + "\n").encode(), pure=False)
    # Each item once, up to the cap of findings per file; the last finding says the rest was not checked.
    assert len(outcome.findings) == MAX_FINDINGS
    assert [f.line for f in outcome.findings[:-1]] == list(range(2, MAX_FINDINGS + 1))
    assert outcome.findings[-2].item_id == f"x-{MAX_FINDINGS - 2}"
    assert outcome.findings[-1].rule == "too-many-findings"


def test_a_value_a_megabyte_long_is_handled(tmp_path: Path) -> None:
    content = b'owners:\n  - id: a\n    name: "' + b"x" * 1_000_000 + b'"\n    bogus: 1\n'
    outcome = _check_bytes(tmp_path, content, pure=False)
    assert [(f.rule, f.line, f.column) for f in outcome.findings] == [("unknown-key", 4, 5)]


def test_a_large_file_validated_in_runs_gives_what_the_whole_file_gives(tmp_path: Path) -> None:
    """Above CHUNK_NODES values a file is validated a run of items at a time and the DataFile built
    from the validated items; that is only right while DataFile has no rule across items."""
    from commit_tracker.models import DataFile
    from commit_tracker.validation import CHUNK_NODES, validate_as, validate_file

    assert not hasattr(DataFile, "__post_init__")
    owners = "".join(f"  - id: o-{index}\n    name: Eier {index}\n" for index in range(CHUNK_NODES))
    path = tmp_path / "owners.yaml"
    path.write_text("owners:\n" + owners, encoding="utf-8")
    parsed = read_file(path, "owners.yaml")
    assert parsed.nodes > CHUNK_NODES
    data, findings = validate_file(parsed)
    assert findings == []
    assert data == validate_as(DataFile, parsed.data)
