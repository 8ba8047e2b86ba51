"""Cross-article merging of events that denote the same happening."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .model import Event

__all__ = ["merge_events"]


def merge_events(events: Iterable[Event], *, article_rank: Mapping[str, int]) -> list[Event]:
    """Merge events that report the same happening (placeholder: keeps every event)."""
    return list(events)
