"""Write a value as YAML text that reads back as the same text, in the style the file uses.

A value is written plain where plain reads back as the same string, to YAML 1.1 and 1.2 readers
alike (so ``NO`` and ``1e3`` are quoted and ``done`` is not), single-quoted where plain would not, and
double-quoted with escapes only where a line break or a control character requires it. A value
that replaces another keeps the other's quotes.
"""

from __future__ import annotations

import re

import yaml

from commit_tracker.loader import HAS_LIBYAML

_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if HAS_LIBYAML else yaml.SafeLoader
_YEAR = re.compile(r"\d{4}")
# Numbers to a YAML 1.2 reader that PyYAML's 1.1 rules read as text (1e3, 0o17, .5).
_YAML12_NUMBER = re.compile(r"[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
# What the loader refuses in a file's text, and line breaks: written as escapes in double quotes.
_ESCAPE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def render_scalar(value: str, *, flow: bool = False, style: str | None = None) -> str:
    """``value`` as a one-line scalar; ``style`` ('', "'" or '"') is that of the value it replaces."""
    if _ESCAPE.search(value.replace("\t", "")) or style == '"':
        return double_quoted(value)
    if style != "'" and not _YAML12_NUMBER.fullmatch(value) and reads_back(value, value, flow=flow):
        return value
    return "'" + value.replace("'", "''") + "'"


def render_date(value: str, *, style: str | None = None) -> str:
    """A date as the data files write it: ``2012-11-30`` and ``2012-11`` plain, a year alone in quotes."""
    if style == "'":
        return f"'{value}'"
    if style == '"' or _YEAR.fullmatch(value):
        return f'"{value}"'
    return value


def double_quoted(value: str) -> str:
    """A double-quoted scalar; line breaks and control characters become escapes."""
    out = []
    for char in value:
        if char in _NAMED:
            out.append(_NAMED[char])
        elif _ESCAPE.match(char):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def reads_back(text: str, value: str, *, flow: bool = False) -> bool:
    """True when ``text`` written as a value reads back as ``value``, to a YAML 1.1 reader too."""
    document = f"{{k: {text}}}" if flow else f"k: {text}\n"
    try:
        return bool(yaml.load(document, Loader=_SAFE_LOADER) == {"k": value})
    except yaml.YAMLError:
        return False


def folded(value: str, *, indent: int, width: int) -> list[str] | None:
    """``value`` as the lines of a ``>-`` block scalar indented by ``indent``, wrapped at ``width``.

    None when the value cannot be folded and read back unchanged (line breaks, runs of spaces,
    leading or trailing space, control characters).
    """
    if not value or value != value.strip() or "  " in value or _ESCAPE.search(value):
        return None
    lines: list[str] = []
    for word in value.split(" "):
        if lines and indent + len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    text = [" " * indent + line for line in lines]
    if not reads_back(">-\n" + "\n".join(text), value):
        return None
    return text
