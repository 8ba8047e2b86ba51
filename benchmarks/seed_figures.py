"""The seed corpus figures: required mentions right, optional ones wrong, extra mentions.

    python benchmarks/seed_figures.py [--list]

Reads the expectations in ``tests/data/seed_gold.json`` and tags the five demo articles with
their publication dates. A required mention is right when one mention overlaps it with an
accepted TIMEX3 value; an optional one is wrong when a mention overlaps it with another value;
an extra mention overlaps nothing listed. ``--list`` prints each miss and extra.
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

from afghan_timeline import Article, extract_mentions

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "seed_gold.json"
DEMO = ROOT / "src" / "afghan_timeline" / "demo"


def main() -> None:
    """Print the seed figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list misses and extra mentions")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text("utf-8"))
    required = right = optional = optional_found = optional_wrong = extra = 0
    notes: list[str] = []
    for entry in gold["articles"]:
        text = (DEMO / entry["file"]).read_text("utf-8")
        published = datetime.date.fromisoformat(entry["published"])
        mentions = extract_mentions(Article(text=text, published=published, id=entry["id"]))
        covered: set[int] = set()
        for expected in entry["mentions"]:
            hits = [m for m in mentions if m.start < expected["end"] and expected["start"] < m.end]
            covered.update(id(m) for m in hits)
            good = len(hits) == 1 and hits[0].value in expected["values"]
            if expected["required"]:
                required += 1
                right += good
                if not good:
                    notes.append(f"{entry['id']} missed {expected['text']!r}: {hits}")
            else:
                optional += 1
                optional_found += bool(hits)
                if hits and not good:
                    optional_wrong += 1
                    notes.append(f"{entry['id']} optional wrong {expected['text']!r}: {hits}")
        for mention in mentions:
            if id(mention) not in covered:
                extra += 1
                notes.append(f"{entry['id']} extra {mention.text!r} {mention.value}")
    print(f"required mentions right: {right}/{required}")
    print(f"optional mentions found: {optional_found}/{optional}, wrong: {optional_wrong}")
    print(f"extra mentions: {extra}")
    if args.list:
        print("\n".join(notes))


if __name__ == "__main__":
    main()
