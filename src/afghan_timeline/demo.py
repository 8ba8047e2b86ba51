"""The demo corpus: five news articles on the 2020–2021 Afghan peace talks, shipped as package data.

>>> [article.id for article in demo_articles()]
['000', '001', '002', '003', '004']
"""

from __future__ import annotations

from importlib import resources

from .corpus import read_manifest
from .errors import CorpusError
from .model import Article

__all__ = ["demo_articles"]


def demo_articles() -> list[Article]:
    """The demo articles with their publication dates, in manifest order.

    >>> demo_articles()[0].published
    datetime.date(2021, 4, 14)
    """
    folder = resources.files("afghan_timeline") / "demo"
    manifest = (folder / "manifest.jsonl").read_text(encoding="utf-8")
    articles: list[Article] = []
    for item in read_manifest(manifest.splitlines(), "demo/manifest.jsonl", folder):
        if not isinstance(item, Article):
            raise CorpusError(f"the demo corpus is damaged: {item.message}")
        articles.append(item)
    return articles
