"""Per-article analysis: publication date, mentions, events (placeholder)."""

from __future__ import annotations

import attrs

from .model import Article, ArticleProblem, Event, Mention
from .tagger import extract_mentions

__all__ = ["ArticleAnalysis", "analyse_article"]


@attrs.frozen
class ArticleAnalysis:
    """What one article yields: its (possibly re-dated) self, mentions, events and problems."""

    article: Article | None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=tuple)
    problems: tuple[ArticleProblem, ...] = attrs.field(default=(), converter=tuple)


def analyse_article(article: Article) -> ArticleAnalysis:
    """Analyse one article; never raises for bad input (problems are returned)."""
    return ArticleAnalysis(article=article, mentions=extract_mentions(article))
