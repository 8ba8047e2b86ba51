"""Tests for afghan_timeline.render: lanes, shapes, hover cards, milestones, safety, pages."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from afghan_timeline import Article, EventKind, Timeline, build_timeline
from afghan_timeline.render import (
    DIV_ID,
    KIND_STYLES,
    corpus_milestones,
    default_range,
    figure,
    to_html,
    write_html,
)
from strategies import (
    hostile_timeline,
    make_event,
    sample_timeline,
    synthetic_timeline,
    timelines,
)

ARTICLE = Article(
    text="Troops will leave by 1 May 2021. The deal was signed in February 2020. "
    "Talks were held on 3 March 2021.",
    published=datetime.date(2021, 4, 14),
    id="a1",
    title="Troops to leave",
    source="Example News",
    url="https://example.org/a1",
)


def data_traces(fig):
    """The traces that draw events (not legend-only entries)."""
    return [trace for trace in fig.data if trace.meta and "shape" in trace.meta]


def drawn(fig):
    """Number of markers plus bars drawn."""
    return sum(len(trace.x) for trace in data_traces(fig))


def test_figure_draws_one_item_per_event_in_article_lanes() -> None:
    """Each event of an unmerged timeline is drawn exactly once, in its article's lane."""
    timeline = sample_timeline()
    fig = figure(timeline, milestones=None)
    placements = sum(len(event.article_ids) for event in timeline.events)
    assert drawn(fig) == placements
    lane_names = [t.name for t in fig.data if t.legend in (None, "legend") and t.showlegend]
    assert len(lane_names) == 5
    assert fig.layout.yaxis.ticktext[0].startswith("Why the peace talks")  # oldest article first


def test_figure_draws_day_events_as_markers_and_coarser_as_bars() -> None:
    """Day-precise events become scatter markers; month-precise ones become bars over the month."""
    timeline = Timeline(
        events=[
            make_event(ARTICLE, "1 May 2021", "2021-05-01", kind=EventKind.DEADLINE),
            make_event(ARTICLE, "February 2020", "2020-02"),
        ],
        articles=[ARTICLE],
    )
    fig = figure(timeline, milestones=None)
    (marker,) = [t for t in data_traces(fig) if t.meta["shape"] == "marker"]
    (bar,) = [t for t in data_traces(fig) if t.meta["shape"] == "span"]
    assert marker.type == "scatter"
    assert marker.marker.symbol == KIND_STYLES[EventKind.DEADLINE].symbol
    assert marker.x == ("2021-05-01 12:00",)
    assert bar.type == "bar"
    assert bar.base == ("2020-02-01",)
    assert bar.x == (29 * 86_400_000,)  # the whole of February 2020


def test_figure_bar_covers_the_third_of_a_period_its_mod_names() -> None:
    """ "late February 2020" is a bar over the last third of February; "early 2021" over the
    first third of 2021; the hover card still names the whole period with its qualifier."""
    article = Article(
        text="Fighting flared in late February 2020. Talks stalled in early 2021.",
        published=datetime.date(2021, 4, 14),
        id="mods",
    )
    events = []
    for expression, value, mod in (("February 2020", "2020-02", "END"), ("2021", "2021", "START")):
        event = make_event(article, expression, value)
        source = attrs.evolve(event.sources[0], mention=attrs.evolve(event.mention, mod=mod))
        events.append(attrs.evolve(event, sources=(source,)))
    fig = figure(Timeline(events=events, articles=[article]), milestones=None)
    (bars,) = [t for t in data_traces(fig) if t.meta["shape"] == "span"]
    shown = sorted(zip(bars.base, bars.x, bars.hovertext, strict=True))
    (feb_base, feb_width, feb_card), (year_base, year_width, year_card) = shown
    assert (feb_base, feb_width) == ("2020-02-20", 10 * 86_400_000)  # 20-29 February
    assert (year_base, year_width) == ("2021-01-01", 121 * 86_400_000)  # 1 January - 1 May
    assert "late February 2020" in feb_card
    assert "early 2021" in year_card


def test_figure_tells_kinds_apart_by_symbol_pattern_and_colour() -> None:
    """Reported, scheduled and deadline events differ in symbol, bar pattern and colour."""
    styles = list(KIND_STYLES.values())
    assert len({style.symbol for style in styles}) == 3
    assert len({style.pattern for style in styles}) == 3
    assert len({style.color for style in styles}) == 3
    fig = figure(sample_timeline(), milestones=None)
    key = [t.name for t in fig.data if t.legend == "legend2"]
    assert key[:3] == ["Reported", "Scheduled", "Deadline"]
    assert any("week, month" in name for name in key)


