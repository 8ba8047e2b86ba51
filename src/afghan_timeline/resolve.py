"""Anchor underspecified expressions to a publication date: one small resolver per kind.

>>> import datetime
>>> from afghan_timeline.expressions import WeekdayRef
>>> resolve(WeekdayRef(2), Context(datetime.date(2021, 1, 11), tense="past")).value
'2021-01-05'
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from typing import Any

import attrs

from .expressions import (
    Absolute,
    Anaphor,
    ClockTime,
    DayOffset,
    DayOfMonth,
    Expression,
    Fixed,
    Holiday,
    InTime,
    NewYear,
    Offset,
    Overnight,
    PartialDate,
    QuarterRef,
    ReferencePeriod,
    SameUnitYearBefore,
    SeasonRef,
    TurnOf,
    UnitRelative,
    WeekdayRef,
    Weekend,
    WeekOf,
    YearRelative,
)
from .model import Interval, Precision
from .timex import interval_of

__all__ = ["Context", "Resolution", "SentenceAnchor", "resolve"]

Date = datetime.date
_ONE_DAY = datetime.timedelta(days=1)
# How far a past-tense verb may move a year-less date away from the nearest reading.
_MONTH_REACH = 9  # months
_DAY_REACH = 300  # days
_HOLIDAY_REACH = 366  # days
# how long after a holiday "after Christmas" still speaks of the one just past
_AFTER_HOLIDAY = datetime.timedelta(days=21)
# ... unless the past verb stands right before the date ("the strike began on 1 May")
_FIRM_MONTH_REACH = 11  # months
_FIRM_DAY_REACH = 366  # days


@attrs.frozen
class SentenceAnchor:
    """A month or day named earlier in the sentence, which later dates in it lean on.

    ``year_stated``: the date gave its year ("August 15, 2021"), or leans on one that did;
    ``carried``: it comes from the sentence before (then it dates a month and day, but not a
    month alone); ``frame``: it is a year alone that frames the sentence ("In 2022, ...",
    "the 2022 World Cup"), so a month or a month and day after it fall in that year.
    """

    value: str
    year_stated: bool = False
    carried: bool = False
    frame: bool = False


@attrs.frozen
class Context:
    """What a relative expression is anchored to.

    ``published`` is the article's date (None: leave relative values unresolved); ``tense`` is
    "past", "future", "either" (a plan made in the past: the nearest reading) or None;
    ``reference`` is the TIMEX3 value of the last date mentioned before the expression, for
    anaphora such as "the previous day"; ``sentence_anchor`` is a month or day named earlier
    in the sentence ("on 5 January ... on the 19th"); ``joined`` is the value of the weekday
    or clock time named together with this one ("Thursday or Friday", "from 10pm to 6am")
    and whether the join is a range; ``firm`` says a past verb stands right before the date
    ("began on 1 May"), so the past reading may reach a full year back.
    """

    published: Date | None
    tense: str | None = None
    reference: str | None = None
    sentence_anchor: SentenceAnchor | None = None
    joined: tuple[str, bool] | None = None
    firm: bool = False


@attrs.frozen
class Resolution:
    """A TIMEX3 value and type, whether it is anchored, and whether it was relative."""

    value: str
    type: str
    resolved: bool = True
    relative: bool = True


# -- formatting -------------------------------------------------------------------------------


def day_value(day: Date) -> str:
    """ISO day value, e.g. '2021-04-13'."""
    return day.isoformat()


def week_value(day: Date) -> str:
    """ISO week value of the week holding ``day``, e.g. '2021-W15'."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    """Month value, e.g. '2021-05'."""
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _with_clock(value: str, clock: str | None) -> tuple[str, str]:
    if clock is None:
        return value, "DATE"
    return f"{value}T{clock}", "TIME"


def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _choose(candidates: list[tuple[Any, Any]], pivot: Any, tense: str | None, reach: float) -> Any:
    """Pick a candidate ``(key, result)``: past tense -> the latest key <= pivot, as long as
    it lies within ``reach`` of the pivot; future -> the earliest key >= pivot; otherwise the
    nearest key (ties go to the past).

    The reach keeps a stray past cue (a participle, a verb of another clause) from throwing
    a near date almost a whole year back. A future cue is rarely stray: "she will serve a
    term starting in January", written in March, means next January.
    """
    if not candidates:
        return None
    if tense == "past":
        before = [c for c in candidates if c[0] <= pivot]
        if before:
            best = max(before, key=lambda c: c[0])
            if abs(_distance(best[0], pivot)) <= reach:
                return best[1]
    elif tense == "future":
        after = [c for c in candidates if c[0] >= pivot]
        if after:
            return min(after, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: (abs(_distance(c[0], pivot)), c[0] > pivot))[1]


def _distance(a: Any, b: Any) -> float:
    if isinstance(a, Date):
        return (a - b).days
    return a - b


# -- resolvers, one per kind ------------------------------------------------------------------


def _unresolved(value: str, type_: str = "DATE") -> Resolution:
    return Resolution(value, type_, resolved=False, relative=True)


def _fixed(expr: Fixed, ctx: Context) -> Resolution:
    return Resolution(expr.value, expr.type, resolved=True, relative=False)


# A two-digit year ("in '69") names the latest such year up to this many years after publication.
_SHORT_YEAR_AHEAD = 10


def _absolute(expr: Absolute, ctx: Context) -> Resolution:
    value = expr.value
    if expr.century_open and ctx.published is None:
        return _unresolved(*_with_clock(f"XX{value[2:]}", expr.clock))  # "in '67", undated
    if expr.century_open and ctx.published is not None:
        latest = ctx.published.year + _SHORT_YEAR_AHEAD
        year = int(value[:4]) % 100 + latest // 100 * 100
        year = year if year <= latest else year - 100
        value = f"{year:04d}{value[4:]}"
    value, type_ = _with_clock(value, expr.clock)
    return Resolution(value, type_, resolved=True, relative=False)


def _partial(expr: PartialDate, ctx: Context) -> Resolution:
    pub = ctx.published
    framing = _framing_year(ctx) if expr.shift is None else None
    if framing is not None:
        # "In 2022, the World Cup was held in November": the year the sentence is about
        if expr.day is None:
            return Resolution(*_with_clock(month_value(framing, expr.month), expr.clock))
        day = _safe_date(framing, expr.month, expr.day)
        if day is not None:
            return Resolution(*_with_clock(day_value(day), expr.clock))
    if pub is None:
        value = f"XXXX-{expr.month:02d}" + ("" if expr.day is None else f"-{expr.day:02d}")
        return _unresolved(*_with_clock(value, expr.clock))
    if ctx.joined is not None and expr.shift is None:
        return _joined_partial(expr, ctx.joined)
    if expr.day is None and expr.shift in ("previous", "following"):
        if _no_step_from_publication(expr.shift, ctx):
            return _unresolved(*_with_clock(f"XXXX-{expr.month:02d}", expr.clock))
        before, after = _reference_bounds(ctx)
        if expr.shift == "previous":
            year = before.year - (expr.month >= before.month)
        else:
            year = after.year + (expr.month <= after.month)
        return Resolution(*_with_clock(month_value(year, expr.month), expr.clock))
    if expr.day is None:
        pivot = pub.year * 12 + pub.month - 1
        candidates = [
            ((y * 12 + expr.month - 1), y) for y in (pub.year - 1, pub.year, pub.year + 1)
        ]
        carried = ctx.sentence_anchor is not None and ctx.sentence_anchor.carried
        anchor = None if expr.shift or carried else _stated_year_anchor(ctx, month_will_do=True)
        if anchor is not None:
            # "began on Sept. 12, 2020, and were suspended in December": December 2020
            near = anchor.year * 12 + anchor.month - 1
            months = [
                ((y * 12 + expr.month - 1), y) for y in range(anchor.year - 1, anchor.year + 2)
            ]
            year = _choose(months, near, None, _MONTH_REACH)
            return Resolution(*_with_clock(month_value(year, expr.month), expr.clock))
        if expr.shift == "this":
            year = pub.year
        elif expr.shift == "last":
            year = max(y for key, y in candidates if key < pivot)
        elif expr.shift == "next":
            year = min(y for key, y in candidates if key > pivot)
        else:
            year = _choose(
                candidates, pivot, ctx.tense, _FIRM_MONTH_REACH if ctx.firm else _MONTH_REACH
            )
        return Resolution(*_with_clock(month_value(year, expr.month), expr.clock))
    anchor = _stated_year_anchor(ctx)
    around = pub if anchor is None else anchor
    days = [
        (d, d)
        for y in (around.year - 1, around.year, around.year + 1)
        if (d := _safe_date(y, expr.month, expr.day)) is not None
    ]
    named = [c for c in days if c[0].isoweekday() == expr.weekday]
    if len(named) == 1:
        # "Tuesday, June 4": the weekday names the year, as long as it is a neighbour
        chosen = named[0][1]
    elif anchor is not None:
        # "on August 15, 2021, two weeks before ... on August 30": the sentence set the year
        chosen = _choose(days, anchor, None, _DAY_REACH)
    else:
        chosen = _choose(days, pub, ctx.tense, _FIRM_DAY_REACH if ctx.firm else _DAY_REACH)
    if chosen is None:
        return _unresolved(f"XXXX-{expr.month:02d}-{expr.day:02d}")
    return Resolution(*_with_clock(day_value(chosen), expr.clock))


def _no_step_from_publication(shift: str, ctx: Context) -> bool:
    """True when no date was mentioned and the tense turns away from publication: "the
    following January" in a past clause follows something undated, not the article."""
    if ctx.reference and interval_of(ctx.reference) is not None:
        return False
    return ctx.tense == ("past" if shift == "following" else "future")


