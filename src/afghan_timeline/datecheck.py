"""Warn when an article's publication date looks wrong.

A wrong publication date shifts every relative date of the article ("by April", "last year"),
so a corpus run checks each article against four kinds of evidence and reports a warning
(:class:`~afghan_timeline.model.ArticleProblem`) with the reason:

* **role cues** in the text that only fit a known period: "President-elect Joe Biden" places a
  text between 7 November 2020 and 20 January 2021. A publication date more than a year from
  every period a cue fits is flagged.
* **other articles**: when the happenings an article dates only relative to its publication
  date ("the withdrawal by April") match happenings that other articles date firmly, and they
  sit more than a year apart, the article's own date is the likely culprit.
* **explicit years**, for dates read from a dateline in the text (metadata dates are trusted
  more): when every year the text names is more than a year away from the dateline's year.
  A date the header labels as the publication date ("Published: 14 March 2024", or a line
  opening "Date:") is trusted here too: a story may well recall only 2022.
* **the corpus's span**, for dates read from a dateline: a date more than a year outside the
  span of every other article's publication date (three or more of them).

Article 003 of the seed corpus, loaded without metadata, carries a page render date ("Sunday,
December 3, 2023") as its first line while calling Joe Biden President-elect; it is flagged.
"""

from __future__ import annotations

import datetime
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from .merge import COMPATIBLE_KINDS, key_terms
from .model import Article, ArticleProblem, Event, Precision, PublishedBasis
from .pubdate import detect_dateline

__all__ = ["RoleCue", "check_publication_dates"]

# --- Rule data -------------------------------------------------------------------------------


@attrs.frozen
class RoleCue:
    """A phrase that only fits a text written during one of ``periods``."""

    pattern: str
    description: str
    periods: tuple[tuple[datetime.date, datetime.date], ...]


_D = datetime.date
ROLE_CUES = (
    RoleCue(
        r"\bpresident[- ]elect\s+(?:joe\s+)?biden\b",
        "calls Joe Biden President-elect",
        ((_D(2020, 11, 7), _D(2021, 1, 20)),),
    ),
    RoleCue(
        r"\bpresident[- ]elect\s+(?:donald\s+(?:j\.\s+)?)?trump\b",
        "calls Donald Trump President-elect",
        ((_D(2016, 11, 9), _D(2017, 1, 20)), (_D(2024, 11, 6), _D(2025, 1, 20))),
    ),
    RoleCue(
        r"\bpresident[- ]elect\s+(?:barack\s+)?obama\b",
        "calls Barack Obama President-elect",
        ((_D(2008, 11, 5), _D(2009, 1, 20)),),
    ),
    RoleCue(
        r"\bpresident[- ]elect\s+(?:george\s+w\.\s+)?bush\b",
        "calls George W. Bush President-elect",
        ((_D(2000, 12, 13), _D(2001, 1, 20)),),
    ),
    RoleCue(
        r"\bpresident[- ]elect\s+(?:bill\s+)?clinton\b",
        "calls Bill Clinton President-elect",
        ((_D(1992, 11, 4), _D(1993, 1, 20)),),
    ),
    RoleCue(
        r"\boutgoing\s+trump\s+administration\b",
        "speaks of the outgoing Trump administration",
        ((_D(2020, 11, 7), _D(2021, 1, 20)),),
    ),
    RoleCue(
        r"\boutgoing\s+obama\s+administration\b",
        "speaks of the outgoing Obama administration",
        ((_D(2016, 11, 9), _D(2017, 1, 20)),),
    ),
    RoleCue(
        r"\boutgoing\s+biden\s+administration\b",
        "speaks of the outgoing Biden administration",
        ((_D(2024, 11, 6), _D(2025, 1, 20)),),
    ),
    RoleCue(
        r"\bincoming\s+biden\s+administration\b",
        "speaks of the incoming Biden administration",
        ((_D(2020, 11, 7), _D(2021, 1, 20)),),
    ),
)

