"""Per-article analysis: publication date, mentions, events, and what went wrong.

:func:`analyse_article` never raises for a bad article: problems come back in the result, so
one broken article cannot sink a corpus.

>>> import datetime
>>> from afghan_timeline.model import Article
>>> analysis = analyse_article(Article("Sunday, December 3, 2023\\nTalks resumed.", id="a"))
>>> analysis.article.published, analysis.problems
(datetime.date(2023, 12, 3), ())
"""

from __future__ import annotations

import attrs

from .errors import TimelineError
from .events import events_from_mentions
from .model import Article, ArticleProblem, Event, Mention, PublishedBasis
from .pubdate import wire_dateline, with_publication_date
from .tagger import extract_mentions

__all__ = ["NO_PUBLICATION_DATE", "ArticleAnalysis", "analyse_article"]

NO_PUBLICATION_DATE = (
    "no publication date: relative dates left unresolved; give one in a line such as "
    "'Published: 14 March 2024' at its top, with --published (a single article) or in a "
    "manifest's 'published' column"
)


@attrs.frozen
class ArticleAnalysis:
    """What one article yields: its (possibly re-dated) self, mentions, events and problems.

    ``article`` is None when the article could not be analysed; ``problems`` then says why.
    """

    article: Article | None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=tuple)
    problems: tuple[ArticleProblem, ...] = attrs.field(default=(), converter=tuple)

    @property
    def failed(self) -> bool:
        """True when the article was skipped because of an error."""
        return self.article is None


def _article_id(article: object) -> str:
    identifier = getattr(article, "id", None)
    if isinstance(identifier, str) and identifier.strip():
        return identifier
    return f"<{type(article).__name__}>"


def _no_date_message(text: str) -> str:
    """The warning for an undated article; a wire dateline's day is named, as it lacks a year."""
    wire = wire_dateline(text)
    if wire is None:
        return NO_PUBLICATION_DATE
    day = " ".join(wire["date"].split())
    return NO_PUBLICATION_DATE.replace(
        "no publication date: ", f"no publication date (the dateline's '{day}' has no year): ", 1
    )


def analyse_article(article: Article) -> ArticleAnalysis:
    """Date ``article`` (metadata, else its dateline), find its mentions, turn them into events.

    An article without any publication date still yields its mentions (relative ones stay
    unresolved) and a warning. Any error while processing becomes an error problem naming the
    article, and the article's events are dropped.

    >>> from afghan_timeline.model import Article
    >>> analyse_article(Article("No date here.", id="x")).problems[0].severity
    'warning'
    """
    article_id = _article_id(article)
    try:
        if not isinstance(article, Article):
            raise TypeError(f"expected an Article, got {type(article).__name__}")
        dated = with_publication_date(article)
        problems: list[ArticleProblem] = []
        if not dated.text.strip():
            problems.append(ArticleProblem(article_id, "article text is empty", "warning"))
            return ArticleAnalysis(article=dated, problems=problems)
        if dated.published_basis is PublishedBasis.NONE:
            problems.append(ArticleProblem(article_id, _no_date_message(dated.text), "warning"))
        mentions = extract_mentions(dated)
        events = events_from_mentions(dated, mentions)
    except TimelineError as error:
        return ArticleAnalysis(article=None, problems=[ArticleProblem(article_id, str(error))])
    except Exception as error:  # one article's bug must not sink the corpus
        message = f"could not be analysed: {type(error).__name__}: {error}"
        return ArticleAnalysis(article=None, problems=[ArticleProblem(article_id, message)])
    return ArticleAnalysis(article=dated, mentions=mentions, events=events, problems=problems)