def _reference_bounds(ctx: Context) -> tuple[Date, Date]:
    """The first and last day of the date last mentioned, else publication day twice: what
    "the previous December" lies before and "the following spring" after. A future clause
    looks past publication too ("promised aid in 2022 ... expect repairs to last until the
    following spring", in June 2023, is spring 2024), a past clause back before it."""
    pub = ctx.published
    assert pub is not None
    interval = interval_of(ctx.reference) if ctx.reference else None
    if interval is None:
        return pub, pub
    if ctx.tense == "future":
        return interval.start, max(interval.end, pub)
    if ctx.tense == "past":
        return min(interval.start, pub), interval.end
    return interval.start, interval.end


def _framing_year(ctx: Context) -> int | None:
    """The year that frames the sentence, unless the verb looks ahead past its end."""
    anchor = ctx.sentence_anchor
    if anchor is None or not anchor.frame:
        return None
    interval = interval_of(anchor.value)
    if interval is None:
        return None
    pub = ctx.published
    if ctx.tense == "future" and pub is not None and interval.end < pub:
        return None
    return interval.start.year


def _stated_year_anchor(ctx: Context, month_will_do: bool = False) -> Date | None:
    """The day of a date earlier in the sentence that stated its year, if any; with
    ``month_will_do`` (for a month alone or a quarter) also the first day of a stated month."""
    if ctx.sentence_anchor is None or not ctx.sentence_anchor.year_stated:
        return None
    interval = interval_of(ctx.sentence_anchor.value)
    if interval is None:
        return None
    if not interval.precision.is_day_or_finer and not (
        month_will_do and interval.precision is Precision.MONTH
    ):
        return None  # "invited in July 1997, will join on March 12": too loose a tie
    if ctx.tense == "future" and ctx.published is not None and interval.start < ctx.published:
        return None  # the verb looks ahead of publication, away from the stated date
    return interval.start


def _base_year(from_reference: bool, ctx: Context) -> int | None:
    """The year an offset counts from: publication's, or the date last mentioned's."""
    if not from_reference:
        return ctx.published.year if ctx.published else None
    interval = interval_of(ctx.reference) if ctx.reference else None
    return interval.start.year if interval is not None else None


