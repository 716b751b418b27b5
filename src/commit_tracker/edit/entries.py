"""Set a field of an item, or add an entry to its updates, in the layout the file already uses.

A new key goes after the key that precedes it in the data model (``updates`` after ``status``,
``owner`` after ``source``), a new update where its date puts it, and each is written the way
the file writes its neighbours: block or flow, the same indentation, the same key order, long
notes folded (``>-``) where the file folds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeGuard

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from commit_tracker.edit.scalars import folded, render_date, render_scalar
from commit_tracker.edit.yamltext import EditError, YamlText, column, get, keys

DATE_KEYS = frozenset(("date", "due", "accessed"))
FOLDABLE = frozenset(("note", "quote"))
UPDATE_ORDER = ("date", "date_inferred", "status", "note", "source")


@dataclass(frozen=True)
class Layout:
    """How the file lays out a sequence of updates; defaults where it has none to copy."""

    dash: int = 2
    """Columns from a key to the dashes of its sequence (0: ``key:`` and ``- `` line up)."""
    entry: int = 2
    """Columns from a dash to the entry's keys."""
    nested: int = 2
    """Columns from a key to the keys of a mapping under it, or to a folded text's lines."""
    order: tuple[str, ...] = UPDATE_ORDER
    flow_entries: bool = False
    flow_source: bool = False
    fold: bool = False
    width: int = 92


def item_node(doc: YamlText, section: str, index: int) -> MappingNode:
    """The mapping node of the ``index``-th entry of ``section``."""
    found = get(doc.root, section)
    if found is None or not isinstance(found[1], SequenceNode) or not 0 <= index < len(found[1].value):
        raise EditError(f"no entry {index} in '{section}'")
    node = found[1].value[index]
    if not isinstance(node, MappingNode):
        raise EditError(f"entry {index} of '{section}' is not a mapping")
    return node


def infer_layout(doc: YamlText, item: MappingNode) -> Layout:
    """The layout of the item's updates, else of any updates in the file, else of its other lists."""
    pairs = list(_iter_pairs(doc.root))
    own = get(item, "updates")
    updates = [(key, value) for _, key, value in pairs if key.value == "updates" and _is_block_list(value)]
    if own is not None and _is_block_list(own[1]):
        updates.insert(0, (own[0], own[1]))
    inner = [(key, value) for mapping, key, value in pairs if mapping is not doc.root and _is_block_list(value)]
    sections = [(key, value) for _, key, value in pairs if _is_block_list(value)]
    lists = updates or inner or sections
    layout = Layout(fold=any(isinstance(value, ScalarNode) and value.style == ">" for _, _, value in pairs))
    if lists:
        key, sequence = lists[0]
        layout = replace(layout, dash=max(column(sequence) - column(key), 0), entry=max(column(sequence.value[-1]) - column(sequence), 2))
    if updates:
        last = updates[0][1].value[-1]
        if isinstance(last, MappingNode):
            order = tuple(keys(last))
            layout = replace(layout, order=order + tuple(key for key in UPDATE_ORDER if key not in order), flow_entries=bool(last.flow_style))
    # Sources of updates, else the item's own source, show whether a source is written {inline}.
    sources = [value for mapping, key, value in pairs if key.value == "source" and isinstance(value, MappingNode) and _is_update(mapping, updates)]
    own_source = get(item, "source")
    source = sources[-1] if sources else (own_source[1] if own_source else None)
    if isinstance(source, MappingNode):
        layout = replace(layout, flow_source=bool(source.flow_style))
    nested = [column(value.value[0][0]) - column(key) for _, key, value in pairs if isinstance(value, MappingNode) and not value.flow_style and value.value]
    if nested and nested[0] > 0:
        layout = replace(layout, nested=nested[0])
    return layout


def _is_block_list(node: Node) -> TypeGuard[SequenceNode]:
    return isinstance(node, SequenceNode) and bool(node.value) and not node.flow_style


def _is_update(mapping: MappingNode, updates: list[tuple[ScalarNode, SequenceNode]]) -> bool:
    return any(mapping in sequence.value for _, sequence in updates)


def _iter_pairs(node: Node) -> Iterator[tuple[MappingNode, ScalarNode, Node]]:
    if isinstance(node, MappingNode):
        for key, value in node.value:
            yield node, key, value
            yield from _iter_pairs(value)
    elif isinstance(node, SequenceNode):
        for value in node.value:
            yield from _iter_pairs(value)


