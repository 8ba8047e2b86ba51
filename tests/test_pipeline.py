"""Tests for the per-article pipeline: dating, mentions, events, problems."""

from __future__ import annotations

import datetime
import re

import pytest

from afghan_timeline import pipeline
from afghan_timeline.errors import ArticleError
from afghan_timeline.model import Article, Mention, PublishedBasis
from afghan_timeline.pipeline import NO_PUBLICATION_DATE, analyse_article
from afghan_timeline.timeline import build_timeline
from afghan_timeline.timex import interval_of

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_DATE = re.compile(rf"(\d{{1,2}}) ({'|'.join(_MONTHS)}) (\d{{4}})")


def fake_tagger(article: Article) -> list[Mention]:
    """Tag "D Month YYYY" dates; fail on "CRASH" and "BROKEN", as a buggy tagger might."""
    if "CRASH" in article.text:
        raise RuntimeError("index out of range")
    if "BROKEN" in article.text:
        raise ArticleError(article.id, "lexicon rule failed")
    mentions = []
    for match in _DATE.finditer(article.text):
        day, month, year = int(match[1]), _MONTHS.index(match[2]) + 1, int(match[3])
        value = f"{year:04d}-{month:02d}-{day:02d}"
        mentions.append(
            Mention(
                match.start(), match.end(), match[0], "DATE", value, interval=interval_of(value)
            )
        )
    return mentions


@pytest.fixture(autouse=True)
def _tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "extract_mentions", fake_tagger)


def test_analyse_article_dates_an_undated_article_from_its_dateline() -> None:
    """An article without metadata is dated by its dateline before tagging."""
    article = Article("Tuesday, 13 April 2021\n\nTalks opened on 5 January 2021.", id="a")
    analysis = analyse_article(article)
    assert analysis.article.published == datetime.date(2021, 4, 13)
    assert analysis.article.published_basis is PublishedBasis.DATELINE
    assert [e.value for e in analysis.events] == ["2021-01-05"]
    assert [m.value for m in analysis.mentions] == ["2021-04-13", "2021-01-05"]
    assert analysis.problems == ()


def test_analyse_article_keeps_metadata_date() -> None:
    """A metadata date is kept even when the dateline disagrees."""
    article = Article(
        "Sunday, 3 December 2023\n\nTalks opened on 5 January 2021.",
        published=datetime.date(2021, 1, 11),
        id="a",
    )
    analysis = analyse_article(article)
    assert analysis.article == article
    assert [e.value for e in analysis.events] == ["2021-01-05"]


def test_analyse_article_warns_when_no_publication_date() -> None:
    """An undated article keeps its mentions and events, with a warning naming the fix."""
    analysis = analyse_article(Article("Talks opened on 5 January 2021 in Doha.", id="a"))
    assert [m.value for m in analysis.mentions] == ["2021-01-05"]
    assert len(analysis.events) == 1
    assert [(p.article_id, p.severity, p.message) for p in analysis.problems] == [
        ("a", "warning", NO_PUBLICATION_DATE)
    ]
    assert "--published" in NO_PUBLICATION_DATE
    assert "'Published: 14 March 2024'" in NO_PUBLICATION_DATE
    assert not analysis.failed


def test_analyse_article_names_a_wire_dateline_without_a_year() -> None:
    """A wire dateline names a day but no year: the warning says so."""
    text = "Rates held\n\nFRANKFURT, April 11 (Reuters) - The bank held rates on Thursday."
    (problem,) = analyse_article(Article(text, id="ecb")).problems
    assert problem.message.startswith(
        "no publication date (the dateline's 'April 11' has no year): relative dates left"
    )
    assert "'Published: 14 March 2024'" in problem.message


@pytest.mark.parametrize("marker", ["CRASH", "BROKEN"])
def test_analyse_article_turns_failures_into_error_problems(marker: str) -> None:
    """A library error or unexpected exception becomes an error naming the article."""
    article = Article(
        f"{marker} on 5 January 2021.", published=datetime.date(2021, 1, 11), id="bad"
    )
    analysis = analyse_article(article)
    assert analysis.failed
    assert analysis.events == ()
    (problem,) = analysis.problems
    assert problem.article_id == "bad"
    assert problem.severity == "error"
    assert ("lexicon rule failed" if marker == "BROKEN" else "RuntimeError") in problem.message


def test_analyse_article_reports_an_empty_article() -> None:
    """Blank text is a warning, not a crash, and yields nothing."""
    analysis = analyse_article(Article("   \n", published=datetime.date(2021, 1, 11), id="e"))
    assert analysis.events == () and analysis.mentions == ()
    assert [p.message for p in analysis.problems] == ["article text is empty"]


def test_analyse_article_rejects_non_articles_without_raising() -> None:
    """Passing something that is not an Article is reported, not raised."""
    analysis = analyse_article("just a string")  # type: ignore[arg-type]
    assert analysis.failed
    assert "expected an Article" in analysis.problems[0].message


def test_build_timeline_survives_one_bad_article() -> None:
    """One failing article is skipped and named; the others still make the timeline."""
    day = datetime.date(2021, 4, 14)
    articles = [
        Article("Talks opened on 5 January 2021.", published=day, id="good1"),
        Article("CRASH on 2 March 2021.", published=day, id="bad"),
        Article("Troops leave by 1 May 2021.", published=day, id="good2"),
    ]
    timeline = build_timeline(articles, merge=False)
    assert [a.id for a in timeline.articles] == ["good1", "good2"]
    assert [e.value for e in timeline.events] == ["2021-01-05", "2021-05-01"]
    assert [(p.article_id, p.severity) for p in timeline.problems] == [("bad", "error")]
