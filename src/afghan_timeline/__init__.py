"""afghan_timeline: turn news articles into a dated, ordered, interactive timeline.

>>> import datetime, afghan_timeline as at
>>> art = at.Article("Talks resume tomorrow.", published=datetime.date(2021, 4, 14), id="a")
>>> [(m.text, m.value) for m in at.extract_mentions(art)]
[('tomorrow', '2021-04-15')]
"""

from __future__ import annotations

from .corpus import iter_corpus, load_articles
from .demo import demo_articles
from .errors import (
    ArticleError,
    CorpusError,
    LexiconError,
    MissingPublicationDate,
    TimelineError,
    TimeMLError,
)
from .model import (
    Article,
    ArticleProblem,
    Conflict,
    Event,
    EventKind,
    Interval,
    Mention,
    Precision,
    PublishedBasis,
    Source,
    TimexType,
)
from .pubdate import detect_dateline
from .tagger import extract_mentions
from .timeline import Timeline, build_timeline

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # the TimeML scorer loads on first use, so that importing the package stays quick
    if name == "evaluate":
        from .evaluation import evaluate

        return evaluate
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Article",
    "ArticleError",
    "ArticleProblem",
    "Conflict",
    "CorpusError",
    "Event",
    "EventKind",
    "Interval",
    "LexiconError",
    "Mention",
    "MissingPublicationDate",
    "Precision",
    "PublishedBasis",
    "Source",
    "TimeMLError",
    "Timeline",
    "TimelineError",
    "TimexType",
    "build_timeline",
    "demo_articles",
    "detect_dateline",
    "evaluate",
    "extract_mentions",
    "iter_corpus",
    "load_articles",
]
