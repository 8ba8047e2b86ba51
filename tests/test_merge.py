"""Merging events across articles into one happening each, and flagging date conflicts."""

from __future__ import annotations

import datetime
import json
from importlib import resources

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afghan_timeline.merge import key_terms, merge_events
from afghan_timeline.model import Article, Event, Mention, Source
from afghan_timeline.pipeline import ArticleAnalysis
from afghan_timeline.timeline import assemble, build_timeline
from afghan_timeline.timex import interval_of

D = datetime.date

# Sentences from the seed articles (000, 001, 003) and made-up neighbours.
S000_HEAD = "Taliban Announce Boycott Of Peace Talks As NATO Forces To Withdraw By September 11"
S000_BLINKEN = (
    "The Taliban have announced that they will not be participating in any peace talks as long "
    "as foreign forces remain in Afghanistan, despite statements today by US Secretary of State "
    "Antony Blinken that NATO forces will fully depart the country by September 11, alongside "
    "US troops."
)
S000_REPORTS = (
    "The statement follows various media reports yesterday that the US will soon announce a plan "
    "to completely withdraw the approximately 2,500 US troops in the country by 11 September, "
    "missing the original 1 May withdrawal deadline agreed to in negotiations between the "
    "Taliban and the previous administration."
)
S000_BREAK = (
    "An official who spoke to the Washington Post said: “If we break the May 1st deadline "
    "negotiated by the previous administration with no clear plan to exit, we will be back at "
    "war with the Taliban."
)
S001_MAY = (
    "The US-Taliban deal of February 2020 envisaged the departure of all foreign forces from the "
    "country by May this year in return for the Taliban agreeing to sever all links with "
    "terrorist organizations such as al-Qaeda."
)
S003_APRIL = (
    "According to the US-Taliban agreement, all US soldiers are expected to leave Afghanistan "
    "by April."
)


def make_event(
    article_id: str,
    value: str,
    sentence: str,
    mention_text: str,
    kind: str = "deadline",
    sentence_start: int = 0,
) -> Event:
    """An event as the pipeline would make it: one source whose mention dates it."""
    interval = interval_of(value)
    assert interval is not None
    offset = sentence.find(mention_text)
    assert offset >= 0, mention_text
    start = sentence_start + offset
    mention = Mention(
        start, start + len(mention_text), mention_text, "DATE", value, interval=interval
    )
    source = Source(article_id, sentence, mention, sentence_start=sentence_start)
    return Event(
        interval.start,
        interval.end,
        value,
        interval.precision,
        kind,
        sentence[:60],
        [source],
    )


def may_deadline_events() -> list[Event]:
    """The 1 May deadline as reported by 000 (twice) and 001, and 003's April."""
    return [
        make_event("000", "2021-05-01", S000_REPORTS, "1 May", sentence_start=900),
        make_event("000", "2021-05-01", S000_BREAK, "May 1st", sentence_start=1500),
        make_event("001", "2021-05", S001_MAY, "May this year", sentence_start=700),
        make_event("003", "2021-04", S003_APRIL, "April", sentence_start=5000),
        make_event("000", "2021-09-11", S000_REPORTS, "11 September", sentence_start=900),
    ]


def test_key_terms_maps_equivalent_words_to_one_term():
    """'departure of forces' and 'leave ... soldiers' share the withdraw/troop key terms."""
    assert {"withdraw", "troop"} <= key_terms(S001_MAY)
    assert {"withdraw", "troop"} <= key_terms(S003_APRIL)
    assert not key_terms("on Tuesday 13 April this year, the month before May")


def test_merge_events_joins_month_report_into_day_deadline():
    """'by May this year' (001) joins the day-precise 1 May deadline of 000 and keeps the day."""
    merged = merge_events(may_deadline_events(), article_rank={"000": 0, "001": 1, "003": 3})
    may = [e for e in merged if e.start == D(2021, 5, 1)]
    assert len(may) == 1
    assert may[0].value == "2021-05-01"
    assert may[0].precision.value == "day"
    assert set(may[0].article_ids) == {"000", "001"}
    assert len(may[0].sources) == 3
    assert may[0].sources[0].mention.value == "2021-05-01"


