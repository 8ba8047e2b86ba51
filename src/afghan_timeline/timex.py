"""TIMEX3 values as calendar intervals.

>>> week = interval_of("2021-W15")
>>> week.start, week.end, week.precision.value
(datetime.date(2021, 4, 12), datetime.date(2021, 4, 18), 'week')
>>> interval_of("PXY") is None
True
"""

from __future__ import annotations

import calendar
import datetime
import re

from .model import Interval, Precision

__all__ = ["describe", "interval_of"]

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PARTS_OF_DAY = {"MO", "MI", "AF", "EV", "NI", "DT"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_PERIOD = re.compile(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")
_YEAR = re.compile(r"(\d{4})$")
_DECADE = re.compile(r"(\d{3})$")
_CENTURY = re.compile(r"(\d{2})$")


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _time_precision(clock: str) -> Precision:
    if clock in _PARTS_OF_DAY:
        return Precision.PART_OF_DAY
    if re.fullmatch(r"\d{2}", clock):
        return Precision.HOUR
    return Precision.MINUTE


def interval_of(value: str) -> Interval | None:
    """The inclusive day interval a TIMEX3 date/time value denotes, or None if it has none.

    Durations, sets, vague references (``PAST_REF``) and underspecified values
    (``XXXX-05``) have no interval. Two values joined by a slash, as an event for "from 2017
    to 2018" carries (``2017/2018``, ISO 8601's interval form), span from the first one's start
    to the second one's end, with the coarser precision of the two.
    """
    try:
        if "/" in value:
            return _range_interval(value)
        return _interval_of(value)
    except ValueError:  # e.g. 2021-02-30 or week 54: not a real calendar period
        return None


def _range_interval(value: str) -> Interval | None:
    first_value, _, last_value = value.partition("/")
    first, last = _interval_of(first_value), _interval_of(last_value)
    if first is None or last is None or last.end < first.start:
        return None
    order = list(Precision)
    precision = max(first.precision, last.precision, key=order.index)
    return Interval(first.start, last.end, precision)


def _interval_of(value: str) -> Interval | None:
    if match := _DAY.match(value):
        year, month, day, clock = match.groups()
        day_date = datetime.date(int(year), int(month), int(day))
        precision = Precision.DAY if clock is None else _time_precision(clock)
        return Interval(day_date, day_date, precision)
    if match := _WEEK.match(value):
        year, week, weekend = match.groups()
        monday = datetime.date.fromisocalendar(int(year), int(week), 1)
        if weekend:
            saturday = monday + datetime.timedelta(days=5)
            return Interval(saturday, saturday + datetime.timedelta(days=1), Precision.WEEKEND)
        return Interval(monday, monday + datetime.timedelta(days=6), Precision.WEEK)
    if match := _MONTH.match(value):
        year, month = int(match[1]), int(match[2])
        return Interval(datetime.date(year, month, 1), _month_end(year, month), Precision.MONTH)
    if match := _PERIOD.match(value):
        year, period = int(match[1]), match[2]
        if period in _SEASON_MONTHS:
            first, last = _SEASON_MONTHS[period]
            end_year = year + 1 if last < first else year
            return Interval(
                datetime.date(year, first, 1), _month_end(end_year, last), Precision.SEASON
            )
        if period.startswith("Q"):
            first = 3 * (int(period[1]) - 1) + 1
            return Interval(
                datetime.date(year, first, 1), _month_end(year, first + 2), Precision.QUARTER
            )
        first = 1 if period == "H1" else 7
        return Interval(
            datetime.date(year, first, 1), _month_end(year, first + 5), Precision.HALF_YEAR
        )
    if match := _YEAR.match(value):
        year = int(match[1])
        if year == 0:
            return None
        return Interval(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR)
    if match := _DECADE.match(value):
        first = max(int(match[1]) * 10, 1)
        return Interval(
            datetime.date(first, 1, 1), datetime.date(first + 9, 12, 31), Precision.DECADE
        )
    if match := _CENTURY.match(value):
        first = max(int(match[1]) * 100, 1)
        return Interval(
            datetime.date(first, 1, 1), datetime.date(first + 99, 12, 31), Precision.CENTURY
        )
    return None


_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PART_NAMES = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}


def describe(value: str) -> str:
    """A reader's wording of a TIMEX3 date value with its precision.

    >>> describe("2021-05"), describe("2021-W15"), describe("2021-04-14TMO")
    ('May 2021', 'week of 12 April 2021', '14 April 2021, morning')
    >>> describe("2017/2018"), describe("20")
    ('2017 – 2018', 'the 21st century')
    """
    interval = interval_of(value)
    if interval is None:
        return value
    if "/" in value:
        first, _, last = value.partition("/")
        return f"{describe(first)} – {describe(last)}"
    start = interval.start
    precision = interval.precision
    day_text = f"{start.day} {calendar.month_name[start.month]} {start.year}"
    if precision is Precision.DAY:
        return day_text
    if precision is Precision.PART_OF_DAY:
        return f"{day_text}, {_PART_NAMES[value.split('T', 1)[1]]}"
    if precision in (Precision.HOUR, Precision.MINUTE):
        clock = value.split("T", 1)[1]
        return f"{day_text}, {clock if ':' in clock else clock + ':00'}"
    if precision is Precision.WEEK:
        return f"week of {day_text}"
    if precision is Precision.WEEKEND:
        return f"weekend of {day_text}"
    if precision is Precision.MONTH:
        return f"{calendar.month_name[start.month]} {start.year}"
    if precision is Precision.SEASON:
        return f"{_SEASON_NAMES[value[-2:]]} {start.year}"
    if precision is Precision.QUARTER:
        return f"{value[-2:]} {start.year}"
    if precision is Precision.HALF_YEAR:
        return f"{'first' if value.endswith('H1') else 'second'} half of {start.year}"
    if precision is Precision.YEAR:
        return str(start.year)
    if precision is Precision.DECADE:
        return f"the {start.year}s"
    return f"the {_ordinal(start.year // 100 + 1)} century"


def _ordinal(number: int) -> str:
    """ "21st", "22nd", "13th"."""
    suffix = (
        "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
