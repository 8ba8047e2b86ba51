"""Builders: turn one regex match of a recognition rule into a :class:`Found` (span,
underspecified expression, TIMEX3 mod), or reject it (None) when the words only look like a
date ("may" the verb, "2000 troops")."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable

import attrs

from . import expressions as ex
from .tense import names_a_past_form
from .vocabulary import fragments, vocabulary, word_class

__all__ = ["JOIN", "SET_ADVERBS", "Builder", "Found", "ranked_by_superlative", "running_count"]


@attrs.frozen
class Found:
    """A recognised span and its underspecified meaning."""

    start: int
    end: int
    expression: ex.Expression
    mod: str | None = None
    rule: int = 0


Builder = Callable[[re.Match[str], str], "Found | None"]


# -- helpers used by builders -----------------------------------------------------------------


_PREPOSITIONS = word_class("month_lead")
_DETERMINERS = word_class("determiner")
_DATED_NOUNS = word_class("dated_noun")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9$'.,]*[A-Za-z0-9'])\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}([A-Za-z']+)")


def word_before(text: str, start: int) -> str:
    """The word right before ``text[start]``, as written ("" at the start of the text)."""
    match = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return match[1] if match else ""


def _word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text[end : end + 30])
    return match[1] if match else ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _cap(m: re.Match[str], group: str, text: str) -> bool:
    """True when the matched group starts with a capital in the original text (the rules
    match a lower-cased copy)."""
    return text[m.start(group)].isupper()


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower().rstrip("."))


def _number(word: str) -> int | float:
    """Value of a numeral ("twenty-four", "14", "a few" -> -1)."""
    vocab = vocabulary()
    key = _norm(word)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", key):
        key = key.replace(",", "")  # "9,000"
    if re.fullmatch(r"\d+", key):
        return int(key)
    if re.fullmatch(r"\d+\.\d+", key):
        return float(key)
    if key in vocab.numerals:
        return vocab.numerals[key]
    total = 0
    for part in re.split(r"[\s-]+", key):
        total += vocab.numerals[part]
    return total


def _mod(word: str | None, table: dict[str, str]) -> str | None:
    if not word:
        return None
    key = _norm(word)
    return {"earlier": "START", "later": "END"}.get(key) or table.get(key)


def _start_after_outside_mod(m: re.Match[str], group: str = "mod") -> int:
    """Where the span starts: modifiers such as "about" set the mod but stay outside."""
    if m[group] and _norm(m[group]) in vocabulary().outside_mods:
        start = m.end(group)
        while m.string[start].isspace():
            start += 1
        return start
    return m.start()


_OVER_MORE_LEADS = word_class("over_more_lead")
_WORD_RIGHT_BEFORE = re.compile(r"([A-Za-z']+)\s+$")


def _amount_mod(m: re.Match[str], text: str) -> str | None:
    """The mod of a duration. "Over" means "more than" after "for", "lasted" and the like
    ("for over two years"); after other verbs, or opening a clause, it spans the time ("took
    place over two days", "Over two days, the delegates met"), with no mod."""
    mod = _mod(m["mod"], vocabulary().amount_mods)
    if mod == "MORE_THAN" and _norm(m["mod"]) == "over":
        before = _WORD_RIGHT_BEFORE.search(text[max(0, m.start("mod") - 30) : m.start("mod")])
        if not before or before[1].lower() not in _OVER_MORE_LEADS:
            return None
    return mod


def _duration(amount: int | float, designator: str) -> str:
    """TIMEX3 duration value: (3, 'D') -> 'P3D'; (2, 'TH') -> 'PT2H'; unknown -> 'PXD'.

    Decades and centuries are written in years, as TimeML corpora do: (2, 'DE') -> 'P20Y'.
    """
    if designator in ("DE", "CE"):
        factor = 10 if designator == "DE" else 100
        designator = "Y"
        amount = amount * factor if amount >= 0 else amount
    if designator == "WE":
        designator = "D"
        amount = amount * 2 if amount >= 0 else amount
    if designator == "2W":
        designator = "W"
        amount = amount * 2 if amount >= 0 else amount
    whole = int(amount) if amount >= 0 else amount
    if amount >= 0 and amount != whole and designator in _HALF_OF:
        # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S, as TimeML writes them.
        half, smaller = _HALF_OF[designator]
        value = _duration(int(whole), designator) if whole else ("PT" if "T" in smaller else "P")
        if smaller.startswith("T") and "T" not in value:
            value += "T"
        return f"{value}{half}{smaller.lstrip('T')}"
    number = "X" if amount < 0 else (f"{amount:g}" if isinstance(amount, float) else str(amount))
    if designator.startswith("T"):
        return f"PT{number}{designator[1:]}"
    return f"P{number}{designator}"


# Half of a unit in the next smaller unit: (amount, designator).
_HALF_OF = {"Y": (6, "M"), "D": (12, "TH"), "TH": (30, "TM"), "TM": (30, "TS")}


def _unit_of(word: str) -> tuple[str, str]:
    v = vocabulary()
    key = _norm(word)
    if key not in v.units and key.endswith("s"):
        key = key[:-1]
    if key == "centurie":
        key = "century"
    return v.units[key]


def _month_of(word: str) -> int:
    return vocabulary().months[_norm(word)]


def _day_of(word: str) -> int:
    key = _norm(word)
    ordinals = vocabulary().ordinals
    if key in ordinals:
        return ordinals[key]
    return int(re.match(r"\d+", key)[0])  # type: ignore[index]


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


_YEARLIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_RANGE_START = re.compile(rf"(?<!\d)(?:{_YEARLIKE.pattern})[-–]$")  # "1996-" of "1996-2001"


# Years that news names often; a four-digit count outside them is no year after a past verb
_NEWS_YEARS = (1900, 2100)


def _year_ok(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year unless it looks like an amount or a clock time."""
    before = text[max(0, start - 2) : start]
    if re.search(r"[$£€#.\d]\s?$", before) or re.match(r"\s*(?:%|percent|per\s?cent)", text[end:]):
        return False
    if re.match(r"\s*(?:GMT|UTC|Z\b|hrs\b|hours\b)", text[end : end + 6]):
        return False  # "(1930 GMT)" is a clock time
    if word_before(text, start).lower() in _NUMBER_LEADS:
        return False  # "Flight 1549", "room 1501", "Resolution 1973"
    address = _STREET_AFTER.match(text[end : end + 60])
    if (
        address
        and address[1].lower() in _STREET_WORDS
        and word_before(text, start).lower() not in ("in", "since", "during", "until", "by")
    ):
        return False  # "1600 Pennsylvania Avenue": a street number; not "In 2004 Main Street"
    tally = _TALLY_BEFORE.search(text, max(0, start - 20), start)
    if tally and tally[1].lower() in vocabulary().count_nouns:
        return False  # "approved by 1998 votes to 1740": the second count of a tally
    after = re.match(r"\s+([A-Za-z]+)", text[end : end + 30])  # "2000 troops", not "2001, troops"
    if after is None:
        return True
    if after[1].lower() in vocabulary().count_nouns:
        return False
    # "seized 1800 bottles": a plural after a past verb is counted, when the number is no
    # likely year of news ("reported 1990 results", "recalled 1968 riots" are years)
    plural = after[1].islower() and len(after[1]) > 3 and after[1].endswith("s")
    number = text[start:end]
    plural = plural and number.isdigit() and not _NEWS_YEARS[0] <= int(number) < _NEWS_YEARS[1]
    lead = word_before(text, start)
    return not (plural and not after[1].endswith(("ss", "us", "is")) and names_a_past_form(lead))


_TALLY_BEFORE = re.compile(r"\d\s+([A-Za-z]+)\s+(?:to|against)\s+$")


_STREET_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+([A-Z][a-z]+)\b")
_STREET_WORDS = word_class("street_word")


_NUMBER_LEADS = word_class("number_lead")
_VERB_LEADS = word_class("verb_lead")


# -- builders ---------------------------------------------------------------------------------


def build_iso(m: re.Match[str], text: str) -> Found | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and _valid_day(month, day)):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    clock = f"{m['H']}:{m['M']}" if m["H"] else None
    return Found(m.start(), m.end(), ex.Absolute(value, clock))


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b")


@functools.lru_cache(maxsize=8)
def _numeric_date_order(text: str) -> str:
    """ "DMY" or "MDY": how a text writes its numeric dates. A date that can only be read one
    way ("28/06/2021") decides; else the order of its dates in words ("14 March" against
    "March 14"); else month first."""
    day_first = month_first = 0
    for first, second in _NUMERIC_DATE.findall(text):
        if int(first) > 12 >= int(second):
            day_first += 1
        elif int(second) > 12 >= int(first):
            month_first += 1
    if day_first != month_first:
        return "DMY" if day_first > month_first else "MDY"
    table = fragments()
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    day_first = len(re.findall(rf"\b{day}\s+(?:of\s+)?{table['MONTH']}", text, re.IGNORECASE))
    month_first = len(
        re.findall(rf"\b{table['MONTH']}\s+{day}\b(?![\d,]*\d{{3}})", text, re.IGNORECASE)
    )
    return "DMY" if day_first > month_first else "MDY"


def build_numeric(m: re.Match[str], text: str) -> Found | None:
    from .absolute import parse_numeric_date

    value = parse_numeric_date(m[0], _numeric_date_order(text))
    if value is None:
        return None
    return Found(m.start(), m.end(), ex.Absolute(value))


def build_day_first(m: re.Match[str], text: str) -> Found | None:
    """ "14.03.2024" and "14-Mar-2024": the day comes first in both."""
    if word_before(text, m.start()).lower() in _NUMBER_LEADS:
        return None  # "version 1.2.2024"
    month = _month_of(m["mw"]) if m["mw"] else int(m["m"])
    day = int(m["d"])
    if not (1 <= month <= 12 and _valid_day(month, day)):
        return None
    return Found(m.start(), m.end(), ex.Absolute(f"{int(m['y']):04d}-{month:02d}-{day:02d}"))


_EARLY_HOURS_BEFORE = re.compile(r"\bthe\s+(?:early|small|wee)\s+hours\s+of\s+$", re.I)


def build_full_date(m: re.Match[str], text: str) -> Found | None:
    month_word = m["m1"] or m["m2"]
    if not _cap(m, "m1" if m["m1"] else "m2", text):
        return None
    month = _month_of(month_word)
    day = _day_of(m["d1"] or m["d2"])
    if not _valid_day(month, day):
        return None
    start = m.start()
    bare_day = bool(m["d2"]) and m["d2"].isdigit() and not re.search(r"\sof\s", m[0])
    if bare_day and re.match(r"the\s", m[0], re.I):
        start = m.start("d2")  # "the 31 August deadline": "the" belongs to the noun
    mod = "APPROX" if m["around"] else None  # "around Nov. 1"
    if _EARLY_HOURS_BEFORE.search(text, max(0, start - 30), start):
        mod = "START"  # "the early hours of Nov. 14", outside the span as before a weekday
    year = m["y"] or _shared_year(text, m.end()) or _range_end_year(text, m.end(), month, day)
    expression = _month_day(month, day, year)
    named = next((g for g in ("wd", "pwd") if m[g] and _cap(m, g, text)), None)
    if named and isinstance(expression, ex.PartialDate):
        weekday = vocabulary().weekdays.get(_norm(m[named]).rstrip("."))
        expression = attrs.evolve(expression, weekday=weekday)
    if named == "wd" and (epithet := _weekday_epithet(text, start)):
        start -= len(epithet)  # "Black Friday, Nov. 29": the name is one with the date
    return Found(start, m.end(), expression, mod)


@functools.cache
def _range_end() -> re.Pattern[str]:
    """The dated end of a range after its first day: " to 31 December 2020"."""
    table = fragments()
    day, month = table["DAY"], table["MONTH"]
    return re.compile(
        rf"\s*(?:to|until|till|through|and|-|–)\s*(?:the\s+)?(?:(?P<d>{day})\s+(?:of\s+)?"
        rf"(?P<m>{month})|(?P<m2>{month})\s+(?P<d2>{day})),?\s+(?P<y>\d{{4}})\b",
        re.IGNORECASE,
    )


def _range_end_year(text: str, end: int, month: int, day: int) -> str | None:
    """The year of "from 31 January to 31 December 2020", written once at the range's end:
    that year, or the one before when the first day comes later in the calendar ("from 20
    December to 5 January 2022")."""
    match = _range_end().match(text, end)
    if match is None or not _YEARLIKE.fullmatch(match["y"]):
        return None
    last = (_month_of(match["m"] or match["m2"]), _day_of(match["d"] or match["d2"]))
    year = int(match["y"]) - (1 if (month, day) > last else 0)
    return str(year)


def _month_day(month: int, day: int, year: str | None) -> ex.PartialDate | ex.Absolute:
    """A day of a month: absolute with a year, else placed later by tense."""
    if year:
        return ex.Absolute(f"{int(year):04d}-{month:02d}-{day:02d}")
    return ex.PartialDate(month, day)


_SHARED_YEAR = re.compile(
    r"(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|or|to|through|-|–)\s*"
    r"\d{1,2}(?:st|nd|rd|th)?(,?\s+(\d{4}))\b"
)


def _shared_year(text: str, end: int) -> str | None:
    """The year of "Oct. 12-14, 1989" and "May 3, 5 and 7, 2021", which belongs to every
    day."""
    match = _SHARED_YEAR.match(text, end)
    return match[2] if match and _YEARLIKE.fullmatch(match[2]) else None


def _capitalised_month_day(m: re.Match[str], text: str) -> tuple[int, int] | None:
    """(month, day) of groups ``m`` and ``d`` when the month is capitalised and the day exists."""
    if not _cap(m, "m", text):
        return None
    month, day = _month_of(m["m"]), _day_of(m["d"])
    return (month, day) if _valid_day(month, day) else None


def build_nth_weekday(m: re.Match[str], text: str) -> Found | None:
    """ "the fourth Thursday of November", "the last Monday in May": a holiday-like rule."""
    if not (_cap(m, "wd", text) and _cap(m, "m", text)):
        return None
    ordinal = _norm(m["ord"])
    nth = -1 if ordinal == "last" else _day_of(ordinal)
    rule = f"{nth}:{vocabulary().weekdays[_norm(m['wd'])]}:{_month_of(m['m'])}"
    year = int(m["y"]) if m["y"] else None
    if nth == 5 and (year is None or not _holiday_days(rule, year)):
        return None  # a fifth weekday is rare; without its year it names no day
    return Found(m.start(), m.end(), ex.Holiday(rule, year))


def _holiday_days(rule: str, year: int) -> list[object]:
    from .resolve import holiday_dates  # the calendar arithmetic lives with resolution

    return list(holiday_dates(rule, year))


# "the week ending March 9" spans the seven days up to it: the ISO week holding their middle day
_WEEK_MIDDLE = {"of": 0, "ending": -3, "ended": -3, "to": -3, "starting": 3, "beginning": 3}


def build_week_of(m: re.Match[str], text: str) -> Found | None:
    """ "the week of March 6": the ISO week holding that day; "the week ending 9 March" and
    "the week starting March 4": the ISO week holding the middle of those seven days."""
    month_group, day_group = ("m", "d") if m["m"] else ("m2", "d2")
    if not _cap(m, month_group, text):
        return None
    month, day = _month_of(m[month_group]), _day_of(m[day_group])
    if not _valid_day(month, day):
        return None
    week = ex.WeekOf(_month_day(month, day, m["y"]), _WEEK_MIDDLE[_norm(m["rel"])])
    return Found(m.start(), m.end(), week)


def build_week_of_weekday(m: re.Match[str], text: str) -> Found | None:
    """ "the week ended Friday": the ISO week holding the middle of the seven days up to that
    Friday, which the clause's tense places as it places a bare "Friday"."""
    if not _cap(m, "wd", text):
        return None
    weekday = ex.WeekdayRef(vocabulary().weekdays[_norm(m["wd"])])
    return Found(m.start(), m.end(), ex.WeekOf(weekday, _WEEK_MIDDLE[_norm(m["rel"])]))


def build_week_of_month(m: re.Match[str], text: str) -> Found | None:
    """ "the first week of April": the ISO week holding the month's 4th day, so that most of
    the week lies in the month (ISO's own rule for a year's first week); "the last week of
    April" holds the month's fourth day from the end. "The first weekend of June" is the
    weekend of its first Saturday."""
    if not _cap(m, "m", text):
        return None
    month = _month_of(m["m"])
    ordinal = _norm(m["ord"])
    if _norm(m["kind"]) == "weekend":
        # "the first weekend of June": the weekend of the month's first Saturday
        nth = -1 if ordinal in ("last", "final") else _day_of(ordinal)
        rule = f"{nth}:{vocabulary().weekdays['saturday']}:{month}"
        year = int(m["y"]) if m["y"] else None
        return Found(m.start(), m.end(), ex.Holiday(rule, year, weekend=True))
    if ordinal in ("last", "final"):
        year = int(m["y"]) if m["y"] else 2001  # February has 28 days when no year is written
        day = calendar.monthrange(year, month)[1] - 3
    else:
        day = 4 + 7 * (_day_of(ordinal) - 1)
    return Found(m.start(), m.end(), ex.WeekOf(_month_day(month, day, m["y"])))


def build_second_day(m: re.Match[str], text: str) -> Found | None:
    """The second day of "April 24 and 25" (the first is a full date of its own)."""
    found = _capitalised_month_day(m, text)
    if found is None:
        return None
    month, day = found
    if m["y"]:
        return Found(m.start("d"), m.end(), _month_day(month, day, m["y"]))
    if not _day_list_ends(text, m.end("d")):
        return None  # "On Jan. 5 and 10 people died"
    return Found(m.start("d"), m.end("d"), ex.PartialDate(month, day))


def build_listed_day(m: re.Match[str], text: str) -> Found | None:
    """A day of a list that names its month once: "24" and "25" of "24, 25 and 26 September",
    "17" of "March 15, 17 and 19"."""
    group = "last" if m.groupdict().get("last") else "d"
    if not _cap(m, "m", text):
        return None
    month, day = _month_of(m["m"]), _day_of(m[group])
    if not _valid_day(month, day):
        return None
    if group == "last":
        if not _day_list_ends(text, m.end(group)):
            return None  # "on March 15, 17 and 20 people were hurt"
    elif "y" not in m.groupdict():
        tail = _list_tail().match(text, m.end(group))
        if tail is None or not _day_list_ends(text, tail.end()):
            return None
    year, end = m.groupdict().get("y"), m.end(group)
    if "y" not in m.groupdict():  # "March 15, 17 and 19, 2021": the year after the list
        written = _LIST_YEAR.match(text, end) if group == "last" else None
        year = written[1] if written else _shared_year(text, end)
        end = written.end() if written else end
    return Found(m.start(group), end, _month_day(month, day, year))


_LIST_YEAR = re.compile(r",?\s+(\d{4})\b")


@functools.cache
def _list_tail() -> re.Pattern[str]:
    """The rest of a list of days after one of them: ", 17 and 19"."""
    day = fragments()["DAY"]
    return re.compile(rf"(?:\s*,\s*{day})*\s*,?\s*(?:and|or)\s+{day}", re.IGNORECASE)


def build_first_day(m: re.Match[str], text: str) -> Found | None:
    """The first day of "15 to 17 June", "Monday 4 and Tuesday 5 March" and "between 1 and 3
    May 2021" (the second is a full date of its own)."""
    found = _capitalised_month_day(m, text)
    if found is None:
        return None
    month, day = found
    start = m.start("wd") if m["wd"] and _cap(m, "wd", text) else m.start("d")  # "Tuesday 19"
    return Found(start, m.end("d"), _month_day(month, day, m["y"]))


def _day_list_ends(text: str, end: int) -> bool:
    """True when a bare day number at ``end`` closes its phrase: punctuation or a word such
    as "in" or "when" follows, not a noun it would count ("10 people")."""
    after = _word_after(text, end)
    if not after or after.lower() in _AFTER_DAY_ORDINAL:
        return True
    return bool(re.match(r"\s*[,.;:)]", text[end : end + 2]))


# "that year" and "the following year" count from the date last mentioned
_YEAR_STEPS = {"this": 0, "last": -1, "next": 1}
_REFERENCE_YEAR_STEPS = {"that": 0, "same": 0, "following": 1, "next": 1}
_REFERENCE_YEAR_STEPS |= {"previous": -1, "preceding": -1, "prior": -1}


def _year_step(words: str) -> tuple[int, bool]:
    """The year offset of "last" or "the following", and whether it counts from the date
    last mentioned rather than from publication."""
    words = _norm(words)
    if words in _YEAR_STEPS:
        return _YEAR_STEPS[words], False
    return _REFERENCE_YEAR_STEPS[words.split()[-1]], True


def build_month_relative_year(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "m", text):
        return None
    offset, from_reference = _year_step(m["rel"])
    month, day_text = _month_of(m["m"]), m["d1"] or m["d2"]
    if day_text is None:
        # "mid-March next year": the month, with its part
        mod = _mod(m["mod"], vocabulary().point_mods)
        start = m.start() if mod else m.start("m")
        return Found(start, m.end(), ex.YearRelative(offset, month, None, from_reference), mod)
    if m["mod"]:
        return None  # "early 12 September last year": no such phrase
    day = _day_of(day_text)  # "12 September last year"
    if not _valid_day(month, day):
        return None
    return Found(m.start(), m.end(), ex.YearRelative(offset, month, day, from_reference))


_CLAUSE_OPENING = re.compile(r"(?:[.!?,;:]['’\"”]?\s*|\n\s*|^\s*)['‘\"“]?$")


def build_that_named(m: re.Match[str], text: str) -> Found | None:
    """ "That June, he married", "on that Saturday": the month of the year last mentioned, the
    weekday on or after the day last mentioned. Only opening a clause or after a preposition:
    in "said that March was wet", "that" joins a clause."""
    group = "m" if m["m"] else "wd"
    if not _cap(m, group, text):
        return None
    lead = word_before(text, m.start()).lower()
    opens = _CLAUSE_OPENING.search(text, max(0, m.start() - 4), m.start()) is not None
    if not (opens or lead in _PREPOSITIONS):
        return None
    if m["m"]:
        return Found(m.start(), m.end(), ex.YearRelative(0, _month_of(m["m"]), None, True))
    return Found(m.start(), m.end(), ex.WeekdayRef(vocabulary().weekdays[_norm(m["wd"])], "that"))


def build_weekday_after_that(m: re.Match[str], text: str) -> Found | None:
    """ "The Monday after that": the first Monday after the day last mentioned, as "the
    following Monday"; "the Friday before that" as "the previous Friday"."""
    if not _cap(m, "wd", text):
        return None
    shift = "following" if _norm(m["ba"]) == "after" else "previous"
    return Found(m.start(), m.end(), ex.WeekdayRef(vocabulary().weekdays[_norm(m["wd"])], shift))


# "the following January", "the next spring": a step from the date last mentioned
_ANAPHORIC_SHIFTS = {"following": "following", "next": "following"}
_ANAPHORIC_SHIFTS |= {"previous": "previous", "preceding": "previous"}


def build_shifted_month(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "m", text):
        return None
    words = _norm(m["rel"]).split()
    shift = _ANAPHORIC_SHIFTS.get(words[-1]) if words[0] == "the" else words[-1]
    shift = {"past": "last", "coming": "next"}.get(shift or "", shift)
    return Found(m.start(), m.end(), ex.PartialDate(_month_of(m["m"]), shift=shift))


def build_month_year(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "m", text):
        return None
    value = f"{_year_group(m):04d}-{_month_of(m['m']):02d}"
    expression = ex.Absolute(value, century_open=m["ay"] is not None)  # "August '69"
    return Found(m.start(), m.end(), expression, _mod(m["mod"], vocabulary().point_mods))


def build_first_month(m: re.Match[str], text: str) -> Found | None:
    """The first month of "between July and September 2015", "March-May 2019" or "June and
    August last year", which takes the year written once after the second; not "Theresa May
    and June 2019"."""
    if not _cap(m, "m", text):
        return None
    before = word_before(text, m.start("m"))
    named = before[:1].isupper() and before.lower() not in _PREPOSITIONS  # "Theresa May"
    if m["m"].lower() in ("may", "march") and named:
        return None
    month = _month_of(m["m"])
    back = 1 if month > _month_of(m["m2"]) else 0  # "from December to March 2020": 2019
    if m["rel"]:
        offset, from_reference = _year_step(m["rel"])
        expression: ex.Expression = ex.YearRelative(offset - back, month, None, from_reference)
    else:
        expression = ex.Absolute(f"{int(m['y']) - back:04d}-{month:02d}")
    return Found(m.start(), m.end("m"), expression, _mod(m["mod"], vocabulary().point_mods))


_MONTH_THEN_DASH = re.compile(r"([A-Za-z]+)\.?\s?[-–]\s?$")


def _ends_month_span(text: str, m: re.Match[str]) -> bool:
    """True for the second month of "January-March": the first one leads it, if it is a
    month itself ("in March-May", not "a March-May poll")."""
    dash = _MONTH_THEN_DASH.search(text, max(0, m.start("m") - 14), m.start("m"))
    if dash is None or dash[1].lower() not in vocabulary().months:
        return False
    first_needs_lead = dash[1].lower() in ("may", "march")
    return not first_needs_lead or word_before(text, dash.start(1)).lower() in _PREPOSITIONS


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the|its|their|a|\w+'s)\s+(?P<word>[a-z]{2,}est)\s+$", re.IGNORECASE
)


def ranked_by_superlative(text: str, start: int) -> bool:
    """True when a superlative ranks what starts at ``start``: "the hottest | March", "its
    wettest | summer"; not "a request", "the contest" (class ``not_superlative``)."""
    found = _SUPERLATIVE_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and found["word"].lower() not in word_class("not_superlative")


_A_MARCH_GOES = re.compile(r"\s+(?:on(?!\s+record)|to|for|against|through|across|past)\b")


def _ranked_month(m: re.Match[str], text: str) -> bool:
    """True for a month a superlative ranks ("the hottest March on record", "its wettest May"),
    not for a march that goes somewhere ("the biggest March on Washington")."""
    if not ranked_by_superlative(text, m.start("m")):
        return False
    return _norm(m["m"]) != "march" or not _A_MARCH_GOES.match(text[m.end() : m.end() + 20])


_MONTH_SUBJECT_VERBS = word_class("month_subject_verb")
_POSSESSIVE_THEN_WORD = re.compile(r"['’]s\s+[a-z]")
_SENTENCE_GAP = re.compile(r"(?:[.!?]['’\"”]?\s+|\n\s*)$")


def _march_opens_a_sentence(m: re.Match[str], text: str) -> bool:
    """True for "March" as the subject opening a sentence ("March was the warmest on record",
    "March's jobless rate"); a march goes on ("March on Washington"), and "May" opening a
    sentence is as often a name."""
    if _norm(m["m"]) != "march" or m["mod"]:
        return False
    start = m.start("m")
    if start and text[start - 1] in "\"“‘'":
        start -= 1  # '"March was brutal," he said'
    if start and not _SENTENCE_GAP.search(text, max(0, start - 4), start):
        return False
    return (
        _word_after(text, m.end()).lower() in _MONTH_SUBJECT_VERBS
        or _POSSESSIVE_THEN_WORD.match(text, m.end()) is not None
    )


_DAY_NUMBER_AFTER = re.compile(r"\s*\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)")


def build_bare_month(m: re.Match[str], text: str) -> Found | None:
    word = m["m"]
    if not _cap(m, "m", text):
        return None
    if m["mod"] and "hours" in m["mod"].lower() and _DAY_NUMBER_AFTER.match(text, m.end()):
        return None  # "the early hours of Nov. 14": a day, which the month-day rule reads
    before = word_before(text, m.start("m"))
    after = _word_after(text, m.end())
    mod = _mod(m["mod"], vocabulary().point_mods)
    has_lead = mod is not None or before.lower() in _PREPOSITIONS or _ends_month_span(text, m)
    # "The March accession", "the May elections" are months; "the March on Washington" and
    # "May said" are not
    dated_noun_phrase = before.lower() in _DETERMINERS and after.lower() in _DATED_NOUNS
    ranked = _ranked_month(m, text)
    if _norm(word) in ("may", "march") and not (
        has_lead or dated_noun_phrase or ranked or _march_opens_a_sentence(m, text)
    ):
        return None
    # "the January-February period": a month joined to the next by a dash, even after "the"
    has_lead = has_lead or text[m.end() : m.end() + 1] in ("-", "–")
    if not has_lead and _capitalised(before) and _capitalised(after):
        return None  # a name such as "Theresa May Johnson"
    short = len(_norm(word)) <= 4 and _norm(word) not in ("may", "june", "july")
    if short and not word.endswith(".") and after[:1].isupper():
        return None  # "Jan Kavan": an abbreviation needs its period before a capital
    if not has_lead and after[:1].isupper() and before and not before[0].isupper():
        return None
    return Found(m.start(), m.end(), ex.PartialDate(_month_of(word)), mod)


def build_year(m: re.Match[str], text: str) -> Found | None:
    start, end = m.start("y"), m.end("y")
    if not _year_ok(text, start, end):
        return None
    after_range_start = _RANGE_START.search(text[max(0, start - 6) : start])
    if (
        not (m["mod"] or m["fiscal"] or after_range_start)
        and text[start - 1 : start] in "-/"
        and start > 0
    ):
        return None  # "202-1996" is no year; the end of "1996-2001" is
    if m["mod"] and "half" in m["mod"].lower():
        return None  # "the first half of 1990" is 1990-H1, the quarter rule's business
    mod = _mod(m["mod"], vocabulary().point_mods)
    if m["open"] and mod is None:  # "1990 and beyond", "1994 or later"
        mod = "ON_OR_BEFORE" if _norm(m["open"]).endswith("earlier") else "ON_OR_AFTER"
    return Found(m.start(), m.end(), ex.Absolute(m["y"]), mod)


def build_mid_unit(m: re.Match[str], text: str) -> Found | None:
    """ "by mid-year", "at midweek", "by mid-decade": the middle of the current year, month,
    week or decade."""
    return Found(m.start("span"), m.end("span"), ex.UnitRelative(_norm(m["u"]), 0), "MID")


def build_unit_to_date(m: re.Match[str], text: str) -> Found | None:
    """ "Sales are up 12% year to date", "month-to-date losses": the current unit so far."""
    return Found(m.start(), m.end(), ex.UnitRelative(_norm(m["u"]), 0))


def build_year_span_end(m: re.Match[str], text: str) -> Found | None:
    """The "26" of "2025-26" and the "23" of "the 2022/23 season": the next year."""
    first = int(m["first"])
    if not _year_ok(text, m.start("first"), m.end("first")):
        return None
    following = first + 1
    if int(m["yy"]) != following % 100:
        return None  # "2021-04" is a month, "1998-12" no span of years
    return Found(m.start("yy"), m.end("yy"), ex.Absolute(f"{following:04d}"))


def _full_year(short: str) -> int:
    """Two digits name 2000-2068 or 1969-1999, as ``strptime``'s ``%y`` does."""
    return int(short) + (2000 if int(short) < 69 else 1900)


def build_short_fiscal_year(m: re.Match[str], text: str) -> Found | None:
    """ "FY23": the fiscal year 2023."""
    return Found(m.start(), m.end(), ex.Absolute(f"{_full_year(m['yy']):04d}"))


def build_short_year(m: re.Match[str], text: str) -> Found | None:
    """ "in '69", "since '03": a year cut to two digits, after a preposition."""
    year = _full_year(m["ay"][1:])
    return Found(m.start("ay"), m.end("ay"), ex.Absolute(f"{year:04d}", century_open=True))


_RANGE_CONTEXT = word_class("range_context")


def _sentence_words(text: str, start: int, end: int) -> set[str]:
    """The lower-cased words of the sentence around ``text[start:end]``."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "\n"))
    closing = [i for i in (text.find(stop, end) for stop in (". ", "! ", "? ", "\n")) if i >= 0]
    return set(re.findall(r"[a-z]+", text[opening + 1 : min(closing, default=len(text))].lower()))


def build_decade(m: re.Match[str], text: str) -> Found | None:
    if m["bare"]:
        # "a hit in the 60s", "the late 70s"; not "in his 60s" (an age), nor a range of
        # numbers ("highs in the 60s", "approval ratings in the 40s")
        if (
            not m[0].lower().startswith("the")
            or _sentence_words(text, m.start(), m.end()) & _RANGE_CONTEXT
        ):
            return None
        return Found(
            m.start(),
            m.end(),
            ex.Absolute("19" + m["bare"]),
            _mod(m["mod"], vocabulary().point_mods),
        )
    decade = m["dec"] if m["dec"] else "19" + m["short"]
    if decade.endswith("0") and decade < "200":
        decade = decade[:2]  # "the 1800s" is the century 1800-1899; "the 2000s" is a decade
    mod = _mod(m["mod"], vocabulary().point_mods)
    return Found(m.start(), m.end(), ex.Absolute(decade), mod)


_SEASON_LEADS = word_class("season_lead")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_SEASON_NOUNS = word_class("season_noun")
_SEASON_SUBJECT_VERBS = word_class("season_subject")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)[\"“]?$")
_SEASON_STATE = re.compile(
    r"\s+(?:is|['’]s)\s+(?:(?:almost|nearly|finally|now|well|truly|officially)\s+)?(?:"
    + "|".join(sorted(word_class("season_state")))
    + r")\b"
)


def _opens_its_sentence(text: str, start: int) -> bool:
    """Whether ``text[start]`` begins a sentence (or the text, or a line)."""
    return _SENTENCE_OPENING.search(text, max(0, start - 4), start) is not None


def build_season(m: re.Match[str], text: str) -> Found | None:
    season = vocabulary().seasons[_norm(m["s"])]
    year = _year_group(m)
    shift = _norm(m["shift"]).split()[-1] if m["shift"] else None
    shift = {"past": "last", "coming": "next"}.get(shift or "", shift)
    if m["the"] and shift in _ANAPHORIC_SHIFTS:
        shift = _ANAPHORIC_SHIFTS[shift]  # "the following summer": after the date last named
    mod = _mod(m["mod"] or m["side"], vocabulary().point_mods)  # "later this spring": END
    if shift == "that":
        if season in ("SP", "FA") and not re.match(r"\s*[,.;:]", text[m.end() :]):
            return None  # "that fall in prices", "that spring water": nouns
        # "won the title in 2005. That summer, its manager left": the year last named
        return Found(m.start(), m.end(), ex.SeasonRef(season, None, None, 0, True), mod)
    if year is None and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return None  # "the fall of Kabul", "the spring of hope": no season of a year
    if year is None and shift is None and mod is None:
        if _cap(m, "s", text) and _names_something(text, m.start("s"), m.end("s")):
            return None  # "the Summer Olympics", "the Winter Palace"
        if _word_after(text, m.end()).lower() in _SEASON_NOUNS:
            return None  # "spring water"
        before = "the" if m["the"] else word_before(text, m.start()).lower()
        subject = (
            _word_after(text, m.end()).lower() in _SEASON_SUBJECT_VERBS
            or _SEASON_STATE.match(text, m.end()) is not None
        )
        if subject and _norm(m["s"]) != "fall" and _opens_its_sentence(text, m.start()):
            return Found(m.start(), m.end(), ex.SeasonRef(season, None, None))  # "Spring has"
        if before not in _SEASON_LEADS:
            return None
        if _norm(m["s"]) == "fall" and before not in ("the", "this", "last", "next"):
            return None  # "a fall in prices", "since fall" is too often the noun
        if _norm(m["s"]) == "spring" and before not in ("the", "this", "last", "next"):
            noun = _NEXT_LOWER_WORD.match(text, m.end())  # no punctuation in between
            after = noun[1] if noun else ""
            if before == "over" or (after and after not in _AFTER_DAY_ORDINAL | _DETERMINERS):
                return None  # "in spring steel", "over spring break": nouns, no season
    if m["ay"]:  # "the summer of '69"
        return Found(m.start(), m.end(), ex.Absolute(f"{year}-{season}", century_open=True), mod)
    if m["ry"]:  # "the spring of last year", "in the summer next year", "of that year"
        offset, from_reference = _year_step(m["ry"])
        found = ex.SeasonRef(season, year_offset=offset, from_reference=from_reference)
        return Found(m.start(), m.end(), found, mod)
    return Found(m.start(), m.end(), ex.SeasonRef(season, year, shift), mod)


_GAME_WORDS = word_class("game_word")
_FINANCE_WORDS = word_class("results_noun") | word_class("finance_word")


def _period_of_a_game(text: str, start: int, end: int) -> bool:
    """Whether a quarter or half with no year is a period of play ("scored in the first half",
    "led by 12 at the end of the third quarter"): its sentence speaks of a game."""
    return bool(_sentence_words(text, start, end) & _GAME_WORDS)


def _half_of_the_books(text: str, start: int, end: int) -> bool:
    """Whether a half with no year is one of a company's or an economy's year ("profit rose
    in the first half"): its sentence speaks of money and not of a game."""
    words = _sentence_words(text, start, end)
    return bool(words & _FINANCE_WORDS) and not words & _GAME_WORDS


def build_quarter(m: re.Match[str], text: str) -> Found | None:
    half = _norm(m["kind"]) == "half"
    groups = m.groupdict()
    named_year = m["y"] or m["rel"] or groups.get("fy") or groups.get("ly") or groups.get("ago")
    if not named_year and _period_of_a_game(text, m.start(), m.end()):
        return None
    if _norm(m["ord"]) in ("last", "latter"):
        if not (half or named_year or groups.get("the_year")):
            return None  # "the last quarter" is the latest one, another rule's business
        index = 2 if half else 4  # "the last quarter of last year": its fourth
    elif _norm(m["ord"]) == "final":
        index = 2 if half else 4  # "sales slumped in the final quarter"
    else:
        index = _day_of(m["ord"])
    year_text = m["y"] or groups.get("fy") or groups.get("ly")
    year = int(year_text) if year_text else None
    offset = {"this": 0, "last": -1, "next": 1}.get(_norm(m["rel"] or ""))
    if groups.get("ago"):
        offset = -1  # "the year-ago third quarter"
    bare_half = half and year is None and offset is None
    if bare_half and (
        re.match(r"\s+of\b", text[m.end() : m.end() + 4])
        or not _half_of_the_books(text, m.start(), m.end())
    ):
        return None  # "the first half of the century", "the second half" of a match
    if index > (2 if half else 4):
        return None
    start = m.start()
    mod = _mod(groups.get("mod"), vocabulary().point_mods)  # "the end of the third quarter"
    if groups.get("hy") == "-" and m.end() == m.end("kind"):
        # "the third-quarter loss": "the" belongs to the noun, and so does "early" in
        # "early third-quarter results"
        if groups.get("the"):
            start = m.end("the")
        elif mod:
            start = m.end("mod")
            while text[start] in " -\t\n":
                start += 1
        mod = None
    reported = year is None and offset is None and _reported_results(text, start, m.end())
    return Found(start, m.end(), ex.QuarterRef(index, half, year, offset, reported), mod)


_RESULTS_NOUNS = word_class("results_noun")
_REPORT_VERBS = word_class("report_verb")
_RESULTS_AFTER = re.compile(r"[\s-]+(?:(?:net|operating|pretax|pre-tax)\s+)?([A-Za-z]+)")


def _reported_results(text: str, start: int, end: int) -> bool:
    """Whether a quarter names results being reported: "to report a third-quarter net loss",
    "posts fourth-quarter earnings" (a report verb within four words before, a results noun
    right after)."""
    after = _RESULTS_AFTER.match(text, end)
    if after is None or after[1].lower() not in _RESULTS_NOUNS:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 60) : start])[-4:]
    return any(word.lower() in _REPORT_VERBS for word in before)


