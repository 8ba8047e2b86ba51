"""Underspecified temporal expressions: what recognition finds before anything is anchored.

Recognition turns "last Friday" into ``WeekdayRef(weekday=5, shift="last")`` and "the 24th"
into ``DayOfMonth(24)``; :mod:`afghan_timeline.resolve` anchors them to a publication date.
"""

from __future__ import annotations

import attrs

__all__ = [
    "Absolute",
    "Anaphor",
    "DayOfMonth",
    "DayOffset",
    "Expression",
    "Fixed",
    "Holiday",
    "InTime",
    "NewYear",
    "Offset",
    "PartialDate",
    "QuarterRef",
    "ReferencePeriod",
    "SameUnitYearBefore",
    "SeasonRef",
    "UnitRelative",
    "WeekdayRef",
    "Weekend",
    "YearRelative",
]


@attrs.frozen
class Fixed:
    """A value known at recognition: a duration, a set or a vague reference ("PAST_REF")."""

    value: str
    type: str = "DURATION"


@attrs.frozen
class Absolute:
    """A fully specified calendar value ("2021-05-01", "2020-02", "198", "2021-SU")."""

    value: str
    clock: str | None = None
    # "the summer of '69": the year was cut to two digits, so its century is the one that
    # puts it no later than ten years after publication (1969 in 2024, 2025 in 2024); with
    # no publication date the century stays unknown ("XX69")
    century_open: bool = False


@attrs.frozen
class PartialDate:
    """Month, optionally day, without a year ("September", "January 20")."""

    month: int
    day: int | None = None
    clock: str | None = None
    # "last" | "next" | "this" | None (by tense); "previous" | "following": a step from the
    # date last mentioned ("took effect the following January")
    shift: str | None = None
    weekday: int | None = None  # "Tuesday, June 4": the year whose June 4 is a Tuesday


@attrs.frozen
class YearRelative:
    """A year relative to publication, optionally narrowed ("September last year": -1, month 9),
    or with ``from_reference`` to the year of the date last mentioned ("November that year": 0,
    "March the following year": 1)."""

    offset: int
    month: int | None = None
    day: int | None = None
    from_reference: bool = False


@attrs.frozen
class SeasonRef:
    """A season with an explicit year, a year offset, or a shift ("last fall")."""

    season: str
    year: int | None = None
    # "last" | "this" | "next" | None (by tense); "previous" | "following": a step from the
    # date last mentioned ("the following summer")
    shift: str | None = None
    year_offset: int | None = None  # "the spring of last year": -1
    # the offset counts from the year of the date last mentioned ("the spring of that year")
    from_reference: bool = False


@attrs.frozen
class QuarterRef:
    """A quarter or half year: "the third quarter", "Q3 2021", "the first half of 2020"."""

    index: int
    half: bool = False
    year: int | None = None
    year_offset: int | None = None
    # "reports third-quarter earnings": results out once the quarter is over
    reported: bool = False


@attrs.frozen
class UnitRelative:
    """A calendar unit relative to publication: "last week", "this year", "next month"."""

    unit: str  # day | week | weekend | month | quarter | year | decade | century
    offset: int
    # "the end of the month" (not "this month"): in a past-tense story, the month last named
    narrative: bool = False
    # "the quarter" is the latest one reported, but in a future clause the one under way
    ahead_offset: int | None = None
    # "the index ended the year up": a year that has ended, this one only in its last month
    ended: bool = False


@attrs.frozen
class DayOffset:
    """Today, yesterday, tomorrow, tonight, with an optional part of day or clock time."""

    days: int
    clock: str | None = None


@attrs.frozen
class ClockTime:
    """A clock time with no day of its own ("at 10 p.m."): on the day last mentioned."""

    clock: str


@attrs.frozen
class WeekdayRef:
    """A weekday, placed before or after publication by "last"/"next" or the verb's tense."""

    weekday: int  # ISO 1..7
    # "last" | "next" | "this" | "previous" | "following" | "that" ("That Saturday": on or
    # after the day last mentioned) | "week_after" ("Sunday week") |
    # "last week" | "this week" | "next week" ("Tuesday last week") | None
    shift: str | None = None
    clock: str | None = None
    # whole weeks beyond the shift: "three Fridays ago" is last Friday and two weeks more
    weeks: int = 0


