"""Building a timeline from a dask bag, and the message when dask is missing."""

from __future__ import annotations

import sys

import pytest

from afghan_timeline.demo import demo_articles
from afghan_timeline.model import Article
from afghan_timeline.timeline import build_timeline

db = pytest.importorskip("dask.bag")

from afghan_timeline.dask_support import analyse_bag, timeline_from_bag  # noqa: E402


def seed_articles() -> list[Article]:
    """The five demo articles with their metadata publication dates."""
    return demo_articles()


def test_timeline_from_bag_equals_build_timeline():
    """A bag in three partitions on the synchronous scheduler gives build_timeline's result."""
    articles = seed_articles()
    bag = db.from_sequence(articles, npartitions=3)
    assert timeline_from_bag(bag, scheduler="synchronous") == build_timeline(articles)


def test_analyse_bag_keeps_article_order():
    """analyse_bag yields one analysis per article, in bag order."""
    articles = seed_articles()
    analyses = analyse_bag(db.from_sequence(articles, npartitions=2)).compute(
        scheduler="synchronous"
    )
    assert [a.article.id for a in analyses] == [a.id for a in articles]


def test_analyse_bag_rejects_non_bag():
    """Passing a plain list instead of a bag is a TypeError that names the expected type."""
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag"):
        analyse_bag(seed_articles())


def test_timeline_from_bag_without_dask_names_the_extra(monkeypatch):
    """Without dask installed the ImportError tells which extra to install."""
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"afghan_timeline\[dask\]"):
        timeline_from_bag(object())