def test_merge_events_never_joins_two_different_days():
    """Two day-precise dates stay two events even when their sentences are identical."""
    sentence = "NATO forces will withdraw troops from Kabul under the peace deal."
    events = [
        make_event("a", "2021-05-01", sentence, "withdraw"),
        make_event("b", "2021-05-02", sentence, "withdraw"),
    ]
    merged = merge_events(events, article_rank={})
    assert sorted(e.value for e in merged) == ["2021-05-01", "2021-05-02"]


def test_merge_events_month_report_does_not_swallow_two_days():
    """A month-precise report that fits two distinct days joins neither of them."""
    sentence = "NATO forces will withdraw troops from Kabul under the peace deal."
    events = [
        make_event("a", "2021-05-01", sentence, "withdraw"),
        make_event("b", "2021-05-20", sentence, "withdraw"),
        make_event("c", "2021-05", sentence, "withdraw"),
    ]
    merged = merge_events(events, article_rank={})
    assert len(merged) == 3
    assert all(len(e.sources) == 1 for e in merged)


def test_merge_events_headline_repeating_body_date_is_one_event():
    """The headline's 'September 11' and the body's 'by September 11' are one event."""
    events = [
        make_event("000", "2021-09-11", S000_HEAD, "September 11"),
        make_event("000", "2021-09-11", S000_BLINKEN, "September 11", sentence_start=84),
    ]
    merged = merge_events(events, article_rank={"000": 0})
    assert len(merged) == 1
    assert len(merged[0].sources) == 2


def test_merge_events_same_date_twice_in_one_article_is_one_event():
    """'1 May' and 'May 1st' in one article about the same deadline make one event."""
    events = may_deadline_events()[:2]
    merged = merge_events(events, article_rank={"000": 0})
    assert len(merged) == 1
    assert [s.mention.text for s in merged[0].sources] == ["1 May", "May 1st"]


def test_merge_events_amounts_are_no_shared_topic():
    """ "32 million tonnes" and "53 million tonnes" share an amount, not a happening: the
    harvest of 2022 stays apart from the deal signed on 22 July 2022."""
    signed = "The deal let Ukraine export 32 million tonnes of food since it was signed in 2022."
    harvest = "The harvest is forecast at 44 million tonnes, down from 53 million tonnes in 2022."
    events = [
        make_event("a", "2022-07-22", signed, "signed", kind="reported"),
        make_event("a", "2022", harvest, "2022", kind="reported", sentence_start=200),
    ]
    assert len(merge_events(events, article_rank={"a": 0})) == 2
    assert "million" not in key_terms(harvest)
    assert "tonn" in key_terms(harvest)


def test_merge_events_keeps_steps_of_one_day_told_in_two_sentences_apart():
    """ "Rebels attacked the town on Friday. On Friday night, rebels attacked a second town":
    the finer date of the second sentence is another step of that day, not the first again;
    across articles the same words on "Friday" and "Friday night" still make one event."""
    first = "Rebels attacked the town on Friday."
    second = "On Friday night, rebels attacked a second town."
    events = [
        make_event("a", "2024-03-08", first, "Friday", kind="reported"),
        make_event("a", "2024-03-08TNI", second, "Friday night", "reported", sentence_start=40),
    ]
    assert len(merge_events(events, article_rank={"a": 0})) == 2
    events = [
        make_event("a", "2024-03-08", first, "Friday", kind="reported"),
        make_event(
            "b",
            "2024-03-08TNI",
            "Rebels attacked the town on Friday night.",
            "Friday night",
            "reported",
        ),
    ]
    assert len(merge_events(events, article_rank={"a": 0, "b": 1})) == 1


def test_merge_events_keeps_unrelated_happenings_on_one_day_apart():
    """Two articles dating different happenings to the same day keep two events."""
    events = [
        make_event("a", "2021-10-08", "A suicide bomber struck a mosque in Kunduz.", "Kunduz"),
        make_event("b", "2021-10-08", "Envoys met in Doha to discuss humanitarian aid.", "Doha"),
    ]
    assert len(merge_events(events, article_rank={})) == 2