def build_month_span_quarter(m: re.Match[str], text: str) -> Found | None:
    """ "the January-March quarter", "the October-December period", "the July-December
    period": a calendar quarter or half named by its months."""
    if not (_cap(m, "m1", text) and _cap(m, "m2", text)):
        return None
    first, last = _month_of(m["m1"]), _month_of(m["m2"])
    year = int(m["y"]) if m["y"] else None
    if first % 6 == 1 and last == first + 5:
        return Found(m.start(), m.end(), ex.QuarterRef(first // 6 + 1, True, year))
    if first % 3 != 1 or last != first + 2:
        return None  # "the August-October quarter" is a fiscal quarter of its own
    return Found(m.start(), m.end(), ex.QuarterRef(first // 3 + 1, False, year))


def build_q_label(m: re.Match[str], text: str) -> Found | None:
    """ "Q3 2021", "H1 2021", "Q4 FY24" (the fiscal year's quarter, as written); a bare "H1"
    needs its year or a sentence about money (it is also a name: "H1 visas")."""
    written = m["y"] or m["fy"]
    year = _full_year(m["fy2"]) if m["fy2"] else int(written) if written else None
    half = m["kind"] == "H"
    if half and int(m["q"]) > 2:
        return None
    if half and year is None and not _half_of_the_books(text, m.start(), m.end()):
        return None  # "H1 visas"; but "H1 revenue came in at $4.2bn"
    mod = _mod(m["mod"], vocabulary().point_mods)  # "the end of Q2"
    if m["mod"] and not _cap(m, "kind", text):
        return None
    return Found(m.start(), m.end(), ex.QuarterRef(int(m["q"]), half, year), mod)


def build_month_quarter(m: re.Match[str], text: str) -> Found | None:
    """ "the December quarter" (October to December), "the June quarter 2024": named by the
    month that ends it."""
    month = _month_of(m["m"])
    if not _cap(m, "m", text) or month % 3:
        return None
    year = int(m["y"]) if m["y"] else None
    return Found(m.start(), m.end(), ex.QuarterRef(month // 3, False, year))


def build_compact_label(m: re.Match[str], text: str) -> Found | None:
    """ "1Q24" (2024-Q1), "2H23" (2023-H2)."""
    half = m["kind"] == "H"
    if half and int(m["q"]) > 2:
        return None
    return Found(m.start(), m.end(), ex.QuarterRef(int(m["q"]), half, _full_year(m["yy"])))


def build_latest_period(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), ex.UnitRelative("quarter", -1))


@functools.cache
def _quarter_end() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:that\s+)?(?:ended|ending|ends|to)\s+(?:in\s+|on\s+)?(?P<month>{fragments()['MONTH']})",
        re.IGNORECASE,
    )


def _quarter_end_month(text: str, end: int) -> int | None:
    """The month that ends a calendar quarter named right after it ("the quarter ending in
    March", "the quarter ended Dec. 31"); None for none, or for a fiscal quarter ("ended July
    31"), which keeps the latest quarter."""
    match = _quarter_end().match(text, end)
    if match is None:
        return None
    month = vocabulary().months[match["month"].lower().rstrip(".")]
    return month if month % 3 == 0 else None


def build_latest_quarter(m: re.Match[str], text: str) -> Found | None:
    """ "The quarter" is the latest one reported ("expected to earn 35 cents for the quarter");
    its end or start in a future clause is the one under way ("due before the end of the
    quarter"); "the last quarter" is always the one before."""
    rel = _norm(m["rel"] or "")
    mod = _mod(m["fmod"], vocabulary().point_mods)
    if not rel and mod is None and (month := _quarter_end_month(text, m.end())) is not None:
        return Found(m.start(), m.end(), ex.QuarterRef(month // 3))
    if not rel and mod is not None:
        return Found(m.start(), m.end(), ex.UnitRelative("quarter", -1, ahead_offset=0), mod)
    return Found(m.start(), m.end(), ex.UnitRelative("quarter", 0 if rel == "current" else -1), mod)


def build_relative_day(m: re.Match[str], text: str) -> Found | None:
    word = text[m.start("w") : m.end("w")]
    acronym_before = re.search(r"\b[A-Z]{2,5}\s+$", text[max(0, m.start("w") - 8) : m.start("w")])
    if word[0].isupper() and not word.isupper() and acronym_before:
        return None  # "USA Today", "VOA Today": the title of a paper or programme
    days, clock = vocabulary().relative_days[_norm(m["w"])]
    if m["pod"]:
        clock = vocabulary().parts_of_day[_norm(m["pod"])]
    mod = _mod(m["mod"], vocabulary().point_mods)
    return Found(m.start(), m.end(), ex.DayOffset(days, clock), mod)


# "its third week", "their 10th straight day": a running count, found after a present verb by
# the grammar and kept whole in event titles
RUNNING_COUNT = (
    r"(?:the|its|their)\s+(?:{ORD}|\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+|full\s+)?(?P<u>day|week|month|year)"
)


@functools.cache
def running_count() -> re.Pattern[str]:
    """:data:`RUNNING_COUNT` compiled, for any capitalisation."""
    return re.compile(RUNNING_COUNT.replace("{ORD}", fragments()["ORD"]), re.IGNORECASE)


def build_running_count(m: re.Match[str], text: str) -> Found | None:
    """ "The strike is in its third week": the day (week, month, year) of writing, counted
    from a start. Not when another date is the subject ("Friday is the first day of the
    festival") or the count runs in a calendar unit ("the first day of spring")."""
    subject = word_before(text, m.start()).lower().rstrip(".")
    v = vocabulary()
    if subject in v.weekdays or subject in v.months or subject.isdigit():
        return None
    if subject in v.relative_days and subject != "today":
        return None
    if subject in ("week", "weekend", "month", "year", "season", "quarter"):
        return None  # "next year is the final year of the plan"
    if _calendar_count().match(text, m.end()):
        return None
    return Found(m.start("span"), m.end(), ex.UnitRelative(_norm(m["u"]), 0))


@functools.cache
def _calendar_count() -> re.Pattern[str]:
    """What follows a count of calendar days: "of the month", "of spring", "in May 2024"."""
    names = fragments()
    return re.compile(
        r"\s+(?:of|in)\s+(?:the\s+|this\s+|next\s+|each\s+)?"
        rf"(?:month|year|week|{names['SEASON']}|{names['MONTH']}|\d)",
        re.IGNORECASE,
    )


_SUDDEN_HEDGES = word_class("sudden_hedge")
_NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.;:!?,]|\b(?:when|while|after|before|because|as|that|and|but)\b)([^.;:!?,]*?)$",
    re.IGNORECASE,
)


def build_overnight(m: re.Match[str], text: str) -> Found | None:
    """The night just gone ("rebels attacked overnight") or to come; not the idiom for
    "suddenly" ("will not happen overnight", "became a star almost overnight")."""
    if word_before(text, m.start()).lower() in (*_SUDDEN_HEDGES, "a", "an", "the"):
        return None  # "almost overnight"; "the overnight for two": a noun
    clause = _CLAUSE_OPENING.search(text[max(0, m.start() - 120) : m.start()])
    if clause and _NEGATION.search(clause[1]):
        return None
    return Found(m.start(), m.end(), ex.Overnight())


def build_weekend(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), ex.Weekend())


def build_day_around(m: re.Match[str], text: str) -> Found | None:
    days = -2 if _norm(m["ba"]).startswith("before") else 2
    return Found(m.start(), m.end(), ex.DayOffset(days))


def build_unit_before_last(m: re.Match[str], text: str) -> Found | None:
    """ "the week before last" (two weeks back), "the night before last", "the year after
    next"."""
    offset = -2 if _norm(m["ba"]).startswith("before") else 2
    unit = _norm(m["u"])
    if unit == "night":
        return Found(m.start(), m.end(), ex.DayOffset(offset, vocabulary().parts_of_day["night"]))
    return Found(m.start(), m.end(), ex.UnitRelative(unit, offset))


def build_counted_weekday(m: re.Match[str], text: str) -> Found | None:
    """ "three Fridays ago" (the last Friday, two weeks more), "two Tuesdays from now", "the
    Sunday before last", "a week ago Tuesday" (a week before the last Tuesday)."""
    group = next(name for name in ("wd", "wd2", "wd3") if m[name])
    if not _cap(m, group, text):
        return None
    weekday = vocabulary().weekdays[_norm(m[group])]
    if m["ba"]:  # "the Sunday before last", "the Friday after next"
        later = _norm(m["ba"]).startswith("after")
        shift, weeks = ("next", 1) if later else ("last", -1)
        return Found(m.start(), m.end(), ex.WeekdayRef(weekday, shift, weeks=weeks))
    word = _norm(m["n"] or m["n2"])
    count = 1 if word in ("a", "an") else int(_number(word))
    if count < 1:
        return None
    if m["weeks"]:  # "a week ago Tuesday": counted back from the last Tuesday
        return Found(m.start(), m.end(), ex.WeekdayRef(weekday, "last", weeks=-count))
    if _norm(m["dir"]) in ("ago", "back"):
        return Found(m.start(), m.end(), ex.WeekdayRef(weekday, "last", weeks=1 - count))
    return Found(m.start(), m.end(), ex.WeekdayRef(weekday, "next", weeks=count - 1))


def build_this_part_of_day(m: re.Match[str], text: str) -> Found | None:
    clock = vocabulary().parts_of_day[_norm(m["pod"])]
    days = -1 if _norm(m["rel"]) == "last" else 0
    mod = _mod(m["mod"], vocabulary().point_mods)  # "later this afternoon", "late last night"
    return Found(m.start(), m.end(), ex.DayOffset(days, clock), mod)


_WEEKDAY_TITLES = word_class("weekday_title")
_WEEKDAY_EPITHETS = word_class("weekday_epithet")


def _weekday_epithet(text: str, start: int) -> str | None:
    """The capitalised word and space before ``start`` that make a weekday a day of its own
    ("Black " of "Black Friday", "Super " of "Super Tuesday"), else None."""
    before = re.search(r"\b([A-Z][a-z]+) $", text[max(0, start - 20) : start])
    return before[0] if before and before[1].lower() in _WEEKDAY_EPITHETS else None


_HOLIDAY_TITLES = word_class("holiday_title")
_CALENDAR_QUALIFIERS = word_class("calendar_qualifier")
_OWN_INDEPENDENCE = word_class("own_independence")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.]*(?:['’]s)?)\s+$")


def _kept_by_another_calendar(text: str, start: int, name: str) -> bool:
    """Whether the word before a holiday's name moves it off the day the table gives: another
    calendar ("Lunar New Year", "Orthodox Christmas"), or another country's independence
    ("Ukraine's Independence Day", "its Independence Day"; not "America's")."""
    lead = word_before(text, start).lower()
    if lead in _CALENDAR_QUALIFIERS:
        return True
    if name != "independence day":
        return False
    if lead in ("its", "their"):
        return True  # "India celebrated its Independence Day"
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before[1].lower().replace("’", "'")
    return word.removesuffix("'s") not in _OWN_INDEPENDENCE and word not in _PREPOSITIONS


def _names_something(
    text: str, start: int, end: int, followers: frozenset[str] | None = None
) -> bool:
    """True when the capitalised word right after ``text[start:end]`` (any, or one of
    ``followers``) makes it part of a name ("The Sunday Times", "the Good Friday Agreement")."""
    after = re.match(r" ([A-Z][a-z]+)\b", text[end : end + 30])
    return after is not None and (followers is None or after[1].lower() in followers)


_WEEKDAY_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th"}
)


# What may stand between two weekdays (or clock times) named together: "Monday to Friday",
# "Thursday or Friday", "Tuesday, Wednesday and Thursday".
JOIN = r"\s*(?:,|and|or|to|through|until|till|-|–)\s*(?:on\s+)?"


@functools.cache
def _shared_week_pattern() -> re.Pattern[str]:
    weekday, part = fragments()["WD"], fragments()["POD"]
    return re.compile(
        rf"(?:{JOIN}{weekday}(?:\s+(?:{part}))?)+"
        r"\s+(?:of\s+)?(last|next|this)\s+week\b(?![-\w'’]|\s+of\b)",
        re.IGNORECASE,
    )


def _week_shared(text: str, end: int) -> str | None:
    """The week named after a list of weekdays that starts at ``end``: "(Monday) to Friday
    last week" gives Monday that week too."""
    shared = _shared_week_pattern().match(text, end)
    return shared[1] if shared else None


_AFTER_DAY_ORDINAL = word_class("after_day_ordinal")
_ON_A = re.compile(r"\bon\s+a\s+$", re.IGNORECASE)


def _any_weekday(m: re.Match[str], text: str) -> bool:
    """ "born on a Tuesday": some Tuesday, not this week's; "on a Friday news conference"
    is still a definite day."""
    if not _ON_A.search(text[max(0, m.start() - 10) : m.start()]):
        return False
    after = _word_after(text, m.end())
    return not after or not text[m.end() :].lstrip()[:1].isalpha() or after in _AFTER_DAY_ORDINAL


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_BEFORE_OR_AFTER_AN_EVENT = re.compile(r"\s+(?:after|before)\s+(?:the|a|an|his|her|its|their)\b")


def _weekday_of_an_event(m: re.Match[str], text: str) -> int | None:
    """Where "the" starts, for "the Saturday after the vote", "the Monday before his death":
    a weekday counted from a happening, not from publication, so no day the text dates."""
    the = _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
    if the is None or m.end() != m.end("wd"):
        return None
    return the.start() if _BEFORE_OR_AFTER_AN_EVENT.match(text, m.end()) else None


def build_weekday(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "wd", text):
        return None
    if not m["pod"] and _names_something(text, m.start("wd"), m.end("wd"), _WEEKDAY_TITLES):
        return None  # "The Sunday Times"
    if _weekday_epithet(text, m.start()):
        return None  # "Super Tuesday", "Bloody Sunday": days of their own
    if not m["shift"] and word_before(text, m.start()).lower() in _WEEKDAY_ORDINALS:
        return None  # "the fifth Friday": a weekday of some month, not of this week
    weekday = vocabulary().weekdays[_norm(m["wd"])]
    if not m["shift"] and not m["week"] and _any_weekday(m, text):
        part = f"T{vocabulary().parts_of_day[_norm(m['pod'])]}" if m["pod"] else ""
        article = text.rindex("a", 0, m.start())  # "a Tuesday": the article is in the span
        return Found(article, m.end(), ex.Fixed(f"XXXX-WXX-{weekday}{part}", "DATE"))
    article = None if m["shift"] or m["pod"] else _weekday_of_an_event(m, text)
    if article is not None:  # "the Saturday after the vote": "the" is in the span
        return Found(article, m.end(), ex.Fixed(f"XXXX-WXX-{weekday}", "DATE"))
    shift = _norm(m["shift"]).split()[-1] if m["shift"] else None
    shift = shift or (_norm(m["after"]) if m["after"] else None)  # "on Monday next"
    shift = {"past": "last", "coming": "next", "preceding": "previous"}.get(shift or "", shift)
    week = m["week"] or (None if shift else _week_shared(text, m.end()))
    if week:
        shift = f"{_norm(week)} week"  # "Tuesday last week": that week's Tuesday
    clock = vocabulary().parts_of_day[_norm(m["pod"])] if m["pod"] else None
    mod = _mod(m["mod"], vocabulary().point_mods)  # "the early hours of" stays outside
    return Found(_start_after_outside_mod(m), m.end(), ex.WeekdayRef(weekday, shift, clock), mod)


def build_this_time(m: re.Match[str], text: str) -> Found | None:
    """ "This time last year": the month of publication a year back; "this time last week"
    (or month): the day of publication a week (month) back."""
    unit = _norm(m["u"])
    direction = -1 if _norm(m["rel"]) == "last" else 1
    pinned = "month" if unit == "year" else "day"
    return Found(m.start(), m.end(), ex.Offset(1, unit, direction, pinned=pinned))


def build_week_after(m: re.Match[str], text: str) -> Found | None:
    """ "a week from Monday", "a week on Tuesday", "Sunday week", "a week today": seven days
    after the coming one; "a fortnight today": fourteen days after today; "Monday fortnight":
    fourteen days after the coming Monday."""
    if m["f"]:
        return Found(m.start(), m.end(), ex.DayOffset(14 + (_norm(m["f"]) == "tomorrow")))
    group = "wd" if m["wd"] else "wd2"
    word = _norm(m[group])
    if word == "today":
        return Found(m.start(), m.end(), ex.DayOffset(7))
    if word == "tomorrow":
        return Found(m.start(), m.end(), ex.DayOffset(8))
    if not _cap(m, group, text):
        return None
    weekday = vocabulary().weekdays[word]
    weeks = 1 if _norm(m["span"] or "") == "fortnight" else 0
    return Found(m.start(), m.end(), ex.WeekdayRef(weekday, "week_after", weeks=weeks))


_RELATIVE_OFFSETS = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "last": -1,
    "this past": -1,
    "next": 1,
    "the coming": 1,
    "this coming": 1,
    "coming": 1,
}


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def build_unit_relative(m: re.Match[str], text: str) -> Found | None:
    """ "last week", "this month", "the coming year", "the previous day". Before "of" only
    a bare "last", "this" or "next" with no "the" is a date ("convicted last month of fraud");
    "the last month of the year" and "the coming week of talks" are not."""
    if _cap(m, "u", text) and m.start() > 0 and text[m.start() - 1] in "\"“'‘":
        return None  # "This Week" quoted with a capital: a programme's title
    rel = _norm(m["rel"])
    if _OF_AFTER.match(text, m.end()) and (
        rel not in ("this", "last", "next")
        or _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
    ):
        return None  # "the last month of the year" is no month before this one
    unit = _unit_of(m["u"])[1]
    mod = _mod(m["mod"], vocabulary().point_mods)
    if rel in ("the past", "the last", "past") or (
        unit == "fortnight" and rel in ("the next", "the coming", "coming", "the following")
    ):
        # "the past year"; "over the next fortnight", like "the next two weeks", is a length
        designator = vocabulary().units[unit][0]
        return Found(m.start(), m.end(), ex.Fixed(_duration(1, designator)), mod)
    if rel in ("the previous", "the preceding", "the prior"):
        return Found(m.start(), m.end(), ex.Anaphor(unit, -1), mod)
    if rel in ("the following", "the next"):
        return Found(m.start(), m.end(), ex.Anaphor(unit, 1), mod)
    if rel == "the same":
        return Found(m.start(), m.end(), ex.Anaphor(unit, 0), mod)
    if unit == "fortnight":
        return None
    return Found(m.start(), m.end(), ex.UnitRelative(unit, _RELATIVE_OFFSETS[rel]), mod)