def test_figure_lanes_toggle_by_legend_group() -> None:
    """Every data trace belongs to its lane's legend group, which has one legend entry."""
    fig = figure(sample_timeline(), milestones=None)
    groups = {t.legendgroup for t in data_traces(fig)}
    entries = [t.legendgroup for t in fig.data if t.showlegend and t.legend in (None, "legend")]
    assert groups == set(entries)
    assert len(entries) == len(set(entries))


@pytest.mark.parametrize(
    "lane_by, expected",
    [
        ("kind", ["Reported", "Scheduled", "Deadline"]),
        ("source", ["Unknown source"]),
        (lambda event: str(event.start.year), ["2020", "2021"]),
    ],
)
def test_figure_lane_by_options(lane_by, expected) -> None:
    """lane_by='kind', 'source' or a callable lays out those lanes, top to bottom."""
    fig = figure(sample_timeline(), lane_by=lane_by, milestones=None)
    assert list(fig.layout.yaxis.ticktext) == expected
    assert drawn(fig) == len(sample_timeline().events)


def test_figure_rejects_unknown_lane_by() -> None:
    """An unknown lane_by value raises ValueError naming the accepted ones."""
    with pytest.raises(ValueError, match="'article', 'source', 'kind'"):
        figure(sample_timeline(), lane_by="colour")


def test_figure_hover_card_has_title_date_expression_sentence_and_article() -> None:
    """The hover card shows title, described date, expression in bold, sentence and article."""
    timeline = Timeline(
        events=[make_event(ARTICLE, "1 May 2021", "2021-05-01", title="Leave", kind="deadline")],
        articles=[ARTICLE],
    )
    (trace,) = data_traces(figure(timeline, milestones=None))
    card = trace.hovertext[0]
    assert card.startswith("<b>Leave</b>")
    assert "1 May 2021" in card
    assert "deadline" in card
    assert "known to the day" in card
    assert "Said: “1 May 2021”" in card
    assert "Troops will leave by <b>1 May 2021</b>." in card
    assert "<i>Troops to leave</i> — Example News, published 14 April 2021" in card
    assert "Click to open the article" in card
    assert trace.customdata[0][0] == "https://example.org/a1"


def test_figure_hover_card_counts_sources_and_flags_conflicts() -> None:
    """A merged event's card counts its articles; a conflict is flagged in card and outline."""
    fig = figure(sample_timeline(), lane_by="kind", milestones=None)
    cards = [card for trace in data_traces(fig) for card in trace.hovertext]
    (may,) = [card for card in cards if "Original withdrawal deadline" in card]
    assert "Reported by 2 articles (2 mentions)" in may
    assert "⚠" in may and "Sources disagree" in may
    (deadline,) = [t for t in data_traces(fig) if t.meta == {"kind": "deadline", "shape": "marker"}]
    widths = dict(zip(deadline.hovertext, deadline.marker.line.width, strict=True))
    assert widths[may] > max(w for card, w in widths.items() if card != may)  # outlined
    key = [t.name for t in fig.data if t.legend == "legend2"]
    assert "Dark outline: sources disagree" in key


def test_figure_hover_card_reads_the_mod_and_counts_mentions_in_one_article() -> None:
    """An approximate date reads "about ..."; two mentions of one article are no two reports."""
    article = Article(
        text="The truce for Eid al-Fitr begins on Thursday 13 May 2021.",
        published="2021-05-10",
        id="eid",
    )
    eid = make_event(article, "Eid al-Fitr", "2021-05-13")
    eid = attrs.evolve(
        eid,
        sources=(
            attrs.evolve(eid.sources[0], mention=attrs.evolve(eid.mention, mod="APPROX")),
            make_event(article, "Thursday 13 May 2021", "2021-05-13").sources[0],
        ),
    )
    (trace,) = data_traces(figure(Timeline(events=[eid], articles=[article]), milestones=None))
    card = trace.hovertext[0]
    assert "<b>about 13 May 2021</b>" in card
    assert "Mentioned 2 times in this article" in card
    assert "Reported by" not in card


