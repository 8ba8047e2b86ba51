"""The :class:`Timeline`: ordered events from many articles, and :func:`build_timeline`."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from .model import Article, ArticleProblem, Event, Mention

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from .pipeline import ArticleAnalysis

__all__ = ["Timeline", "build_timeline", "event_order"]


def _freeze_mentions(value: Mapping[str, Iterable[Mention]]) -> Mapping[str, tuple[Mention, ...]]:
    return MappingProxyType({key: tuple(items) for key, items in dict(value).items()})


@attrs.frozen(eq=True)
class Timeline:
    """Dated events from a set of articles, ordered on one time axis.

    ``events`` are ordered by start date, then end date, then article order, then position in
    the article. ``problems`` lists articles that were skipped or need a second look.
    """

    events: tuple[Event, ...] = attrs.field(converter=tuple)
    articles: tuple[Article, ...] = attrs.field(converter=tuple, default=())
    problems: tuple[ArticleProblem, ...] = attrs.field(converter=tuple, default=())
    mentions: Mapping[str, tuple[Mention, ...]] = attrs.field(
        converter=_freeze_mentions, factory=dict, eq=False, repr=False
    )

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError when absent)."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def between(self, start: datetime.date, end: datetime.date) -> Timeline:
        """The events whose interval overlaps ``start..end`` (inclusive), as a new Timeline."""
        kept = tuple(e for e in self.events if e.start <= end and start <= e.end)
        return attrs.evolve(self, events=kept)

    def figure(self, **options: Any) -> go.Figure:
        """The timeline as a plotly Figure, for notebooks (options as :func:`render.figure`)."""
        from .render import figure

        return figure(self, **options)

    def to_html(self, path: str | Path, **options: Any) -> Path:
        """Write a standalone HTML page (plotly.js embedded, opens offline); returns the path."""
        from .render import write_html

        return write_html(self, path, **options)

    def to_json(self) -> str:
        """The timeline as JSON text (see :func:`Timeline.from_json`)."""
        from .export import timeline_to_json

        return timeline_to_json(self)

    @classmethod
    def from_json(cls, text: str) -> Timeline:
        """Rebuild a timeline written by :meth:`to_json`."""
        from .export import timeline_from_json

        return timeline_from_json(text)

    def to_csv(self) -> str:
        """One row per event and source, as CSV text."""
        from .export import timeline_to_csv

        return timeline_to_csv(self)

    def to_dataframe(self) -> Any:
        """The events as a pandas DataFrame (needs the ``dataframe`` extra)."""
        from .export import timeline_to_dataframe

        return timeline_to_dataframe(self)

    def to_timelinejs(self) -> dict[str, Any]:
        """The events in TimelineJS JSON form, ready for a newsroom's TimelineJS page."""
        from .export import timeline_to_timelinejs

        return timeline_to_timelinejs(self)


def event_order(article_rank: Mapping[str, int]) -> Any:
    """Sort key for events: start, end, first reporting article's rank, offset, title."""

    def key(event: Event) -> tuple[Any, ...]:
        first = event.sources[0]
        return (
            event.start,
            event.end,
            article_rank.get(first.article_id, len(article_rank)),
            first.mention.start,
            event.title,
        )

    return key


def assemble(analyses: Iterable[ArticleAnalysis], *, merge: bool = True) -> Timeline:
    """Collect per-article analyses into one ordered, merged Timeline.

    Merges events that report the same happening across articles (see
    :func:`~afghan_timeline.merge.merge_events`) and adds a warning to ``problems`` for each
    article whose publication date looks wrong (see
    :func:`~afghan_timeline.datecheck.check_publication_dates`).

    >>> import datetime
    >>> from afghan_timeline.pipeline import ArticleAnalysis
    >>> art = Article("No dates.", published=datetime.date(2021, 1, 11), id="a")
    >>> assemble([ArticleAnalysis(article=art)]).articles[0].id
    'a'
    """
    from .datecheck import check_publication_dates

    articles: list[Article] = []
    events: list[Event] = []
    problems: list[ArticleProblem] = []
    mentions: dict[str, tuple[Mention, ...]] = {}
    kept: list[ArticleAnalysis] = []
    for analysis in analyses:
        problems.extend(analysis.problems)
        if analysis.article is None:
            continue
        kept.append(analysis)
        articles.append(analysis.article)
        mentions[analysis.article.id] = analysis.mentions
        events.extend(analysis.events)
    problems.extend(check_publication_dates(kept))
    rank = {article.id: index for index, article in enumerate(articles)}
    if merge:
        from .merge import merge_events

        events = list(merge_events(events, article_rank=rank))
    events.sort(key=event_order(rank))
    return Timeline(events=events, articles=articles, problems=problems, mentions=mentions)


def build_timeline(
    articles: Iterable[Article], *, merge: bool = True, jobs: int = 1, progress: bool = False
) -> Timeline:
    """Find the dated events in ``articles`` and order them on one time axis.

    A broken article never sinks the run: it is left out and named in ``Timeline.problems``.
    ``jobs`` > 1 analyses articles in that many processes (0 or -1: every core); ``progress``
    prints a progress line on stderr. The result does not depend on either. For corpora too
    big to hold as one timeline, stream with :func:`afghan_timeline.parallel.iter_events`.

    >>> import datetime
    >>> art = Article("Talks opened on Tuesday.", published=datetime.date(2021, 1, 11), id="a")
    >>> [(e.value, e.article_ids) for e in build_timeline([art]).events]
    [('2021-01-05', ('a',))]
    """
    from .parallel import analyse_many

    return assemble(analyse_many(articles, jobs=jobs, progress=progress), merge=merge)
