"""Days counted from a date the text names: "the day after Christmas", "the Saturday after
Christmas", "the week before Easter", "the Monday after the March 5 primary", "the first
Tuesday after Labor Day"; and the first or last day of a period it names: "the first day of
next month", "the last day of March".

The tagger resolves each expression on its own, so "the Saturday after Christmas" first reads
as last Saturday and Christmas. This pass, run over an article's mentions, counts the day from
the date instead. Where the date follows "after" or "before" directly, the two become one
mention, as TimeML writes "the day before last Tuesday"; where the date only qualifies a
happening ("after the March 5 primary"), it keeps its mention and the counted day gets its
value. A count of several days ("two days after March 3") is left as a duration and a date.
"""

from __future__ import annotations

import datetime
import functools
import re

from .model import Mention, Precision, TimexType
from .resolve import day_value, week_value
from .timex import interval_of
from .vocabulary import fragments, vocabulary

__all__ = ["count_from_named_dates"]

_ONE_DAY = datetime.timedelta(days=1)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# "the day after " or "the week before " just before the date, or before "the" and a dated
# happening ("the day after the March 5 vote"; only "the day" is then a mention)
_UNIT_BEFORE = re.compile(
    r"\b(?P<the>the)\s+(?P<unit>day|week)\s+(?P<side>after|before)\s+(?P<event>the\s+)?$",
    re.IGNORECASE,
)
_SIDE_BEFORE = re.compile(r"\s+(?P<side>after|before)\s+(?P<event>the\s+)?$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[’']s\b|\s+[a-z]", re.IGNORECASE)


@functools.cache
def _weekday_words() -> re.Pattern[str]:
    return re.compile(rf"(?:the\s+)?(?P<wd>{fragments()['WD']})", re.IGNORECASE)


def _named_day(mention: Mention) -> datetime.date | None:
    """The day a mention names, when it names exactly one."""
    if (
        mention.type is not TimexType.DATE
        or mention.interval is None
        or mention.interval.precision is not Precision.DAY
        or not _DAY_VALUE.fullmatch(mention.value)
    ):
        return None
    return datetime.date.fromisoformat(mention.value)


def _next_weekday(day: datetime.date, weekday: int, side: str) -> datetime.date:
    """The first ``weekday`` (ISO number) after ``day``, or the last one before it."""
    step = 1 if side == "after" else -1
    shifted = day + step * _ONE_DAY
    while shifted.isoweekday() != weekday:
        shifted += step * _ONE_DAY
    return shifted


def _span(start: int, end: int, value: str, like: Mention, text: str) -> Mention:
    """A DATE mention of ``text[start:end]`` valued ``value``, relative as ``like`` is."""
    return Mention(
        start,
        end,
        text[start:end],
        TimexType.DATE,
        value,
        interval=interval_of(value),
        relative=like.relative,
    )


def _dated_happening(text: str, day: Mention) -> bool:
    """True when a noun follows the date: "the March 5 primary", "Tuesday's hearing"."""
    return _WORD_AFTER.match(text, day.end) is not None


def _counted_mentions(
    text: str, start: int, counted_end: int, event: str | None, value: str, day: Mention
) -> list[Mention] | None:
    """The mentions for a day counted from ``day``: one from ``start`` through the date ("the
    day after Christmas"), or, before "the" and a dated happening ("the day after the March 3
    vote"), the counted words up to ``counted_end`` and the date apart; else None."""
    if event is None:
        return [_span(start, day.end, value, day, text)]
    if _dated_happening(text, day):
        return [_span(start, counted_end, value, day, text), day]
    return None


def _unit_from(text: str, day: Mention, date: datetime.date, low: int) -> list[Mention] | None:
    """ "the day after Christmas", "the week before Easter", "the day after the March 3
    vote": the mentions that replace ``day``, or None when no day or week is counted."""
    unit = _UNIT_BEFORE.search(text, low, day.start)
    if unit is None:
        return None
    step = _ONE_DAY if unit["side"].lower() == "after" else -_ONE_DAY
    if unit["unit"].lower() == "week":
        # the seven days after (or before) the date: the ISO week holding their middle
        value = week_value(date + 4 * step)
    else:
        value = day_value(date + step)
    return _counted_mentions(text, unit.start("the"), unit.end("unit"), unit["event"], value, day)


def _weekday_from_date(
    text: str, weekday: Mention, day: Mention, date: datetime.date
) -> list[Mention] | None:
    """ "the Saturday after Christmas", "the Monday after the March 5 primary": the mentions
    that replace ``weekday`` and ``day``, or None when the weekday is not counted from it."""
    side = _SIDE_BEFORE.fullmatch(text, weekday.end, day.start)
    named = _weekday_words().fullmatch(weekday.text)
    if side is None or named is None:
        return None
    start = weekday.start
    if weekday.text[:3].lower() != "the":
        the = _THE_BEFORE.search(text, max(0, weekday.start - 5), weekday.start)
        if the is None:
            return None  # "ended on Sunday after the vote": a day of its own
        start = the.start()
    number = vocabulary().weekdays[named["wd"].lower()]
    value = day_value(_next_weekday(date, number, side["side"].lower()))
    return _counted_mentions(text, start, weekday.end, side["event"], value, day)


