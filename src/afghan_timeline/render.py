"""The interactive timeline: a plotly figure and a standalone, offline HTML page.

Events sit in lanes (one per article by default). Day-precise events are markers; events known
only to the week, month, season or year are bars over their whole period, so precision shows.
Colour and shape both tell the kind: reported (circle, solid bar), scheduled (diamond, hatched
bar), deadline (triangle, cross-hatched bar). Every piece of article text is HTML-escaped before
any markup is added, and clicking an event opens its article only for http(s) URLs.
"""

from __future__ import annotations

import datetime
import html
import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .export import highlight_sentence, safe_url
from .model import Article, Event, EventKind, Interval, Precision, Source
from .timex import describe, interval_of

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from .timeline import Timeline

__all__ = [
    "DIV_ID",
    "KIND_STYLES",
    "OKABE_ITO",
    "corpus_milestones",
    "default_range",
    "describe_interval",
    "figure",
    "to_html",
    "write_html",
]

DIV_ID = "afghan-timeline"
"""The fixed id of the plot's ``div``, so the same timeline always gives the same page."""

OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
}
"""The Okabe–Ito palette, distinguishable with the common colour-vision deficiencies."""


@attrs.frozen
class KindStyle:
    """How one event kind is drawn and named in the legend."""

    label: str
    color: str
    symbol: str
    pattern: str


KIND_STYLES = {
    EventKind.REPORTED: KindStyle("Reported", OKABE_ITO["blue"], "circle", ""),
    EventKind.SCHEDULED: KindStyle("Scheduled", OKABE_ITO["bluish green"], "diamond", "/"),
    EventKind.DEADLINE: KindStyle("Deadline", OKABE_ITO["vermillion"], "triangle-down", "x"),
}

LaneBy = Literal["article", "source", "kind"] | Callable[[Event], "str | Iterable[str]"]
MilestoneSpec = Sequence[tuple[datetime.date | str | Interval, str]]

_FONT = "Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
_INK = "#1f2933"
_MUTED = "#5f6b7a"
_ROW_PX = 22
_MAX_ROWS = 6
_LANE_PAD = 0.5
_WRAP = 64
_MAX_SENTENCE = 420
_LABEL_CHARS = 34
_SHORT_CHARS = 14
_DAY_MS = 86_400_000
_KIND_WEIGHT = {EventKind.DEADLINE: 1.5, EventKind.SCHEDULED: 1.2, EventKind.REPORTED: 1.0}
_MILESTONE_CHARS = 38
_MAX_BANDS = 40  # above this many lanes, thin rules replace shaded bands (faster to draw)


def _esc(text: object) -> str:
    # Plotly decodes &lt; &gt; &amp; and numeric entities but not &quot;; quotes are inert text.
    return html.escape(str(text), quote=False)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # end on a whole word when one is near
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def _noon(day: datetime.date) -> str:
    return f"{day.isoformat()} 12:00"


# --- lanes ----------------------------------------------------------------------------------


@attrs.frozen
class _Placement:
    """One drawn item: an event shown in one lane through one of its sources."""

    event_index: int
    event: Event
    lane: str
    source: Source


def _placements(
    timeline: Timeline, lane_by: LaneBy, articles: dict[str, Article]
) -> list[_Placement]:
    placements = []
    for index, event in enumerate(timeline.events):
        if lane_by == "article":
            firsts: dict[str, Source] = {}
            for source in event.sources:
                firsts.setdefault(source.article_id, source)
            pairs = list(firsts.items())
        elif lane_by == "source":
            firsts = {}
            for source in event.sources:
                article = articles.get(source.article_id)
                outlet = (article.source if article else None) or "Unknown source"
                firsts.setdefault(outlet, source)
            pairs = list(firsts.items())
        elif lane_by == "kind":
            pairs = [(event.kind.value, event.sources[0])]
        elif callable(lane_by):
            keys = lane_by(event)
            keys = [keys] if isinstance(keys, str) else list(dict.fromkeys(keys))
            pairs = [(str(key), event.sources[0]) for key in keys]
        else:
            raise ValueError(
                f"lane_by must be 'article', 'source', 'kind' or a callable, got {lane_by!r}"
            )
        placements.extend(_Placement(index, event, key, source) for key, source in pairs)
    return placements


def _lane_order(
    timeline: Timeline, lane_by: LaneBy, placements: list[_Placement]
) -> list[tuple[str, str]]:
    """(key, label) per lane, top to bottom."""
    used = list(dict.fromkeys(p.lane for p in placements))
    if lane_by == "article":
        rank = {
            a.id: (a.published or datetime.date.max, i) for i, a in enumerate(timeline.articles)
        }
        labels = {a.id: a.label for a in timeline.articles}
        used.sort(key=lambda key: rank.get(key, (datetime.date.max, len(rank))))
        return [(key, labels.get(key, key)) for key in used]
    if lane_by == "kind":
        order = [kind.value for kind in EventKind]
        used.sort(key=order.index)
        return [(key, KIND_STYLES[EventKind(key)].label) for key in used]
    if lane_by == "source":
        used.sort(key=lambda key: (key == "Unknown source", key.casefold()))
    return [(key, key) for key in used]


