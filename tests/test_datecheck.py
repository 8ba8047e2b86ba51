"""Publication-date checks: warnings for articles whose date disagrees with the evidence."""

from __future__ import annotations

import datetime
import json
from importlib import resources
from pathlib import Path

import pytest

from afghan_timeline.datecheck import check_publication_dates
from afghan_timeline.model import Article, Event, Mention, Source
from afghan_timeline.pipeline import ArticleAnalysis, analyse_article
from afghan_timeline.timeline import assemble, build_timeline
from afghan_timeline.timex import interval_of

D = datetime.date
TIMEML = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timebank-aquaint"


def demo_texts() -> dict[str, tuple[str, str]]:
    """Demo article id -> (text, metadata publication date)."""
    demo = resources.files("afghan_timeline") / "demo"
    rows = [json.loads(line) for line in (demo / "manifest.jsonl").read_text().splitlines()]
    return {
        row["id"]: ((demo / row["path"]).read_text(encoding="utf-8"), row["published"])
        for row in rows
    }


def event(article_id: str, value: str, sentence: str, text: str, relative: bool) -> Event:
    """A deadline event whose mention is (or is not) relative to the publication date."""
    interval = interval_of(value)
    assert interval is not None
    start = sentence.index(text)
    mention = Mention(
        start, start + len(text), text, "DATE", value, interval=interval, relative=relative
    )
    return Event(
        interval.start,
        interval.end,
        value,
        interval.precision,
        "deadline",
        sentence[:40],
        [Source(article_id, sentence, mention)],
    )


def test_check_publication_dates_flags_seed_003_without_metadata():
    """Seed 003 dated by its 'December 3, 2023' top line is flagged, naming President-elect."""
    text, _ = demo_texts()["003"]
    analysis = analyse_article(Article(text, id="003"))
    assert analysis.article is not None and analysis.article.published == D(2023, 12, 3)
    problems = check_publication_dates([analysis])
    assert [p.article_id for p in problems] == ["003"]
    assert problems[0].severity == "warning"
    assert "President-elect" in problems[0].message
    assert "2023-12-03" in problems[0].message


def test_check_publication_dates_accepts_seeds_with_metadata():
    """No seed article is flagged when it carries its real publication date."""
    analyses = [
        analyse_article(Article(text, published=published, id=article_id))
        for article_id, (text, published) in demo_texts().items()
    ]
    assert check_publication_dates(analyses) == []


def test_check_publication_dates_accepts_role_cue_inside_its_period():
    """'President-elect Joe Biden' in an article of January 2021 is no reason for a warning."""
    article = Article("President-elect Joe Biden met advisers.", published="2021-01-11", id="a")
    assert check_publication_dates([ArticleAnalysis(article=article)]) == []


def test_check_publication_dates_flags_years_far_from_dateline():
    """A dateline year far from every year the body names is flagged, metadata is not."""
    text = "Monday, 4 March 2019\n\nThe accord signed in February 2009 was renewed in 2010."
    dateline = Article(text, published="2019-03-04", published_basis="dateline", id="d")
    metadata = Article(text, published="2019-03-04", id="m")
    problems = check_publication_dates(
        [ArticleAnalysis(article=dateline), ArticleAnalysis(article=metadata)]
    )
    assert [p.article_id for p in problems] == ["d"]
    assert "2009" in problems[0].message
    assert "'Published:' label" in problems[0].message  # how to settle it


def test_check_publication_dates_takes_no_year_after_since_as_evidence():
    """ "The first strike at the port since 1998" measures today from 1998: no warning."""
    text = "Saturday, March 16, 2024\n\nThe strike is the first at the port since 1998."
    article = Article(text, published="2024-03-16", published_basis="dateline", id="d")
    assert check_publication_dates([ArticleAnalysis(article=article)]) == []


def test_check_publication_dates_counts_a_year_after_the():
    """ "the 2023-24 financial year" names 2023, near a 2024 dateline: no warning."""
    text = "14 March 2024\n\nThe crisis of 2017 recurs. A deficit is due in the 2023-24 year."
    article = Article(text, published="2024-03-14", published_basis="dateline", id="d")
    assert check_publication_dates([ArticleAnalysis(article=article)]) == []
    far = Article(
        text.replace("the 2023-24", "a"), published="2024-03-14", published_basis="dateline", id="f"
    )
    assert [p.article_id for p in check_publication_dates([ArticleAnalysis(article=far)])] == ["f"]