def test_merge_events_flags_april_may_deadline_conflict():
    """003's 'by April' and 001's 'by May' withdrawal carry one Conflict naming both dates."""
    merged = merge_events(may_deadline_events(), article_rank={"000": 0, "001": 1, "003": 3})
    april = next(e for e in merged if e.value == "2021-04")
    may = next(e for e in merged if e.start == D(2021, 5, 1))
    assert april.conflicts and april.conflicts == may.conflicts
    conflict = april.conflicts[0]
    assert {"001", "003"} <= set(conflict.article_ids)
    assert len(conflict.values) == len(conflict.article_ids)
    values = dict(zip(conflict.article_ids, conflict.values, strict=True))
    assert values["003"] == "2021-04"
    assert values["001"] == "2021-05"
    assert "April 2021" in conflict.description and "May 2021" in conflict.description


def test_merge_events_no_conflict_when_one_article_gives_both_dates():
    """A deadline moved from 1 May to 11 September within article 000 is not a disagreement."""
    merged = merge_events(may_deadline_events(), article_rank={})
    september = next(e for e in merged if e.value == "2021-09-11")
    assert september.conflicts == ()


def test_merge_events_reported_past_days_are_not_conflicts():
    """Reported happenings on nearby days are separate events, never a conflict."""
    sentence = "Taliban fighters attacked an army checkpoint in Helmand province."
    events = [
        make_event("a", "2021-06-01", sentence, "Helmand", kind="reported"),
        make_event("b", "2021-06-03", sentence, "Helmand", kind="reported"),
    ]
    merged = merge_events(events, article_rank={})
    assert len(merged) == 2
    assert all(e.conflicts == () for e in merged)


def test_merge_events_year_reports_across_articles_need_three_terms():
    """Two articles' bare '1987' with only two shared words stay two events."""
    events = [
        make_event("a", "1987", "The company sold shares in 1987.", "1987", kind="reported"),
        make_event("b", "1987", "Another company bought shares in 1987.", "1987", kind="reported"),
    ]
    assert len(merge_events(events, article_rank={})) == 2


def test_merge_events_scheduled_dates_that_differ_are_not_conflicts():
    """Two articles scheduling similar meetings on different days raise no conflict."""
    sentence = "Taliban negotiators will meet Afghan officials in Doha for peace talks."
    events = [
        make_event("a", "2021-06-01", sentence, "Doha", kind="scheduled"),
        make_event("b", "2021-06-10", sentence, "Doha", kind="scheduled"),
    ]
    assert all(e.conflicts == () for e in merge_events(events, article_rank={}))


def test_merge_events_does_not_merge_reported_into_deadline():
    """A deadline 'by April' does not join an April day reported as past with similar words."""
    events = [
        make_event("000", "2021-04-13", S000_REPORTS, "yesterday", "reported"),
        make_event("003", "2021-04", S003_APRIL, "April"),
    ]
    assert len(merge_events(events, article_rank={})) == 2


def canonical(events: list[Event]) -> list[tuple[object, ...]]:
    """Events without presentation order: date, kind, set of sources, set of conflicts."""
    return sorted(
        (
            e.start,
            e.end,
            e.value,
            e.kind.value,
            tuple(sorted((s.article_id, s.mention.start) for s in e.sources)),
            tuple(sorted((c.description, tuple(sorted(c.article_ids))) for c in e.conflicts)),
        )
        for e in events
    )


@settings(max_examples=60, deadline=None)
@given(st.permutations(range(5)))
def test_merge_events_ignores_input_order(order):
    """Any permutation of the input events yields exactly the same merged events."""
    events = may_deadline_events()
    rank = {"000": 0, "001": 1, "003": 2}
    expected = merge_events(events, article_rank=rank)
    assert merge_events([events[i] for i in order], article_rank=rank) == expected


def analysis_for(article_id: str, events: list[Event]) -> ArticleAnalysis:
    """A per-article analysis carrying pre-made events."""
    article = Article("text of " + article_id, published=D(2021, 4, 13), id=article_id)
    mine = [e for e in events if e.sources[0].article_id == article_id]
    return ArticleAnalysis(article=article, events=mine)