# How far a publication date may sit from the evidence before it is flagged.
TOLERANCE = datetime.timedelta(days=365)
# Key terms a relative happening must share with another article's to count as the same one.
MIN_SHARED_TERMS = 4
# Happenings that must agree before other articles' dates count as evidence.
MIN_MATCHED_HAPPENINGS = 2
# A wrong publication date shifts every relative date by the same amount: the far offsets must
# agree with their median within this many days.
OFFSET_SPREAD = 120
# Only dates this fine are compared (a year-precise "1995" says little about a "Friday").
COARSEST_COMPARED = Precision.MONTH
# Terms found in more reference events than this are too common to look candidates up by.
MAX_POSTINGS = 100
# Explicit years: words that introduce a year ("in 2020", "February 2020", "the 2023-24
# financial year"); not "since 2001", which measures the present from a past year.
_YEAR = re.compile(
    r"(?i)\b(?:in|of|by|until|till|from|during|between|and|the|early|late|mid-?|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
    r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:1[89]|20)\d\d)\b(?![,.]?\d)"
)
# Lines at the top of a text where a dateline sits; their years are not evidence against it.
DATELINE_LINES = 3
# Other dated articles needed before the corpus's own span counts as evidence.
MIN_CORPUS_ARTICLES = 3

# --- Checks ----------------------------------------------------------------------------------


def _distance(day: datetime.date, start: datetime.date, end: datetime.date) -> datetime.timedelta:
    if day < start:
        return start - day
    if day > end:
        return day - end
    return datetime.timedelta(0)


def _years(days: float) -> str:
    return f"{abs(days) / 365.25:.1f} years"


def _basis_phrase(article: Article) -> str:
    if article.published_basis is PublishedBasis.DATELINE:
        return (
            f"publication date {article.published} (read from a date line in the text, which "
            "may be when the page was rendered or updated rather than published)"
        )
    return f"publication date {article.published} ({article.published_basis.value})"


def _role_cue_reasons(article: Article) -> list[str]:
    assert article.published is not None
    reasons = []
    lowered = article.text.lower()
    for cue in ROLE_CUES:
        if not re.search(cue.pattern, lowered):
            continue
        distances = [_distance(article.published, a, b) for a, b in cue.periods]
        if min(distances) > TOLERANCE:
            start, end = min(cue.periods, key=lambda p: _distance(article.published, *p))
            reasons.append(
                f"the text {cue.description}, which places it between {start} and {end}, "
                f"{_years(min(distances).days)} from the publication date"
            )
    return reasons


def _explicit_year_reason(article: Article) -> str | None:
    assert article.published is not None
    if article.published_basis is not PublishedBasis.DATELINE:
        return None
    body_start = 0
    for _ in range(DATELINE_LINES):
        newline = article.text.find("\n", body_start)
        if newline < 0:
            break
        body_start = newline + 1
        while body_start < len(article.text) and article.text[body_start] == "\n":
            body_start += 1
    years = sorted({int(m[1]) for m in _YEAR.finditer(article.text, body_start)})
    if not years:
        return None
    nearest = min(years, key=lambda year: abs(year - article.published.year))
    if abs(nearest - article.published.year) <= 1:
        return None
    dateline = detect_dateline(article.text)
    if dateline is not None and dateline.labelled_published:
        return None  # "Published: 14 March 2024" says what it is; a story may recall 2022
    return (
        f"every year the text names ({', '.join(map(str, years))}) is more than a year from "
        f"{article.published.year} (a 'Published:' label before the date, or --published, "
        "says the date is the publication date)"
    )


@attrs.frozen
class _Reference:
    article_id: str
    event: Event
    terms: frozenset[str]


def _is_relative(event: Event) -> bool:
    return any(source.mention.relative for source in event.sources)


_PRECISIONS = list(Precision)


def _fine_enough(event: Event) -> bool:
    return _PRECISIONS.index(event.precision) <= _PRECISIONS.index(COARSEST_COMPARED)


def _cross_article_reasons(
    articles: Sequence[Article], events_of: dict[str, Sequence[Event]]
) -> dict[str, str]:
    """Articles whose relative dates put happenings over a year from other articles' dates."""
    references: list[_Reference] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for article in articles:
        trusted_relative = article.published_basis is PublishedBasis.METADATA
        for event in events_of.get(article.id, ()):
            if not _fine_enough(event) or (_is_relative(event) and not trusted_relative):
                continue
            terms = frozenset().union(*(key_terms(s.sentence) for s in event.sources))
            references.append(_Reference(article.id, event, terms))
            for term in terms:
                postings[term].append(len(references) - 1)
    reasons: dict[str, str] = {}
    for article in articles:
        offsets: list[tuple[int, Event, _Reference]] = []
        for event in events_of.get(article.id, ()):
            if not _is_relative(event) or not _fine_enough(event):
                continue
            terms = frozenset().union(*(key_terms(s.sentence) for s in event.sources))
            candidates: set[int] = set()
            for term in terms:
                ids = postings.get(term, ())
                if len(ids) <= MAX_POSTINGS:
                    candidates.update(ids)
            best: tuple[int, int, _Reference] | None = None
            for ref_id in sorted(candidates):
                ref = references[ref_id]
                if ref.article_id == article.id:
                    continue
                if (event.kind, ref.event.kind) not in COMPATIBLE_KINDS:
                    continue
                shared = len(terms & ref.terms)
                if shared < MIN_SHARED_TERMS:
                    continue
                offset = (event.start - ref.event.start).days
                key = (-shared, abs(offset))
                if best is None or key < (best[0], abs(best[1])):
                    best = (-shared, offset, ref)
            if best is not None:
                offsets.append((best[1], event, best[2]))
        if len(offsets) < MIN_MATCHED_HAPPENINGS:
            continue
        median = statistics.median(offset for offset, _, _ in offsets)
        far = [item for item in offsets if abs(item[0] - median) <= OFFSET_SPREAD]
        if abs(median) <= TOLERANCE.days or len(far) < MIN_MATCHED_HAPPENINGS:
            continue
        if 2 * len(far) <= len(offsets):
            continue
        offset, event, ref = min(far, key=lambda item: (abs(item[0] - median), item[1].start))
        direction = "later" if median > 0 else "earlier"
        reasons[article.id] = (
            f"its relative dates put {len(far)} of {len(offsets)} happenings that other "
            f"articles also report about {_years(median)} {direction} than they do (e.g. "
            f"{event.mention.text!r} -> {event.value}, where article {ref.article_id!r} has "
            f"{ref.event.value})"
        )
    return reasons


def _corpus_span_reasons(articles: Sequence[Article]) -> dict[str, str]:
    """Dateline-read dates far outside the span of every other article's publication date.

    A corpus gathered on one story covers a stretch of time; a page whose only date is a line
    at its top, years away from all the others, most likely shows when it was rendered.
    Dates given as metadata are trusted and never flagged this way.
    """
    reasons: dict[str, str] = {}
    for article in articles:
        if article.published_basis is not PublishedBasis.DATELINE or article.published is None:
            continue
        others = sorted(
            other.published
            for other in articles
            if other.id != article.id and other.published is not None
        )
        if len(others) < MIN_CORPUS_ARTICLES:
            continue
        gap = _distance(article.published, others[0], others[-1])
        if gap > TOLERANCE:
            direction = "after" if article.published > others[-1] else "before"
            reasons[article.id] = (
                f"it lies {_years(gap.days)} {direction} every other article of the corpus "
                f"({len(others)} articles, published {others[0]} to {others[-1]})"
            )
    return reasons


def check_publication_dates(analyses: Iterable[object]) -> list[ArticleProblem]:
    """Warnings for articles whose publication date disagrees with their text or the corpus.

    ``analyses`` are :class:`~afghan_timeline.pipeline.ArticleAnalysis` values (anything with
    ``article`` and ``events``); articles without a date or that failed are skipped.

    >>> from afghan_timeline.model import Article
    >>> from afghan_timeline.pipeline import ArticleAnalysis
    >>> text = "Sunday, December 3, 2023\\n\\nTalks stall as President-elect Joe Biden waits."
    >>> page = Article(text, published="2023-12-03", published_basis="dateline", id="003")
    >>> [p.severity for p in check_publication_dates([ArticleAnalysis(article=page)])]
    ['warning']
    """
    articles: list[Article] = []
    events_of: dict[str, Sequence[Event]] = {}
    for analysis in analyses:
        article = getattr(analysis, "article", None)
        if article is None or article.published is None:
            continue
        articles.append(article)
        events_of[article.id] = tuple(getattr(analysis, "events", ()))
    cross = _cross_article_reasons(articles, events_of)
    span = _corpus_span_reasons(articles)
    problems = []
    for article in articles:
        reasons = _role_cue_reasons(article)
        year_reason = _explicit_year_reason(article)
        if year_reason:
            reasons.append(year_reason)
        if article.id in cross:
            reasons.append(cross[article.id])
        if article.id in span:
            reasons.append(span[article.id])
        if reasons:
            message = f"{_basis_phrase(article)} looks wrong: " + "; ".join(reasons)
            problems.append(ArticleProblem(article.id, message, "warning"))
    return problems