@pytest.mark.parametrize(
    ("header", "flagged"),
    [
        ("Published: 14 March 2024", False),
        ("Posted on 14 March 2024", False),
        ("Date: 2024-03-14", False),
        ("Update date: 2024-03-14", True),
        ("Updated: 14 March 2024", True),
        ("Thursday, 14 March 2024", True),
    ],
)
def test_check_publication_dates_trusts_a_header_labelled_published(header, flagged):
    """A story published in 2024 may recall only 2022; a bare or updated date may be a
    page's render date, so there the far year still warns."""
    text = header + "\n\nThe council first proposed the scheme in the summer of 2022."
    article = Article(text, published="2024-03-14", published_basis="dateline", id="d")
    problems = check_publication_dates([ArticleAnalysis(article=article)])
    assert [p.article_id for p in problems] == (["d"] if flagged else [])


def test_check_publication_dates_flags_relative_dates_years_from_other_articles():
    """Relative dates that land three years after where other articles put them are flagged."""
    withdraw = "All US soldiers are expected to leave Afghanistan under the Doha deal by {}."
    talks = "Taliban negotiators return to Doha talks on prisoner releases {}."
    late = Article("x", published="2023-12-03", published_basis="dateline", id="late")
    firm = Article("y", published="2021-01-10", id="firm")
    late_events = [
        event("late", "2024-04", withdraw.format("April"), "April", relative=True),
        event("late", "2023-12-05", talks.format("on Tuesday"), "on Tuesday", relative=True),
    ]
    firm_events = [
        event("firm", "2021-05", withdraw.format("May 2021"), "May 2021", relative=False),
        event("firm", "2021-01-05", talks.format("on 5 January"), "5 January", relative=False),
    ]
    problems = check_publication_dates(
        [
            ArticleAnalysis(article=late, events=late_events),
            ArticleAnalysis(article=firm, events=firm_events),
        ]
    )
    assert [p.article_id for p in problems] == ["late"]
    assert "later" in problems[0].message


def test_check_publication_dates_skips_undated_and_failed_articles():
    """Articles without a date or that failed analysis give no warning and no error."""
    undated = ArticleAnalysis(article=Article("President-elect Joe Biden spoke.", id="u"))
    failed = ArticleAnalysis(article=None)
    assert check_publication_dates([undated, failed]) == []


def test_assemble_reports_date_warnings_in_problems():
    """assemble adds the publication-date warnings to the timeline's problems."""
    text, _ = demo_texts()["003"]
    timeline = assemble([analyse_article(Article(text, id="003"))])
    assert any(p.article_id == "003" and "President-elect" in p.message for p in timeline.problems)


def test_build_timeline_flags_seed_003_without_metadata():
    """build_timeline on the seeds with 003 lacking metadata warns about 003 only."""
    texts = demo_texts()
    articles = [
        Article(text, id=article_id)
        if article_id == "003"
        else Article(text, published, id=article_id)
        for article_id, (text, published) in texts.items()
    ]
    warned = {p.article_id for p in build_timeline(articles).problems if "looks wrong" in p.message}
    assert warned == {"003"}


@pytest.mark.corpus
@pytest.mark.skipif(not TIMEML.is_dir(), reason="shared TimeML corpus not beside the checkout")
def test_check_publication_dates_no_false_alarm_on_timeml():
    """TimeML documents analysed with their DCT as metadata date raise no date warning."""
    from afghan_timeline.evaluation import read_timeml

    analyses = []
    for path in sorted(TIMEML.rglob("*.tml")):
        document = read_timeml(path)
        analyses.append(analyse_article(document.article()))
    assert len(analyses) >= 250
    assert check_publication_dates(analyses) == []


def test_check_publication_dates_flags_a_dateline_far_outside_the_corpus(monkeypatch):
    """Without any phrase cue, a dateline-read date years after every other article's date
    (seed 003 among the dated seeds) is flagged with the corpus span as the reason."""
    from afghan_timeline import datecheck

    monkeypatch.setattr(datecheck, "ROLE_CUES", ())
    texts = demo_texts()
    articles = [
        Article(text, published=None if key == "003" else published, id=key)
        for key, (text, published) in texts.items()
    ]
    problems = build_timeline(articles).problems
    assert [(p.article_id, p.severity) for p in problems] == [("003", "warning")]
    assert "2.1 years after every other article of the corpus" in problems[0].message


def test_check_publication_dates_trusts_metadata_far_outside_the_corpus():
    """A metadata date far from the rest of the corpus is not flagged by the corpus span."""
    texts = demo_texts()
    articles = [
        Article(text, published="2023-12-03" if key == "004" else published, id=key)
        for key, (text, published) in texts.items()
    ]
    analyses = [analyse_article(article) for article in articles]
    assert [p for p in check_publication_dates(analyses) if "corpus" in p.message] == []
