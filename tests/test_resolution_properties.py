"""Properties of date resolution that hold for any publication date and any text."""

from __future__ import annotations

import datetime
import itertools

from hypothesis import assume, given
from hypothesis import strategies as st

from afghan_timeline import Article, extract_mentions
from afghan_timeline.timex import interval_of
from date_strategies import MONTHS, absolute_dates, day_counts, publication_dates, weekdays


def values(text: str, published: datetime.date | None) -> list[str]:
    """The TIMEX3 values of the mentions in ``text``."""
    return [m.value for m in extract_mentions(Article(text=text, published=published, id="p"))]


def only_day(text: str, published: datetime.date) -> datetime.date:
    """The single day-precise date the text resolves to."""
    (value,) = values(text, published)
    return datetime.date.fromisoformat(value)


@given(publication_dates)
def test_yesterday_is_the_day_before_publication(published):
    """'yesterday' is always the day before the publication date."""
    assert only_day("The reports came yesterday.", published) == published - datetime.timedelta(1)


@given(publication_dates)
def test_tomorrow_is_the_day_after_publication(published):
    """'tomorrow' is always the day after the publication date."""
    assert only_day("Talks resume tomorrow.", published) == published + datetime.timedelta(1)


@given(publication_dates, day_counts())
def test_days_ago_counts_back_from_publication(published, count):
    """'N days ago' is N days before publication, whether N is written in digits or words."""
    n, written = count
    day = only_day(f"It happened {written} days ago.", published)
    assert day == published - datetime.timedelta(days=n)


@given(publication_dates, weekdays)
def test_past_tense_weekday_lies_in_the_week_before_publication(published, weekday):
    """A weekday in a past-tense clause is that weekday within the 7 days ending on publication."""
    number, name = weekday
    day = only_day(f"The minister said on {name} that talks had failed.", published)
    assert day.isoweekday() == number
    assert published - datetime.timedelta(days=6) <= day <= published


@given(publication_dates, weekdays)
def test_future_tense_weekday_lies_in_the_week_after_publication(published, weekday):
    """A weekday in a future-tense clause is that weekday within the 7 days from publication."""
    number, name = weekday
    day = only_day(f"The delegations will meet on {name} in Doha.", published)
    assert day.isoweekday() == number
    assert published <= day <= published + datetime.timedelta(days=6)


@given(publication_dates)
def test_last_year_is_the_year_before_publication(published):
    """'last year' is the calendar year before the publication year."""
    assert values("Growth slowed last year.", published) == [f"{published.year - 1:04d}"]


@given(publication_dates)
def test_this_week_is_the_iso_week_of_publication(published):
    """'this week' is the ISO week that holds the publication date."""
    year, week, _ = published.isocalendar()
    assert values("They met this week.", published) == [f"{year}-W{week:02d}"]


@given(absolute_dates(), publication_dates, publication_dates)
def test_absolute_date_with_year_ignores_publication_date(spelled, first, second):
    """A date written with its year resolves the same whatever the publication date."""
    day, text = spelled
    sentence = f"The accord was signed on {text}."
    assert values(sentence, first) == values(sentence, second) == [day.isoformat()]


@given(publication_dates, st.sampled_from(["September", "January 20", "the 24th", "Friday"]))
def test_yearless_date_resolves_within_a_year_of_publication(published, phrase):
    """A date without a year is never placed more than a year from publication."""
    (mention,) = extract_mentions(Article(f"It happens on {phrase}.", published=published, id="p"))
    assert mention.interval is not None
    assert abs((mention.interval.start - published).days) <= 366


PHRASES = st.sampled_from(
    [
        "yesterday", "on Tuesday", "last week", "in September last year", "the 24th",
        "3 days ago", "by 11 September", "for more than a month", "every day", "now",
        "May 1st", "in the 1980s", "2 p.m.", "earlier this week", "the previous day",
    ]
)  # fmt: skip
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """Junk text with date phrases spliced in at random."""
    parts = draw(st.lists(st.one_of(TEXT, PHRASES), max_size=8))
    return " ".join(parts)


@given(article_texts(), st.one_of(st.none(), publication_dates))
def test_mention_offsets_slice_to_their_text(text, published):
    """Every mention's offsets cut exactly its text out of the article, in order."""
    mentions = extract_mentions(Article(text=text, published=published, id="p"))
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@given(article_texts(), publication_dates)
def test_extract_mentions_is_deterministic(text, published):
    """Tagging the same article twice gives identical mentions."""
    article = Article(text=text, published=published, id="p")
    assert extract_mentions(article) == extract_mentions(article)


@given(st.text(), st.one_of(st.none(), publication_dates))
def test_extract_mentions_never_raises_on_any_text(text, published):
    """Any text at all, junk included, is tagged without an exception."""
    extract_mentions(Article(text=text, published=published, id="p"))


