"""Quickstart: from five news articles to an interactive timeline.

Run it from anywhere; it writes ``timeline.html`` in the current folder::

    python examples/quickstart.py

Each ``# %%`` block is a notebook cell (VS Code, Jupyter via jupytext, Spyder).
"""

# %% Read the articles. The manifest gives each one an id, a title and its publication date,
# which anchors relative dates such as "yesterday" or "on Saturday".
from pathlib import Path

from afghan_timeline import build_timeline
from afghan_timeline.corpus import load_articles
from afghan_timeline.timex import describe

manifest = Path(__file__).resolve().parent / "seed_articles" / "manifest.jsonl"
articles = list(load_articles([manifest]))
for article in articles:
    print(f"{article.id}  {article.published}  {article.title}")

# %% Build the timeline: find the dates, resolve them, turn them into ordered events.
timeline = build_timeline(articles)
for problem in timeline.problems:
    print(problem)
print(f"{len(timeline.events)} events from {len(timeline.articles)} articles")

# %% Look at the events: when, what kind (reported, scheduled, deadline), what, and who says so.
for event in timeline.events:
    sources = ", ".join(event.article_ids)
    print(f"{describe(event.value):>26}  {event.kind.value:<9}  {event.title}  [{sources}]")

# %% Every event keeps the sentence it came from.
first = timeline.events[0]
print(first.sentence)

# %% Write a standalone page (it opens offline in any browser).
page = timeline.to_html("timeline.html")
print(f"wrote {page}")