def _year_relative(expr: YearRelative, ctx: Context) -> Resolution:
    base = _base_year(expr.from_reference, ctx)
    if base is None:
        return _unresolved("XXXX" if expr.month is None else f"XXXX-{expr.month:02d}")
    year = base + expr.offset
    if expr.month is None:
        return Resolution(f"{year:04d}", "DATE")
    if expr.day is None:
        return Resolution(month_value(year, expr.month), "DATE")
    day = _safe_date(year, expr.month, expr.day)
    if day is None:
        return _unresolved(f"{year:04d}-{expr.month:02d}-{expr.day:02d}")
    return Resolution(day_value(day), "DATE")


def _season(expr: SeasonRef, ctx: Context) -> Resolution:
    if expr.year is not None:
        return Resolution(f"{expr.year:04d}-{expr.season}", "DATE", relative=False)
    if expr.year_offset is not None:
        base = _base_year(expr.from_reference, ctx)
        if base is None:
            return _unresolved(f"XXXX-{expr.season}")
        return Resolution(f"{base + expr.year_offset:04d}-{expr.season}", "DATE")
    pub = ctx.published
    if pub is None:
        return _unresolved(f"XXXX-{expr.season}")
    if expr.shift in ("previous", "following"):
        if _no_step_from_publication(expr.shift, ctx):
            return _unresolved(f"XXXX-{expr.season}")
        before, after = _reference_bounds(ctx)
        seasons = _seasons(expr.season, before.year - 2, after.year + 2)
        if expr.shift == "previous":
            done = [o for o in seasons if o[0].end < before]
            return Resolution(max(done, key=lambda o: o[0].start)[1], "DATE")
        ahead = [o for o in seasons if o[0].start > after]
        return Resolution(min(ahead, key=lambda o: o[0].start)[1], "DATE")
    anchor = ctx.sentence_anchor
    anchored = interval_of(anchor.value) if anchor and anchor.year_stated else None
    if expr.shift is None and anchored is not None:
        # "The war began in February 2022. By the summer, ...": the season the dated sentence
        # is in, or the first one after it, as a story goes on
        around = _seasons(expr.season, anchored.start.year - 1, anchored.start.year + 2)
        later = [o for o in around if o[0].end >= anchored.start]
        return Resolution(min(later, key=lambda o: o[0].start)[1], "DATE")
    options = _seasons(expr.season, pub.year - 2, pub.year + 2)
    if expr.shift == "this":
        # The season of the publication year; winter belongs to the year it starts in, and
        # in March "this winter" is the one just ending, not the next.
        year = pub.year - 1 if expr.season == "WI" and pub.month <= 3 else pub.year
        return Resolution(f"{year:04d}-{expr.season}", "DATE")
    if expr.shift == "last" or (expr.shift is None and ctx.tense == "past"):
        strict = expr.shift == "last"
        done = [o for o in options if (o[0].end < pub if strict else o[0].start <= pub)]
        return Resolution(max(done, key=lambda o: o[0].start)[1], "DATE")
    if expr.shift == "next" or ctx.tense == "future":
        strict = expr.shift == "next"
        ahead = [o for o in options if (o[0].start > pub if strict else o[0].end >= pub)]
        return Resolution(min(ahead, key=lambda o: o[0].start)[1], "DATE")
    containing = [o for o in options if o[0].contains(pub)]
    if containing:
        return Resolution(containing[0][1], "DATE")
    nearest = min(
        options, key=lambda o: min(abs((o[0].start - pub).days), abs((o[0].end - pub).days))
    )
    return Resolution(nearest[1], "DATE")


def _seasons(season: str, first_year: int, end_year: int) -> list[tuple[Interval, str]]:
    """The season's interval and value in each year from ``first_year`` up to ``end_year``."""
    options = []
    for year in range(first_year, end_year):
        value = f"{year:04d}-{season}"
        interval = interval_of(value)
        if interval is not None:
            options.append((interval, value))
    return options


def _quarter(expr: QuarterRef, ctx: Context) -> Resolution:
    label = f"H{expr.index}" if expr.half else f"Q{expr.index}"
    if expr.year is not None:
        return Resolution(f"{expr.year:04d}-{label}", "DATE", relative=False)
    if expr.year_offset is None:
        # "In 2020, the economy shrank in the second quarter", "warned in October 2023 that
        # profits would fall in the fourth quarter": the year the sentence stated
        stated = _stated_year_anchor(ctx, month_will_do=True)
        year = _framing_year(ctx) or (stated.year if stated is not None else None)
        if year is not None:
            return Resolution(f"{year:04d}-{label}", "DATE")
    pub = ctx.published
    if pub is None:
        return _unresolved(f"XXXX-{label}")
    year = pub.year + (expr.year_offset or 0)
    if expr.year_offset is None:
        span = 6 if expr.half else 3
        first_month = (expr.index - 1) * span + 1

        def ended_by(label_year: int, months_after: int) -> bool:
            """Whether that year's quarter (half) is over by ``months_after`` publication."""
            end = _shift_month(label_year, first_month, span)
            return end <= _shift_month(pub.year, pub.month, months_after)

        if expr.reported and ctx.tense != "past":
            # Results come out once the quarter is over: a report to come is of the latest
            # quarter ending within five months ("reports fourth-quarter earnings next week",
            # written in March, is last year's). A past report keeps the label's own year,
            # as a fiscal quarter reported early does.
            year = pub.year + 1
            while not ended_by(year, 5):
                year -= 1
        elif ctx.tense == "past" and Date(year, first_month, 1) > pub:
            year -= 1
        elif ctx.tense == "future" and ended_by(year, -3):
            year += 1  # "will pick up in the first quarter", written in November: next year's
    return Resolution(f"{year:04d}-{label}", "DATE")


