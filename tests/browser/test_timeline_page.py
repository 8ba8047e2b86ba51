"""The generated timeline page in headless Chromium: drawing, hover, clicks, safety, layout."""

from __future__ import annotations

import datetime
import re
import time
from pathlib import Path

import pytest

from afghan_timeline import Article, Timeline, build_timeline
from afghan_timeline.demo import demo_articles
from afghan_timeline.render import DIV_ID, figure, to_html, write_html
from strategies import hostile_timeline, make_event, sample_timeline, synthetic_timeline

POINTS = ".cartesianlayer .point"
MARKERS = ".cartesianlayer .scatterlayer .point"
BARS = ".cartesianlayer .barlayer .point"
HOVER = ".hoverlayer .hovertext"


def expected_items(timeline: Timeline, **options) -> tuple[int, int]:
    """(markers, bars) the figure draws for ``timeline``."""
    fig = figure(timeline, **options)
    traces = [t for t in fig.data if t.meta and "shape" in t.meta]
    markers = sum(len(t.x) for t in traces if t.meta["shape"] == "marker")
    bars = sum(len(t.x) for t in traces if t.meta["shape"] == "span")
    return markers, bars


def squash(text: str) -> str:
    """Text without whitespace (hover lines are separate SVG tspans)."""
    return re.sub(r"\s+", "", text)


def hover_texts(visit, selector: str = MARKERS) -> list[str]:
    """Hover each element matching ``selector`` in turn; the hover card text for each."""
    texts = []
    for index in range(visit.count(selector)):
        visit.page.locator(selector).nth(index).hover(force=True)
        visit.page.wait_for_selector(HOVER, timeout=5_000)
        texts.append(visit.page.locator(HOVER).first.text_content() or "")
        visit.page.mouse.move(1, 1)
    return texts


@pytest.mark.browser
def test_page_draws_every_event_of_the_sample(tmp_path: Path, open_page) -> None:
    """The plot is drawn with one marker or bar per placed event and nothing else."""
    timeline = sample_timeline()
    visit = open_page(write_html(timeline, tmp_path / "sample.html"))
    markers, bars = expected_items(timeline)
    assert (visit.count(MARKERS), visit.count(BARS)) == (markers, bars)
    assert markers + bars == sum(len(event.article_ids) for event in timeline.events)
    assert visit.count(".legend .traces") == len(timeline.articles)
    assert visit.count(".legend2 .traces") == 5  # kinds, bars and the conflict outline
    assert visit.errors == []
    assert visit.blocked == []


@pytest.mark.browser
def test_page_draws_the_demo_timeline(tmp_path: Path, open_page) -> None:
    """The demo corpus's page draws as many items as its figure holds, offline and error-free."""
    timeline = build_timeline(demo_articles())
    visit = open_page(write_html(timeline, tmp_path / "demo.html", title="Demo"))
    markers, bars = expected_items(timeline)
    assert (visit.count(MARKERS), visit.count(BARS)) == (markers, bars)
    assert visit.count(".main-svg") >= 1
    assert visit.errors == []
    assert visit.blocked == []


@pytest.mark.browser
def test_page_hover_shows_each_markers_sentence(tmp_path: Path, open_page) -> None:
    """Hovering any marker shows a card with its event's title and sentence."""
    timeline = sample_timeline()
    visit = open_page(write_html(timeline, tmp_path / "sample.html"))
    texts = [squash(text) for text in hover_texts(visit)]
    assert len(texts) == expected_items(timeline)[0]
    for event in timeline.events:
        if event.precision.is_day_or_finer:
            source = event.sources[0]
            offset = source.mention.start - source.sentence_start
            context = squash(source.sentence[max(offset - 40, 0) : offset + 40])
            assert any(squash(event.title) in text and context in text for text in texts)
    assert visit.errors == []


@pytest.mark.browser
def test_page_hover_works_on_bars(tmp_path: Path, open_page) -> None:
    """Hovering a bar (an event known to the month) shows its card with the precision."""
    visit = open_page(write_html(sample_timeline(), tmp_path / "sample.html"))
    texts = hover_texts(visit, BARS)
    assert any("known to the month" in text for text in texts)
    assert any("known to the week" in text for text in texts)


@pytest.mark.browser
def test_page_legend_click_hides_a_lane(tmp_path: Path, open_page) -> None:
    """Clicking a lane's legend entry hides exactly that lane's markers and bars."""
    timeline = sample_timeline()
    visit = open_page(write_html(timeline, tmp_path / "sample.html", milestones=None))
    before = visit.count(POINTS)
    first_lane = min(timeline.articles, key=lambda article: article.published).id
    in_lane = sum(first_lane in event.article_ids for event in timeline.events)
    visit.page.locator(".legend .traces .legendtoggle").first.click(force=True)
    visit.page.wait_for_function(  # plotly first waits out a possible double click
        "([sel, n]) => document.querySelectorAll(sel).length < n", arg=[POINTS, before]
    )
    assert visit.count(POINTS) == before - in_lane