def set_field(doc: YamlText, item: MappingNode, key: str, value: str, *, after: Sequence[str]) -> str:
    """The text with ``key`` set to ``value``: the old value replaced in its own quotes, or a new key added."""
    found = get(item, key)
    if found is None:

        def block(key_column: int) -> list[str]:
            return [" " * key_column + f"{key}: {_one_line(key, value, flow=False)}"]

        return insert_key(doc, item, key, block, _one_line(key, value, flow=True), after=after)
    node = found[1]
    if not isinstance(node, ScalarNode) or node.style in ("|", ">"):
        raise EditError(f"'{key}' is not a one-line value; change it by hand")
    style = node.style or ""
    rendered = render_date(value, style=style) if key in DATE_KEYS else render_scalar(value, flow=bool(item.flow_style), style=style)
    start, end = doc.offset((node.start_mark.line, node.start_mark.column)), doc.offset((node.end_mark.line, node.end_mark.column))
    return doc.splice(start, end, rendered if start < end else " " + rendered)


def add_update(doc: YamlText, item: MappingNode, update: dict[str, Any], position: int, layout: Layout, *, after: Sequence[str]) -> str:
    """The text with ``update`` inserted as the ``position``-th entry of the item's updates."""
    ordered = {key: update[key] for key in layout.order if key in update} | update
    found = get(item, "updates")
    if found is None:

        def block(key_column: int) -> list[str]:
            return [" " * key_column + "updates:", *_block_entry(ordered, key_column + layout.dash, layout)]

        return insert_key(doc, item, "updates", block, f"[{_flow(ordered)}]", after=after)
    sequence = found[1]
    if not isinstance(sequence, SequenceNode):
        raise EditError("'updates' is not a list")
    entries = sequence.value
    if sequence.flow_style:
        if entries and position < len(entries):
            at = doc.offset((entries[position].start_mark.line, entries[position].start_mark.column))
            return doc.splice(at, at, _flow(ordered) + ", ")
        return _append_in_flow(doc, sequence, _flow(ordered))
    dash_column = column(sequence)
    lines = _block_entry(ordered, dash_column, replace(layout, entry=max(column(entries[-1]) - dash_column, 2)) if entries else layout)
    line = doc.line_after(entries[position - 1]) if position > 0 else sequence.start_mark.line
    return doc.insert_lines(line, lines)


def insert_key(doc: YamlText, item: MappingNode, key: str, block: Callable[[int], list[str]], flow: str, *, after: Sequence[str]) -> str:
    """The text with a new key: after the latest of the ``after`` keys present, in the item's style.

    ``block`` gives the lines for a block mapping from the column of its keys; ``flow`` is the
    value's text for a flow mapping.
    """
    if item.flow_style:
        return _append_in_flow(doc, item, f"{key}: {flow}")
    anchor = [value for key_node, value in item.value if key_node.value in after]
    last = anchor[-1] if anchor else item.value[-1][1]
    return doc.insert_lines(doc.line_after(last), block(column(item.value[0][0])))


def _append_in_flow(doc: YamlText, node: MappingNode | SequenceNode, text: str) -> str:
    """Append to a flow collection, right after its last value (before any trailing comma or comment)."""
    if node.value:
        last = node.value[-1][1] if isinstance(node, MappingNode) else node.value[-1]
        at = doc.offset((last.end_mark.line, last.end_mark.column))
        return doc.splice(at, at, ", " + text)
    at = doc.offset((node.start_mark.line, node.start_mark.column)) + 1
    return doc.splice(at, at, text)


def _block_entry(update: dict[str, Any], dash_column: int, layout: Layout) -> list[str]:
    if layout.flow_entries:
        return [" " * dash_column + "- " + _flow(update)]
    key_column = dash_column + layout.entry
    lines: list[str] = []
    for index, (key, value) in enumerate(update.items()):
        prefix = " " * dash_column + "-" + " " * (layout.entry - 1) if index == 0 else " " * key_column
        lines.extend(_block_pair(prefix, key, value, key_column, layout))
    return lines


def _block_pair(prefix: str, key: str, value: Any, key_column: int, layout: Layout) -> list[str]:
    if isinstance(value, dict):
        if layout.flow_source:
            return [f"{prefix}{key}: {_flow(value)}"]
        inner = key_column + layout.nested
        return [f"{prefix}{key}:", *(line for name, text in value.items() for line in _block_pair(" " * inner, name, text, inner, layout))]
    one = _one_line(key, value, flow=False)
    if layout.fold and key in FOLDABLE and len(prefix) + len(key) + 2 + len(one) > layout.width:
        lines = folded(value, indent=key_column + layout.nested, width=layout.width)
        if lines is not None:
            return [f"{prefix}{key}: >-", *lines]
    return [f"{prefix}{key}: {one}"]


def _one_line(key: str, value: str, *, flow: bool) -> str:
    return render_date(value) if key in DATE_KEYS else render_scalar(value, flow=flow)


def _flow(mapping: dict[str, Any]) -> str:
    parts = [f"{key}: {_flow(value) if isinstance(value, dict) else _one_line(key, value, flow=True)}" for key, value in mapping.items()]
    return "{" + ", ".join(parts) + "}"