# The share of a period "early", "mid" and "late" name: its first, middle or last third.
_PART_OF_PERIOD = {"START": 0, "MID": 1, "END": 2}


def _shown_days(placement: _Placement) -> tuple[datetime.date, datetime.date]:
    """The days a bar covers: the event's period, or the third of it that the source's mod
    names ("late February 2020" covers 20-29 February; the hover still reads "late February")."""
    return _days_of_part(placement.event, placement.source.mention.mod)


def _drawn_days(event: Event) -> tuple[datetime.date, datetime.date]:
    """The days an event's bars cover, over all its sources."""
    parts = [_days_of_part(event, source.mention.mod) for source in event.sources]
    if not parts:
        return event.start, event.end
    return min(first for first, _ in parts), max(last for _, last in parts)


def _days_of_part(event: Event, mod: str | None) -> tuple[datetime.date, datetime.date]:
    part = _PART_OF_PERIOD.get(mod or "")
    length = (event.end - event.start).days + 1
    if part is None or length < 28:  # weeks and shorter are drawn whole
        return event.start, event.end
    first = event.start + datetime.timedelta(days=length * part // 3)
    last = event.start + datetime.timedelta(days=length * (part + 1) // 3 - 1)
    return first, last


def _is_point(event: Event) -> bool:
    """True for an event drawn as a marker: one day, or a time on it."""
    return event.precision.is_day_or_finer and event.start == event.end


def _extent(placement: _Placement, gap_days: float) -> tuple[float, float]:
    event = placement.event
    if _is_point(event):
        middle = event.start.toordinal() + 0.5
        return middle - gap_days / 2, middle + gap_days / 2
    first, last = _shown_days(placement)
    return first.toordinal(), last.toordinal() + 1 + gap_days * 0.15


def _days_ms(first: datetime.date, last: datetime.date) -> int:
    """The width of a bar over ``first``..``last`` (inclusive), in milliseconds."""
    return ((last - first).days + 1) * _DAY_MS


def _stack(items: list[_Placement], gap_days: float) -> dict[int, int]:
    """Row per placement (by position in ``items``) so items in a lane do not overlap."""
    order = sorted(
        range(len(items)),
        key=lambda i: (*_shown_days(items[i]), items[i].event_index),
    )
    row_ends: list[float] = []
    rows: dict[int, int] = {}
    for i in order:
        begin, end = _extent(items[i], gap_days)
        free = next((r for r, row_end in enumerate(row_ends) if row_end <= begin), None)
        if free is not None:
            row = free
            row_ends[row] = end
        elif len(row_ends) < _MAX_ROWS:
            row = len(row_ends)
            row_ends.append(end)
        else:  # too crowded: share the row that frees up first
            row = min(range(len(row_ends)), key=row_ends.__getitem__)
            row_ends[row] = max(row_ends[row], end)
        rows[i] = row
    return rows


# --- ranges and milestones ------------------------------------------------------------------


def _range_weights(timeline: Timeline) -> list[tuple[datetime.date, datetime.date, int]]:
    fine = [
        e
        for e in timeline.events
        if not e.is_span
        and (
            e.precision.is_day_or_finer
            or e.precision in (Precision.WEEKEND, Precision.WEEK, Precision.MONTH)
        )
    ]
    chosen = fine or list(timeline.events)
    return [(e.start, e.end, len(e.sources)) for e in chosen]


_HALF_A_YEAR = datetime.timedelta(days=184)
_NEAR = datetime.timedelta(days=366)


def default_range(timeline: Timeline) -> tuple[datetime.date, datetime.date] | None:
    """The x range shown first: the densest run of finely dated events, with a margin.

    Events less than a year apart form a run; the run with the most sources
    wins, widened to a season, quarter or other part of a year less than a year from it. Isolated
    far-off dates (a war's start decades ago) stay reachable with "all".
    """
    spans = sorted(_range_weights(timeline))
    if not spans:
        return None
    runs: list[list[tuple[datetime.date, datetime.date, int]]] = [[spans[0]]]
    run_end = spans[0][1]
    for span in spans[1:]:
        if (span[0] - run_end).days > 366:
            runs.append([span])
        else:
            runs[-1].append(span)
        run_end = max(run_end, span[1]) if len(runs[-1]) > 1 else span[1]
    best = max(runs, key=lambda run: (sum(weight for *_, weight in run), run[0][0]))
    first = min(start for start, _, _ in best)
    last = max(end for _, end, _ in best)
    # a season, quarter, half or part of a year within a year of the run is part of the
    # story ("an appeal hearing has been set for the autumn", "by the end of the year"); a
    # whole year or decade is background
    near = [
        days
        for e in timeline.events
        if not e.is_span
        and (days := _drawn_days(e))[1] - days[0] <= _HALF_A_YEAR
        and days[0] >= first - _NEAR
        and days[1] <= last + _NEAR
    ]
    first = min([first, *(start for start, _ in near)])
    last = max([last, *(end for _, end in near)])
    margin = max(datetime.timedelta(days=15), (last - first) * 0.04)
    return first - margin, last + margin + datetime.timedelta(days=1)


def _slider_range(
    timeline: Timeline, shown: tuple[datetime.date, datetime.date]
) -> tuple[datetime.date, datetime.date]:
    """The range slider's span: what is shown first, widened by half to each side (within the
    events), so far-off outliers do not shrink the story to a sliver; "all" still shows them."""
    pad = (shown[1] - shown[0]) / 2
    first = min((e.start for e in timeline.events), default=shown[0])
    last = max((e.end + datetime.timedelta(days=1) for e in timeline.events), default=shown[1])
    return min(shown[0], max(first, shown[0] - pad)), max(shown[1], min(last, shown[1] + pad))


def _news_time(source: Source, article: Article | None) -> bool:
    """True when a source's date is just the article's own week (today, yesterday, Friday)."""
    if article is None or article.published is None or not source.mention.relative:
        return False
    interval = source.mention.interval
    if interval is None:
        return False
    return abs((interval.start - article.published).days) <= 7


def _compact_date(interval: Interval, value: str | None = None) -> str:
    if value is not None and "/" in value:
        first, _, last = value.partition("/")
        first_interval, last_interval = interval_of(first), interval_of(last)
        if first_interval is not None and last_interval is not None:
            return f"{_compact_date(first_interval, first)} – {_compact_date(last_interval, last)}"
    if interval.precision.is_day_or_finer:
        return f"{interval.start.day} {interval.start:%b %Y}"
    if interval.precision is Precision.MONTH:
        return f"{interval.start:%b %Y}"
    if value is not None and interval_of(value) is not None:
        return describe(value)
    return describe_interval(interval)


def _milestone_label(event: Event) -> str:
    title = " ".join(event.title.split())
    if title.startswith("The "):
        title = title[4:]
    title = title[:1].upper() + title[1:]
    return f"{_compact_date(event.interval, event.value)}: {_shorten(title, 30)}"


def corpus_milestones(timeline: Timeline, top: int = 5) -> list[tuple[str, str]]:
    """The corpus's own key dates as ``(value, label)`` pairs, in date order.

    Events dated to a day, week or month are grouped by month. A month scores by how many
    articles report it and how often, deadlines and scheduled events weighing more, and each
    article's own news days ("yesterday", "on Friday") weighing less. The news days of the
    latest article are always kept: they are where the story stands. A month is labelled by
    its best-supported deadline or scheduled event, else its best-supported event.
    """
    if top <= 0:
        return []
    articles = {a.id: a for a in timeline.articles}
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in timeline.events:
        if event.is_span:
            continue  # a span has no one month to stand for
        if event.precision.is_day_or_finer or event.precision in (
            Precision.WEEKEND,
            Precision.WEEK,
            Precision.MONTH,
        ):
            groups[event.start.strftime("%Y-%m")].append(event)

    def weight(event: Event) -> float:
        total = 0.0
        for source in event.sources:
            total += 0.3 if _news_time(source, articles.get(source.article_id)) else 1.0
        return total * _KIND_WEIGHT[event.kind]

    latest = max(
        (a for a in timeline.articles if a.published is not None),
        key=lambda a: a.published or datetime.date.min,
        default=None,
    )
    scored = []
    for month, events in groups.items():
        reporters = {aid for event in events for aid in event.article_ids}
        score = 1.5 * len(reporters) + sum(weight(event) for event in events)
        is_latest_news = latest is not None and any(
            _news_time(source, latest)
            for event in events
            for source in event.sources
            if source.article_id == latest.id
        )
        best = max(
            events,
            key=lambda e: (e.kind is not EventKind.REPORTED, weight(e), -e.start.toordinal()),
        )
        scored.append((not is_latest_news, -score, month, best))
    scored.sort(key=lambda item: item[:3])
    chosen = sorted(scored[:top], key=lambda item: item[2])
    return [
        (best.value if interval_of(best.value) else best.start.isoformat(), _milestone_label(best))
        for *_, best in chosen
    ]


def _milestone_interval(when: datetime.date | str | Interval) -> Interval | None:
    if isinstance(when, Interval):
        return when
    if isinstance(when, datetime.datetime):
        when = when.date()
    if isinstance(when, datetime.date):
        return Interval(when, when, Precision.DAY)
    if isinstance(when, str):
        return interval_of(when.strip())
    raise TypeError(f"a milestone date must be a date, a TIMEX3 value or an Interval, got {when!r}")


# --- hover ----------------------------------------------------------------------------------


def _sentence_html(source: Source) -> str:
    """The sentence, wrapped, escaped, with the date expression in bold."""
    before, expression, after = highlight_sentence(source)
    raw = "".join(" " if ch.isspace() else ch for ch in before + expression + after)
    start, end = len(before), len(before) + len(expression)
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    start, end = max(start - lead, 0), max(end - lead, 0)
    if len(text) > _MAX_SENTENCE:  # keep a window around the expression
        left = max(0, min(start - _MAX_SENTENCE // 3, len(text) - _MAX_SENTENCE))
        right = min(len(text), left + _MAX_SENTENCE)
        prefix = "… " if left else ""
        text = prefix + text[left:right] + (" …" if right < len(text) else "")
        start, end = start - left + len(prefix), end - left + len(prefix)
    lines: list[str] = []
    position = 0
    for line in textwrap.wrap(text, _WRAP, break_long_words=True, break_on_hyphens=False):
        found = text.find(line, position)
        line_start = found if found >= 0 else position
        line_end = line_start + len(line)
        position = line_end
        bold_from, bold_to = max(start, line_start), min(end, line_end)
        if bold_from < bold_to:
            lines.append(
                _esc(text[line_start:bold_from])
                + "<b>"
                + _esc(text[bold_from:bold_to])
                + "</b>"
                + _esc(text[bold_to:line_end])
            )
        else:
            lines.append(_esc(line))
    return "<br>".join(lines)


# How a TIMEX3 mod reads before a date in the hover text.
_MOD_WORDS = {
    "APPROX": "about",
    "START": "early",
    "MID": "mid",
    "END": "late",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
}


def _hover(placement: _Placement, articles: dict[str, Article]) -> str:
    event, source = placement.event, placement.source
    style = KIND_STYLES[event.kind]
    article = articles.get(source.article_id)
    title = "<br>".join(_esc(line) for line in textwrap.wrap(_shorten(event.title, 160), _WRAP))
    parts = [f"<b>{title}</b>"]
    when = describe(event.value)
    qualifier = _MOD_WORDS.get(source.mention.mod or "")
    if qualifier:  # "about 13 May 2021" (a moon-sighted Eid), "late 2023"
        when = f"{qualifier} {when}"
    parts.append(
        f"<span style='color:{style.color}'><b>{_esc(when)}</b>"
        f" · {_esc(style.label.lower())}</span> · known to the {_esc(event.precision.value)}"
    )
    parts.append(f"Said: “{_esc(_shorten(source.mention.text, 60))}”")
    parts.append(f"<span style='color:{_MUTED}'>{_sentence_html(source)}</span>")
    if article is not None:
        line = f"<i>{_esc(_shorten(article.label, 70))}</i>"
        if article.source:
            line += f" — {_esc(_shorten(article.source, 40))}"
        if article.published:
            line += f", published {_esc(describe(article.published.isoformat()))}"
        parts.append(line)
    else:
        parts.append(f"<i>{_esc(source.article_id)}</i>")
    reporters, mentions = len(event.article_ids), len(event.sources)
    if reporters > 1:
        parts.append(f"Reported by {reporters} articles ({_count(mentions, 'mention')})")
    elif mentions > 1:
        parts.append(f"Mentioned {mentions} times in this article")
    for conflict in event.conflicts:
        wrapped = textwrap.wrap(_shorten(f"Sources disagree: {conflict.description}", 200), _WRAP)
        parts.append(
            f"<span style='color:{OKABE_ITO['vermillion']}'><b>⚠</b> "
            + "<br>".join(_esc(line) for line in wrapped)
            + "</span>"
        )
    if article is not None and safe_url(article.url):
        parts.append(f"<span style='color:{_MUTED}'>Click to open the article</span>")
    return "<br>".join(parts)


# --- figure ---------------------------------------------------------------------------------


def _period(event: Event, day: datetime.date) -> str:
    """``day`` as a month, or the event's own wording when it is coarser than a month (for a
    span, the wording of the end ``day`` lies in)."""
    value = event.value
    if event.is_span:
        value = value.split("/")[0 if day == event.start else 1]
    interval = interval_of(value)
    coarse = interval is not None and interval.precision not in (
        Precision.MINUTE,
        Precision.HOUR,
        Precision.PART_OF_DAY,
        Precision.DAY,
        Precision.WEEKEND,
        Precision.WEEK,
        Precision.MONTH,
    )
    if coarse:
        return describe(value)
    return f"{day:%B %Y}"


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _summary(timeline: Timeline, shown: tuple[datetime.date, datetime.date] | None = None) -> str:
    """ "2 articles · 8 events · 2015 – 2027", and how many events the first view leaves out
    ("3 outside the first view: “all” shows them")."""
    events = timeline.events
    text = f"{_count(len(timeline.articles), 'article')} · {_count(len(events), 'event')}"
    # a century ("by mid-century") would stretch the span to a hundred years
    finer = [e for e in events if e.precision is not Precision.CENTURY] or events
    if finer:
        first = min(finer, key=lambda e: (e.start, e.end))
        last = max(finer, key=lambda e: (e.end, e.start))
        start, end = _period(first, first.start), _period(last, last.end)
        text += f" · {start} – {end}" if start != end else f" · {start}"
    if shown is not None:
        outside = sum(1 for e in events if e.end < shown[0] or e.start >= shown[1])
        if outside:
            them = "it" if outside == 1 else "them"
            text += f" · {outside} outside the first view: “all” shows {them}"
    return text


def _outline(
    items: list[_Placement], indices: list[int], color: str, width: float
) -> dict[str, list[Any]]:
    """Marker outlines: dark and thick where the event's sources disagree on its date."""
    flagged = [bool(items[i].event.conflicts) for i in indices]
    return {
        "color": [_INK if flag else color for flag in flagged],
        "width": [2.4 if flag else width for flag in flagged],
    }


def _legend_entry(name: str, group: str, legend: str, **style: Any) -> dict[str, Any]:
    """A trace with no data that only shows ``name`` in a legend, drawn with ``style``."""
    return dict(
        type="scatter",
        x=[None],
        y=[None],
        **style,
        name=name,
        legendgroup=group,
        legend=legend,
        hoverinfo="skip",
    )


def _legend_rows(names: list[str], width_px: float) -> int:
    """About how many rows a horizontal legend of ``names`` takes at ``width_px``."""
    rows, used = 1, 230.0  # the legend title sits on the first row
    for name in names:
        entry = 46 + 6.8 * len(name)
        if used + entry > width_px and used > 0:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


# Levels of milestone labels above the plot; the automatic milestones never outnumber them,
# so their labels never overlap
_LABEL_LEVELS = 7


def _stagger(positions: list[tuple[float, float]]) -> list[int]:
    """A level per label (given as left/right in days) so labels on one level do not overlap;
    past ``_LABEL_LEVELS`` levels a label shares the level that frees up first."""
    levels: list[float] = []
    chosen = []
    for left, right in positions:
        for level, level_end in enumerate(levels):
            if level_end <= left:
                levels[level] = right
                chosen.append(level)
                break
        else:
            if len(levels) < _LABEL_LEVELS:
                levels.append(right)
                chosen.append(len(levels) - 1)
            else:
                level = min(range(len(levels)), key=levels.__getitem__)
                levels[level] = right
                chosen.append(level)
    return chosen


def figure(
    timeline: Timeline,
    *,
    lane_by: LaneBy = "article",
    milestones: MilestoneSpec | Literal["auto"] | None = "auto",
    title: str = "Timeline",
    x_range: tuple[datetime.date, datetime.date] | None = None,
) -> go.Figure:
    """The timeline as a plotly Figure.

    ``lane_by`` groups events into lanes: ``"article"`` (default), ``"source"`` (the outlet),
    ``"kind"``, or a callable returning a lane name (or several) for an event.
    ``milestones`` draws ``(date or TIMEX3 value, label)`` pairs as lines (bands for coarser
    dates); ``"auto"`` uses :func:`corpus_milestones`, None draws none. ``x_range`` overrides
    the range shown first (default: :func:`default_range`).
    """
    import plotly.graph_objects as go

    articles = {article.id: article for article in timeline.articles}
    placements = _placements(timeline, lane_by, articles)
    lanes = _lane_order(timeline, lane_by, placements)
    shown = x_range or default_range(timeline)
    if shown is None:
        today = datetime.date(2000, 1, 1)
        shown = (today, today + datetime.timedelta(days=365))
    shown_days = max((shown[1] - shown[0]).days, 1)
    slider = _slider_range(timeline, shown)
    days_per_px = shown_days / 1000
    gap_days = days_per_px * 16

    by_lane: dict[str, list[_Placement]] = defaultdict(list)
    for placement in placements:
        by_lane[placement.lane].append(placement)

    # Lane geometry in row units (y grows downwards; the axis is reversed).
    lane_rows: dict[str, dict[int, int]] = {}
    lane_top: dict[str, float] = {}
    y_cursor = 0.3
    tickvals, ticktext, shorttext = [], [], []
    bands = []
    boundaries: list[float] = []
    for number, (key, label) in enumerate(lanes):
        rows = _stack(by_lane[key], gap_days)
        lane_rows[key] = rows
        count = max(rows.values(), default=0) + 1
        lane_top[key] = y_cursor
        height = count + _LANE_PAD
        boundaries.append(y_cursor + height - _LANE_PAD / 2)
        if number % 2 == 0 and len(lanes) <= _MAX_BANDS:
            bands.append((y_cursor - _LANE_PAD / 2, y_cursor + height - _LANE_PAD / 2))
        tickvals.append(y_cursor + 0.5)
        ticktext.append(_esc(_shorten(label, _LABEL_CHARS)))
        shorttext.append(_esc(_shorten(label, _SHORT_CHARS)))
        y_cursor += height
    total_rows = max(y_cursor, 3.0)
    row_px = max(_ROW_PX, min(44, 400 / total_rows))  # few lanes: roomier rows
    plot_px = total_rows * row_px

    data: list[dict[str, Any]] = []
    for key, label in lanes:
        data.append(
            _legend_entry(
                _esc(_shorten(label, _LABEL_CHARS)),
                f"lane:{key}",
                "legend",
                mode="markers",
                marker={"symbol": "square", "size": 11, "color": "#9aa5b1"},
                showlegend=True,
            )
        )
        items = by_lane[key]
        rows = lane_rows[key]
        for kind in EventKind:
            style = KIND_STYLES[kind]
            points = [i for i, p in enumerate(items) if p.event.kind is kind]
            markers = [i for i in points if _is_point(items[i].event)]
            spans = [i for i in points if not _is_point(items[i].event)]
            name = f"{_esc(_shorten(label, 40))} · {style.label.lower()}"

            def shared(
                indices: list[int],
                shape: str,
                items: list[_Placement] = items,
                name: str = name,
                key: str = key,
                style: Any = style,
                kind: EventKind = kind,
            ) -> dict[str, Any]:
                """Trace fields markers and bars have in common: lane, hover, click data."""
                custom = []
                for i in indices:
                    article = articles.get(items[i].source.article_id)
                    url = (safe_url(article.url) if article else None) or ""
                    custom.append([url, items[i].event_index])
                return {
                    "name": name,
                    "legendgroup": f"lane:{key}",
                    "showlegend": False,
                    "hovertext": [_hover(items[i], articles) for i in indices],
                    "hovertemplate": "%{hovertext}<extra></extra>",
                    "customdata": custom,
                    "hoverlabel": {"bordercolor": style.color, "font": {"color": _INK}},
                    "meta": {"kind": kind.value, "shape": shape},
                }

            if markers:
                data.append(
                    dict(
                        type="scatter",
                        x=[_noon(items[i].event.start) for i in markers],
                        y=[lane_top[key] + rows[i] + 0.5 for i in markers],
                        mode="markers",
                        marker={
                            "symbol": style.symbol,
                            "size": 12 if kind is EventKind.REPORTED else 13,
                            "color": style.color,
                            "line": _outline(items, markers, "white", 1.2),
                        },
                        **shared(markers, "marker"),
                    )
                )
            if spans:
                data.append(
                    dict(
                        type="bar",
                        orientation="h",
                        base=[_shown_days(items[i])[0].isoformat() for i in spans],
                        x=[_days_ms(*_shown_days(items[i])) for i in spans],
                        y=[lane_top[key] + rows[i] + 0.5 for i in spans],
                        width=[0.62] * len(spans),
                        marker={
                            "color": style.color if not style.pattern else "white",
                            "opacity": 0.55 if not style.pattern else 0.95,
                            "line": _outline(items, spans, style.color, 1.5),
                            "pattern": {
                                "shape": style.pattern,
                                "fgcolor": style.color,
                                "size": 7,
                                "solidity": 0.35,
                            },
                        },
                        **shared(spans, "span"),
                    )
                )

    # The key: what shapes and colours mean (not clickable).
    for kind in EventKind:
        style = KIND_STYLES[kind]
        data.append(
            _legend_entry(
                style.label,
                f"key:{kind.value}",
                "legend2",
                mode="markers",
                marker={"symbol": style.symbol, "size": 12, "color": style.color},
            )
        )
    bar_meaning = "Bar: date known only to week, month, season or year"
    if any(event.is_span for event in timeline.events):
        bar_meaning = "Bar: span, or date known only to week, month or year"
    data.append(
        _legend_entry(
            bar_meaning,
            "key:span",
            "legend2",
            mode="lines",
            line={"color": "#9aa5b1", "width": 9},
        )
    )
    if any(event.conflicts for event in timeline.events):
        data.append(
            _legend_entry(
                "Dark outline: sources disagree",
                "key:conflict",
                "legend2",
                mode="markers",
                marker={"symbol": "circle-open", "size": 12, "color": _INK, "line": {"width": 2.4}},
            )
        )

    # Milestones.
    if milestones == "auto":  # about one key date per quarter shown, 3 to 7
        milestones = corpus_milestones(
            timeline, top=max(3, min(_LABEL_LEVELS, round(shown_days / 95)))
        )
    shapes: list[dict[str, Any]] = [
        {
            "type": "rect",
            "xref": "paper",
            "x0": 0,
            "x1": 1,
            "yref": "y",
            "y0": top,
            "y1": bottom,
            "fillcolor": "#f3f5f8",
            "line": {"width": 0},
            "layer": "below",
        }
        for top, bottom in bands
    ]
    annotations: list[dict[str, Any]] = []
    marks = []
    for when, label in milestones or ():
        interval = _milestone_interval(when)
        if interval is None:
            raise ValueError(f"milestone date {when!r} does not denote a calendar period")
        marks.append((interval, str(label)))
    marks.sort(key=lambda mark: (mark[0].start, mark[0].end))
    label_px = 7.0  # generous: a label that collides is worse than one more level
    positions = []
    anchors = []
    first_day, last_day = shown[0].toordinal(), shown[1].toordinal()
    for interval, label in marks:
        middle = (interval.start.toordinal() + interval.end.toordinal() + 1) / 2
        width = (len(_shorten(label, _MILESTONE_CHARS)) * label_px + 12) * days_per_px
        fraction = (middle - first_day) / max(last_day - first_day, 1)
        if fraction > 0.82:  # near the right edge: the label ends at its date
            anchors.append("right")
            positions.append((middle - width, middle))
        elif fraction < 0.12:
            anchors.append("left")
            positions.append((middle, middle + width))
        else:
            anchors.append("center")
            positions.append((middle - width / 2, middle + width / 2))
    levels = _stagger(positions)
    axis_top = plot_px > 900  # a tall page repeats the date axis above the lanes
    lift = 22 if axis_top else 0
    for (interval, label), level, anchor in zip(marks, levels, anchors, strict=True):
        if interval.start == interval.end:
            x0 = x1 = _noon(interval.start)
            shapes.append(
                {
                    "type": "line",
                    "xref": "x",
                    "x0": x0,
                    "x1": x1,
                    "yref": "paper",
                    "y0": 0,
                    "y1": 1 + (lift + 3 + 17 * level) / plot_px,  # up to its label
                    "line": {"color": "#52606d", "width": 1.2, "dash": "dot"},
                    "layer": "below",
                }
            )
            middle = x0
        else:
            shapes.append(
                {
                    "type": "rect",
                    "xref": "x",
                    "x0": interval.start.isoformat(),
                    "x1": (interval.end + datetime.timedelta(days=1)).isoformat(),
                    "yref": "paper",
                    "y0": 0,
                    "y1": 1,
                    "fillcolor": OKABE_ITO["orange"],
                    "opacity": 0.13,
                    "line": {"width": 0},
                    "layer": "below",
                }
            )
            span = interval.end.toordinal() - interval.start.toordinal() + 1
            middle = _noon(interval.start + datetime.timedelta(days=span // 2))
        annotations.append(
            {
                "x": middle,
                "xref": "x",
                "y": 1,
                "yref": "paper",
                "yanchor": "bottom",
                "yshift": lift + 3 + 17 * level,
                "xanchor": anchor,
                "text": _esc(_shorten(label, _MILESTONE_CHARS)),
                "showarrow": False,
                "font": {"size": 11.5, "color": _INK},
                "bgcolor": "rgba(255,255,255,0.85)",
                "hovertext": _esc(f"{label} — {describe_interval(interval)}"),
            }
        )

    level_count = max(levels, default=-1) + 1
    top_px = 118 + lift + 17 * level_count
    lane_names = [_shorten(label, _LABEL_CHARS) for _, label in lanes]
    short_names = [_shorten(label, _SHORT_CHARS) for _, label in lanes]
    # Plotly puts the range slider (with the tick labels above it) below the bottom margin,
    # so the margin holds only the legends and the figure grows by the slider's share.
    slider_px = 44
    below_px = 40 + slider_px + 24  # tick labels, the slider, a gap: then the legends
    left_px = int(24 + 6.0 * max((len(t) for t in lane_names), default=4))
    narrow_left = int(12 + 5.4 * max((len(t) for t in short_names), default=4))
    bottom_px = _legend_rows(lane_names, 1180) * 29 + 30
    height = int(plot_px + top_px + bottom_px + below_px)
    narrow_top = 104
    narrow_bottom = 96 + 34 + 22 * len(lanes) + 16
    narrow_height = int(plot_px + narrow_top + narrow_bottom + below_px)
    layout: dict[str, Any] = dict(
        template="plotly_white",
        height=height,
        autosize=True,
        font={"family": _FONT, "size": 13, "color": _INK},
        title={
            "text": f"<b>{_esc(title)}</b>",
            "subtitle": {
                "text": _esc(_summary(timeline, shown)),
                "font": {"size": 13, "color": _MUTED},
            },
            "x": 0.01,
            "xanchor": "left",
            "xref": "container",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": 14},
            "font": {"size": 21},
        },
        # Margins are computed here, not grown by plotly, so the plot keeps the planned height.
        margin={"l": left_px, "r": 24, "t": top_px, "b": bottom_px + below_px, "autoexpand": False},
        barmode="overlay",
        hovermode="closest",
        hoverdistance=12,
        hoverlabel={"bgcolor": "white", "font": {"size": 13, "family": _FONT}, "align": "left"},
        showlegend=True,
        legend={
            "orientation": "h",
            "xref": "container",
            "x": 0.012,
            "xanchor": "left",
            "yref": "container",
            "y": (bottom_px - 6) / height,
            "yanchor": "top",
            "title": {"text": "<b>Lanes</b> (click to hide or show) "},
            "groupclick": "togglegroup",
            "font": {"size": 12},
        },
        legend2={
            "orientation": "h",
            "xref": "container",
            "x": 0.985,
            "xanchor": "right",
            "yref": "container",
            "y": 1 - 66 / height,
            "yanchor": "top",
            "itemclick": False,
            "itemdoubleclick": False,
            "font": {"size": 12},
            "bgcolor": "rgba(255,255,255,0)",
        },
        xaxis={
            "type": "date",
            "range": [shown[0].isoformat(), shown[1].isoformat()],
            "showgrid": True,
            "gridcolor": "#e4e7eb",
            "ticks": "outside",
            "tickfont": {"size": 12},
            "hoverformat": "%d %B %Y",
            "rangeslider": {
                "visible": True,
                "thickness": slider_px / plot_px,
                "autorange": False,
                "range": [slider[0].isoformat(), slider[1].isoformat()],
                "yaxis": {"rangemode": "fixed", "range": [total_rows, 0]},
                "bgcolor": "#f7f8fa",
            },
            "rangeselector": {
                "buttons": [
                    {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                    {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                    {"step": "all", "label": "all"},
                ],
                "x": 0,
                "xanchor": "left",
                "y": 1 + (lift + 26 + 17 * level_count) / plot_px,
                "yanchor": "bottom",
                "font": {"size": 12},
                "bgcolor": "#eef1f4",
                "activecolor": "#c9d2dc",
            },
        },
        yaxis={
            "range": [total_rows, 0],
            "fixedrange": True,
            "showgrid": False,
            "zeroline": False,
            "tickmode": "array",
            "tickvals": tickvals,
            "ticktext": ticktext,
            "ticks": "",
            "minor": {
                "tickmode": "array",
                "tickvals": boundaries[:-1],
                "showgrid": len(lanes) > _MAX_BANDS,
                "gridcolor": "#e4e7eb",
                "ticks": "",
            },
            "tickfont": {"size": 12, "color": _INK},
            "automargin": False,
        },
        shapes=shapes,
        annotations=annotations,
    )
    key_y = 1 + (lift + 26 + 17 * level_count) / plot_px
    if axis_top:
        data.append(
            {"type": "scatter", "x": [None], "y": [None], "xaxis": "x2", "showlegend": False}
        )
        layout["xaxis2"] = {
            "type": "date",
            "overlaying": "x",
            "matches": "x",
            "side": "top",
            "anchor": "y",
            "showgrid": False,
            "ticks": "outside",
            "tickfont": {"size": 12},
        }
    wide: dict[str, Any] = {
        "height": height,
        "margin.t": top_px,
        "margin.b": bottom_px + below_px,
        "margin.l": left_px,
        "margin.r": 24,
        "yaxis.ticktext": ticktext,
        "yaxis.tickfont.size": 12,
        "title.font.size": 21,
        "xaxis.rangeselector.y": key_y,
        "legend2.x": 0.985,
        "legend2.xanchor": "right",
        "legend2.y": 1 - 66 / height,
        "legend.y": (bottom_px - 6) / height,
        "legend.orientation": "h",
    }
    narrow: dict[str, Any] = {
        "height": narrow_height,
        "margin.t": narrow_top,
        "margin.b": narrow_bottom + below_px,
        "margin.l": narrow_left,
        "margin.r": 6,
        "yaxis.ticktext": shorttext,
        "yaxis.tickfont.size": 10,
        "title.font.size": 16,
        "xaxis.rangeselector.y": 1 + 10 / plot_px,
        "legend2.x": 0.02,
        "legend2.xanchor": "left",
        "legend2.y": (narrow_bottom - 6) / narrow_height,
        "legend.y": (narrow_bottom - 6 - 96) / narrow_height,
        "legend.orientation": "v",
    }
    for index in range(len(annotations)):  # no room for milestone labels on a phone
        wide[f"annotations[{index}].visible"] = True
        narrow[f"annotations[{index}].visible"] = False
    for index, shape in enumerate(shapes):
        if shape["type"] == "line":
            wide[f"shapes[{index}].y1"] = shape["y1"]
            narrow[f"shapes[{index}].y1"] = 1
    layout["meta"] = {"events": len(timeline.events), "wide": wide, "narrow": narrow}
    return go.Figure(data=data, layout=layout)


def describe_interval(interval: Interval) -> str:
    """A reader's wording of an interval ("1 May 2021", "1 May 2021 – 31 May 2021")."""
    start = describe(interval.start.isoformat())
    if interval.start == interval.end:
        return start
    return f"{start} – {describe(interval.end.isoformat())}"


# --- page -----------------------------------------------------------------------------------

_SCRIPT = """
(function () {
  var gd = document.getElementById('{plot_id}');
  if (!gd || !gd.on) { return; }
  gd.on('plotly_click', function (event) {
    var point = event && event.points && event.points[0];
    var url = point && point.customdata && point.customdata[0];
    if (typeof url === 'string' && /^https?:\\/\\//i.test(url)) {
      window.open(url, '_blank', 'noopener,noreferrer');
    }
  });
  var narrow = false;  // the page is laid out wide; relayout only when that changes
  function fit() {
    var now = gd.clientWidth < 640;
    if (now === narrow) { return; }
    narrow = now;
    var meta = gd.layout.meta || {};
    var update = now ? meta.narrow : meta.wide;
    if (update) { Plotly.relayout(gd, update); }
  }
  window.addEventListener('resize', fit);
  fit();
})();
"""


def to_html(timeline: Timeline, **options: Any) -> str:
    """The standalone HTML page as text: plotly.js inline, fixed div id, byte-stable."""
    import plotly.io as pio

    fig = figure(timeline, **options)
    page = pio.to_html(
        fig,
        include_plotlyjs=True,
        full_html=True,
        div_id=DIV_ID,
        default_height=f"{fig.layout.height}px",
        default_width="100%",
        config={
            "responsive": True,
            "displaylogo": False,
            "scrollZoom": False,
            "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
            "toImageButtonOptions": {"filename": "timeline", "scale": 2},
        },
        post_script=_SCRIPT,
    )
    title = html.escape(options.get("title", "Timeline"))
    head = (
        f'<head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
    )
    return page.replace("<head>", head, 1)


def write_html(timeline: Timeline, path: str | Path, **options: Any) -> Path:
    """Write the standalone page (opens offline) to ``path``; returns the path."""
    target = Path(path)
    target.write_text(to_html(timeline, **options), encoding="utf-8")
    return target
