"""The demo corpus's timeline shows every milestone of the seed gold file, in order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from afghan_timeline.demo import demo_articles
from afghan_timeline.timeline import Timeline, build_timeline

# The project's copy of the seed expectations (tests/data/seed_gold.json).
GOLD = Path(__file__).resolve().parent / "data" / "seed_gold.json"


def _milestones() -> list[dict[str, Any]]:
    return json.loads(GOLD.read_text(encoding="utf-8"))["milestones"]


@pytest.fixture(scope="module")
def demo_timeline() -> Timeline:
    """The demo corpus's timeline, one event per mention."""
    return build_timeline(demo_articles(), merge=False)


def _first_match(timeline: Timeline, milestone: dict[str, Any]) -> int | None:
    for index, event in enumerate(timeline.events):
        if event.value == milestone["date"] and set(event.article_ids) & set(milestone["articles"]):
            return index
    return None


@pytest.mark.parametrize("milestone", _milestones(), ids=lambda m: f"{m['date']} {m['label']}")
def test_milestones_each_has_an_event_from_its_articles(
    demo_timeline: Timeline, milestone: dict[str, Any]
) -> None:
    """A milestone has an event from one of its listed articles with exactly its date value."""
    if _first_match(demo_timeline, milestone) is None:
        nearby = sorted(
            {
                (e.value, e.article_ids[0])
                for e in demo_timeline.events
                if e.value[:4] == milestone["date"][:4]
            }
        )
        pytest.fail(
            f"no event valued {milestone['date']} from articles {milestone['articles']} "
            f"for {milestone['label']!r}; events that year: {nearby}"
        )


def test_milestones_appear_in_chronological_order(demo_timeline: Timeline) -> None:
    """Events are ordered by start then end, and milestones appear in the order of their dates."""
    keys = [(event.start, event.end) for event in demo_timeline.events]
    assert keys == sorted(keys)
    milestones = sorted(_milestones(), key=lambda m: m["date"])
    positions = [_first_match(demo_timeline, m) for m in milestones]
    found = [position for position in positions if position is not None]
    assert found, "no milestone has an event yet"
    assert found == sorted(found)