def _unit_value(unit: str, day: Date, offset: int) -> str:
    if unit == "day":
        return day_value(day + datetime.timedelta(days=offset))
    if unit in ("week", "weekend"):
        value = week_value(day + datetime.timedelta(weeks=offset))
        return value + "-WE" if unit == "weekend" else value
    if unit == "fortnight":
        return week_value(day + datetime.timedelta(weeks=2 * offset))
    if unit == "month":
        return month_value(*_shift_month(day.year, day.month, offset))
    if unit == "quarter":
        year, month = _shift_month(day.year, day.month, 3 * offset)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return f"{day.year + offset:04d}"
    if unit == "decade":
        return f"{day.year // 10 + offset:03d}"
    if unit == "century":
        return f"{day.year // 100 + offset:02d}"
    raise ValueError(f"unknown unit {unit!r}")


_UNDERSPECIFIED = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "fortnight": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def _unit_relative(expr: UnitRelative, ctx: Context) -> Resolution:
    if expr.narrative and ctx.tense == "past" and ctx.reference:
        # "Kabul fell on 15 August. By the end of the month, the airlift was over."
        interval = interval_of(ctx.reference)
        if interval is not None and (
            interval.precision.is_day_or_finer
            or (interval.precision is Precision.MONTH and expr.unit not in ("week", "day"))
        ):
            return Resolution(_unit_value(expr.unit, interval.start, 0), "DATE")
    named = ctx.sentence_anchor
    if expr.narrative and named and not named.frame and not named.carried and ctx.published:
        # "applications open on 1 October and close at the end of the month", written in
        # September: the month ahead that the sentence has named
        interval = interval_of(named.value)
        if (
            interval is not None
            and expr.unit in ("month", "year")
            and interval.start > ctx.published
            and (interval.precision.is_day_or_finer or interval.precision is Precision.MONTH)
        ):
            return Resolution(_unit_value(expr.unit, interval.start, 0), "DATE")
    if ctx.published is None:
        return _unresolved(_UNDERSPECIFIED[expr.unit])
    offset = expr.offset
    if expr.ahead_offset is not None and ctx.tense == "future":
        offset = expr.ahead_offset
    if expr.ended and ctx.published.month < 12:
        offset -= 1  # "stocks ended the year up 24%", written in March: last year
    day = ctx.published.isoweekday()
    if offset == 0 and (day, expr.unit, ctx.tense) == (7, "week", "future"):
        offset = 1  # "talks will resume this week", written on a Sunday: the week ahead
    if offset == 0 and (day, expr.unit, ctx.tense) == (1, "weekend", "past"):
        offset = -1  # "crowds flocked to the beaches this weekend", written on a Monday
    return Resolution(_unit_value(expr.unit, ctx.published, offset), "DATE")


def _day_offset(expr: DayOffset, ctx: Context) -> Resolution:
    if ctx.published is None:
        return _unresolved(*_with_clock("XXXX-XX-XX", expr.clock))
    day = ctx.published + datetime.timedelta(days=expr.days)
    return Resolution(*_with_clock(day_value(day), expr.clock))


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_time(expr: ClockTime, ctx: Context) -> Resolution:
    """The day last mentioned ("on Friday ... at 10 p.m."), else the publication day; the
    end of a range that passes midnight is the next day ("from 10pm to 6am")."""
    if ctx.joined is not None and ctx.joined[1]:
        start = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", ctx.joined[0])
        if start is not None and re.fullmatch(r"\d\d:\d\d", expr.clock) and expr.clock < start[2]:
            day = Date.fromisoformat(start[1]) + _ONE_DAY
            return Resolution(*_with_clock(day_value(day), expr.clock))
    reference = _DAY_VALUE.match(ctx.reference or "")
    if reference is not None:
        return Resolution(*_with_clock(reference[0], expr.clock))
    if expr.clock == "24:00" and ctx.tense == "past":
        # "the truce began at midnight": the midnight that opened the day of publication
        return _day_offset(DayOffset(-1, expr.clock), ctx)
    return _day_offset(DayOffset(0, expr.clock), ctx)


def _joined_partial(expr: PartialDate, joined: tuple[str, bool]) -> Resolution:
    """ "From August to May" ends after its start; "in December and January" and "on 30 and
    31 December" name neighbours, whichever order they come in."""
    value, is_range = joined
    first = Date.fromisoformat(value[:10] if expr.day is not None else value[:7] + "-01")
    days = [
        (d, d)
        for y in (first.year - 1, first.year, first.year + 1)
        if (d := _safe_date(y, expr.month, expr.day or 1)) is not None
    ]
    if is_range:
        chosen = min((d for d, _ in days if d >= first), default=first)
    else:
        # Listed dates run forward ("in May and November") unless the one before is far
        # nearer ("in March and February"); "in December and January" crosses the year.
        chosen = min((d for d, _ in days), key=lambda d: _listed_distance(first, d))
    value = day_value(chosen) if expr.day is not None else month_value(chosen.year, expr.month)
    return Resolution(*_with_clock(value, expr.clock))


def _listed_distance(first: Date, other: Date) -> int:
    """Days from a listed date to the next one, going back counting double."""
    days = (other - first).days
    return days if days >= 0 else -2 * days


_WEEK_SHIFTS = {"last week": -1, "this week": 0, "next week": 1}


def _weekday(expr: WeekdayRef, ctx: Context) -> Resolution:
    pub = ctx.published
    if pub is None:
        return _unresolved(*_with_clock("XXXX-XX-XX", expr.clock))
    if expr.shift == "that":
        # "That Saturday": the Saturday on or after the day last mentioned; with no day
        # before it, the verb's tense places it, as for a bare weekday
        reference = _DAY_VALUE.match(ctx.reference or "")
        if reference is None:
            return _weekday(attrs.evolve(expr, shift=None), ctx)
        day = Date.fromisoformat(reference[0])
        day += datetime.timedelta(days=(expr.weekday - day.isoweekday()) % 7)
        return Resolution(*_weekday_clock(day_value(day), expr))
    if expr.shift in ("previous", "following"):
        # "the previous Friday": the one before the day last mentioned (else publication)
        reference = _DAY_VALUE.match(ctx.reference or "")
        if reference is not None:
            pub = Date.fromisoformat(reference[0])
    if expr.shift is None and ctx.joined is not None:
        return _joined_weekday(expr, ctx.joined)
    back = (pub.isoweekday() - expr.weekday) % 7
    ahead = (expr.weekday - pub.isoweekday()) % 7
    if expr.shift in ("last", "previous"):
        delta = -(back or 7)
    elif expr.shift in ("next", "following"):
        delta = ahead or 7
    elif expr.shift == "week_after":  # "a week from Monday", "Sunday week"
        delta = (ahead or 7) + 7
    elif expr.shift in _WEEK_SHIFTS:  # "Tuesday last week": the Tuesday of that ISO week
        delta = expr.weekday - pub.isoweekday() + 7 * _WEEK_SHIFTS[expr.shift]
    elif ctx.tense == "future" or (expr.shift == "this" and ctx.tense != "past"):
        delta = ahead
    elif ctx.tense == "either":
        delta = ahead if ahead < back else -back
    else:
        delta = -back
    day = pub + datetime.timedelta(days=delta + 7 * expr.weeks)
    return Resolution(*_weekday_clock(day_value(day), expr))


