"""Findings as SARIF 2.1.0, the format code-scanning tools (GitHub's among them) read."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

from commit_tracker import __version__
from commit_tracker.findings import Finding, Severity
from commit_tracker.report import Reporter, RuleInfo
from commit_tracker.sanitize import visible

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def find_repo_root(start: Path) -> Path | None:
    """The nearest folder holding ``.git`` (a folder, or a file in a worktree), if any."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


class SarifReporter(Reporter):
    """One run of the tool: the rules that ran, with stable ids, and a result per finding."""

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        rules = list(self.context.rules)
        index = {rule.id: position for position, rule in enumerate(rules)}
        for f in findings:
            if f.rule not in index:  # a finding of a rule the context did not list
                index[f.rule] = len(rules)
                rules.append(RuleInfo(f.rule, f.rule, f.severity))
        run = {
            "tool": {"driver": {"name": "commit-tracker", "version": __version__, "rules": [_descriptor(rule) for rule in rules]}},
            "columnKind": "unicodeCodePoints",
            "results": [self._result(f, index[f.rule]) for f in findings],
        }
        document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def _result(self, f: Finding, rule_index: int) -> dict[str, object]:
        uri = self._uri(f.path)
        artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"} if not uri.startswith("file:") else {"uri": uri}
        identity = f"{f.rule}\0{uri}\0{f.item_id or f.line}".encode()
        return {
            "ruleId": f.rule,
            "ruleIndex": rule_index,
            "level": "error" if f.severity is Severity.ERROR else "warning",
            "message": {"text": visible(f.message)},  # shown as text by code scanning: controls as escapes
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": artifact,
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
            # Keyed on the item, not the line, so an alert survives lines moving above it.
            "partialFingerprints": {"commitTrackerItem/v1": hashlib.sha256(identity).hexdigest()[:32]},
        }

    def _uri(self, display: str) -> str:
        """The path relative to the repository root (or the working folder); a file URI outside it."""
        cwd = self.context.cwd or Path.cwd()
        root = self.context.root or cwd
        absolute = Path(os.path.normpath(cwd / display))
        if not absolute.is_relative_to(root):
            return absolute.as_uri()
        return absolute.relative_to(root).as_posix()


def _descriptor(rule: RuleInfo) -> dict[str, object]:
    descriptor: dict[str, object] = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": "error" if rule.severity is Severity.ERROR else "warning"},
    }
    if rule.help:
        descriptor["help"] = {"text": rule.help}
    return descriptor
