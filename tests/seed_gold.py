"""The seed corpus's expectations (publication dates, mentions, milestones) as test data.

``tests/data/seed_gold.json`` records, for each of the five demo articles, every date mention
with its accepted TIMEX3 values (``required`` ones must be right) and the milestones the
timeline must show. The article texts are the package's demo corpus.
"""

from __future__ import annotations

import datetime
import json
from functools import cache
from pathlib import Path
from typing import Any

from afghan_timeline import Article, Mention

GOLD_PATH = Path(__file__).parent / "data" / "seed_gold.json"
DEMO_DIR = Path(__file__).resolve().parents[1] / "src" / "afghan_timeline" / "demo"


@cache
def seed_gold() -> dict[str, Any]:
    """The parsed expectations file."""
    return json.loads(GOLD_PATH.read_text("utf-8"))


def seed_article(entry: dict[str, Any]) -> Article:
    """The demo article of one gold entry, dated by its metadata publication date."""
    text = (DEMO_DIR / entry["file"]).read_text("utf-8")
    return Article(
        text=text, published=datetime.date.fromisoformat(entry["published"]), id=entry["id"]
    )


def overlapping(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions whose span overlaps ``start..end``."""
    return [m for m in mentions if m.start < end and start < m.end]