@given(article_texts(), publication_dates)
def test_resolved_dates_have_intervals_matching_their_values(text, published):
    """A resolved DATE/TIME with a calendar value carries the interval that value denotes."""
    for mention in extract_mentions(Article(text=text, published=published, id="p")):
        if mention.type.value in ("DATE", "TIME") and mention.resolved:
            assert mention.interval == interval_of(mention.value)


@given(article_texts())
def test_undated_article_never_resolves_relative_mentions(text):
    """Without a publication date no relative mention gets a calendar interval (the spliced
    phrases hold no explicit date that "the previous day" could lean on)."""
    for mention in extract_mentions(Article(text=text, published=None, id="p")):
        if mention.relative:
            assert mention.interval is None
            assert not mention.resolved


def test_undated_article_still_anchors_anaphora_to_an_explicit_date():
    """'the previous day' after "March 3, 2020" resolves even without a publication date."""
    text = "The bomb exploded on March 3, 2020. The previous day, police had warned."
    assert values(text, None) == ["2020-03-03", "2020-03-02"]


@given(absolute_dates(), st.integers(min_value=1, max_value=120), publication_dates)
def test_year_less_date_after_a_full_date_in_its_sentence_follows_that_date(
    first, days_later, published
):
    """'On <full date>, ... on <month day>' puts the second date within half a year of the
    first, whatever the publication date."""
    day, written = first
    later = day + datetime.timedelta(days=days_later)
    assume(later.year <= 2099)
    text = f"Troops arrived on {written} and left on {MONTHS[later.month - 1]} {later.day}."
    first_value, second_value = values(text, published)
    assert first_value == day.isoformat()
    assert second_value == later.isoformat()


@given(publication_dates, st.integers(min_value=1, max_value=28), st.integers(1, 12))
def test_bare_day_after_a_month_in_its_sentence_falls_in_or_just_after_that_month(
    published, day, month
):
    """'began on <day> <Month> and ended on the Nth' never puts the Nth before the first day."""
    text = f"The strike began on {day} {MONTHS[month - 1]} and ended on the 28th."
    start, end = (datetime.date.fromisoformat(v) for v in values(text, published))
    assert start <= end <= start + datetime.timedelta(days=31)
    assert end.day == 28


ORDINAL_WORDS = ("first", "second", "third", "fourth")


@given(
    st.integers(min_value=1900, max_value=2099),
    st.integers(min_value=1, max_value=12),
    weekdays,
    st.integers(min_value=1, max_value=4),
)
def test_nth_weekday_of_a_month_is_that_weekday_in_that_week_of_the_month(
    year, month, weekday, nth
):
    """'the third Sunday of May 2031' is a Sunday of May 2031, and the third one."""
    number, name = weekday
    text = f"The vote is on the {ORDINAL_WORDS[nth - 1]} {name} of {MONTHS[month - 1]} {year}."
    day = only_day(text, datetime.date(2000, 1, 1))
    assert (day.year, day.month, day.isoweekday()) == (year, month, number)
    assert 7 * (nth - 1) < day.day <= 7 * nth


@given(publication_dates, weekdays)
def test_a_week_from_a_weekday_is_that_weekday_eight_to_fourteen_days_on(published, weekday):
    """'a week from Monday' is the Monday one week after the coming one."""
    number, name = weekday
    day = only_day(f"The trial opens a week from {name}.", published)
    assert day.isoweekday() == number
    assert 8 <= (day - published).days <= 14