@pytest.mark.browser
def test_page_range_buttons_change_the_shown_range(tmp_path: Path, open_page) -> None:
    """The 1m button narrows the x range to about a month."""
    visit = open_page(write_html(sample_timeline(), tmp_path / "sample.html"))
    visit.page.locator(".rangeselector .button", has_text="1m").click()
    visit.page.wait_for_timeout(300)
    start, end = visit.page.evaluate(f"document.getElementById('{DIV_ID}').layout.xaxis.range")
    days = (datetime.date.fromisoformat(end[:10]) - datetime.date.fromisoformat(start[:10])).days
    assert 27 <= days <= 32


@pytest.mark.browser
def test_page_click_opens_only_http_article_urls(tmp_path: Path, open_page) -> None:
    """Clicking an event with an https article opens it; the request is the only one leaving."""
    article = Article(
        text="Troops leave by 1 May 2021.",
        published="2021-04-14",
        id="a",
        url="https://example.org/a",
    )
    timeline = Timeline(
        events=[make_event(article, "1 May 2021", "2021-05-01")], articles=[article]
    )
    visit = open_page(write_html(timeline, tmp_path / "link.html", milestones=None))
    visit.page.locator(MARKERS).first.click(force=True)
    visit.page.wait_for_timeout(800)
    assert len(visit.popups) == 1
    assert visit.blocked == ["https://example.org/a"]


@pytest.mark.browser
def test_page_hostile_article_stays_inert(tmp_path: Path, open_page) -> None:
    """Script, image and javascript: URL in an article never run, render or open anything."""
    timeline = hostile_timeline()
    path = tmp_path / "hostile.html"
    path.write_text(to_html(timeline, title="<script>alert(1)</script>"), encoding="utf-8")
    page_scripts = len(re.findall(r"<script\b", path.read_text(encoding="utf-8")))
    visit = open_page(path)
    texts = hover_texts(visit, POINTS)
    assert any("<script>alert(1)</script>" in text for text in texts)  # shown as text
    for index in range(visit.count(POINTS)):
        visit.page.locator(POINTS).nth(index).click(force=True)
    visit.page.wait_for_timeout(600)
    assert visit.dialogs == []
    assert visit.popups == []
    assert visit.blocked == []
    assert visit.count("img") == 0
    assert visit.count("script") == page_scripts
    assert visit.count("[onerror], [onload], [onmouseover]") == 0
    assert visit.page.title() == "<script>alert(1)</script>"
    assert visit.errors == []


@pytest.mark.browser
def test_page_fits_a_narrow_screen(tmp_path: Path, open_page) -> None:
    """At 400 px wide nothing scrolls sideways and labels shorten; widening restores them."""
    visit = open_page(write_html(sample_timeline(), tmp_path / "sample.html"), width=400)
    visit.page.wait_for_timeout(400)
    width = visit.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400
    labels = visit.page.locator(".yaxislayer-above .ytick text").all_text_contents()
    assert labels and max(len(label) for label in labels) <= 14
    assert visit.count(POINTS) == sum(expected_items(sample_timeline()))
    assert visit.count(".infolayer .annotation") == 0  # milestone labels need the width
    visit.page.set_viewport_size({"width": 1280, "height": 800})
    visit.page.wait_for_function(
        "sel => document.querySelectorAll(sel).length > 0", arg=".infolayer .annotation"
    )
    labels = visit.page.locator(".yaxislayer-above .ytick text").all_text_contents()
    assert max(len(label) for label in labels) > 14  # full lane labels are back
    assert visit.errors == []


@pytest.mark.browser
def test_page_many_events_load_and_hover(tmp_path: Path, open_page) -> None:
    """1,000 events in 200 lanes draw completely within seconds and still hover."""
    timeline = synthetic_timeline(1000, 200)
    path = write_html(timeline, tmp_path / "many.html")
    began = time.perf_counter()
    visit = open_page(path)
    elapsed = time.perf_counter() - began
    assert visit.count(POINTS) == 1000
    assert elapsed < 60  # about 7 s on a CPU-only machine; far more means a regression
    visit.page.locator(MARKERS).nth(10).hover(force=True)
    visit.page.wait_for_selector(HOVER, timeout=5_000)
    assert "Talks were held on that date" in (visit.page.locator(HOVER).first.text_content() or "")
    assert visit.errors == []
