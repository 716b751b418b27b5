"""Findings as a JUnit XML report: one test case per rule and file, failing with its findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from commit_tracker.findings import Finding, Severity
from commit_tracker.report import Reporter
from commit_tracker.sanitize import visible


class JunitReporter(Reporter):
    """``<testsuites><testsuite name="commit-tracker">``, a ``<testcase>`` per rule and file.

    A case fails with its errors (and, with ``--strict``, its warnings); warnings that do not
    fail are listed in the case's ``<system-out>``.
    """

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        by_case: dict[tuple[str, str], list[Finding]] = {}
        for path in self.context.files:
            for info in self.context.rules:
                by_case[(path, info.id)] = []
        for f in findings:
            by_case.setdefault((f.path, f.rule), []).append(f)
        suite = ET.Element("testsuite", name="commit-tracker")
        failures = 0
        for (raw_path, rule), found in by_case.items():
            # XML 1.0 cannot carry most C0 controls at all, and a CI log would obey the rest.
            path = visible(raw_path, keep_newlines=False)
            case = ET.SubElement(suite, "testcase", classname=path, name=rule, file=path)
            failing = [f for f in found if self.context.strict or f.severity is Severity.ERROR]
            passing = [f for f in found if f not in failing]
            if failing:
                failures += 1
                failure = ET.SubElement(case, "failure", type=rule, message=f"{len(failing)} finding(s) of {rule} in {path}")
                failure.text = _lines(failing)
            if passing:
                ET.SubElement(case, "system-out").text = _lines(passing)
        counts = {"tests": str(len(by_case)), "failures": str(failures), "errors": "0", "skipped": "0"}
        suite.attrib.update(counts)
        root = ET.Element("testsuites", {"name": "commit-tracker", **counts})
        root.append(suite)
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _lines(findings: Sequence[Finding]) -> str:
    return "".join(f"{visible(f.location())}: {f.severity.value}: {visible(f.message, keep_newlines=False)} [{f.rule}]\n" for f in findings)
