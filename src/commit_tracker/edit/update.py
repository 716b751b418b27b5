"""Plan an update of one item: check the options against the data, edit the text, prove the result.

The edit touches only the lines that carry the change. Before anything is written, the new text
is read back with the loader and must equal the old data with exactly the intended change: the
new update, the status (where the item has a ``status`` key), and the owner and due date asked for.
"""

from __future__ import annotations

import codecs
import copy
import difflib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from commit_tracker.checker import Outcome, UsageError
from commit_tracker.dataset import Dataset, unknown_id_message
from commit_tracker.edit.atomic import replace_content
from commit_tracker.edit.entries import add_update, infer_layout, item_node, set_field
from commit_tracker.edit.yamltext import EditError, YamlText
from commit_tracker.findings import Finding
from commit_tracker.loader import ParsedFile, read_bytes
from commit_tracker.models import Status, Tracked, parse_partial_date
from commit_tracker.validation import field_names, validate_as


@dataclass(frozen=True)
class UpdateRequest:
    """What ``commit-tracker update`` was asked to do."""

    item_id: str
    status: Status
    note: str
    date: str
    source: str | None = None
    locator: str | None = None
    quote: str | None = None
    owner: str | None = None
    due: str | None = None
    web: WebPage | None = None
    """A public web page as the source, instead of ``source`` (the locator and quote are still given)."""


@dataclass(frozen=True)
class WebPage:
    """A public web page cited as evidence: address, title, publisher, its date and when it was read."""

    url: str
    title: str | None
    publisher: str
    accessed: str
    date: str | None = None


@dataclass(frozen=True)
class UpdatePlan:
    """The file's bytes before and after the edit, and what the edit means."""

    path: Path
    display: str
    original: bytes
    updated: bytes
    old_status: Status
    new_status: Status
    latest: bool
    """True when the new update is the newest, so it gives the current status."""

    def diff(self) -> str:
        """A unified diff of the edit, as ``git diff`` shows it."""
        old, new = (content.decode("utf-8-sig").splitlines() for content in (self.original, self.updated))
        return unified_diff(old, new, f"a/{self.display}", f"b/{self.display}")


def unified_diff(old: list[str], new: list[str], old_name: str, new_name: str, context: int = 3) -> str:
    """Like difflib's, but every line may anchor the match.

    difflib's default treats lines frequent in a long file (``updates:``, ``status: done``) as
    junk and then shows them removed and added again although they did not change.
    """
    lines = [f"--- {old_name}", f"+++ {new_name}"]
    for group in difflib.SequenceMatcher(None, old, new, autojunk=False).get_grouped_opcodes(context):
        (_, old_start, _, new_start, _), (_, _, old_end, _, new_end) = group[0], group[-1]
        lines.append(f"@@ -{_range(old_start, old_end)} +{_range(new_start, new_end)} @@")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(" " + line for line in old[i1:i2])
                continue
            lines.extend("-" + line for line in old[i1:i2])
            lines.extend("+" + line for line in new[j1:j2])
    return "".join(line + "\n" for line in lines) if len(lines) > 2 else ""


def _range(start: int, stop: int) -> str:
    length = stop - start
    if length == 1:
        return f"{start + 1}"
    return f"{start + 1 if length else start},{length}"


def check_request(outcome: Outcome, request: UpdateRequest) -> None:
    """One clear UsageError for an option the data cannot take; nothing is read or written."""
    dataset = outcome.dataset
    if request.item_id not in dataset.items:
        hint = "; some data files did not load: run commit-tracker validate" if outcome.notes or outcome.unreadable else ""
        raise UsageError(unknown_id_message("item", request.item_id, dataset.items) + hint)
    web = request.web
    dates = [("--date", request.date), ("--due", request.due)]
    if web is not None:
        dates += [("--accessed", web.accessed), ("--source-date", web.date)]
    for option, value in dates:
        if value is not None:
            try:
                parse_partial_date(value)
            except ValueError as error:
                raise UsageError(f"{option}: {error}") from None
    if not request.note.strip():
        raise UsageError("--note: say what the update is based on; it must not be empty")
    if request.owner is not None and request.owner not in dataset.owners:
        raise UsageError("--owner: " + unknown_id_message("owner", request.owner, dataset.owners) + "; add it to the owners first")
    if request.source is not None and web is not None:
        raise UsageError("--source and --source-url exclude each other: cite a document or a web page")
    given = [request.source or (web.url if web else None), request.locator, request.quote]
    if any(value is not None for value in given) and not all(value for value in given):
        raise UsageError("--source (or --source-url), --locator and --quote go together: the source, where in it, and the words it says")
    if web is not None and not (web.url.startswith(("http://", "https://")) and web.publisher.strip() and (web.title is None or web.title.strip())):
        raise UsageError("--source-url needs an http(s) address and --source-publisher (and --source-title where the page has one)")
    if request.source is not None and request.source not in dataset.sources:
        raise UsageError("--source: " + unknown_id_message("source", request.source, dataset.sources) + "; add it to the sources first")


