"""Analysing many articles in worker processes: order, laziness, progress and streaming."""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Iterator

import pytest

from afghan_timeline.demo import demo_articles
from afghan_timeline.merge import merge_events
from afghan_timeline.model import Article
from afghan_timeline.parallel import Progress, analyse_many, iter_events, resolve_jobs
from afghan_timeline.pipeline import analyse_article
from afghan_timeline.timeline import build_timeline


def seed_articles() -> list[Article]:
    """The five demo articles with their metadata publication dates."""
    return demo_articles()


def numbered_articles(count: int) -> list[Article]:
    """Small distinct dated articles with ids 0..count-1."""
    return [
        Article(
            f"Story {i}: talks resumed on Tuesday and troops leave by 1 May.",
            published=datetime.date(2021, 1, 1) + datetime.timedelta(days=i),
            id=str(i),
        )
        for i in range(count)
    ]


def test_resolve_jobs_zero_and_minus_one_mean_every_core():
    """jobs 0 and -1 ask for as many workers as the machine has cores."""
    assert resolve_jobs(0) == resolve_jobs(-1) == (os.cpu_count() or 1)
    assert resolve_jobs(3) == 3


def test_resolve_jobs_rejects_other_negatives():
    """jobs below -1 is an error that says what is allowed."""
    with pytest.raises(ValueError, match="0 / -1"):
        resolve_jobs(-2)


def test_analyse_many_with_processes_keeps_input_order():
    """Analyses from two worker processes come back in input order, equal to a serial run."""
    articles = numbered_articles(23)
    parallel = list(analyse_many(articles, jobs=2, chunk_size=3))
    assert [a.article.id for a in parallel] == [str(i) for i in range(23)]
    assert parallel == [analyse_article(article) for article in articles]


def test_analyse_many_reads_input_lazily():
    """Only a bounded number of articles is read ahead of the results taken so far."""
    consumed = 0

    def articles() -> Iterator[Article]:
        nonlocal consumed
        for article in numbered_articles(200):
            consumed += 1
            yield article

    results = analyse_many(articles(), jobs=2, chunk_size=4, in_flight=2)
    first = next(results)
    assert first.article.id == "0"
    assert consumed <= 4 * 3
    results.close()


def test_analyse_many_progress_line_on_stderr(capsys):
    """progress=True writes a counter reaching the article total to stderr, not stdout."""
    list(analyse_many(numbered_articles(5), progress=True))
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "5/5 articles" in captured.err


def test_progress_without_total_counts_items():
    """A progress line for an input of unknown length still shows the count."""
    stream = io.StringIO()
    with Progress(stream=stream, interval=0) as progress:
        progress.update(3)
    assert "3 articles" in stream.getvalue()
    assert stream.getvalue().endswith("\n")


def test_build_timeline_same_result_with_jobs():
    """The timeline of the seeds is the same built with one process or with two."""
    articles = seed_articles()
    assert build_timeline(articles, jobs=2) == build_timeline(articles, jobs=1)


def test_iter_events_streams_each_articles_merged_events_in_order():
    """iter_events yields each article's own events, repeats merged, article by article."""
    articles = seed_articles()
    expected = []
    for article in articles:
        analysis = analyse_article(article)
        expected.extend(
            sorted(
                merge_events(analysis.events, article_rank={article.id: 0}),
                key=lambda e: (e.start, e.end, e.sources[0].mention.start, e.title),
            )
        )
    streamed = list(iter_events(articles, jobs=2))
    assert sorted(map(repr, streamed)) == sorted(map(repr, expected))
    seen = [e.sources[0].article_id for e in streamed]
    assert seen == sorted(seen)