def build_period_of_this(m: re.Match[str], text: str) -> Found | None:
    if m["rest"]:
        # "the rest of the week": what remains of that unit, so the unit itself; "the rest of
        # the day" in a past story is the day last named
        unit = _unit_of(m["ru"])[1]
        narrative = re.search(r"\sthe\s+\w+$", m[0]) is not None
        return Found(m.start(), m.end(), ex.UnitRelative(unit, 0, narrative))
    unit = _unit_of(m["u"])[1]
    mod_words = _norm(m["mod"])
    if unit == "year" and "half" in mod_words:  # "the second half of the year": 2021-H2
        return Found(m.start(), m.end(), ex.QuarterRef(1 if "first" in mod_words else 2, True))
    narrative = unit in ("week", "month", "year") and re.search(r"\sthe\s+\w+$", m[0]) is not None
    mod = _mod(m["mod"], vocabulary().point_mods)
    return Found(m.start(), m.end(), ex.UnitRelative(unit, 0, narrative), mod)


def build_the_period_of_a_day(m: re.Match[str], text: str) -> Found | None:
    """ "the month" of "the last Wednesday of the month": the month in context, like "the end
    of the month"; only after a preposition of time ("due on the first day of the month",
    not "it is the first day of the month")."""
    if word_before(text, m.start()).lower() not in _PREPOSITIONS:
        return None
    unit = _unit_of(m["u"])[1]
    return Found(m.start("p"), m.end(), ex.UnitRelative(unit, 0, True))


