"""Find a verbatim quote in a source text, tolerant of line breaks and hyphenation only."""

from __future__ import annotations

import re
from functools import lru_cache

_BREAK_HYPHEN = "\u00ad"
"""Stands for a hyphen followed by a line break or space: the word may or may not be joined."""

_HYPHEN_BREAK = re.compile(r"(?<=\S)-\s+")
_WHITESPACE = re.compile(r"\s+")


def canonical(text: str) -> str:
    """Collapse every run of whitespace to one space and mark hyphens that end a line."""
    return _WHITESPACE.sub(" ", _HYPHEN_BREAK.sub(_BREAK_HYPHEN, text)).strip()


@lru_cache(maxsize=256)
def _quote_pattern(quote: str) -> re.Pattern[str]:
    pieces = []
    for char in canonical(quote):
        if char in ("-", _BREAK_HYPHEN):
            pieces.append("[-\u00ad]")
        else:
            pieces.append(re.escape(char))
    # A break hyphen may stand between any two characters of the quote: the source split
    # a word there ("menneskerettighets-\ninstitusjoner") and the quote joined it.
    return re.compile("\u00ad?".join(pieces))


def quote_occurs(quote: str, canonical_source: str) -> bool:
    """True when ``quote`` occurs in a source already passed through :func:`canonical`."""
    plain = canonical(quote)
    if plain in canonical_source:
        return True
    return _quote_pattern(quote).search(canonical_source) is not None