@given(st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_dotted_dates_read_day_first(day):
    """'14.03.2024' is 14 March 2024 for any day, with or without a leading zero."""
    assert only_day(f"The report is dated {day.day:02d}.{day.month:02d}.{day.year}.", day) == day
    assert only_day(f"It was signed on {day.day}.{day.month}.{day.year}.", day) == day


@given(publication_dates, day_counts())
def test_in_days_in_a_future_clause_counts_forward_and_in_the_past_is_a_duration(published, count):
    """'will resume in N days' is N days after publication; 'was built in N days' is PND."""
    n, written = count
    day = only_day(f"Talks will resume in {written} days.", published)
    assert day == published + datetime.timedelta(days=n)
    assert values(f"The bridge was built in {written} days.", published) == [f"P{n}D"]


@given(publication_dates, st.integers(min_value=0, max_value=99))
def test_two_digit_year_is_the_latest_such_year_up_to_ten_years_after_publication(published, short):
    """'in '67' names the year ending in 67 within the century that ends ten years after
    publication."""
    (value,) = values(f"The war began in '{short:02d}.", published)
    year = int(value)
    assert year % 100 == short
    assert published.year - 90 <= year <= published.year + 10


@given(
    publication_dates, st.integers(1, 28), st.sampled_from([("last", -1), ("this", 0), ("next", 1)])
)
def test_day_of_a_named_month_counts_months_from_publication(published, day, which):
    """'the 15th of next month' is day 15 of the month after publication, whatever its tense."""
    word, shift = which
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    found = only_day(f"The rules change on the {day}{suffix} of {word} month.", published)
    months = published.year * 12 + published.month - 1 + shift
    assert (found.year, found.month, found.day) == (months // 12, months % 12 + 1, day)


@given(publication_dates, weekdays, st.sampled_from([("last", -1), ("this", 0), ("next", 1)]))
def test_weekday_of_a_named_week_lies_in_that_iso_week(published, weekday, week):
    """'Tuesday last week' is the Tuesday of the ISO week before publication's."""
    number, name = weekday
    word, shift = week
    day = only_day(f"They spoke on {name} {word} week.", published)
    assert day.isoweekday() == number
    expected_week = published + datetime.timedelta(weeks=shift)
    assert day.isocalendar()[:2] == expected_week.isocalendar()[:2]


@given(publication_dates, st.integers(min_value=1, max_value=30))
def test_years_ago_today_is_the_same_day_of_the_year(published, years):
    """'N years ago today' is publication's month and day N years back (28 February for a
    29 February that year lacks)."""
    day = only_day(f"Exactly {years} years ago today, the treaty was signed.", published)
    assert (day.year, day.month) == (published.year - years, published.month)
    assert day.day == published.day or (published.day, day.day) == (29, 28)


@given(publication_dates, st.integers(min_value=-360, max_value=360), st.booleans())
def test_a_weekday_named_with_a_year_less_date_picks_the_year_it_falls_on(published, shift, after):
    """'Tuesday, June 4' or 'June 4 (Tuesday)' is the June 4 within a year of publication
    that is a Tuesday, whatever the tense says."""
    day = published + datetime.timedelta(days=shift)
    weekday = day.strftime("%A")
    month = MONTHS[day.month - 1]
    named = f"{month} {day.day} ({weekday})" if after else f"{weekday}, {month} {day.day}"
    same_day = [
        y
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := _safe(y, day.month, day.day)) and d.weekday() == day.weekday()
    ]
    assume(same_day == [day.year])
    assert only_day(f"The talks ended on {named}.", published) == day


def _safe(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


@given(
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)),
    st.sampled_from(["ending", "ended", "to", "starting"]),
)
def test_the_week_ending_a_day_is_the_iso_week_holding_most_of_those_seven_days(day, word):
    """'the week ending 9 March 2024' is the ISO week holding at least four of the seven days
    up to it; 'the week starting' those from it."""
    text = f"Claims fell in the week {word} {day.day} {MONTHS[day.month - 1]} {day.year}."
    (value,) = values(text, None)
    step = 1 if word == "starting" else -1
    seven = [day + datetime.timedelta(days=step * n) for n in range(7)]
    in_week = [d for d in seven if f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}" == value]
    assert len(in_week) >= 4


@given(
    publication_dates,
    st.dates(min_value=datetime.date(2001, 1, 1), max_value=datetime.date(2001, 12, 31)),
    st.integers(min_value=1, max_value=300),
)
def test_a_span_in_a_past_clause_ends_by_publication(published, start, length):
    """ "The ban ran from 1 March until 30 June": both ends resolve, in order, and the span ends
    on or before the publication date, whatever day that is."""
    end = start + datetime.timedelta(days=length)
    text = (
        f"The ban ran from {start.day} {MONTHS[start.month - 1]} until "
        f"{end.day} {MONTHS[end.month - 1]}."
    )
    first, last = (datetime.date.fromisoformat(v) for v in values(text, published))
    assert first <= last <= published


_UNITS = (("year", "Y", ""), ("month", "M", ""), ("day", "D", ""))
_CLOCK_UNITS = (("hour", "H", "T"), ("minute", "M", "T"), ("second", "S", "T"))


@given(
    st.sampled_from((_UNITS, _CLOCK_UNITS)),
    st.lists(st.integers(2, 59), min_size=2, max_size=3),
    st.sampled_from((" and ", ", ", " ")),
)
def test_durations_of_falling_units_named_together_are_one(units, amounts, joiner):
    """'four years and eight months' is P4Y8M and '2 hours, 15 minutes' PT2H15M, whatever the
    amounts and joiner; the values follow ISO 8601's order of units."""
    named = [f"{n} {unit}s" for n, (unit, _, _) in zip(amounts, units, strict=False)]
    text = "It lasted " + joiner.join(named) + "."
    parts = "".join(f"{n}{code}" for n, (_, code, _) in zip(amounts, units, strict=False))
    assert values(text, datetime.date(2024, 3, 14)) == [f"P{units[0][2]}{parts}"]
