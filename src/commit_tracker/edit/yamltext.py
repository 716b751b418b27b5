"""A YAML file's text with the position of every node: edits that touch only their own lines.

The text is composed with PyYAML's composer (libyaml where present), which gives every node its
start and end mark and its style, and nothing is ever constructed. Edits are made on the text;
each returns new text, composed again before the next edit. The file is only ever edited after
the loader has read it without findings, so anchors, tags and duplicate keys cannot occur.
"""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from commit_tracker.loader import HAS_LIBYAML


class EditError(Exception):
    """The file is laid out in a way this editor does not change; nothing is written."""


Mark = tuple[int, int]
"""A 0-based (line, column), as PyYAML counts them."""


class YamlText:
    """Text and node tree of one YAML document."""

    def __init__(self, text: str) -> None:
        self.text = text
        loader = yaml.CBaseLoader if HAS_LIBYAML else yaml.BaseLoader
        root = yaml.compose(text, Loader=loader)  # composes nodes; constructs nothing
        if not isinstance(root, MappingNode):
            raise EditError("the top level is not a mapping")
        self.root = root
        self.starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
        first_break = text.find("\n")
        self.newline = "\r\n" if first_break > 0 and text[first_break - 1] == "\r" else "\n"

    def offset(self, mark: Mark) -> int:
        """The character offset of a (line, column) mark."""
        return self.starts[mark[0]] + mark[1]

    def line_start(self, line: int) -> int:
        """The offset where ``line`` starts (the end of the text past the last line)."""
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def splice(self, start: int, end: int, new: str) -> str:
        """The text with ``[start, end)`` replaced by ``new``."""
        return self.text[:start] + new + self.text[end:]

    def insert_lines(self, line: int, lines: list[str]) -> str:
        """The text with ``lines`` inserted before ``line``, each ended with the file's line break."""
        at = self.line_start(line)
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            # The last line has no line break: neither will the new last line.
            return self.text + "".join(self.newline + line_text for line_text in lines)
        return self.splice(at, at, "".join(line_text + self.newline for line_text in lines))

    def line_after(self, node: Node) -> int:
        """The first line after the node's content: where a following key or entry goes.

        A block collection ends with its last value. A block scalar's trailing blank lines are
        not its content (unless it keeps them, ``|+``), so a new line goes before them and the
        blank lines between items stay where they are.
        """
        if isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style and node.value:
            last = node.value[-1]
            return self.line_after(last[1] if isinstance(node, MappingNode) else last)
        end_line, end_column = _mark(node.end_mark)
        line = end_line + 1 if end_column > 0 else end_line
        if isinstance(node, ScalarNode) and node.style in ("|", ">"):
            start_line = node.start_mark.line
            header = self.text[self.offset(_mark(node.start_mark)) : self.line_start(start_line + 1)]
            if "+" not in header:
                while line - 1 > start_line and not self.text[self.line_start(line - 1) : self.line_start(line)].strip():
                    line -= 1
        return line


def _mark(mark: yaml.Mark) -> Mark:
    return (mark.line, mark.column)


def get(mapping: MappingNode, key: str) -> tuple[ScalarNode, Node] | None:
    """The key node and value node of ``key`` in a mapping node."""
    for key_node, value_node in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def keys(mapping: MappingNode) -> list[str]:
    """The keys of a mapping node, in file order."""
    return [key_node.value for key_node, _ in mapping.value if isinstance(key_node, ScalarNode)]


def column(node: Node) -> int:
    """The 0-based column where the node starts."""
    return int(node.start_mark.column)
