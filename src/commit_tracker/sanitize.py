"""Text made safe to show: control and bidi characters rendered visibly, CSV cells that no
spreadsheet runs as a formula.

Every human-readable output passes its text through ``visible``, whatever the text's origin (data,
git, paths, configuration); every CSV cell through ``csv_safe``. Standard library only.
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, the Unicode line and paragraph separators,
# bidi embeddings, overrides and isolates, zero-width characters and the BOM: each can move the
# cursor, retitle a terminal, reorder or hide text.
_HIDDEN = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
_UNSAFE = re.compile(f"[{_HIDDEN}]")
_UNSAFE_IN_LINE = re.compile(f"[{_HIDDEN}\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """The text with every control, bidi or zero-width character written as an escape (``\\x1b``).

    Tab and line feed are kept when ``keep_newlines`` (multi-line text), escaped otherwise.
    """
    pattern = _UNSAFE if keep_newlines else _UNSAFE_IN_LINE
    return pattern.sub(_escape, text) if pattern.search(text) else text


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(cell: str) -> str:
    """A CSV cell no spreadsheet evaluates (OWASP): one starting =, +, -, @, tab or CR gets a ``'`` before it."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell
