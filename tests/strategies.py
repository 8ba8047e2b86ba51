"""Hypothesis strategies for the value model, and small hand-built timelines for tests.

Strategies: :func:`mentions`, :func:`sources`, :func:`events`, :func:`articles`,
:func:`timelines`. Builders: :func:`make_event`, :func:`hostile_timeline`,
:func:`synthetic_timeline`, :func:`sample_timeline`.
"""

from __future__ import annotations

import datetime
import random

from hypothesis import strategies as st

from afghan_timeline.model import (
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
from afghan_timeline.timeline import Timeline
from afghan_timeline.timex import interval_of

__all__ = [
    "HOSTILE_TEXT",
    "articles",
    "conflicts",
    "events",
    "hostile_timeline",
    "intervals",
    "make_event",
    "mentions",
    "sample_timeline",
    "sources",
    "synthetic_timeline",
    "texts",
    "timelines",
]

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
"""Any text without lone surrogates (which no article can hold)."""

non_empty_ids = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=12
)
dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    """An interval of up to a year, any precision."""
    start = draw(dates)
    end = start + datetime.timedelta(days=draw(st.integers(0, 366)))
    return Interval(start, end, draw(st.sampled_from(Precision)))


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    """A mention whose text length matches its offsets."""
    text = draw(texts.filter(bool))
    start = draw(st.integers(0, 10_000))
    return Mention(
        start=start,
        end=start + len(text),
        text=text,
        type=draw(st.sampled_from(TimexType)),
        value=draw(st.sampled_from(["2021-05-01", "2021-05", "2021-W15", "2020", "PXY"]) | texts),
        mod=draw(st.none() | st.sampled_from(["BEFORE", "AFTER", "APPROX"])),
        interval=draw(st.none() | intervals()),
        resolved=draw(st.booleans()),
        relative=draw(st.booleans()),
    )


@st.composite
def sources(draw: st.DrawFn, article_ids: st.SearchStrategy[str] = non_empty_ids) -> Source:
    """A source with any sentence and mention."""
    return Source(
        article_id=draw(article_ids),
        sentence=draw(texts),
        mention=draw(mentions()),
        sentence_start=draw(st.integers(0, 10_000)),
    )


conflicts = st.builds(
    Conflict,
    description=texts,
    values=st.lists(texts, max_size=3).map(tuple),
    article_ids=st.lists(non_empty_ids, max_size=3).map(tuple),
)


@st.composite
def events(draw: st.DrawFn, article_ids: st.SearchStrategy[str] = non_empty_ids) -> Event:
    """An event with one to three sources and up to two conflicts."""
    interval = draw(intervals())
    return Event(
        start=interval.start,
        end=interval.end,
        value=draw(texts),
        precision=interval.precision,
        kind=draw(st.sampled_from(EventKind)),
        title=draw(texts),
        sources=draw(st.lists(sources(article_ids), min_size=1, max_size=3)),
        conflicts=draw(st.lists(conflicts, max_size=2)),
    )


@st.composite
def articles(draw: st.DrawFn, ids: st.SearchStrategy[str] = non_empty_ids) -> Article:
    """An article with or without publication date, title, source and URL."""
    published = draw(st.none() | dates)
    basis = (
        PublishedBasis.NONE
        if published is None
        else draw(st.sampled_from([PublishedBasis.METADATA, PublishedBasis.DATELINE]))
    )
    return Article(
        text=draw(texts),
        published=published,
        id=draw(ids),
        title=draw(st.none() | texts),
        source=draw(st.none() | texts),
        url=draw(st.none() | st.sampled_from(["https://example.org/a", "javascript:x"]) | texts),
        published_basis=basis,
    )


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    """A timeline whose events, problems and mentions refer to its own articles."""
    ids = draw(st.lists(non_empty_ids, min_size=1, max_size=4, unique=True))
    id_strategy = st.sampled_from(ids)
    return Timeline(
        events=draw(st.lists(events(id_strategy), max_size=5)),
        articles=[draw(articles(st.just(article_id))) for article_id in ids],
        problems=draw(
            st.lists(
                st.builds(
                    ArticleProblem,
                    article_id=id_strategy,
                    message=texts,
                    severity=st.sampled_from(["error", "warning"]),
                ),
                max_size=2,
            )
        ),
        mentions={article_id: draw(st.lists(mentions(), max_size=2)) for article_id in ids},
    )


# --- hand-built timelines -------------------------------------------------------------------


def make_event(
    article: Article,
    expression: str,
    value: str,
    *,
    kind: EventKind | str = EventKind.REPORTED,
    title: str | None = None,
    occurrence: int = 0,
    extra_sources: tuple[Source, ...] = (),
    conflicts: tuple[Conflict, ...] = (),
    relative: bool = False,
) -> Event:
    """An event for the ``occurrence``-th ``expression`` in ``article``, dated by ``value``."""
    position = -1
    for _ in range(occurrence + 1):
        position = article.text.index(expression, position + 1)
    sentence_start = max(article.text.rfind(". ", 0, position) + 2, 0)
    if sentence_start == 1:
        sentence_start = 0
    sentence_end = article.text.find(". ", position)
    sentence_end = len(article.text) if sentence_end < 0 else sentence_end + 1
    interval = interval_of(value)
    assert interval is not None, value
    mention = Mention(
        start=position,
        end=position + len(expression),
        text=expression,
        type=TimexType.DATE,
        value=value,
        interval=interval,
        relative=relative,
    )
    source = Source(
        article_id=article.id,
        sentence=article.text[sentence_start:sentence_end],
        mention=mention,
        sentence_start=sentence_start,
    )
    return Event(
        start=interval.start,
        end=interval.end,
        value=value,
        precision=interval.precision,
        kind=kind,
        title=title or article.text[sentence_start:sentence_end][:60],
        sources=(source, *extra_sources),
        conflicts=conflicts,
    )


HOSTILE_TEXT = (
    "Talks <script>alert(1)</script> resumed on 3 May 2021. "
    "An <img src=x onerror=alert(1)> appeared in May 2021. "
    "A closing </script> tag and <b onmouseover=alert(1)>bold</b> ended it on 9 May 2021."
)


def hostile_timeline() -> Timeline:
    """Three events from an article whose text, title, source and URL try to inject script."""
    article = Article(
        text=HOSTILE_TEXT,
        published=datetime.date(2021, 5, 10),
        id="evil<script>alert(1)</script>",
        title="</script><script>alert(1)</script> <img src=x onerror=alert(1)>",
        source="<svg onload=alert(1)>",
        url="javascript:alert(1)",
    )
    events = [
        make_event(article, "3 May 2021", "2021-05-03", title="<script>alert(1)</script>"),
        make_event(article, "May 2021", "2021-05", occurrence=1, title="<img src=x onerror=1>"),
        make_event(article, "9 May 2021", "2021-05-09", kind=EventKind.DEADLINE),
    ]
    return Timeline(events=events, articles=[article])


_KINDS = (EventKind.REPORTED, EventKind.REPORTED, EventKind.SCHEDULED, EventKind.DEADLINE)


def synthetic_timeline(n_events: int = 1000, n_articles: int = 200, seed: int = 0) -> Timeline:
    """``n_events`` events spread over ``n_articles`` articles and two years, many sharing days."""
    rng = random.Random(seed)
    base = datetime.date(2020, 1, 1)
    article_list = [
        Article(
            text=f"Article {index} reports talks on a date.",
            published=base + datetime.timedelta(days=rng.randrange(730)),
            id=f"a{index:03d}",
            title=f"Report number {index} on the talks",
            url=f"https://example.org/{index}",
        )
        for index in range(n_articles)
    ]
    built = []
    for number in range(n_events):
        article = article_list[number % n_articles]
        day = base + datetime.timedelta(days=rng.randrange(0, 730, 3))
        roll = rng.random()
        if roll < 0.7:
            value = day.isoformat()
        elif roll < 0.85:
            value = f"{day.year}-{day.month:02d}"
        else:
            iso = day.isocalendar()
            value = f"{iso[0]}-W{iso[1]:02d}"
        interval = interval_of(value)
        assert interval is not None
        mention = Mention(
            start=20, end=24, text="date", type=TimexType.DATE, value=value, interval=interval
        )
        source = Source(article.id, f"Talks were held on that date ({number}).", mention, 0)
        built.append(
            Event(
                start=interval.start,
                end=interval.end,
                value=value,
                precision=interval.precision,
                kind=rng.choice(_KINDS),
                title=f"Event {number}",
                sources=(source,),
            )
        )
    built.sort(key=lambda event: (event.start, event.end, event.title))
    return Timeline(events=built, articles=article_list)


def sample_timeline() -> Timeline:
    """A hand-dated timeline over the packaged demo articles, independent of the tagger."""
    from afghan_timeline.demo import demo_articles

    by_id = {article.id: article for article in demo_articles()}
    a0, a1, a2, a3, a4 = (by_id[key] for key in ("000", "001", "002", "003", "004"))
    scheduled, deadline = EventKind.SCHEDULED, EventKind.DEADLINE
    may = make_event(a1, "by May this year", "2021-05", kind=deadline, relative=True).sources[0]
    feb = make_event(a3, "February last year", "2020-02", relative=True).sources[0]
    events = [
        make_event(a1, "February 2020", "2020-02", title="US-Taliban deal", extra_sources=(feb,)),
        make_event(
            a1,
            "September last year",
            "2020-09",
            title="Intra-Afghan dialogue starts",
            relative=True,
        ),
        make_event(a3, "December", "2020-12", title="First round of talks ends", relative=True),
        make_event(
            a3, "January 20", "2021-01-20", kind=scheduled, title="Trump steps down", relative=True
        ),
        make_event(
            a1, "earlier this week", "2021-W15", title="Negotiators meet in Doha", relative=True
        ),
        make_event(
            a0, "yesterday", "2021-04-13", title="Media report withdrawal plan", relative=True
        ),
        make_event(a0, "today", "2021-04-14", title="Blinken: NATO to depart", relative=True),
        make_event(
            a0, "the 24th", "2021-04-24", kind=scheduled, title="Istanbul talks open", relative=True
        ),
        make_event(
            a0,
            "1 May",
            "2021-05-01",
            kind=deadline,
            title="Original withdrawal deadline",
            extra_sources=(may,),
            conflicts=(Conflict("1 May 2021 or May 2021", ("2021-05-01", "2021-05"), ("000",)),),
        ),
        make_event(
            a2, "this week", "2021-W31", title="Khalilzad: Taliban emboldened", relative=True
        ),
        make_event(
            a2, "Wednesday", "2021-08-04", title="Price: no military solution", relative=True
        ),
        make_event(a4, "in August", "2021-08", title="US forces withdraw", relative=True),
        make_event(
            a0, "September 11", "2021-09-11", kind=deadline, title="Troops to leave by 9/11"
        ),
        make_event(
            a4, "late Friday", "2021-10-08", title="State Department statement", relative=True
        ),
        make_event(
            a4,
            "Saturday and Sunday",
            "2021-10-09",
            kind=scheduled,
            title="Doha talks with US",
            relative=True,
        ),
        make_event(a4, "2020", "2020", title="US-Taliban agreement"),
    ]
    events.sort(key=lambda event: (event.start, event.end))
    return Timeline(events=events, articles=list(by_id.values()))