def plan_update(outcome: Outcome, request: UpdateRequest) -> UpdatePlan:
    """The edit as bytes, checked; raises UsageError when it cannot be made safely."""
    check_request(outcome, request)
    dataset: Dataset = outcome.dataset
    origin = dataset.origins[request.item_id]
    parsed = origin.parsed
    try:
        original = parsed.path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {parsed.display}: {error.strerror or error}") from None
    fresh = read_bytes(original, parsed.path, parsed.display)
    if fresh.findings or fresh.data is None or fresh.text is None:
        raise UsageError(f"{parsed.display} has problems; fix them first (commit-tracker validate {parsed.display})")
    entries = fresh.data.get(origin.section)
    if not isinstance(entries, list) or origin.row >= len(entries) or entries[origin.row].get("id") != request.item_id:
        raise UsageError(f"{parsed.display} changed on disk while it was read; nothing was written; run the command again")
    model = type(dataset.items[request.item_id])
    expected = copy.deepcopy(fresh.data)
    item: dict[str, Any] = expected[origin.section][origin.row]
    update = _update_entry(request)
    updates = list(item.get("updates") or [])
    new_date = parse_partial_date(request.date)
    position = max((index + 1 for index, old in enumerate(updates) if parse_partial_date(old["date"]) <= new_date), default=0)
    item["updates"] = [*updates[:position], update, *updates[position:]]
    try:
        new_status = validate_as(model, item).current_status
    except ValidationError as error:
        raise UsageError(f"the update would not be valid: {error.errors()[0]['msg']}") from None
    fields = {"status": new_status.value} if "status" in item else {}
    fields |= {key: getattr(request, key) for key in ("owner", "due") if getattr(request, key) is not None}
    item.update(fields)
    try:
        text = _edit(fresh.text, origin.section, origin.row, fields, update, position, model)
    except EditError as error:
        raise UsageError(f"{parsed.display}: cannot edit {request.item_id} here: {error}; nothing was written") from None
    updated = (codecs.BOM_UTF8 if original.startswith(codecs.BOM_UTF8) else b"") + text.encode("utf-8")
    _prove(updated, parsed, expected)
    return UpdatePlan(
        path=parsed.path,
        display=parsed.display,
        original=original,
        updated=updated,
        old_status=dataset.items[request.item_id].current_status,
        new_status=new_status,
        latest=position == len(updates),
    )


def _update_entry(request: UpdateRequest) -> dict[str, Any]:
    entry: dict[str, Any] = {"date": request.date, "status": request.status.value, "note": request.note}
    if request.source is not None and request.locator is not None and request.quote is not None:
        entry["source"] = {"document": request.source, "locator": request.locator, "quote": request.quote}
    web = request.web
    if web is not None and request.locator is not None and request.quote is not None:
        page = {"url": web.url, "title": web.title, "publisher": web.publisher, "date": web.date, "accessed": web.accessed}
        entry["source"] = {key: value for key, value in page.items() if value is not None} | {"locator": request.locator, "quote": request.quote}
    return entry


def _edit(text: str, section: str, index: int, fields: dict[str, str], update: dict[str, Any], position: int, model: type[Tracked]) -> str:
    """The update added and ``fields`` set, one edit at a time; the text is composed again between edits."""
    order = field_names(model)

    def preceding(key: str) -> list[str]:
        return order[: order.index(key)]

    doc = YamlText(text)
    node = item_node(doc, section, index)
    text = add_update(doc, node, update, position, infer_layout(doc, node), after=preceding("updates"))
    for key, value in fields.items():
        doc = YamlText(text)
        text = set_field(doc, item_node(doc, section, index), key, value, after=preceding(key))
    return text


def _prove(updated: bytes, parsed: ParsedFile, expected: dict[str, Any]) -> None:
    """Read the new bytes back: they must hold exactly the intended data, and load without findings."""
    check = read_bytes(updated, parsed.path, parsed.display)
    if check.findings or check.data != expected:
        problem = check.findings[0].message if check.findings else "the data would differ from the intended change"
        raise UsageError(f"{parsed.display}: the edit did not come out as intended ({problem}); nothing was written")


def apply_update(plan: UpdatePlan, before: Sequence[Finding], recheck: Callable[[], Sequence[Finding]]) -> list[Finding]:
    """Write the edit, check the data folder again, and restore the original if that found anything new.

    Returns the new findings (empty when the edit stands).
    """
    replace_content(plan.path, plan.original, plan.updated, shown=plan.display)
    try:
        added = new_findings(before, recheck())
    except BaseException:
        replace_content(plan.path, plan.updated, plan.original, shown=plan.display)
        raise
    if added:
        replace_content(plan.path, plan.updated, plan.original, shown=plan.display)
    return added


def new_findings(before: Sequence[Finding], after: Sequence[Finding]) -> list[Finding]:
    """Findings of ``after`` that ``before`` did not have; compared by file, rule and item, as lines move."""
    seen = Counter((finding.path, finding.rule, finding.item_id) for finding in before)
    added = []
    for finding in after:
        key = (finding.path, finding.rule, finding.item_id)
        if seen[key]:
            seen[key] -= 1
        else:
            added.append(finding)
    return added