def build_span_duration(m: re.Match[str], text: str) -> Found | None:
    amount = _number(m["n"])
    if _norm(m["n"]) in ("a", "an"):
        return None
    if re.match(r"last\s", m[0], re.I) and word_before(text, m.start()).lower() in _VERB_LEADS:
        return None  # "expected to last six weeks": a verb; the count alone is the duration
    designator = _unit_of(m["u"])[0]
    mod = _amount_mod(m, text)
    start = _start_after_outside_mod(m)
    return Found(start, m.end(), ex.Fixed(_duration(amount, designator)), mod)


_MILITARY_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# words before four digits and "hours" that make them a clock: "at 1500 hours"
_CLOCK_LEADS = frozenset(("at", "by", "until", "from", "before", "after", "around", "about"))


def build_duration_rule(m: re.Match[str], text: str) -> Found | None:
    numeral = _norm(m["n"])
    unit_word = _norm(m["u"])
    if numeral in ("a", "an", "one") and unit_word == "second":
        return None  # "a second round"
    if numeral in ("some", "many") and unit_word in ("day", "time"):
        return None
    if m["the"] and numeral in ("a", "an"):
        return None
    if _YEARLIKE.fullmatch(numeral) and not m["hy"] and not text[m.end("u") :].startswith("s"):
        return None  # "the 1988 quarter", "the 1988 second quarter": a year, not a count
    before = word_before(text, m.start()).lower()
    if before in ("once", "twice", "thrice", "times", "per", "every", "each"):
        return None
    if m["hy"] and numeral in ("a", "an"):
        return None
    if text[max(0, m.start() - 1) : m.start()] == "/":
        return None  # the "2" of "1/2 hour"
    if numeral in ("a", "an") and not m["mod"] and _is_rate(before):
        return None  # "$500 million a year", "four flights a week": a rate, not a duration
    if (
        unit_word == "hour"
        and _MILITARY_CLOCK.fullmatch(numeral)
        and (numeral.startswith("0") or before in _CLOCK_LEADS)
    ):
        return None  # "at 0300 hours": a clock
    rest = text[m.end() : m.end() + 8]
    if unit_word == "year" and re.match(r"\s+(?:old|of\s+age)\b", rest):
        return None  # "52 years old", "under five years of age": an age
    if unit_word == "quarter" and (
        re.match(
            r"\s+(?:of|points?|percentage|mile|miles|inch|inches|pound|pounds)\b",
            text[m.end() : m.end() + 12],
        )
        or m["hy"]
    ):
        return None  # "a quarter of the market", "a quarter point", "a quarter mile": amounts
    if unit_word == "quarter" and numeral in ("a", "one") and before == "by":
        return None  # "cut its workforce by a quarter": a fraction
    amount = _number(m["n"])
    if (m["half"] or m["half2"]) and amount >= 0:
        amount = amount + 0.5
    designator = _unit_of(m["u"])[0]
    mod = _amount_mod(m, text)
    start = _start_after_outside_mod(m)
    if m["the"] and m["hy"]:
        start = m.end("the")  # "the 16-hour flight": the article belongs to the noun
    value = _duration(amount, designator)
    if not (m["mod"] or m["the"] or m["hy"] or _OFFSET_AFTER.match(text, m.end())):
        start = _range_start(text, start, amount)  # "six to eight weeks": one span
    if _in_time_ahead(m, text, amount):
        time = _TIME_AFTER.match(text, m.end())  # "in three weeks' time": in the span
        end = time.end() if time else m.end()
        return Found(start, end, ex.InTime(int(amount), _unit_of(m["u"])[1], value, bool(time)))
    time = _TIME_AFTER.match(text, m.end())
    if time and word_before(text, start).lower() in ("in", "within"):
        return Found(start, time.end(), ex.Fixed(value), mod)  # "In two weeks' time the city
        # had emptied": the span it took
    return Found(start, m.end(), ex.Fixed(value), mod)


