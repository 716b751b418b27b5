"""Shell completion of item and owner ids: the data is read only when the shell asks."""

from __future__ import annotations


def complete_item_ids(incomplete: str) -> list[str]:
    """The ids of the items (and owners, for ``show``) that start with what was typed."""
    return [identifier for identifier in _ids("items", "owners") if identifier.startswith(incomplete)]


def complete_owner_ids(incomplete: str) -> list[str]:
    """The owner ids that start with what was typed."""
    return [identifier for identifier in _ids("owners") if identifier.startswith(incomplete)]


def _ids(*sections: str) -> list[str]:
    """The ids in the data folder found from here; none when there is none or it does not load (completion never fails)."""
    from pathlib import Path

    try:
        from commit_tracker.cli.reporting import cached

        cache, dataset = cached(None)  # a report run before has kept the data: no parsing while the shell waits
        if dataset is None:
            from commit_tracker.checker import run_checks

            outcome = run_checks([], cwd=Path.cwd(), contents=cache.contents if cache is not None else None)
            dataset = outcome.dataset
            if cache is not None and not outcome.failed and not outcome.unreadable:
                cache.write(dataset)
        return [identifier for section in sections for identifier in getattr(dataset, section)]
    except Exception:  # noqa: BLE001 (a completion that fails must print nothing, not a traceback into the shell)
        return []
