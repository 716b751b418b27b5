"""Text made safe for people and spreadsheets: invisible and controlling characters shown as escapes.

Whatever reaches a human-readable output (a terminal, a CI log, a Markdown or CSV file) may have
come from a data file, git, a path or a configuration file. ``visible`` turns every character
that could move the cursor, set a window title, reorder a line or hide itself into a visible
escape; ``csv_safe`` stops a spreadsheet from reading a cell as a formula.
"""

from __future__ import annotations

import codecs
import re

# Unicode's control (Cc), format (Cf), surrogate (Cs) and line/paragraph separator (Zl, Zp)
# characters: C0, DEL and C1 (ESC, CSI U+009B, NEL U+0085 included), the soft hyphen, bidi
# marks, embeddings, overrides and isolates (U+202A-202E, U+2066-2069), zero-width spaces and
# joiners, the byte-order mark, interlinear annotations and the invisible tag characters.
_IN_BMP = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"
)
_ASTRAL = "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
_IN_TEXT = _IN_BMP + _ASTRAL
_CONTROLS = "\r" + _IN_TEXT
HIDDEN = re.compile(f"[{_IN_TEXT}]")
"""What a data file may not hold: every character ``visible`` escapes but tab, line feed and carriage return."""
HIDDEN_BMP = re.compile(f"[{_IN_BMP}]")
HIDDEN_ASTRAL = re.compile(f"[{_ASTRAL}]")
"""``HIDDEN`` in two parts: a class with characters above U+FFFF makes a search seven times slower,
and most texts have none (see ``may_hold_astral``)."""


def may_hold_astral(text: str) -> bool:
    """False when ``text`` surely has no character above U+FFFF: CPython then stores it in at most
    two bytes a character, which its size shows at no cost. True when in doubt."""
    import sys

    try:
        return len(text) < 64 or sys.getsizeof(text) >= 3 * len(text)
    except TypeError:  # an implementation without getsizeof for str
        return True


UNSAFE = re.compile(f"[{_CONTROLS}]")
"""Every character ``visible`` escapes, tab and line feed aside."""
_UNSAFE_ALL = re.compile(f"[\t\n{_CONTROLS}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

CSV_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
"""A cell starting with one of these is a formula to a spreadsheet (OWASP; the full-width forms too)."""


def escape(char: str) -> str:
    """One character as an escape: ``\\x1b``, ``\\u202e``, ``\\U000e0041``; tab, LF and CR by name."""
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with every control, bidi, zero-width or separator character as a visible escape.

    Tab and line feed stay as they are when ``keep_newlines`` (the text may span lines), else
    they are escaped too.
    """
    pattern = UNSAFE if keep_newlines else _UNSAFE_ALL
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda match: escape(match.group()), text)


def csv_safe(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text: one starting with = + - @ tab or CR gets a leading quote."""
    return "'" + cell if cell and cell[0] in CSV_TRIGGERS else cell


_GUARDED = re.compile(f"(\x1b\\[[0-9;]*m|\r\n)|[\r{_CONTROLS}]")
_SUSPECT = re.compile(f"[\r{_IN_BMP}]")


def guard(text: str) -> str:
    """The last guard on text written to stdout or stderr: any control character left becomes ``\\uXXXX``.

    Applied to every format, so the escape is one JSON reads back as the same character (C0
    controls never reach it from JSON, whose serializer escapes them). The colour codes this
    tool writes itself (SGR, ``ESC [ ... m``) and CR LF pairs pass.
    """
    if _SUSPECT.search(text) is None and not (may_hold_astral(text) and HIDDEN_ASTRAL.search(text)):
        return text  # the usual case, found without the slow search of a class above U+FFFF
    return _GUARDED.sub(_guard_one, text)


def _guard_one(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)
    code = ord(match.group())
    if code > 0xFFFF:  # as a surrogate pair, the form JSON knows
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


_ASCII_FALLBACK = {
    "→": "->",
    "←": "<-",
    "…": "...",
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "•": "*",
    "·": "-",
    "×": "x",
    "≥": ">=",
    "≤": "<=",
    "█": "#",
    "▓": "#",
    "▒": ":",
    "░": ".",
    "æ": "ae",
    "Æ": "AE",
    "ø": "o",
    "Ø": "O",
    "ß": "ss",
}


def _fallback(error: UnicodeError) -> tuple[str, int]:
    """An ASCII stand-in for what the output encoding cannot hold: box lines, arrows, accented letters; else '?'."""
    import unicodedata

    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        if char in _ASCII_FALLBACK:
            out.append(_ASCII_FALLBACK[char])
        elif 0x2500 <= ord(char) <= 0x257F:  # box drawing
            name = unicodedata.name(char, "")
            out.append("|" if "VERTICAL" in name and "HORIZONTAL" not in name else "-" if "HORIZONTAL" in name and "VERTICAL" not in name else "+")
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii() and not unicodedata.combining(c))
            out.append(base or "?")
    return "".join(out), error.end


FALLBACK_ERRORS = "commit-tracker-ascii"
"""The name of the codec error handler that writes ``_fallback``'s stand-ins."""
codecs.register_error(FALLBACK_ERRORS, _fallback)


def encodable(text: str, encoding: str | None) -> str:
    """``text`` as the output encoding can hold it: what it cannot is replaced by a readable stand-in."""
    if not encoding or codecs.lookup(encoding).name == "utf-8":
        return text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode(encoding, FALLBACK_ERRORS).decode(encoding)
    return text