@functools.cache
def _range_lower_bound() -> re.Pattern[str]:
    number = fragments()["NUM"]
    return re.compile(
        rf"(?<![\w.,$£€])(?:(?<=between\s)(?P<between>{number})\s+and"
        rf"|(?P<n>{number})(?:\s*(?:to|-|–)|\s+or))\s*$",
        re.IGNORECASE,
    )


_OFFSET_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|from\s+now|hence)\b", re.I)


def _range_start(text: str, start: int, amount: float) -> int:
    """Where a duration starts when a smaller amount leads it: "six to eight weeks", "six or
    seven weeks", "between six and nine months"."""
    lower = _range_lower_bound().search(text, max(0, start - 24), start)
    if lower is None or not 0 < _number(lower["n"] or lower["between"]) < amount:
        return start
    return lower.start()


_IN_TIME_UNITS = frozenset({"day", "week", "fortnight", "month", "year", "decade"})
_COUNTING_WORDS = word_class("counting")


_TIME_AFTER = re.compile(r"(?:['’]s?|s['’])\s+time\b", re.IGNORECASE)


def _in_time_ahead(m: re.Match[str], text: str, amount: float) -> bool:
    """True for "in two weeks" (a date ahead in a future clause), not "in two-week" stints,
    "the first rise in a decade" or "twice in a year"."""
    if m["mod"] or m["the"] or m["hy"] or m["half"] or m["half2"] or amount < 1:
        return False
    if amount != int(amount) or _unit_of(m["u"])[1] not in _IN_TIME_UNITS:
        return False
    lead = text[max(0, m.start() - 60) : m.start()]
    words = re.findall(r"[A-Za-z]+", lead)
    if not words or words[-1].lower() != "in":
        return False
    return not any(w.lower() in _COUNTING_WORDS for w in words[-6:-1])