def _joined_weekday(expr: WeekdayRef, joined: tuple[str, bool]) -> Resolution:
    """ "Monday to Friday" ends after its start; "Thursday or Friday" and "Friday and
    Thursday" name neighbouring days, whichever order they come in."""
    value, is_range = joined
    first = Date.fromisoformat(value[:10])
    ahead = (expr.weekday - first.isoweekday()) % 7
    back = (first.isoweekday() - expr.weekday) % 7
    delta = ahead if is_range or ahead <= back else -back
    return Resolution(*_weekday_clock(day_value(first + datetime.timedelta(days=delta)), expr))


def _weekday_clock(value: str, expr: WeekdayRef) -> tuple[str, str]:
    """Value and type of a weekday with its clock; "Friday night" names a part of a day,
    which TimeBank types DATE, keeping the part."""
    value, type_ = _with_clock(value, expr.clock)
    if expr.clock is not None and expr.clock.isalpha():
        type_ = "DATE"
    return value, type_


def _week_of(expr: WeekOf, ctx: Context) -> Resolution:
    inner = resolve(expr.day, ctx)
    interval = interval_of(inner.value) if inner.resolved else None
    if interval is None:
        return _unresolved("XXXX-WXX")
    middle = interval.start + datetime.timedelta(days=expr.days)
    return Resolution(week_value(middle), "DATE", relative=inner.relative)


def _weekend(expr: Weekend, ctx: Context) -> Resolution:
    pub = ctx.published
    if pub is None:
        return _unresolved("XXXX-WXX-WE")
    # On a Saturday or Sunday "the weekend" is the current one; on a weekday it is the one
    # just past, or in a future-tense clause the coming one; a past plan ("the talks were to
    # be held over the weekend") takes the nearer one: the coming one from Thursday on.
    coming = ctx.tense == "future" or (ctx.tense == "either" and pub.isoweekday() >= 4)
    weeks = 0 if pub.isoweekday() >= 6 or coming else -1
    return Resolution(_unit_value("weekend", pub, weeks), "DATE")


def _carried_past_the_clause(day: Date, ctx: Context) -> bool:
    """True when a date carried from the sentence before would put a past-tense day after
    publication ("Published 14 March 2024. Talks resumed on the 10th"): the tense wins."""
    anchor = ctx.sentence_anchor
    assert ctx.published is not None
    return anchor is not None and anchor.carried and ctx.tense == "past" and day > ctx.published


def _day_of_month(expr: DayOfMonth, ctx: Context) -> Resolution:
    pub = ctx.published
    if pub is None:
        return _unresolved(f"XXXX-XX-{expr.day:02d}")
    if expr.month_shift is not None:
        year, month = _shift_month(pub.year, pub.month, expr.month_shift)
        day = _safe_date(year, month, expr.day)
        if day is None:  # "the 31st of next month" when it has 30 days: no such day
            return _unresolved(f"XXXX-XX-{expr.day:02d}")
        return Resolution(day_value(day), "DATE")
    if expr.weekday is not None:
        # "Monday the 21st": a nearby month in which the 21st is a Monday, placed by tense
        matching = []
        for shift in range(-11, 12):
            year, month = _shift_month(pub.year, pub.month, shift)
            day = _safe_date(year, month, expr.day)
            if day is not None and day.isoweekday() == expr.weekday:
                matching.append((day, day))
        if not matching:
            return _unresolved(f"XXXX-XX-{expr.day:02d}")
        return Resolution(day_value(_choose(matching, pub, ctx.tense, _DAY_REACH)), "DATE")
    named = ctx.sentence_anchor
    anchor = interval_of(named.value) if named and not named.frame else None
    last_day = None
    if anchor is None and ctx.reference is not None and ctx.tense == "past":
        # "On 12 January the minister resigned. On the 15th, ...": a story told in the past
        # goes on from the day last named
        last_day = interval_of(ctx.reference)
        if last_day is not None and last_day.precision is Precision.DAY and last_day.end < pub:
            anchor = last_day
    if anchor is not None:
        # "began on 5 January and ended on the 19th": the month the sentence is speaking of,
        # or the next one when the day has already passed in it ("25 January ... the 3rd")
        for shift in (0, 1):
            year, month = _shift_month(anchor.start.year, anchor.start.month, shift)
            day = _safe_date(year, month, expr.day)
            if day is not None and day >= anchor.start:
                if _carried_past_the_clause(day, ctx) or (anchor is last_day and day > pub):
                    break
                return Resolution(day_value(day), "DATE")
    candidates = []
    for shift in (-1, 0, 1):
        year, month = _shift_month(pub.year, pub.month, shift)
        day = _safe_date(year, month, expr.day)
        if day is not None:
            candidates.append((day, day))
    chosen = _choose(candidates, pub, ctx.tense, _DAY_REACH)
    return Resolution(day_value(chosen), "DATE")


_REFERENCE_QUARTER = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|\d{2})$")


