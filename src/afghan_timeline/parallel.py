"""Analyse many articles on several cores, in order, with flat memory.

:func:`analyse_many` reads its input lazily, sends articles to worker processes in chunks and
keeps only a bounded number of chunks in flight, so a generator over a million files never
sits in memory at once. Results come back in input order. :func:`iter_events` is the streaming
path for corpora too big for one :class:`~afghan_timeline.timeline.Timeline`: it yields each
article's events (repeats within the article merged) as soon as they are ready.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TextIO

from .model import Article, Event
from .pipeline import ArticleAnalysis, analyse_article

__all__ = ["Progress", "analyse_many", "iter_events", "resolve_jobs"]

DEFAULT_CHUNK_SIZE = 16
"""Articles per task sent to a worker: large enough to amortise pickling, small for balance."""
IN_FLIGHT_PER_JOB = 4
"""Chunks queued per worker process; bounds memory whatever the input size."""


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for: 0 or -1 mean every core.

    >>> resolve_jobs(3), resolve_jobs(0) == resolve_jobs(-1) == (os.cpu_count() or 1)
    (3, True)
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int, got {jobs!r}")
    if jobs in (0, -1):
        return os.cpu_count() or 1
    if jobs < -1:
        raise ValueError(f"jobs must be >= 1, or 0 / -1 for every core, got {jobs}")
    return jobs


class Progress:
    """A one-line progress counter on a terminal stream (stderr by default).

    >>> import io
    >>> out = io.StringIO()
    >>> with Progress(total=2, stream=out, interval=0) as bar:
    ...     bar.update(2)
    >>> "2/2 articles" in out.getvalue()
    True
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        stream: TextIO | None = None,
        label: str = "articles",
        interval: float = 0.2,
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.interval = interval
        self.count = 0
        self._started = time.monotonic()
        self._last = float("-inf")

    def update(self, n: int = 1) -> None:
        """Count ``n`` more items done; redraw at most every ``interval`` seconds."""
        self.count += n
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._started, 1e-9)
        rate = self.count / elapsed
        done = f"{self.count}/{self.total}" if self.total is not None else f"{self.count}"
        percent = (
            f" {100 * self.count / self.total:3.0f}%" if self.total else ""
        )  # no division by zero for an empty corpus
        self.stream.write(f"\r{done} {self.label}{percent} {rate:.1f}/s {elapsed:.1f}s")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final count and end the line."""
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _analyse_chunk(chunk: list[Article]) -> list[ArticleAnalysis]:
    return [analyse_article(article) for article in chunk]


def _pool_context() -> multiprocessing.context.BaseContext:
    # fork is unsafe in a process with threads; forkserver where the platform has it.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _parallel(
    articles: Iterable[Article], jobs: int, chunk_size: int, in_flight: int
) -> Iterator[list[ArticleAnalysis]]:
    source = iter(articles)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context()) as pool:
        pending: collections.deque[Future[list[ArticleAnalysis]]] = collections.deque()

        def submit_next() -> bool:
            chunk = list(itertools.islice(source, chunk_size))
            if chunk:
                pending.append(pool.submit(_analyse_chunk, chunk))
            return bool(chunk)

        while len(pending) < in_flight and submit_next():
            pass
        try:
            while pending:
                results = pending.popleft().result()
                submit_next()
                yield results
        finally:
            for future in pending:
                future.cancel()


def analyse_many(
    articles: Iterable[Article],
    jobs: int = 1,
    progress: bool = False,
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    in_flight: int | None = None,
) -> Iterator[ArticleAnalysis]:
    """Analyse ``articles`` in ``jobs`` processes, yielding one analysis per article in order.

    ``jobs`` 1 runs in this process; 0 or -1 use every core. At most ``in_flight`` chunks of
    ``chunk_size`` articles are read ahead (default ``4 * jobs``), so memory stays flat.
    ``progress`` prints a counter on stderr.

    >>> import datetime
    >>> art = Article("Talks resume tomorrow.", published=datetime.date(2021, 4, 14), id="a")
    >>> [analysis.article.id for analysis in analyse_many([art])]
    ['a']
    """
    workers = resolve_jobs(jobs)
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    limit = in_flight if in_flight is not None else IN_FLIGHT_PER_JOB * workers
    if limit < 1:
        raise ValueError(f"in_flight must be >= 1, got {limit}")
    total = len(articles) if hasattr(articles, "__len__") else None  # type: ignore[arg-type]
    counter = Progress(total=total) if progress else None
    try:
        if workers == 1:
            for article in articles:
                yield analyse_article(article)
                if counter:
                    counter.update()
        else:
            for results in _parallel(articles, workers, chunk_size, limit):
                yield from results
                if counter:
                    counter.update(len(results))
    finally:
        if counter:
            counter.close()


def iter_events(
    articles: Iterable[Article], jobs: int = 1, progress: bool = False
) -> Iterator[Event]:
    """Stream each article's events in article order, never holding the whole corpus.

    Repeats within one article (a headline restating the body) are merged; merging across
    articles needs them all and is left to :func:`~afghan_timeline.timeline.build_timeline`.

    >>> import datetime
    >>> art = Article("Talks opened on Tuesday.", published=datetime.date(2021, 1, 11), id="a")
    >>> [event.value for event in iter_events([art])]
    ['2021-01-05']
    """
    from .merge import merge_events
    from .timeline import event_order

    for analysis in analyse_many(articles, jobs, progress):
        if analysis.article is None or not analysis.events:
            continue
        rank = {analysis.article.id: 0}
        yield from sorted(merge_events(analysis.events, article_rank=rank), key=event_order(rank))