_RATE_WORDS = word_class("amount_word")
_NOT_PLURAL = word_class("not_plural")


def _is_rate(word_before: str) -> bool:
    """True when the word before "a <unit>" is an amount: "24 hours a day", "$5 a week"."""
    if any(ch.isdigit() for ch in word_before) or word_before in _RATE_WORDS:
        return True
    return len(word_before) > 3 and word_before.endswith("s") and word_before not in _NOT_PLURAL


# A unit as a whole number of a smaller one, for "half a decade later" (5 years) and "a
# quarter of a century ago" (25 years).
_SMALLER_UNIT = {
    "century": (100, "year"),
    "decade": (10, "year"),
    "year": (12, "month"),
    "day": (24, "hour"),
    "hour": (60, "minute"),
}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}


def _fraction(words: str) -> float | None:
    """The part of a unit that "half a", "a quarter of a" or "three-quarters of an" names;
    None for a number of whole units ("three")."""
    names = re.findall(r"[a-z]+", words.lower())
    part = next((_FRACTIONS[word] for word in names if word in _FRACTIONS), None)
    if part is None:
        return None
    return part * 3 if names[0] == "three" else part


def _part_of_unit(fraction: float, unit: str) -> tuple[int, str] | None:
    """``fraction`` of ``unit`` as a whole number of a smaller unit: (0.25, "century") is
    (25, "year"), (0.25, "decade") is (30, "month")."""
    while unit in _SMALLER_UNIT:
        factor, unit = _SMALLER_UNIT[unit]
        fraction *= factor
        if fraction == int(fraction):
            return int(fraction), unit
    return None


_PINNABLE_UNITS = ("day", "week", "month", "year", "decade", "century")


def build_offset(m: re.Match[str], text: str) -> Found | None:
    unit = _unit_of(m["u"])[1]
    fraction = _fraction(m["n"])
    if fraction is not None:
        part = _part_of_unit(fraction, unit)
        if part is None:
            return None
        amount, unit = part
    else:
        amount = _number(m["n"])
    word = _norm(m["dir"])
    if word in ("earlier", "later") and re.match(r"\s+than\b", text[m.end("dir") :]):
        # "a year later than planned": the length of a delay, no date
        end = m.end("u") + (1 if text[m.end("u") : m.end("u") + 1] == "s" else 0)
        designator = vocabulary().units[unit][0]
        return Found(_start_after_outside_mod(m), end, ex.Fixed(_duration(amount, designator)))
    if amount < 0 and word != "ago" and not word.startswith(("from", "hence")):
        # "a few days later", "several months before": how long, counted from an unnamed
        # point, so a length and no date (as TimeML writes them: the span stops at the unit)
        end = m.end("u") + (1 if text[m.end("u") : m.end("u") + 1] == "s" else 0)
        designator = vocabulary().units[unit][0]
        return Found(_start_after_outside_mod(m), end, ex.Fixed(_duration(-1, designator)))
    # "before that", "after then": counted from the date last mentioned; "a year on," is later
    direction = -1 if word.split()[0] in ("ago", "earlier", "before", "previously") else 1
    anchor = "publication" if word in ("ago", "from now", "from today", "hence") else "reference"
    mod = _mod(m["mod"], vocabulary().amount_mods)
    if mod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"):
        mod = {"LESS_THAN": "AFTER", "MORE_THAN": "BEFORE"}.get(mod, mod)
    if m["orso"] and mod is None:
        mod = "APPROX"  # "a week or so ago"
    start = _start_after_outside_mod(m)
    # "two weeks ago today" names a day, "30 years ago this month" a month; "a week earlier
    # today" is no such phrase, nor is "a month ago this week" (a finer unit than the count)
    pinned = None
    if m["today"] and word == "ago" and unit in _PINNABLE_UNITS:
        pinned = "day" if _norm(m["today"]) == "today" else _norm(m["today"]).split()[-1]
        if _PINNABLE_UNITS.index(pinned) > _PINNABLE_UNITS.index(unit):
            pinned = None
    if word == "from today" and unit in _PINNABLE_UNITS:
        pinned = "day"  # "six weeks from today" counts from a day, to a day
    end = m.end() if pinned else m.end("dir")
    return Found(start, end, ex.Offset(int(amount), unit, direction, anchor, pinned), mod)


def build_unit_ago(m: re.Match[str], text: str) -> Found | None:
    unit = _unit_of(m["u"])[1]
    if unit == "year":
        # "the year-ago quarter", "year-earlier results": last year's version of the period
        # being reported, not a year before whatever date came last
        quarter = _norm(m["period"] or "") == "quarter"
        start = m.start() if m["period"] else m.start("u")  # "the year-ago results"
        return Found(start, m.end(), ex.ReferencePeriod(None, -1, quarter))
    anchor = "publication" if _norm(m["dir"]) == "ago" else "reference"
    return Found(m.start(), m.end(), ex.Offset(1, unit, -1, anchor))


def build_year_period(m: re.Match[str], text: str) -> Found | None:
    quarter = _norm(m["period"]) == "quarter"
    if m["y"]:
        return Found(m.start(), m.end(), ex.ReferencePeriod(int(m["y"]), quarter=quarter))
    offset = {"this": 0, "last": -1, "next": 1}[_norm(m["rel"])]
    return Found(m.start(), m.end(), ex.ReferencePeriod(None, offset, quarter))


def build_period_year_before(m: re.Match[str], text: str) -> Found | None:
    """ "The same quarter last year", "the period a year earlier": last year's version of the
    period being reported."""
    quarter = _norm(m["period"]) == "quarter"
    return Found(m.start(), m.end(), ex.ReferencePeriod(None, -1, quarter))


def build_same_unit_year_before(m: re.Match[str], text: str) -> Found | None:
    """ "The same month last year": the month named (or of publication) a year back."""
    return Found(m.start(), m.end(), ex.SameUnitYearBefore(_unit_of(m["u"])[1]))


def build_anaphor(m: re.Match[str], text: str) -> Found | None:
    # "later in the week": the week last named; "the year before": the year before it
    word = _norm(m["u"] or m["u2"] or m["u3"] or m["bu"])
    offset = {"previous": -1, "preceding": -1, "prior": -1, "next": 1, "following": 1}.get(
        _norm(m["rel"] or ""), 0
    )
    if m["ba"]:
        offset = -1 if _norm(m["ba"]) == "before" else 1
    pods = vocabulary().parts_of_day
    if word in pods:
        return Found(m.start(), m.end(), ex.Anaphor("day", offset, pods[word]))
    return Found(m.start(), m.end(), ex.Anaphor(_unit_of(word)[1], offset))


SET_ADVERBS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "quarterly": "P3M",
    "fortnightly": "P2W",
    "biennially": "P2Y",
    "biannually": "P6M",
    "semi-annually": "P6M",
    "semiannually": "P6M",
}
# Of these, words that are sets only as adverbs ("dividends are paid quarterly."), not before a
# noun ("quarterly results", "a fortnightly magazine")
_ADVERB_ONLY_SETS = frozenset(
    {"quarterly", "fortnightly", "biennially", "biannually", "semi-annually", "semiannually"}
)
_ADVERB_SEQUEL = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:" + "|".join(sorted(word_class("overnight_sequel"))) + r")\b"
)


_PAPER_EPITHETS = word_class("paper_epithet")
_PAPER_VERBS = word_class("saying_verb") | word_class("paper_verb")
_PAPER_NAME = re.compile(r" ((?:(?:[A-Z][\w'’-]*|al|el|de|du|la|le)\s?)+)(?:\s*([,.;:)]|[a-z]+))?")


def _is_a_newspaper(m: re.Match[str], text: str) -> bool:
    """True when "daily" or "weekly" is a noun, a newspaper: "the Israeli daily Haaretz",
    "the weekly Der Spiegel reported", "the Communist Party daily Granma", "told the daily"."""
    before = word_before(text, m.start())
    name = _PAPER_NAME.match(text, m.end())
    if name is None:
        after = re.match(r"\s*(?:([,.;:)])|([a-z]+))", text[m.end() : m.end() + 20])
        return (
            before.lower() == "the"
            and after is not None
            and (after[1] is not None or after[2] in _PAPER_VERBS)
        )
    vocab = vocabulary()
    first = name[1].split()[0].lower().rstrip(".")
    if first in vocab.weekdays or first in vocab.months:
        return False  # "published daily Monday to Friday"
    lead = re.search(r"(?:^|[.!?]['\"’”]?)\s*\S+\s+$", text[max(0, m.start() - 60) : m.start()])
    if (_capitalised(before) and lead is None) or before.lower() in _PAPER_EPITHETS:
        return True  # a capitalised word that does not open the sentence
    return (
        before.lower() in ("the", "a")
        and name[2] is not None
        and (not name[2].isalpha() or name[2] in _PAPER_VERBS)
    )


def build_set_adverb(m: re.Match[str], text: str) -> Found | None:
    if text[m.start()].isupper() and _names_something(text, m.start(), m.end()):
        return None  # "the Daily Mail", "Weekly Standard"
    if _is_a_newspaper(m, text):
        return None
    word = _norm(m[0])
    if word in _ADVERB_ONLY_SETS and not _ADVERB_SEQUEL.match(text, m.end()):
        return None
    return Found(m.start(), m.end(), ex.Fixed(SET_ADVERBS[word], "SET"))


def build_every_day_of_month(m: re.Match[str], text: str) -> Found | None:
    """ "every October 31", "each 14 July": that day of any year, a SET."""
    name = "m1" if m["m1"] else "m2"
    if not _cap(m, name, text):
        return None
    month = vocabulary().months[_norm(m[name])]
    day = int(m["d1"] or m["d2"])
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return None
    return Found(m.start(), m.end(), ex.Fixed(f"XXXX-{month:02d}-{day:02d}", "SET"))


def build_every(m: re.Match[str], text: str) -> Found | None:
    v = vocabulary()
    word = _norm(m["u"])
    if word.endswith("s") and word[:-1] in v.weekdays:
        word = word[:-1]
    if m["pod"] and word not in v.weekdays:
        return None  # a part of day qualifies a weekday only ("every Saturday morning")
    if word in v.weekdays and word.endswith("day"):
        return Found(m.start(), m.end(), _weekday_set(word, m["pod"]))
    if word == "weekend":  # "every weekend": any week's; "every other weekend": each P2W
        if not (m["other"] or m["n"]):
            return Found(m.start(), m.end(), ex.Fixed("XXXX-WXX-WE", "SET"))
        weeks = 2 if m["other"] else _number(m["n"])
        return Found(m.start(), m.end(), ex.Fixed(f"P{weeks}W", "SET")) if weeks > 0 else None
    if word in v.parts_of_day:  # "every night": the night of any day
        return Found(m.start(), m.end(), ex.Fixed(f"XXXX-XX-XXT{v.parts_of_day[word]}", "SET"))
    if word in v.seasons:  # "every spring"
        return Found(m.start(), m.end(), ex.Fixed(f"XXXX-{v.seasons[word]}", "SET"))
    holiday = v.holidays.get(word.replace("’", "'"))
    if holiday is not None:  # "every Christmas": that day of any year
        if not _cap(m, "u", text) or m["pod"] or m["other"] or m["n"]:
            return None
        fixed = re.fullmatch(r"\d\d-\d\d", holiday)
        return Found(m.start(), m.end(), ex.Fixed(f"XXXX-{fixed[0]}" if fixed else "P1Y", "SET"))
    if word in v.months:
        if not _cap(m, "u", text):
            return None  # "each may apply"
        return Found(m.start(), m.end(), ex.Fixed(f"XXXX-{v.months[word]:02d}", "SET"))
    amount = _number(m["n"]) if m["n"] else 1
    if m["other"]:
        amount = 2
    if amount < 0:
        return None
    return Found(m.start(), m.end(), ex.Fixed(_duration(amount, _unit_of(word)[0]), "SET"))


def _weekday_set(weekday: str, part_of_day: str | None) -> ex.Fixed:
    """Every such weekday, or that part of it: "Sundays" ``XXXX-WXX-7``, "Tuesday nights"
    ``XXXX-WXX-2TNI``."""
    v = vocabulary()
    part = f"T{v.parts_of_day[_norm(part_of_day)]}" if part_of_day else ""
    return ex.Fixed(f"XXXX-WXX-{v.weekdays[_norm(weekday)]}{part}", "SET")