def _offset(expr: Offset, ctx: Context) -> Resolution:
    if expr.amount < 0:  # an unspecified amount: "a few years ago", "some time later"
        if expr.unit == "year" and expr.direction < 0 and ctx.published is not None:
            return Resolution(f"{ctx.published.year // 10:03d}X", "DATE")
        return Resolution("PAST_REF" if expr.direction < 0 else "FUTURE_REF", "DATE")
    anchor_value: str | None = None
    if expr.anchor == "reference" and ctx.reference:
        anchor_value = ctx.reference
    if anchor_value is None and ctx.published is None:
        return _unresolved(_UNDERSPECIFIED.get(expr.unit, "XXXX-XX-XX"))
    if expr.anchor == "reference" and anchor_value is None and expr.direction > 0:
        if ctx.tense in ("past", "future"):
            # "Two days later, the government fell" with no date before it: two days after
            # something undated, so no day can be named
            return _unresolved(_UNDERSPECIFIED.get(expr.unit, "XXXX-XX-XX"))
        # "A decade on, the scars remain" with no date before it: the time of writing, not
        # a decade after publication
        unit = {"decade": "year", "century": "year", "hour": "day", "minute": "day"}
        return _unit_relative(UnitRelative(unit.get(expr.unit, expr.unit), 0), ctx)
    if expr.unit == "year" and ctx.reference:
        # "a year earlier" / "a year ago" after a quarter keep its granularity:
        # 1989-Q3 -> 1988-Q3 (the year-ago quarter of financial reports).
        match = _REFERENCE_QUARTER.match(ctx.reference)
        if match and (anchor_value is not None or match[2].startswith(("Q", "H"))):
            year = int(match[1]) + expr.direction * expr.amount
            return Resolution(f"{year:04d}-{match[2]}", "DATE")
    anchor = ctx.published
    amount = expr.direction * expr.amount
    unit = expr.unit
    if anchor_value is not None:
        interval = interval_of(anchor_value)
        if interval is not None:
            anchor = interval.start
            if unit in _STEP_DAYS and not _fine_enough(interval.precision, unit):
                return _coarse_step(anchor_value, interval, amount * _STEP_DAYS[unit], unit)
    assert anchor is not None
    if expr.pinned:
        return _pinned(anchor, unit, amount, expr.pinned)
    if unit in ("hour", "minute", "second"):
        clock = _CLOCK_VALUE.fullmatch(anchor_value or "")
        if clock is not None and unit != "second":
            # "left at 7pm on Sunday and lost power three hours later": 22:00 that day
            start = datetime.datetime.fromisoformat(f"{clock[1]}T{clock[2]}")
            moved = start + datetime.timedelta(**{f"{unit}s": amount})
            return Resolution(moved.strftime("%Y-%m-%dT%H:%M"), "TIME")
        return Resolution(day_value(anchor), "DATE")
    if unit in ("decade", "century"):
        # "a decade ago" is a year about ten years back, not the decade before this one
        years = amount * (10 if unit == "decade" else 100)
        if unit == "decade" and anchor_value is not None and re.fullmatch(r"\d{3}", anchor_value):
            # "founded in the 1970s and disbanded two decades later": the 1990s
            return Resolution(f"{(anchor.year + years) // 10:03d}", "DATE")
        return Resolution(f"{anchor.year + years:04d}", "DATE")
    return Resolution(_unit_value(unit, anchor, amount), "DATE")


_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")
_STEP_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365}
_PERIOD_UNIT = {
    Precision.WEEKEND: "week",
    Precision.WEEK: "week",
    Precision.MONTH: "month",
    Precision.QUARTER: "quarter",
    Precision.YEAR: "year",
}