@attrs.frozen
class WeekOf:
    """The week holding a date: "the week of March 6"; or, ``days`` away from it, the middle
    of the seven days up to or from it ("the week ending March 9": -3)."""

    day: PartialDate | Absolute | WeekdayRef
    days: int = 0


@attrs.frozen
class Weekend:
    """The weekend just past, or the coming one in a future-tense clause."""


@attrs.frozen
class DayOfMonth:
    """A day of the month: bare ("the 24th", "the first of the month"), placed by tense in
    the current or an adjacent month, or with the month's offset from publication ("the 15th
    of next month": ``month_shift=1``). A weekday named with it ("Monday the 21st") picks
    the nearby month in which that day falls on it."""

    day: int
    month_shift: int | None = None
    weekday: int | None = None


@attrs.frozen
class Offset:
    """An amount of units before or after an anchor: "three days ago", "a year earlier"."""

    amount: int
    unit: str
    direction: int  # -1 or +1
    anchor: str = "publication"  # "publication" or "reference" (the last date mentioned)
    # "two weeks ago today": that very day ("day"); "30 years ago this month": "month"
    pinned: str | None = None


@attrs.frozen
class Anaphor:
    """A unit relative to the last date mentioned: "the previous day", "the following week"."""

    unit: str
    offset: int
    clock: str | None = None


@attrs.frozen
class ReferencePeriod:
    """The period last mentioned (a quarter, say), in a given year ("the 1988 period")."""

    year: int | None = None
    year_offset: int = 0
    quarter: bool = False  # the phrase names a quarter: without one in context, the latest


@attrs.frozen
class SameUnitYearBefore:
    """ "The same month last year": the month (or week) the sentence speaks of, else that of
    publication, a year back."""

    unit: str


@attrs.frozen
class Holiday:
    """A named holiday: a fixed month-day, an nth-weekday or a Hijri rule, with an optional
    year, or a year counted from publication ("Christmas last year": ``year_offset=-1``)."""

    rule: str  # "MM-DD", "n:weekday:month" or "hijri:MM-DD"
    year: int | None = None
    shift: str | None = None
    year_offset: int | None = None
    week: bool = False  # "Easter week": the ISO week holding the day
    weekend: bool = False  # "the first weekend of June": the weekend holding the day
    clock: str | None = None  # "Good Friday afternoon": a part of the day
    after: bool = False  # "after Christmas", "after the Easter break": the time that follows


@attrs.frozen
class InTime:
    """ "In two weeks": that far ahead of publication in a future clause, else a duration."""

    amount: int
    unit: str  # day | week | month | year | decade
    duration: str  # the TIMEX3 duration value, for a clause that does not look ahead
    time: bool = False  # "in two weeks' time": ahead in any clause but a past one


@attrs.frozen
class NewYear:
    """ "In the new year": the year about to begin, or in a past clause the one just begun;
    ``purpose``: what is "for the new year" is always for the one to come."""

    purpose: bool = False


@attrs.frozen
class Overnight:
    """ "Overnight" as an adverb: the night just past, or in a future clause the coming one."""


@attrs.frozen
class TurnOf:
    """ "The turn of the century": the year a century (or millennium) begins, roughly; the
    one nearest publication unless named ("the turn of the 20th century": 1900)."""

    years: int  # 100 or 1000
    number: int | None = None  # the century or millennium named, counted from 1


Expression = (
    Fixed
    | Absolute
    | PartialDate
    | YearRelative
    | SeasonRef
    | QuarterRef
    | UnitRelative
    | DayOffset
    | ClockTime
    | WeekdayRef
    | WeekOf
    | Weekend
    | DayOfMonth
    | Offset
    | Anaphor
    | Holiday
    | InTime
    | NewYear
    | ReferencePeriod
    | SameUnitYearBefore
    | TurnOf
    | Overnight
)