def test_figure_hover_card_wraps_long_sentences() -> None:
    """A long sentence is wrapped into short lines and trimmed around its expression."""
    text = ("word " * 150) + "it ended on 3 May 2021 " + ("more " * 150)
    article = Article(text=text, published="2021-05-10", id="long")
    timeline = Timeline(
        events=[make_event(article, "3 May 2021", "2021-05-03")], articles=[article]
    )
    (trace,) = data_traces(figure(timeline, milestones=None))
    lines = trace.hovertext[0].split("<br>")
    plain = [re.sub(r"<[^>]+>", "", line) for line in lines]
    assert max(len(line) for line in plain) <= 70
    assert "<b>3 May 2021</b>" in trace.hovertext[0]
    assert sum(line.count("word") for line in plain) < 150


def test_figure_escapes_hostile_text_everywhere() -> None:
    """Script and markup in titles, text, ids and sources reach the figure only escaped."""
    fig = figure(hostile_timeline(), milestones=[("2021-05-03", "<script>alert(1)</script>")])
    strings = []
    for trace in fig.data:
        strings.append(str(trace.name))
        strings.extend(str(text) for text in trace.hovertext or ())
        strings.extend(str(row[0]) for row in trace.customdata or ())
    strings.extend(fig.layout.yaxis.ticktext)
    strings.extend(annotation.text for annotation in fig.layout.annotations)
    strings.append(fig.layout.title.text)
    strings.append(fig.layout.title.subtitle.text)
    joined = "\n".join(strings)
    for raw in ("<script", "</script", "<img", "<svg", "<b onmouseover"):
        assert raw not in joined
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined
    assert "javascript:" not in joined


OWN_MARKUP = re.compile(r"</?b>|<br>|</?i>|<span style='color:#[0-9A-Fa-f]{6}'>|</span>")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_figure_any_timeline_renders_with_only_its_own_markup(timeline: Timeline) -> None:
    """Any timeline renders, and its text reaches labels and cards with no markup of its own."""
    fig = figure(timeline)
    texts = [fig.layout.title.text, fig.layout.title.subtitle.text]
    texts.extend(fig.layout.yaxis.ticktext or ())
    texts.extend(annotation.text for annotation in fig.layout.annotations)
    for trace in fig.data:
        texts.append(trace.name or "")
        texts.extend(trace.hovertext or ())
    for text in texts:
        assert "<" not in OWN_MARKUP.sub("", text), text
    assert drawn(fig) == sum(len(event.article_ids) for event in timeline.events)


def test_to_html_hostile_page_has_no_raw_markup_or_script_url() -> None:
    """The hostile article's markup never appears unescaped in the page and its URL is not kept."""
    page = to_html(hostile_timeline(), title="<script>alert(1)</script>")
    body = page.split(f'id="{DIV_ID}"', 1)[1]
    assert "<script>alert(1)" not in page
    assert "</script><script>alert" not in page
    assert "\\u003c\\u002fscript\\u003e" in page  # plotly's JSON escapes "</script>"
    assert "<img src=x" not in page
    assert "<svg onload" not in page
    assert "javascript:alert" not in body
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


def test_to_html_is_byte_identical_for_the_same_timeline() -> None:
    """Rendering the same timeline twice gives byte-identical HTML."""
    assert to_html(sample_timeline()) == to_html(sample_timeline())