def _coarse_step(reference: str, interval: Interval, days: int, unit: str) -> Resolution:
    """A step from a coarser date, known no finer than it: "in the summer of 2022 ... two days
    later" lies in that summer, not on 3 June. A step of more than half the period moves to
    the period that holds the shifted middle ("in March ... three weeks later" is April). A
    step from a decade or century names no period ("in the 1980s ... a month earlier")."""
    if interval.precision in (Precision.DECADE, Precision.CENTURY):
        return _unresolved(_UNDERSPECIFIED.get(unit, "XXXX"))
    length = (interval.end - interval.start).days + 1
    if 2 * abs(days) < length:
        return Resolution(reference, "DATE")
    middle = interval.start + datetime.timedelta(days=length // 2 + days)
    unit = _PERIOD_UNIT.get(interval.precision, "year")  # a season, a half: its year
    return Resolution(_unit_value(unit, middle, 0), "DATE")


def _pinned(anchor: Date, unit: str, amount: int, pinned: str) -> Resolution:
    """The same day (week, month, year) ``amount`` units away: "a year ago today", "30 years
    ago this month"; a day the month lacks falls back to its last day."""
    if unit in ("day", "week"):
        day = anchor + datetime.timedelta(days=amount * (7 if unit == "week" else 1))
    else:
        months = amount * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
        year, month = _shift_month(anchor.year, anchor.month, months)
        day_of_month = min(anchor.day, calendar.monthrange(year, month)[1])
        day = Date(year, month, day_of_month)
    if pinned == "day":
        return Resolution(day_value(day), "DATE")
    return Resolution(_unit_value(pinned, day, 0), "DATE")


_PRECISIONS = list(Precision)
_UNIT_PRECISION = {
    "day": Precision.DAY,
    "week": Precision.WEEK,
    "weekend": Precision.WEEK,
    "fortnight": Precision.WEEK,
    "month": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "year": Precision.YEAR,
    "decade": Precision.DECADE,
    "century": Precision.CENTURY,
}


def _fine_enough(precision: Precision, unit: str) -> bool:
    """True when a reference of ``precision`` pins a ``unit``: a day pins its week, but the
    second quarter pins no week ("the end of Q2 ... later in the week")."""
    limit = _UNIT_PRECISION.get(unit, Precision.DAY)
    return _PRECISIONS.index(precision) <= _PRECISIONS.index(limit)


_WITHIN_A_YEAR = {"week": "WXX", "weekend": "WXX-WE", "fortnight": "WXX", "month": "XX"}


def _anaphor(expr: Anaphor, ctx: Context) -> Resolution:
    anchor = ctx.published
    if ctx.reference:
        interval = interval_of(ctx.reference)
        if interval is not None and _fine_enough(interval.precision, expr.unit):
            anchor = interval.start
        elif (
            interval is not None
            and expr.unit in _WITHIN_A_YEAR
            and _fine_enough(interval.precision, "year")
        ):
            # "in 2020 ... the following month", "by the end of Q2 ... later in the week":
            # a week or month of that year, which the text does not pin
            value = f"{interval.start.year:04d}-{_WITHIN_A_YEAR[expr.unit]}"
            return Resolution(value, "DATE", resolved=False)
        elif interval is not None and expr.unit != "day":
            anchor = interval.start
        elif interval is not None:
            # "arrested in October and released the following day": a day of that October
            return _coarse_step(ctx.reference, interval, expr.offset, "day")
    # "results are expected within the next week": the coming one, even with no date before
    from_now = ctx.tense == "future" and expr.unit in ("week", "month", "year")
    if anchor is None or (
        not ctx.reference and expr.offset > 0 and ctx.tense in ("past", "future") and not from_now
    ):
        # "The next day, the army withdrew" with no date before it: the day after something
        # undated, not the day after publication
        return _unresolved(*_with_clock(_UNDERSPECIFIED[expr.unit], expr.clock))
    value = _unit_value(expr.unit, anchor, expr.offset)
    if ctx.published is not None and _turned_back(value, expr.offset, ctx):
        # "promised in 2022 ... will take until the following year", written in 2024: a
        # future clause cannot end before publication, so the step is from publication
        value = _unit_value(expr.unit, ctx.published, expr.offset)
    return Resolution(*_with_clock(value, expr.clock))


def _turned_back(value: str, offset: int, ctx: Context) -> bool:
    """True when a step forward in a future clause ends before publication, or a step back
    in a past clause starts after it."""
    interval = interval_of(value)
    if interval is None or ctx.published is None:
        return False
    if offset > 0 and ctx.tense == "future":
        return interval.end < ctx.published
    if offset < 0 and ctx.tense == "past":
        return interval.start > ctx.published
    return False


_QUARTER_END = re.compile(r"^\d{4}-(03-31|06-30|09-30|12-31)$")


def _quarter_in_focus(reference: str | None) -> str | None:
    """The quarter or half a financial report is about: the last one named, or the one ending
    on the day last named ("the quarter ended Sept. 30")."""
    match = _REFERENCE_QUARTER.match(reference or "")
    if match and match[2].startswith(("Q", "H")):
        return match[2]
    end = _QUARTER_END.match(reference or "")
    return f"Q{int(end[1][:2]) // 3}" if end else None


def _same_unit_year_before(expr: SameUnitYearBefore, ctx: Context) -> Resolution:
    named = ctx.sentence_anchor
    interval = interval_of(named.value) if named and not named.frame else None
    fine = interval is not None and (
        interval.precision.is_day_or_finer
        or (interval.precision is Precision.MONTH and expr.unit == "month")
    )
    day = interval.start if fine and interval is not None else ctx.published
    if day is None:
        return _unresolved(_UNDERSPECIFIED[expr.unit])
    steps = -12 if expr.unit == "month" else -52
    return Resolution(_unit_value(expr.unit, day, steps), "DATE")


def _reference_period(expr: ReferencePeriod, ctx: Context) -> Resolution:
    year = expr.year
    quarter = _quarter_in_focus(ctx.reference)
    if year is None:
        if ctx.published is None:
            return _unresolved("XXXX")
        year = ctx.published.year + expr.year_offset
        reported = interval_of(ctx.reference) if quarter and ctx.reference else None
        if expr.year_offset and reported is not None and reported.end < ctx.published:
            # "the fourth quarter ... from the same period last year", written in March
            # 2024: a year before that fourth quarter (2022-Q4), not 2023's; a quarter
            # still ahead is a forecast, no period reported on
            year = reported.start.year + expr.year_offset
    if quarter:
        return Resolution(f"{year:04d}-{quarter}", "DATE")
    if expr.quarter and ctx.published is not None:
        # No quarter in context: the latest full quarter ("the year-ago quarter").
        latest = (ctx.published.month - 1) // 3 or 4
        return Resolution(f"{year:04d}-Q{latest}", "DATE")
    return Resolution(f"{year:04d}", "DATE", relative=expr.year is None)


def holiday_dates(rule: str, year: int) -> list[Date]:
    """The dates of a holiday rule ("12-25", "4:4:11" or "hijri:10-01") in ``year``; a Hijri
    holiday falls twice in some Gregorian years (Eid al-Fitr 2000: 8 January, 27 December).
    Rules joined by "|" name a day that is either ("Eid": al-Fitr or al-Adha)."""
    if "|" in rule:
        return sorted(day for part in rule.split("|") for day in holiday_dates(part, year))
    if rule.startswith("hijri:"):
        month, day = (int(part) for part in rule.removeprefix("hijri:").split("-"))
        first_hijri_year = round((year - 622) * 33 / 32)  # roughly the Hijri year of 1 January
        dates = (
            _hijri_to_gregorian(y, month, day)
            for y in range(first_hijri_year - 1, first_hijri_year + 3)
        )
        return sorted(d for d in dates if d.year == year)
    if rule.startswith("easter:"):
        return [_easter_sunday(year) + datetime.timedelta(days=int(rule.removeprefix("easter:")))]
    if ":" not in rule:
        month, day = (int(part) for part in rule.split("-"))
        fixed = _safe_date(year, month, day)
        return [] if fixed is None else [fixed]
    nth, weekday, month, *extra = (int(part) for part in rule.split(":"))
    if nth > 0:
        first = Date(year, month, 1)
        found = first + datetime.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        next_month = Date(year + month // 12, month % 12 + 1, 1)
        last = next_month - _ONE_DAY
        found = last - datetime.timedelta(days=(last.isoweekday() - weekday) % 7)
    if found.month != month:
        return []
    return [found + datetime.timedelta(days=extra[0] if extra else 0)]


def _easter_sunday(year: int) -> Date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_lag = (century + 8) // 25
    correction = (century - moon_lag + 1) // 3
    epact = (19 * golden + century - leap_centuries - correction + 15) % 30
    leap_years, year_rest = divmod(of_century, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return Date(year, month, day + 1)


# Day 1 Muharram AH 1 is 16 July 622 (Julian), 19 July 622 in the proleptic Gregorian calendar.
_HIJRI_EPOCH = Date(622, 7, 19).toordinal()


def _hijri_to_gregorian(year: int, month: int, day: int) -> Date:
    """The arithmetic (tabular) Islamic calendar: 30-year cycles of 354- and 355-day years."""
    days = day + (295 * (month - 1) + 9) // 10 + (year - 1) * 354 + (3 + 11 * year) // 30
    return Date.fromordinal(_HIJRI_EPOCH + days - 1)


def _holiday_value(expr: Holiday, day: Date) -> str:
    if expr.weekend:
        # the weekend beside the day: the one before a Monday or Tuesday (Memorial Day), else
        # the one of its week (Easter Sunday, Thanksgiving Thursday)
        if day.isoweekday() <= 2:
            day -= datetime.timedelta(days=day.isoweekday())
        return week_value(day) + "-WE"
    if expr.week:
        return week_value(day)
    return day_value(day) + (f"T{expr.clock}" if expr.clock else "")


def _holiday(expr: Holiday, ctx: Context) -> Resolution:
    if expr.year is not None:
        days = holiday_dates(expr.rule, expr.year)
        if not days:
            return _unresolved(f"{expr.year:04d}-XX-XX")  # "the fifth Friday of February 2023"
        return Resolution(_holiday_value(expr, days[0]), "DATE", relative=False)
    pub = ctx.published
    if pub is None:
        fixed = re.fullmatch(r"\d\d-\d\d", expr.rule)  # Christmas is XXXX-12-25 in any year
        return _unresolved(f"XXXX-{expr.rule}" if fixed else "XXXX-XX-XX")
    if expr.year_offset is not None:
        days = holiday_dates(expr.rule, pub.year + expr.year_offset)
        if days:
            return Resolution(_holiday_value(expr, days[0]), "DATE")
    candidates = [
        (d, d) for y in (pub.year - 1, pub.year, pub.year + 1) for d in holiday_dates(expr.rule, y)
    ]
    if expr.shift == "last":
        # "last Easter", written in the week before Easter: the one a year back, however far
        candidates = [c for c in candidates if c[0] < pub] or candidates
    if expr.after and not expr.shift and ctx.tense != "past":
        # "flying home after Christmas", written on 28 December: the time after it is now
        just_past = [c for c in candidates if pub - _AFTER_HOLIDAY <= c[0] <= pub]
        if just_past:
            return Resolution(_holiday_value(expr, just_past[-1][0]), "DATE")
    tense = {"last": "past", "next": "future"}.get(expr.shift or "", ctx.tense)
    # A feast comes once a year, so a past one may lie almost a year back ("markets were
    # closed on Good Friday", written in March)
    chosen = _choose(candidates, pub, tense, _HOLIDAY_REACH)
    if chosen is None:
        return _unresolved("XXXX-XX-XX")  # a fifth weekday the months around lack
    return Resolution(_holiday_value(expr, chosen), "DATE")


def _in_time(expr: InTime, ctx: Context) -> Resolution:
    if ctx.tense in ("future", "either") or (expr.time and ctx.tense != "past"):
        # "the trial begins in two weeks", "would be redeemed in five years"
        return _offset(Offset(expr.amount, expr.unit, 1), ctx)
    return Resolution(expr.duration, "DURATION", resolved=True, relative=False)


def _new_year(expr: NewYear, ctx: Context) -> Resolution:
    pub = ctx.published
    if pub is None:
        return _unresolved("XXXX")
    # "since the new year" is the year under way; "in the new year" the next one, except in
    # January, when the new year has just begun
    ahead = (expr.purpose or ctx.tense != "past") and pub.month > 1
    return Resolution(f"{pub.year + 1 if ahead else pub.year:04d}", "DATE")


def _overnight(expr: Overnight, ctx: Context) -> Resolution:
    if ctx.published is None:
        return _unresolved("XXXX-XX-XXTNI", "TIME")
    days = 0 if ctx.tense == "future" else -1  # "attacked overnight"; "will drop overnight"
    return Resolution(day_value(ctx.published + datetime.timedelta(days=days)) + "TNI", "TIME")


def _turn_of(expr: TurnOf, ctx: Context) -> Resolution:
    if expr.number is not None:
        return Resolution(f"{(expr.number - 1) * expr.years:04d}", "DATE", relative=False)
    if ctx.published is None:
        return _unresolved("XXXX")
    nearest = round(ctx.published.year / expr.years) * expr.years
    return Resolution(f"{nearest:04d}", "DATE")


_RESOLVERS: dict[type, Callable[[Any, Context], Resolution]] = {
    Fixed: _fixed,
    Absolute: _absolute,
    PartialDate: _partial,
    YearRelative: _year_relative,
    SeasonRef: _season,
    QuarterRef: _quarter,
    UnitRelative: _unit_relative,
    DayOffset: _day_offset,
    ClockTime: _clock_time,
    WeekdayRef: _weekday,
    WeekOf: _week_of,
    Weekend: _weekend,
    DayOfMonth: _day_of_month,
    Offset: _offset,
    Anaphor: _anaphor,
    Holiday: _holiday,
    NewYear: _new_year,
    InTime: _in_time,
    ReferencePeriod: _reference_period,
    SameUnitYearBefore: _same_unit_year_before,
    TurnOf: _turn_of,
    Overnight: _overnight,
}


def resolve(expression: Expression, context: Context) -> Resolution:
    """The TIMEX3 value of ``expression`` anchored in ``context``."""
    return _RESOLVERS[type(expression)](expression, context)
