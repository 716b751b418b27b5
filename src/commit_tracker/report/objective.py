"""An objective's actions and the items linked to them, in words: what the site's objective page and the review dossier both show.

Both fill these records and draw them with the same macros (``templates/site/_macros.html``), so
an objective looks the same on the site and in the dossier.
"""

from __future__ import annotations

from dataclasses import dataclass

from commit_tracker.vocabulary import Status


@dataclass(frozen=True)
class LinkedItem:
    """One item linked to an action or to the objective: its name, kind and status, and where it is shown in full."""

    id: str
    title: str
    kind: str
    """The kind's name in the page's language."""
    status: Status
    href: str | None
    """The item's page on the site, or its row in the dossier's table of measures."""
    overdue: str = ""
    """The word 'overdue' when the item is, shown after its status; empty otherwise."""


@dataclass(frozen=True)
class ActionGroup:
    """One lettered action (or the objective as a whole) and the items linked to it."""

    heading: str
    """``10.b``, or the words for 'linked to the objective as a whole'."""
    anchor: str
    """The id of its heading in the page."""
    text: str
    """The action's text as the compact words it; empty for the objective as a whole."""
    text_lang: str
    adoption: str
    """Whether the state chose the action, in words; empty where the page does not say."""
    items: tuple[LinkedItem, ...]
    nothing: str
    """What the page says when nothing is linked."""