def test_to_html_is_byte_identical_across_processes() -> None:
    """Two interpreters with different hash seeds write the same page for the same timeline."""
    script = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]);"
        "from strategies import sample_timeline;"
        "from afghan_timeline.render import to_html;"
        "print(hashlib.sha256(to_html(sample_timeline()).encode()).hexdigest())"
    )
    here = str(Path(__file__).parent)
    digests = {
        subprocess.run(
            [sys.executable, "-c", script, here],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_to_html_is_standalone_and_offline() -> None:
    """The page embeds plotly.js, uses the fixed div id and loads no external script."""
    page = to_html(sample_timeline())
    assert page.lower().startswith("<!doctype html>")
    assert f'id="{DIV_ID}"' in page
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=\"?https?:", page)
    assert "plotly_click" in page
    assert len(page) > 1_000_000  # plotly.js is inline


def test_write_html_writes_page_and_returns_path(tmp_path) -> None:
    """write_html and Timeline.to_html write the same page and return its path."""
    first = write_html(sample_timeline(), tmp_path / "a.html")
    second = sample_timeline().to_html(tmp_path / "b.html")
    assert first == tmp_path / "a.html"
    assert first.read_bytes() == second.read_bytes()


def test_figure_summary_and_default_range() -> None:
    """The subtitle counts articles and events; the first range covers the events with a margin."""
    timeline = sample_timeline()
    fig = figure(timeline)
    assert fig.layout.title.subtitle.text == "5 articles · 16 events · 2020 – October 2021"
    start, end = (datetime.date.fromisoformat(day) for day in fig.layout.xaxis.range)
    assert datetime.date(2019, 12, 1) < start < datetime.date(2020, 2, 1)
    assert datetime.date(2021, 10, 10) < end < datetime.date(2021, 12, 1)
    labels = [button.label for button in fig.layout.xaxis.rangeselector.buttons]
    assert labels == ["1m", "6m", "1y", "all"]
    assert fig.layout.xaxis.rangeslider.visible


def test_default_range_ignores_far_off_outliers() -> None:
    """A single event decades earlier does not stretch the first range."""
    old = Article(text="The war began on 7 October 2001.", id="old", published="2021-08-30")
    base = sample_timeline()
    timeline = Timeline(
        events=[make_event(old, "7 October 2001", "2001-10-07"), *base.events],
        articles=[*base.articles, old],
    )
    start, _ = default_range(timeline)
    assert start.year == 2020
    assert default_range(Timeline(events=())) is None


def test_figure_summary_counts_the_events_outside_the_first_view() -> None:
    """A far-off event the first view leaves out is counted in the subtitle, which says how to
    see it; with every event in view, the subtitle says nothing of it."""
    old = Article(text="The war began on 7 October 2001.", id="old", published="2021-08-30")
    base = sample_timeline()
    timeline = Timeline(
        events=[make_event(old, "7 October 2001", "2001-10-07"), *base.events],
        articles=[*base.articles, old],
    )
    subtitle = figure(timeline).layout.title.subtitle.text
    assert subtitle.endswith(
        " · October 2001 – October 2021 · 1 outside the first view: “all” shows it"
    )
    assert "outside" not in figure(base).layout.title.subtitle.text


def test_default_range_takes_in_a_season_or_part_of_a_year_near_the_story() -> None:
    """ "An appeal is set for the autumn" and "by the end of the year" are in the first view;
    a whole year long past ("arrested in 2019") stays out of it."""
    text = (
        "The trial opened on 4 March 2024. He was found guilty on 30 April 2024. "
        "An appeal is set for the autumn. The council will recover the money by the end of "
        "the year. He was first arrested in 2019."
    )
    article = Article(text=text, id="a", published=datetime.date(2024, 6, 15))
    start, end = default_range(build_timeline([article]))
    assert datetime.date(2024, 1, 1) < start <= datetime.date(2024, 3, 4)
    assert end > datetime.date(2024, 12, 31)  # late in the year: its last third


def test_figure_milestones_draw_lines_and_month_bands() -> None:
    """A day milestone is a vertical line, a month milestone a shaded band, both labelled."""
    fig = figure(
        sample_timeline(),
        milestones=[(datetime.date(2021, 5, 1), "Deadline"), ("2021-08", "Withdrawal")],
    )
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    bands = [s for s in fig.layout.shapes if s.type == "rect" and s.xref == "x"]
    assert [line.x0 for line in lines] == ["2021-05-01 12:00"]
    assert [(band.x0, band.x1) for band in bands] == [("2021-08-01", "2021-09-01")]
    assert [a.text for a in fig.layout.annotations] == ["Deadline", "Withdrawal"]


def test_figure_milestone_labels_stagger_when_close() -> None:
    """Labels of milestones a few days apart go on different levels; far apart share one."""
    fig = figure(
        sample_timeline(),
        milestones=[
            ("2021-05-01", "A long milestone label one"),
            ("2021-05-03", "A long milestone label two"),
            ("2020-03-01", "Far away"),
        ],
    )
    shifts = {a.text: a.yshift for a in fig.layout.annotations}
    assert shifts["A long milestone label one"] != shifts["A long milestone label two"]
    assert shifts["Far away"] == min(shifts.values())


def test_figure_milestone_labels_in_one_crowded_season_never_overlap() -> None:
    """Five labels within weeks of each other take five levels: none shares one."""
    days = ["2021-04-20", "2021-04-25", "2021-05-01", "2021-05-05", "2021-05-10"]
    fig = figure(
        sample_timeline(), milestones=[(day, f"A long milestone label {day}") for day in days]
    )
    assert len({a.yshift for a in fig.layout.annotations}) == len(days)


def test_figure_rejects_milestone_without_calendar_date() -> None:
    """A milestone value that is no calendar period raises ValueError."""
    with pytest.raises(ValueError, match="PXY"):
        figure(sample_timeline(), milestones=[("PXY", "years")])


def test_corpus_milestones_pick_well_reported_dates_with_titles() -> None:
    """Key dates are the most reported months and the latest article's news, with titles."""
    milestones = corpus_milestones(sample_timeline(), top=3)
    assert len(milestones) == 3
    values = [value for value, _ in milestones]
    assert values == sorted(values)
    assert ("2021-05-01", "1 May 2021: Original withdrawal deadline") in milestones
    assert ("2021-10-09", "9 Oct 2021: Doha talks with US") in milestones  # the latest news
    assert corpus_milestones(sample_timeline(), top=0) == []
    assert corpus_milestones(Timeline(events=())) == []


def test_corpus_milestones_of_the_demo_show_the_story() -> None:
    """On the demo corpus the key dates include the deal, the deadlines, the withdrawal, Doha."""
    from afghan_timeline import build_timeline
    from afghan_timeline.demo import demo_articles

    timeline = build_timeline(demo_articles())
    values = [value for value, _ in corpus_milestones(timeline, top=7)]
    months = {value[:7] for value in values}
    assert {"2020-02", "2021-05", "2021-08", "2021-09", "2021-10"} <= months
    fig = figure(timeline)
    assert len(fig.layout.annotations) == 7  # the demo's range asks for seven


def test_figure_many_events_stays_compact_and_stacked() -> None:
    """1,000 events in 200 lanes use one trace per lane, kind and shape and never coincide."""
    timeline = synthetic_timeline(1000, 200)
    began = time.perf_counter()
    fig = figure(timeline)
    assert time.perf_counter() - began < 20
    traces = data_traces(fig)
    assert drawn(fig) == 1000
    assert len(traces) <= 200 * 3 * 2
    assert fig.layout.xaxis2.side == "top"  # a tall page repeats the date axis on top
    assert "xaxis2" not in figure(sample_timeline()).layout.to_plotly_json()
    keys = [(t.legendgroup, t.meta["kind"], t.meta["shape"]) for t in traces]
    assert len(keys) == len(set(keys))
    seen = set()
    for trace in traces:
        if trace.meta["shape"] == "marker":
            for x, y in zip(trace.x, trace.y, strict=True):
                assert (x, y) not in seen
                seen.add((x, y))


def test_figure_empty_timeline_renders() -> None:
    """A timeline without events still gives a figure with a summary."""
    fig = figure(Timeline(events=()))
    assert fig.layout.title.subtitle.text == "0 articles · 0 events"
    assert drawn(fig) == 0


def test_figure_summary_counts_in_the_singular() -> None:
    """One article with one event reads "1 article · 1 event"."""
    one = Article(text="The war began on 7 October 2001.", id="one", published="2021-08-30")
    timeline = Timeline(events=[make_event(one, "7 October 2001", "2001-10-07")], articles=[one])
    assert figure(timeline).layout.title.subtitle.text == "1 article · 1 event · October 2001"


def test_figure_draws_a_span_of_days_as_a_bar_and_names_both_ends() -> None:
    """An event "from 20 April to 28 September" is a bar over those days, not a marker, and its
    hover card and summary name both ends."""
    article = Article(
        text="Troops leave from 20 April to 28 September 2021.",
        published=datetime.date(2021, 4, 14),
        id="a1",
    )
    timeline = Timeline(
        events=[make_event(article, "20 April to 28 September 2021", "2021-04-20/2021-09-28")],
        articles=[article],
    )
    fig = figure(timeline, milestones=None)
    (bar,) = data_traces(fig)
    assert bar.meta["shape"] == "span"
    assert bar.base == ("2021-04-20",)
    assert bar.x == (162 * 86_400_000,)
    assert "20 April 2021 – 28 September 2021" in bar.hovertext[0]
    assert "Bar: span, or date known" in " ".join(str(t.name) for t in fig.data)


def test_figure_summary_spans_the_events_finer_than_a_century() -> None:
    """ "By mid-century" does not stretch the summary to a hundred years; alone, it is named."""
    text = "Net zero is due by mid-century. Talks began on 4 March 2024."
    article = Article(text=text, id="a", published="2024-03-14")
    century = make_event(article, "mid-century", "20")
    day = make_event(article, "4 March 2024", "2024-03-04")
    both = Timeline(events=[century, day], articles=[article])
    assert figure(both).layout.title.subtitle.text == "1 article · 2 events · March 2024"
    alone = Timeline(events=[century], articles=[article])
    assert figure(alone).layout.title.subtitle.text == "1 article · 1 event · the 21st century"