def build_every_second_weekday(m: re.Match[str], text: str) -> Found | None:
    """ "Thursday" of "every Monday and Thursday": a set like the first weekday."""
    if not _cap(m, "wd", text):
        return None
    return Found(m.start("wd"), m.end(), _weekday_set(m["wd"], m["pod"]))


def build_times_per(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), ex.Fixed(_duration(1, _unit_of(m["u"])[0]), "SET"))


# Units in seconds, months and years roughly: enough to tell a share from its whole
_UNIT_LENGTHS = {
    "TS": 1,
    "TM": 60,
    "TH": 3600,
    "D": 86400,
    "W": 604800,
    "M": 2_592_000,
    "Y": 31_536_000,
}


def build_share_of_a_unit(m: re.Match[str], text: str) -> Found | None:
    """ "five days a week" (``P1W``), "24 hours a day" (``P1D``): so much of every such unit,
    a habit, not a length of time."""
    part, whole = _unit_of(m["part"])[0], _unit_of(m["u"])[0]
    amount = _number(m["n"])
    if part not in _UNIT_LENGTHS or whole not in _UNIT_LENGTHS or amount <= 0:
        return None
    if _UNIT_LENGTHS[part] >= _UNIT_LENGTHS[whole]:
        return None  # "two weeks a day" is no share of a day
    return Found(m.start(), m.end(), ex.Fixed(_duration(1, whole), "SET"))


def build_weekday_of_every_month(m: re.Match[str], text: str) -> Found | None:
    """ "the first Monday of every month": that day of each month (``P1M``), no one date."""
    if not _cap(m, "wd", text):
        return None
    return Found(m.start(), m.end(), ex.Fixed("P1M", "SET"))


def build_weekdays(m: re.Match[str], text: str) -> Found | None:
    """ "every weekday", "weekdays": Monday to Friday of any week (``XXXX-WXX-WD``)."""
    return Found(m.start(), m.end(), ex.Fixed("XXXX-WXX-WD", "SET"))


def build_weekday_set(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "wd", text):
        return None
    pod = m["pod"] or m["shared"]  # "Monday and Tuesday nights": both are nights
    return Found(m.start(), m.end(), _weekday_set(m["wd"], pod))


def build_weekend_set(m: re.Match[str], text: str) -> Found | None:
    """ "The museum closes at weekends": the weekend of any week."""
    return Found(m.start("we"), m.end(), ex.Fixed("XXXX-WXX-WE", "SET"))


_ZONE_NAMES = word_class("zone_name")
_NOT_ZONE_NAMES = word_class("determiner") | word_class("not_zone_name")


def _is_zone(m: re.Match[str], text: str) -> bool:
    """True for "EST", "local time", "Eastern time", "Kabul time"; not "et" or "The time"."""
    if m["zone"]:
        return text[m.start("zone") : m.end("zone")].isupper()
    name = m["zname"]
    if name in _ZONE_NAMES:
        return True
    return _cap(m, "zname", text) and name not in _NOT_ZONE_NAMES


_LATER_PARTS = ("afternoon", "evening", "night")


def build_zoned_clock(m: re.Match[str], text: str) -> Found | None:
    """ "0300 GMT", "1430 GMT on Friday"; not "1500 et al." nor the year of "in 2010 UTC",
    nor "10:35 a.m. (0735 GMT)", which restates the time before it."""
    before = word_before(text, m.start()).lower()
    if m["h"] in ("19", "20") and before in _PREPOSITIONS and before not in ("at", "around"):
        return None  # "in 2010 UTC" is a year; "at 1912 GMT" a clock
    if (m["zone"] and not _is_zone(m, text)) or text[max(0, m.start() - 1) : m.start()] == "(":
        return None
    clock_lead = before in _CLOCK_LEADS or m["h"].startswith("0")
    if m["local"] and m["local"].startswith("h") and not clock_lead:
        return None  # "logged 1500 hours": a count; "at 1500 hours", "0530 hours": a clock
    clock = f"{m['h']}:{m['mi']}"
    if m["wd"] and _cap(m, "wd", text):
        weekday = vocabulary().weekdays[_norm(m["wd"])]
        return Found(m.start(), m.end(), ex.WeekdayRef(weekday, None, clock))
    end = m.end("zone") if m["zone"] else m.end("local")
    return Found(m.start(), end, ex.ClockTime(clock))


def _spoken_clock(m: re.Match[str]) -> str | None:
    """ "ten o'clock", "half past two", "a quarter to six", "20 minutes past midnight": no
    a.m. or p.m., so the hour as written unless a part of the day says otherwise ("2
    o'clock in the afternoon", "at half past nine tonight"); "12 o'clock" is noon."""
    hour_word = _norm(m["oc"] or m["qh"])
    night = bool(m["ocnight"] or m["qnight"]) or m["postpod"] == "night"
    later = night or (m["ocin"] or m["qin"]) in _LATER_PARTS or m["postpod"] in _LATER_PARTS
    later = later or _later_in_the_day(m)
    if hour_word in ("noon", "midnight"):
        hour = 12 if hour_word == "noon" else 0
    else:
        hour = _number(hour_word)
        if not isinstance(hour, int) or not 1 <= hour <= 12:
            return None
        hour = 0 if hour == 12 and night else 12 if hour == 12 else hour + (12 if later else 0)
    minutes = 0
    if m["qm"]:
        part = _norm(m["qm"])
        minutes = {"half": 30, "quarter": 15, "a quarter": 15}.get(part) or 0
        minutes = minutes or _number(part.rsplit(" ", 1)[0])  # "20 minutes", "a minute"
        if not isinstance(minutes, int) or not 1 <= minutes <= 59:
            return None
        if _norm(m["qdir"]) == "to":
            minutes, hour = 60 - minutes, hour - 1
    if hour == 0 and minutes == 0:
        return "24:00"  # midnight, as TIMEX3 writes it
    return f"{hour % 24:02d}:{minutes:02d}"


def build_clock_range_start(m: re.Match[str], text: str) -> Found | None:
    """The bare first hour of "between 2 and 3 a.m." takes the meridiem of the second, or the
    other one when it comes later on the dial ("from 9 to 5 p.m." opens at 9 a.m.)."""
    start = (int(m["h"]) % 12) * 60 + int(m["mi"] or 0)
    end = (int(m["h2"]) % 12) * 60 + int(m["mi2"] or 0)
    pm = _norm(m["ampm"]).startswith("p")
    if start > end:
        pm = not pm
    hour = int(m["h"]) % 12 + (12 if pm else 0)
    return Found(m.start(), m.end(), ex.ClockTime(f"{hour:02d}:{m['mi'] or '00'}"))


def build_clock(m: re.Match[str], text: str) -> Found | None:
    if m["noon"] and word_before(text, m.start()).lower() == "high":
        return None  # "high noon" is an idiom
    if m["mid"]:  # "mid-afternoon": the middle of that part of the day
        clock = vocabulary().parts_of_day[re.sub(r"^mid-?\s?", "", _norm(m["mid"]))]
    elif m["noon"]:
        clock = "24:00" if _norm(m["noon"]) == "midnight" else "12:00"
        if clock == "24:00" and word_before(text, m.start()).lower() in ("after", "past"):
            clock = "00:00"  # "shortly after midnight on Sunday": the start of Sunday
    elif m["oc"] or m["qm"]:
        clock = _spoken_clock(m)
        if clock is None:
            return None
    elif m["hb"]:
        hour = int(m["hb"])
        day_part = m["postpod"] or re.match(r"tonight|last|this", _norm(m["post"] or ""))
        if hour <= 12 and not day_part:
            return None  # "closed at 10.30 on Tuesday": a price as likely as a clock
        if hour < 12 and _later_in_the_day(m):
            hour += 12  # "at 10.30 last night"; "at 7 this morning" stays
        clock = f"{hour:02d}:{m['mb'] or '00'}"
    elif m["h24"]:
        hour = int(m["h24"])
        later = m["postpod"] in _LATER_PARTS or _norm(m["post"] or "") == "tonight"
        if len(m["h24"]) == 1 and later:
            hour += 12  # "at 7:30 on Friday evening"; "at 6:45 on Friday morning" stays
        clock = f"{hour:02d}:{m['m24']}"
    else:
        hour = int(m["h"])
        if hour > 12 or hour == 0:
            return None
        if m["inthe"] and word_before(text, m.start()).lower().rstrip(".") in vocabulary().months:
            return None  # "on March 5 in the morning": a day, not five o'clock
        pm = _norm(m["ampm"] or "").startswith("p") or m["inthe"] in ("afternoon", "evening")
        hour = (hour % 12) + (12 if pm else 0)
        clock = f"{hour:02d}:{m['mi'] or '00'}"
    mod = "APPROX" if m["around"] else None  # "around 7:15 p.m."
    zone = m["zone"] or m["zname"]
    if zone and not _is_zone(m, text):
        # zones are written in capitals: "at 10 pm et al." ends at "pm"; "10 p.m. The time"
        end = m.start("zone" if m["zone"] else "zname")
        while text[end - 1].isspace():
            end -= 1
        pre = _norm(m["pre"] or "")
        weekday = vocabulary().weekdays.get(pre)
        expression = ex.WeekdayRef(weekday, None, clock) if weekday else ex.ClockTime(clock)
        return Found(m.start(), end, expression, mod)
    pre = _norm(m["pre"] or m["post"] or "")
    v = vocabulary()
    month_group = next((g for g in ("pm", "pm2", "wm", "wm2") if m[g]), None)
    if month_group:  # "8 p.m. ET on Nov. 5", "11:45 GMT on Wednesday, 13 March"
        month = _month_of(m[month_group])
        day = _day_of(m["pd"] or m["pd2"] or m["wd_d"] or m["wd_d2"])
        if not (_cap(m, month_group, text) and _valid_day(month, day)):
            return None
        if m["py"]:
            value = f"{int(m['py']):04d}-{month:02d}-{day:02d}"
            return Found(m.start(), m.end(), ex.Absolute(value, clock), mod)
        return Found(m.start(), m.end(), ex.PartialDate(month, day, clock), mod)
    end = m.end("post") if m["py"] else m.end()  # a year needs a month: "Tuesday, 1999 was"
    if m["post"] and pre in v.weekdays and not _cap(m, "post", text):
        return None
    if m["pre"] and word_before(text, m.start()).lower() in ("every", "each"):
        # "every Saturday at 9am": the set takes the weekday, the clock is the habit's time
        start = min(m.start(g) for g in _CLOCK_GROUPS if m[g])
        return Found(start, end, ex.ClockTime(clock), mod)
    if pre in v.weekdays:
        return Found(m.start(), end, ex.WeekdayRef(v.weekdays[pre], None, clock), mod)
    if pre in v.relative_days:
        return Found(m.start(), end, ex.DayOffset(v.relative_days[pre][0], clock), mod)
    if pre == "last night" or pre.startswith("this "):  # "at 11pm last night"
        return Found(m.start(), end, ex.DayOffset(-1 if pre == "last night" else 0, clock), mod)
    return Found(m.start(), end, ex.ClockTime(clock), mod)


_CLOCK_GROUPS = ("h", "h24", "hb", "noon", "mid", "oc", "qm")


def _later_in_the_day(m: re.Match[str]) -> bool:
    """True when the part of the day after a clock is afternoon, evening or night."""
    post = _norm(m["post"] or m["pre"] or "")
    return (
        m["postpod"] in _LATER_PARTS
        or post in ("tonight", "last night")
        or (post.startswith("this ") and post != "this morning")
    )


_QUANTIFIERS = word_class("quantifier")
_NEXT_TOKEN = re.compile(r"\s+(\d+|[A-Za-z]+)")


def build_vague(m: re.Match[str], text: str) -> Found | None:
    phrase = _norm(m[0])
    if phrase == "current" and _word_after(text, m.end()).lower() in ("account", "accounts"):
        return None
    if phrase == "the future" and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return None  # "the future of our peoples" is a fate, not a time
    if phrase == "the past":
        following = _NEXT_TOKEN.match(text, m.end())
        word = following[1].lower() if following else ""
        if word.isdigit() or word in vocabulary().numerals or word in _QUANTIFIERS:
            return None  # "the past three summers" counts something, it is no vague past
    value = vocabulary().vague[phrase]
    kind = "DURATION" if value.startswith("PX") else "DATE"  # "the coming weeks": PXW
    return Found(m.start(), m.end(), ex.Fixed(value, kind))


_PLURAL_LEADS = word_class("plural_lead")
_PLURAL_HEDGES = word_class("plural_hedge")
_PLURAL_SEQUELS = word_class("plural_sequel")


def build_named_day(m: re.Match[str], text: str) -> Found | None:
    """ "9/11", "the September 11 attacks": a day known by its date, in its own year."""
    value, followers = vocabulary().named_days[_norm(m["name"])]
    if followers and _word_after(text, m.end()).lower() not in followers:
        return None
    return Found(m.start(), m.end(), ex.Absolute(value))


