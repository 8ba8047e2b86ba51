"""Exceptions raised by afghan_timeline.

All of them derive from :class:`TimelineError`, so ``except TimelineError`` catches
everything the library raises on purpose::

    TimelineError
    ├── ArticleError (also ValueError)      one article cannot be used; names the article
    │   └── MissingPublicationDate          no date given and none found in the text
    ├── CorpusError (also ValueError)       a corpus file or manifest is unreadable
    ├── LexiconError (also ValueError)      a rule-data table is malformed; names file and line
    └── TimeMLError (also ValueError)       a TimeML document cannot be read
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error raised by afghan_timeline."""


class ArticleError(TimelineError, ValueError):
    """An article cannot be processed; the message names the article and the problem."""

    def __init__(self, article_id: str, problem: str) -> None:
        self.article_id = article_id
        self.problem = problem
        super().__init__(f"article {article_id!r}: {problem}")


class MissingPublicationDate(ArticleError):
    """An article has no publication date, so relative dates cannot be resolved."""


class CorpusError(TimelineError, ValueError):
    """A corpus path, folder or manifest cannot be read."""


class LexiconError(TimelineError, ValueError):
    """A rule-data table is malformed (the message names file and line)."""


class TimeMLError(TimelineError, ValueError):
    """A TimeML document is malformed or lacks what evaluation needs."""