# how many weeks on from the first one: "the first Tuesday after", "the second Sunday before"
_COUNTED_WEEKDAY = {"first": 0, "next": 0, "1st": 0, "last": 0, "final": 0, "second": 1}
_COUNTED_WEEKDAY |= {"2nd": 1, "third": 2, "3rd": 2}


@functools.cache
def _ordinal_weekday_before(ordinals: tuple[str, ...], tail: str) -> re.Pattern[str]:
    """ "the <ordinal> <weekday>" and ``tail`` at the end of the text searched: "the first
    Tuesday after " before a date, "the first Monday of " before a month."""
    return re.compile(
        rf"\b(?P<the>the)\s+(?P<nth>{'|'.join(ordinals)})\s+(?P<wd>{fragments()['WD']})"
        + tail
        + "$",
        re.IGNORECASE,
    )


_COUNTED_TAIL = r"\s+(?P<side>after|following|before|preceding)\s+(?P<event>the\s+)?"


def _nth_weekday_from(text: str, day: Mention, date: datetime.date) -> list[Mention] | None:
    """ "the first Tuesday after Labor Day", "the second Sunday before Christmas", "the first
    Tuesday after the first Monday in November": the mentions that replace ``day``."""
    pattern = _ordinal_weekday_before(tuple(_COUNTED_WEEKDAY), _COUNTED_TAIL)
    counted = pattern.search(text, max(0, day.start - 45), day.start)
    if counted is None:
        return None
    side = "after" if counted["side"].lower() in ("after", "following") else "before"
    first = _next_weekday(date, vocabulary().weekdays[counted["wd"].lower()], side)
    weeks = _COUNTED_WEEKDAY[counted["nth"].lower()] * (1 if side == "after" else -1)
    value = day_value(first + datetime.timedelta(weeks=weeks))
    return _counted_mentions(
        text, counted.start("the"), counted.end("wd"), counted["event"], value, day
    )


_EDGE_DAY_BEFORE = re.compile(
    r"\b(?P<the>the)\s+(?P<edge>first|last|final|1st)\s+day\s+of\s+$", re.IGNORECASE
)
_WHOLE_PERIODS = (Precision.MONTH, Precision.QUARTER, Precision.HALF_YEAR, Precision.YEAR)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_ORDINALS |= {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "final": -1}


def _nth_weekday(
    start: datetime.date, end: datetime.date, weekday: int, nth: int
) -> datetime.date | None:
    """The ``nth`` ``weekday`` between ``start`` and ``end`` (-1: the last), or None."""
    days = [
        start + offset * _ONE_DAY
        for offset in range((end - start).days + 1)
        if (start + offset * _ONE_DAY).isoweekday() == weekday
    ]
    return days[nth if nth < 0 else nth - 1] if len(days) >= abs(nth) else None


def _edge_day(text: str, period: Mention, low: int) -> Mention | None:
    """ "the first day of next month", "the last day of March", "the first Monday of next
    month": that day, as one mention."""
    if (
        period.type is not TimexType.DATE
        or period.interval is None
        or period.interval.precision not in _WHOLE_PERIODS
        or period.mod is not None
    ):
        return None
    interval = period.interval
    if edge := _EDGE_DAY_BEFORE.search(text, low, period.start):
        first = edge["edge"].lower() in ("first", "1st")
        day = interval.start if first else interval.end
        return _span(edge.start("the"), period.end, day_value(day), period, text)
    pattern = _ordinal_weekday_before(tuple(_ORDINALS), r"\s+(?:of|in)\s+")
    nth = pattern.search(text, max(0, period.start - 40), period.start)
    if nth is None or interval.precision is not Precision.MONTH:
        return None
    weekday = vocabulary().weekdays[nth["wd"].lower()]
    day = _nth_weekday(interval.start, interval.end, weekday, _ORDINALS[nth["nth"].lower()])
    if day is None:
        return None  # "the fifth Monday of next month" when it has four
    return _span(nth.start("the"), period.end, day_value(day), period, text)


def count_from_named_dates(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with days, weekdays and weeks counted from the date named after them, and
    the first or last day of a period named after it."""
    result: list[Mention] = []
    for mention in mentions:
        date = _named_day(mention)
        before = result[-1] if result else None
        if date is None:
            low = max(before.end if before else 0, mention.start - 30)
            edge = _edge_day(text, mention, low)
            if edge is not None and before is not None and before.end > edge.start:
                if before.start < edge.start:
                    result.append(mention)  # the day's words belong to another mention
                    continue
                result.pop()  # "the last Friday of this month": "last Friday" was a mention
            result.append(edge or mention)
            continue
        low = max(before.end if before else 0, mention.start - 30)
        counted = _unit_from(text, mention, date, low)
        if counted is None and (counted := _nth_weekday_from(text, mention, date)) is not None:
            while result and result[-1].end > counted[0].start:
                result.pop()  # "the last Friday before Christmas": "last Friday" was a mention
        if counted is not None:
            result.extend(counted)
        elif (
            before is not None
            and (counted := _weekday_from_date(text, before, mention, date)) is not None
        ):
            result[-1:] = counted
        else:
            result.append(mention)
    return result