def build_half_unit(m: re.Match[str], text: str) -> Found | None:
    """ "half a century" (P50Y), "half an hour" (PT30M), "nearly half a year" (P6M), "the
    past half-century" (P50Y), "a quarter of a century" (P25Y), "three-quarters of an hour"
    (PT45M)."""
    mod = _amount_mod(m, text)
    if m["part"]:
        if m.start("part") == m.start() and m["part"].lower() == "quarter":
            return None  # "its quarter-century low": a quarter with no article names no span
        part = _part_of_unit(_fraction(m["part"]) or 0, _unit_of(m["u3"] or m["u4"])[1])
        if part is None:
            return None
        value = _duration(part[0], vocabulary().units[part[1]][0])
    else:
        value = _duration(0.5, _unit_of(m["u"] or m["u2"])[0])
    return Found(_start_after_outside_mod(m), m.end(), ex.Fixed(value), mod)


def build_long(m: re.Match[str], text: str) -> Found | None:
    """ "a day-long meeting" (P1D), "a decades-long battle" (PXY), "a two-week-long trip"."""
    unit = _unit_of(m["u"])[0]
    plural = bool(m["plural"]) or _norm(m["u"]) == "centuries"
    if m["n"]:
        return Found(m.start(), m.end(), ex.Fixed(_duration(_number(m["n"]), unit)))
    return Found(m.start(), m.end(), ex.Fixed(_duration(-1 if plural else 1, unit)))


# the start of a sentence or clause: "Days later", "…, and hours after"
_CLAUSE_START = re.compile(r"(?:^|[.!?;:,(\"“]\s*|\b(?:and|but|then)\s+)$", re.IGNORECASE)


def build_bare_plural(m: re.Match[str], text: str) -> Found | None:
    before = word_before(text, m.start()).lower()
    sequel = _word_after(text, m.end()).lower() in _PLURAL_SEQUELS
    opens = _CLAUSE_START.search(text, max(0, m.start() - 8), m.start()) is not None
    hedged = before in _PLURAL_HEDGES or opens
    if before not in _PLURAL_LEADS and not (hedged and sequel):
        # "for years"; "just hours after the attack", "Days later, he resigned"; but not
        # "minutes apart" or "the days after the attack"
        return None
    return Found(m.start(), m.end(), ex.Fixed(_duration(-1, _unit_of(m["u"])[0])))


def build_new_year(m: re.Match[str], text: str) -> Found | None:
    """ "in the new year", "since the New Year": a year, placed by tense; "for the new year"
    looks ahead."""
    purpose = text[m.start() : m.start("y")].strip().lower() == "for"
    return Found(m.start("y"), m.end(), ex.NewYear(purpose))


def build_holiday(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "h", text):
        return None
    name = _norm(m["h"]).replace("’", "'")
    rule = vocabulary().holidays[name]
    if "|" in rule and _names_something(text, m.start("h"), m.end("h")):
        return None  # "Eid Mohammad" is a man, not a feast
    if not m["shift"] and _kept_by_another_calendar(text, m.start("h"), name):
        return None  # "Lunar New Year", "Orthodox Easter", "India's Independence Day"
    if name == "new year" and word_before(text, m.start("h")).lower() in ("the", "happy"):
        return None  # "the New Year" is the year (another rule); "Happy New Year" a greeting
    named = _names_something(text, m.start(), m.end(), _HOLIDAY_TITLES)
    if named and not (m["y"] or m["rel"] or m["week"]):
        return None  # "the Good Friday Agreement", "the Easter Rising"
    year = int(m["y"]) if m["y"] else None
    shift = _norm(m["shift"]) if m["shift"] else None
    offset = {"last": -1, "this": 0, "next": 1}.get(_norm(m["rel"] or ""))  # "Eid last year"
    mod = "APPROX" if rule.startswith("hijri:") else None  # the moon decides the very day
    week, weekend = bool(m["week"] and not m["end"]), bool(m["end"])  # "Easter week(end)"
    clock = vocabulary().parts_of_day[_norm(m["pod"])] if m["pod"] else None
    after = _AFTER_LEAD.search(text, max(0, m.start() - 12), m.start()) is not None
    holiday = ex.Holiday(
        rule, year, shift, offset, week=week, weekend=weekend, clock=clock, after=after
    )
    return Found(m.start(), m.end(), holiday, mod)


# "after Christmas", "after the Easter break", "since Easter"
_AFTER_LEAD = re.compile(r"\b(?:after|since)\s+(?:the\s+)?$", re.IGNORECASE)


def build_day_ordinal(m: re.Match[str], text: str) -> Found | None:
    if not _day_list_ends(text, m.end()):
        return None
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    start = m.start("the") if m["the"] else m.start("the2") if m["the2"] else m.start("d")
    if not m["the"] and not _after_day_ordinal(text, start):
        return None  # "came 2nd and 3rd": places, not days
    shared = _SHARED_MONTH.match(text, m.end())  # "the 24th and 25th of May"
    if shared and shared["rel"]:  # "the 23rd and 24th of this month"
        shift = {"this": 0, "next": 1, "last": -1}.get(_norm(shared["rel"]))
        return Found(start, m.end(), ex.DayOfMonth(day, shift))
    month = vocabulary().months.get(_norm(shared["m"])) if shared else None
    if month is not None and _valid_day(month, day):
        return Found(start, m.end(), ex.PartialDate(month, day))
    return Found(start, m.end(), ex.DayOfMonth(day))


def build_weekday_day(m: re.Match[str], text: str) -> Found | None:
    """ "Monday the 21st": the 21st of the nearby month in which it is a Monday."""
    if not _cap(m, "wd", text):
        return None
    weekday = vocabulary().weekdays.get(_norm(m["wd"]).rstrip("."))
    return Found(m.start(), m.end(), ex.DayOfMonth(int(m["d"]), weekday=weekday))


_DAY_ORDINAL_BEFORE = re.compile(
    r"\bthe\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\s+(?:and|or|to)\s+(?:the\s+)?$", re.IGNORECASE
)


def _after_day_ordinal(text: str, start: int) -> bool:
    """True when a day ordinal with "the" goes just before ``start`` ("the 23rd and |24th")."""
    return bool(_DAY_ORDINAL_BEFORE.search(text, max(0, start - 30), start))


def build_day_of_month(m: re.Match[str], text: str) -> Found | None:
    """ "the first of the month" (by tense), "the 15th of next month"; "the 1st of each
    month" is a set."""
    day = _day_of(m["d"])
    if not 1 <= day <= 31:
        return None
    if not text.startswith("the", m.start()) and not _after_day_ordinal(text, m.start()):
        return None
    if _norm(m["which"]) in ("each", "every"):
        return Found(m.start(), m.end(), ex.Fixed(f"XXXX-XX-{day:02d}", "SET"))
    shift = {"this": 0, "next": 1, "last": -1}.get(_norm(m["which"]))  # "the": by tense
    return Found(m.start(), m.end(), ex.DayOfMonth(day, shift))


_SHARED_MONTH = re.compile(
    r"\s*(?:and|or|to|through|-|–)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+"
    r"(?:(?P<m>[A-Z][a-z]+\.?)|(?P<rel>the|this|next|last)\s+month\b)"
)


def _spoken_year(words: str) -> int:
    """1994 for "nineteen ninety-four", 2001 for "two thousand and one"."""
    parts = [p for p in re.split(r"[\s-]+", _norm(words)) if p != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(_number(p) for p in parts[2:])
    hundreds = int(_number(parts[0]))
    return hundreds * 100 + sum(int(_number(p)) for p in parts[1:] if p != "hundred")


def _year_group(m: re.Match[str]) -> int | None:
    """The year a match names: in digits (group ``y``), read aloud (group ``sy``) or cut to
    two digits after an apostrophe (group ``ay``)."""
    if m["y"]:
        return int(m["y"])
    if m.groupdict().get("sy"):
        return _spoken_year(m["sy"])
    if m.groupdict().get("ay"):
        return _full_year(m["ay"][1:])  # "the summer of '69"
    return None


def build_spoken_year(m: re.Match[str], text: str) -> Found | None:
    """ "nineteen ninety-six", "the year two thousand": years as read aloud."""
    year = _spoken_year(m["sy"])
    if not 1000 <= year <= 2099:
        return None
    return Found(m.start(), m.end(), ex.Absolute(f"{year:04d}"))


_AGE_OWNERS = frozenset({"his", "her", "their", "my", "your", "our", "its"})


def build_decade_word(m: re.Match[str], text: str) -> Found | None:
    if word_before(text, m.start()).lower() in _AGE_OWNERS:
        return None  # "a man in his forties", "in her early thirties": an age
    decade = vocabulary().numerals[_norm(m["tens"])[:-3] + "y"]  # "nineties" -> "ninety"
    century = 19 if not m["century"] else int(_number(m["century"]))
    mod = _mod(m["mod"], vocabulary().point_mods)
    return Found(m.start(), m.end(), ex.Absolute(f"{century:02d}{decade // 10}"), mod)


def build_century(m: re.Match[str], text: str) -> Found | None:
    number = int(m["n"]) if m["n"] else vocabulary().ordinals[_norm(m["w"])]
    if not 1 <= number <= 21:
        return None
    mod = _mod(m["mod"], vocabulary().point_mods)
    before_christ = re.match(r"\s*(?:BCE?\b|B\.C\.(?:E\.)?)", text[m.end() : m.end() + 8])
    if before_christ:  # "the 5th century BC": TIMEX3 writes the era first
        return Found(
            m.start(), m.end() + before_christ.end(), ex.Absolute(f"BC{number - 1:02d}"), mod
        )
    return Found(m.start(), m.end(), ex.Absolute(f"{number - 1:02d}"), mod)


def build_turn_of(m: re.Match[str], text: str) -> Found | None:
    """ "the turn of the century", "the turn of the 20th century": about the year it began."""
    years = 1000 if _norm(m["u"]) == "millennium" else 100
    number = None
    if m["n"] or m["w"]:
        number = int(m["n"]) if m["n"] else vocabulary().ordinals[_norm(m["w"])]
        if not 1 <= number <= (3 if years == 1000 else 21):
            return None
    return Found(m.start(), m.end(), ex.TurnOf(years, number), "APPROX")


def build_turn_of_year(m: re.Match[str], text: str) -> Found | None:
    """ "at the turn of the year": the start of the year about to begin, placed by tense
    like "the new year"."""
    return Found(m.start(), m.end(), ex.NewYear(), "START")


def build_mid_century(m: re.Match[str], text: str) -> Found | None:
    """ "By mid-century": the middle of this century (mod MID) after a preposition and before
    the clause ends; "mid-century furniture" is a style, not a date."""
    if word_before(text, m.start()).lower() not in _PREPOSITIONS:
        return None
    after = text[m.end() : m.end() + 5].lstrip()
    if after and after[0].isalnum() and _word_after(text, m.end()).lower() not in ("and", "or"):
        return None
    return Found(m.start(), m.end(), ex.UnitRelative("century", 0), "MID")


def build_running_year(m: re.Match[str], text: str) -> Found | None:
    """The year a report speaks of: "the fiscal year", "for the year", "by year-end".

    "the latest fiscal year" is the one before, "next fiscal year" the one after; "since
    year-end" is the end of last year.
    """
    if m["lead"] is not None:
        start = m.start() if _norm(m["lead"]) in ("the", "around") else m.end("lead")
        while text[start].isspace():
            start += 1
        offset = -1 if _norm(m["lead"]) == "since" else 0
        return Found(start, m.end(), ex.UnitRelative("year", offset), "END")
    if m["side"] is not None:
        mod = _mod(m["side"], vocabulary().point_mods)
        return Found(m.start(), m.end(), ex.UnitRelative("year", 0), mod)
    if m["yv"] is not None:
        # "the index ended the year up 24%" is a year that has closed; "to end the year" and
        # "started the year" are this one
        verb = _norm(m["yv"])
        ended = verb.endswith("ed") and not verb.startswith(("start", "began"))
        start = m.end("yv")
        while text[start].isspace():
            start += 1
        return Found(start, m.end(), ex.UnitRelative("year", 0, ended=ended))
    relation = m["rel"] or m["bare"]
    # how many fiscal years from this one ("the coming financial year" is the one after)
    step = {
        "latest": -1,
        "last": -1,
        "previous": -1,
        "prior": -1,
        "past": -1,
        "next": 1,
        "coming": 1,
    }
    offset = step.get(_norm(relation), 0) if relation is not None else 0
    mod = _mod(m["fmod"], vocabulary().point_mods)  # "the start of the financial year"
    return Found(m.start(), m.end(), ex.UnitRelative("year", offset), mod)


def build_reporting_year(m: re.Match[str], text: str) -> Found | None:
    """ "the year ended Sept. 30" is a year-long period; "the full year" is this year."""
    if m["ended"]:
        end = m.start("ended")
        while text[end - 1].isspace():
            end -= 1
        return Found(m.start(), end, ex.Fixed("P1Y"))
    return Found(m.start(), m.end(), ex.UnitRelative("year", 0))
