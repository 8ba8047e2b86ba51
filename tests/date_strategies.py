"""Hypothesis strategies for resolution tests: publication dates and date phrases."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

publication_dates = st.dates(
    min_value=datetime.date(1900, 3, 1), max_value=datetime.date(2099, 10, 31)
)
"""Publication dates far enough from the calendar's ends for any relative shift."""

weekdays = st.sampled_from(list(enumerate(WEEKDAYS, start=1)))
"""(ISO number, name) of a weekday."""


@st.composite
def day_counts(draw: st.DrawFn) -> tuple[int, str]:
    """(n, how it is written) for 2..60 days, as digits or as a number word."""
    n = draw(st.integers(min_value=2, max_value=60))
    if n <= 10 and draw(st.booleans()):
        return n, NUMBER_WORDS[n - 2]
    return n, str(n)


@st.composite
def absolute_dates(draw: st.DrawFn) -> tuple[datetime.date, str]:
    """(date, a spelling with its year): "11 September 2001", "September 11, 2001"..."""
    day = draw(st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2099, 12, 31)))
    month = MONTHS[day.month - 1]
    forms = (
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{month} {day.day} {day.year}",
        day.isoformat(),
    )
    return day, draw(st.sampled_from(forms))
