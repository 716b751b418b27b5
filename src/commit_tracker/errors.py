"""The one error a run raises for a user's mistake; standard library only, so any layer may raise it."""

from __future__ import annotations


class UsageError(Exception):
    """The run cannot start or go on: a missing path, an unreadable file, a bad option."""