@settings(max_examples=40, deadline=None)
@given(st.permutations(["000", "001", "003"]))
def test_assemble_shuffled_articles_give_same_timeline(order):
    """Shuffling the articles changes neither which events merge nor the conflicts found."""
    events = may_deadline_events()
    baseline = assemble([analysis_for(a, events) for a in ("000", "001", "003")])
    shuffled = assemble([analysis_for(a, events) for a in order])
    assert canonical(list(shuffled.events)) == canonical(list(baseline.events))
    assert [e.value for e in shuffled.events] == [e.value for e in baseline.events]


# --- Seed corpus: these need the tagger and the per-article pipeline --------------------------


def seed_articles() -> list[Article]:
    """The five demo articles with their metadata publication dates."""
    demo = resources.files("afghan_timeline") / "demo"
    articles = []
    for line in (demo / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = (demo / row["path"]).read_text(encoding="utf-8")
        articles.append(Article(text, published=row["published"], id=row["id"], title=row["title"]))
    return articles


def pipeline_makes_events() -> bool:
    """Whether the tagger and event stage are in place (they land separately)."""
    article = Article("Talks opened on Tuesday.", published=D(2021, 1, 11), id="probe")
    return bool(build_timeline([article], merge=False).events)


needs_pipeline = pytest.mark.skipif(
    not pipeline_makes_events(), reason="the tagger and event stage do not produce events yet"
)


@needs_pipeline
def test_build_timeline_seeds_one_may_deadline_from_000_and_001():
    """On the seeds the original 1 May deadline is one event reported by 000 and 001."""
    timeline = build_timeline(seed_articles())
    may1 = [e for e in timeline.events if e.start == D(2021, 5, 1) == e.end]
    assert len(may1) == 1
    assert {"000", "001"} <= set(may1[0].article_ids)


@needs_pipeline
def test_build_timeline_seeds_flag_april_may_conflict_between_001_and_003():
    """On the seeds the April (003) vs May (001) withdrawal date shows as a Conflict."""
    timeline = build_timeline(seed_articles())
    flagged = [c for e in timeline.events for c in e.conflicts]
    assert any({"001", "003"} <= set(c.article_ids) for c in flagged)
    april = [e for e in timeline.events if e.value == "2021-04" and "003" in e.article_ids]
    assert april and april[0].conflicts


@needs_pipeline
@settings(max_examples=8, deadline=None)
@given(st.permutations(range(5)))
def test_build_timeline_seeds_shuffled_give_same_events(order):
    """The seed timeline has the same merged events and conflicts in any article order."""
    articles = seed_articles()
    baseline = build_timeline(articles)
    shuffled = build_timeline([articles[i] for i in order])
    assert canonical(list(shuffled.events)) == canonical(list(baseline.events))


def test_merge_events_keeps_dates_of_separate_clauses_of_one_sentence_apart():
    """ "a meeting on the 16th, and grants close at the end of the month": two happenings;
    "the quarter ended Sept. 30": the day closes the quarter, one happening."""
    apart = "The council will hold a meeting on the 16th, and grants close at the end of the month."
    meeting = make_event("a", "2023-11-16", apart, "the 16th", kind="scheduled")
    grants = make_event("a", "2023-11", apart, "the end of the month", kind="scheduled")
    meeting = attrs.evolve(meeting, title="The council will hold a meeting")
    grants = attrs.evolve(grants, title="Grants close")
    assert len(merge_events([meeting, grants], article_rank={"a": 0})) == 2
    near = "Delta posted net income for the quarter ended Sept. 30."
    quarter = make_event("a", "1989-Q3", near, "the quarter", kind="reported")
    day = make_event("a", "1989-09-30", near, "Sept. 30", kind="reported")
    quarter = attrs.evolve(quarter, title="Delta posted net income")
    day = attrs.evolve(day, title="Delta posted net income for the quarter ended")
    (merged,) = merge_events([quarter, day], article_rank={"a": 0})
    assert merged.value == "1989-09-30"


def test_one_article_telling_what_was_and_what_is_to_come_keeps_two_events():
    text = (
        "The agency said on Thursday that cases were rising. "
        "It expects cases to keep rising until the end of the month."
    )
    article = Article(text=text, published=datetime.date(2025, 1, 13), id="a")
    events = build_timeline([article]).events
    assert sorted((e.value, e.kind.value) for e in events) == [
        ("2025-01", "scheduled"),
        ("2025-01-09", "reported"),
    ]
