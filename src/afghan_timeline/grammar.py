"""Recognition rules: regular patterns assembled from the lexicon tables, each with a builder.

A builder looks at one regex match and returns a :class:`Found` (span, underspecified
expression, TIMEX3 mod) or None to reject the match (e.g. "may" the verb). Overlapping finds
are settled by :func:`recognize`: the longest span wins, then the earlier rule.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

import attrs

from . import expressions as ex
from .errors import LexiconError
from .lexicon import load_table, typed_column

__all__ = ["Found", "recognize"]


@attrs.frozen
class Found:
    """A recognised span and its underspecified meaning."""

    start: int
    end: int
    expression: ex.Expression
    mod: str | None = None
    rule: int = 0


Builder = Callable[[re.Match[str], str], "Found | None"]


# -- lexicon-backed vocabulary ------------------------------------------------------------------


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _int_cells(cells: tuple[str, ...]) -> int:
    return int(cells[0])


@attrs.frozen
class Vocabulary:
    """The lexicon tables in the forms the rules need."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numerals: dict[str, int]  # -1 stands for an unspecified amount (X)
    ordinals: dict[str, int]
    units: dict[str, tuple[str, str]]  # word -> (designator, unit name)
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    relative_days: dict[str, tuple[int, str | None]]
    vague: dict[str, str]
    point_mods: dict[str, str]
    amount_mods: dict[str, str]
    outside_mods: frozenset[str]
    holidays: dict[str, str]
    count_nouns: frozenset[str]


def _numeral(cells: tuple[str, ...]) -> int:
    return -1 if cells[0] == "X" else int(cells[0])


def _relative_day_row(cells: tuple[str, ...]) -> tuple[int, str | None]:
    return int(cells[0]), None if cells[1] == "-" else cells[1]


def _timex_value(pattern: str) -> Callable[[tuple[str, ...]], str]:
    def convert(cells: tuple[str, ...]) -> str:
        if not re.fullmatch(pattern, cells[0]):
            raise ValueError(f"{cells[0]!r} does not match {pattern}")
        return cells[0]

    return convert


def _holiday_rule(cells: tuple[str, ...]) -> str:
    rule = cells[0]
    if not re.fullmatch(r"\d\d-\d\d|-?[1-5]:[1-7]:(?:[1-9]|1[0-2])", rule):
        raise ValueError("expected MM-DD or nth:weekday:month")
    return rule


@functools.cache
def vocabulary() -> Vocabulary:
    """Load and validate every table the grammar uses (once)."""
    modifiers = load_table("modifiers.tsv", 4)
    for key, (kind, mod, extent) in modifiers.items():
        if (
            kind not in ("point", "amount")
            or not re.fullmatch(r"[A-Z_]+", mod)
            or extent not in ("in", "out")
        ):
            raise LexiconError(
                f"modifiers.tsv: row {key!r}: expected point|amount, a mod and in|out, "
                f"got {(kind, mod, extent)!r}"
            )
    return Vocabulary(
        months=typed_column("months.tsv", 2, _int_cells, "a month number"),
        weekdays=typed_column("weekdays.tsv", 2, _int_cells, "an ISO weekday number"),
        numerals=typed_column("numerals.tsv", 2, _numeral, "an integer or X"),
        ordinals=typed_column("ordinals.tsv", 2, _int_cells, "an integer"),
        units=typed_column(
            "units.tsv", 3, lambda c: (_timex_value(r"T?\d*[A-Z]+")(c), c[1]), "a designator"
        ),
        seasons=typed_column("seasons.tsv", 2, _timex_value(r"SP|SU|FA|WI"), "a season code"),
        parts_of_day=typed_column(
            "parts_of_day.tsv", 2, _timex_value(r"MO|MI|AF|EV|NI|DT"), "a part-of-day code"
        ),
        relative_days=typed_column("relative_days.tsv", 3, _relative_day_row, "offset and part"),
        vague=typed_column(
            "vague.tsv", 2, _timex_value(r"PAST_REF|PRESENT_REF|FUTURE_REF"), "a *_REF value"
        ),
        point_mods={k: v[1] for k, v in modifiers.items() if v[0] == "point"},
        amount_mods={k: v[1] for k, v in modifiers.items() if v[0] == "amount"},
        outside_mods=frozenset(k for k, v in modifiers.items() if v[2] == "out"),
        holidays=typed_column("holidays.tsv", 2, _holiday_rule, "a holiday rule"),
        count_nouns=frozenset(load_table("count_nouns.tsv", 1)),
    )


# -- helpers used by builders -----------------------------------------------------------------


def _word_class(name: str) -> frozenset[str]:
    """A named word class from ``data/word_classes.tsv``."""
    table = load_table("word_classes.tsv", 2)
    if name not in table:
        raise LexiconError(f"word_classes.tsv: no class {name!r}")
    return frozenset(table[name][0].split())


_PREPOSITIONS = _word_class("month_lead")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9$'.,]*[A-Za-z0-9'])\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}([A-Za-z']+)")


def _word_before(text: str, start: int) -> str:
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
    number = "X" if amount < 0 else (f"{amount:g}" if isinstance(amount, float) else str(amount))
    if designator.startswith("T"):
        return f"PT{number}{designator[1:]}"
    return f"P{number}{designator}"


# -- pattern fragments ------------------------------------------------------------------------


@functools.cache
def _fragments() -> dict[str, str]:
    v = vocabulary()
    full_months = [w for w, n in v.months.items() if len(w) > 4 or w in ("may", "june", "july")]
    short_months = [w for w in v.months if w not in full_months]
    full_weekdays = [w for w in v.weekdays if w.endswith("day")]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    numeral_words = _alternation(list(v.numerals))
    unit_words = _alternation([w for w in v.units if w != "night"])
    return {
        "MONTH": rf"(?:{_alternation(full_months)}|(?:{_alternation(short_months)})\.?)(?![a-z])",
        "MONTH_STRICT": rf"(?:{_alternation(full_months)}|(?:{_alternation(short_months)})\.)",
        "WD": rf"(?:{_alternation(full_weekdays)})",
        "WD_ANY": rf"(?:{_alternation(full_weekdays)}|(?:{_alternation(list(v.weekdays))})\.)",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "ORD": _alternation([w for w, n in v.ordinals.items() if n > 0]),
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)(?![\d,]\d)",
        "NUM": rf"(?:\d+(?:\.\d+)?|(?:{tens})(?:[\s-](?:{units}))?|{numeral_words})",
        "UNIT": unit_words,
        "SEASON": _alternation(list(v.seasons)),
        "POD": _alternation(list(v.parts_of_day)),
        "PMOD": _alternation(list(v.point_mods)),
        "AMOD": _alternation(list(v.amount_mods)),
        "VAGUE": _alternation(list(v.vague)),
        "HOLIDAY": _alternation(list(v.holidays)),
    }


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


def _year_ok(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year unless it looks like an amount."""
    before = text[max(0, start - 2) : start]
    if re.search(r"[$£€#.\d]\s?$", before) or re.match(r"\s*(?:%|percent|per\s?cent)", text[end:]):
        return False
    after = _word_after(text, end).lower()
    return after not in vocabulary().count_nouns


# -- builders ---------------------------------------------------------------------------------


def _iso(m: re.Match[str], text: str) -> Found | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and _valid_day(month, day)):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    clock = f"{m['H']}:{m['M']}" if m["H"] else None
    return Found(m.start(), m.end(), ex.Absolute(value, clock))


def _numeric(m: re.Match[str], text: str) -> Found | None:
    from .absolute import parse_numeric_date

    value = parse_numeric_date(m[0])
    if value is None:
        return None
    return Found(m.start(), m.end(), ex.Absolute(value))


def _full_date(m: re.Match[str], text: str) -> Found | None:
    month_word = m["m1"] or m["m2"]
    if not _cap(m, "m1" if m["m1"] else "m2", text):
        return None
    month = _month_of(month_word)
    day = _day_of(m["d1"] or m["d2"])
    if not _valid_day(month, day):
        return None
    if m["y"]:
        return Found(m.start(), m.end(), ex.Absolute(f"{int(m['y']):04d}-{month:02d}-{day:02d}"))
    return Found(m.start(), m.end(), ex.PartialDate(month, day))


def _month_relative_year(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "m", text):
        return None
    offset = {"this": 0, "last": -1, "next": 1}[_norm(m["rel"])]
    return Found(m.start(), m.end(), ex.YearRelative(offset, _month_of(m["m"])))


def _shifted_month(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "m", text):
        return None
    shift = _norm(m["rel"]).split()[-1]
    shift = {"past": "last", "coming": "next"}.get(shift, shift)
    return Found(m.start(), m.end(), ex.PartialDate(_month_of(m["m"]), shift=shift))


def _month_year(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "m", text):
        return None
    value = f"{int(m['y']):04d}-{_month_of(m['m']):02d}"
    return Found(m.start(), m.end(), ex.Absolute(value), _mod(m["mod"], vocabulary().point_mods))


def _bare_month(m: re.Match[str], text: str) -> Found | None:
    word = m["m"]
    if not _cap(m, "m", text):
        return None
    before = _word_before(text, m.start("m"))
    after = _word_after(text, m.end())
    mod = _mod(m["mod"], vocabulary().point_mods)
    has_lead = mod is not None or before.lower() in _PREPOSITIONS
    if _norm(word) in ("may", "march") and not has_lead:
        return None
    if not has_lead and _capitalised(before) and _capitalised(after):
        return None  # a name such as "Theresa May Johnson"
    if not has_lead and after[:1].isupper() and before and not before[0].isupper():
        return None
    return Found(m.start(), m.end(), ex.PartialDate(_month_of(word)), mod)


def _year(m: re.Match[str], text: str) -> Found | None:
    start, end = m.start("y"), m.end("y")
    if not _year_ok(text, start, end):
        return None
    if not (m["mod"] or m["fiscal"]) and text[start - 1 : start] in "-/" and start > 0:
        return None
    return Found(m.start(), m.end(), ex.Absolute(m["y"]), _mod(m["mod"], vocabulary().point_mods))


def _decade(m: re.Match[str], text: str) -> Found | None:
    decade = m["dec"] if m["dec"] else "19" + m["short"]
    mod = _mod(m["mod"], vocabulary().point_mods)
    return Found(m.start(), m.end(), ex.Absolute(decade), mod)


_SEASON_LEADS = _word_class("season_lead")


def _season(m: re.Match[str], text: str) -> Found | None:
    season = vocabulary().seasons[_norm(m["s"])]
    year = int(m["y"]) if m["y"] else None
    shift = _norm(m["shift"]).split()[-1] if m["shift"] else None
    shift = {"past": "last", "coming": "next"}.get(shift or "", shift)
    mod = _mod(m["mod"], vocabulary().point_mods)
    if year is None and shift is None and mod is None:
        before = _word_before(text, m.start()).lower()
        if before not in _SEASON_LEADS:
            return None
        if _norm(m["s"]) in ("fall", "spring") and before not in ("the", "this", "last", "next"):
            return None
    return Found(m.start(), m.end(), ex.SeasonRef(season, year, shift), mod)


def _quarter(m: re.Match[str], text: str) -> Found | None:
    index = _day_of(m["ord"])
    half = _norm(m["kind"]) == "half"
    fiscal_year = m.groupdict().get("fy")
    year = int(m["y"] or fiscal_year) if (m["y"] or fiscal_year) else None
    offset = {"this": 0, "last": -1, "next": 1}.get(_norm(m["rel"] or ""))
    if half and year is None and offset is None:
        return None
    if index > (2 if half else 4):
        return None
    return Found(m.start(), m.end(), ex.QuarterRef(index, half, year, offset))


def _q_label(m: re.Match[str], text: str) -> Found | None:
    year = int(m["y"]) if m["y"] else None
    return Found(m.start(), m.end(), ex.QuarterRef(int(m["q"]), False, year))


def _latest_quarter(m: re.Match[str], text: str) -> Found | None:
    rel = _norm(m["rel"] or "")
    return Found(m.start(), m.end(), ex.UnitRelative("quarter", 0 if rel == "current" else -1))


def _relative_day(m: re.Match[str], text: str) -> Found | None:
    if _word_before(text, m.start()) == "USA":
        return None
    days, clock = vocabulary().relative_days[_norm(m["w"])]
    if m["pod"]:
        clock = vocabulary().parts_of_day[_norm(m["pod"])]
    mod = _mod(m["mod"], vocabulary().point_mods)
    return Found(m.start(), m.end(), ex.DayOffset(days, clock), mod)


def _weekend(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), ex.Weekend())


def _day_around(m: re.Match[str], text: str) -> Found | None:
    days = -2 if _norm(m["ba"]).startswith("before") else 2
    return Found(m.start(), m.end(), ex.DayOffset(days))


def _this_part_of_day(m: re.Match[str], text: str) -> Found | None:
    clock = vocabulary().parts_of_day[_norm(m["pod"])]
    days = -1 if _norm(m["rel"]) == "last" else 0
    return Found(m.start(), m.end(), ex.DayOffset(days, clock))


def _weekday(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "wd", text):
        return None
    weekday = vocabulary().weekdays[_norm(m["wd"])]
    shift = _norm(m["shift"]).split()[-1] if m["shift"] else None
    shift = {"past": "last", "coming": "next"}.get(shift or "", shift)
    clock = vocabulary().parts_of_day[_norm(m["pod"])] if m["pod"] else None
    mod = _mod(m["mod"], vocabulary().point_mods)
    return Found(m.start(), m.end(), ex.WeekdayRef(weekday, shift, clock), mod)


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


def _unit_relative(m: re.Match[str], text: str) -> Found | None:
    rel = _norm(m["rel"])
    unit = _unit_of(m["u"])[1]
    mod = _mod(m["mod"], vocabulary().point_mods)
    if rel in ("the past", "the last", "past"):
        designator = _unit_of(m["u"])[0]
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


def _period_of_this(m: re.Match[str], text: str) -> Found | None:
    unit = _unit_of(m["u"])[1]
    return Found(
        m.start(), m.end(), ex.UnitRelative(unit, 0), _mod(m["mod"], vocabulary().point_mods)
    )


def _span_duration(m: re.Match[str], text: str) -> Found | None:
    amount = _number(m["n"])
    if _norm(m["n"]) in ("a", "an"):
        return None
    designator = _unit_of(m["u"])[0]
    mod = _mod(m["mod"], vocabulary().amount_mods)
    start = _start_after_outside_mod(m)
    return Found(start, m.end(), ex.Fixed(_duration(amount, designator)), mod)


def _duration_rule(m: re.Match[str], text: str) -> Found | None:
    numeral = _norm(m["n"])
    unit_word = _norm(m["u"])
    if numeral in ("a", "an", "one") and unit_word == "second":
        return None  # "a second round"
    if numeral in ("some", "many") and unit_word in ("day", "time"):
        return None
    if m["the"] and numeral in ("a", "an"):
        return None
    before = _word_before(text, m.start()).lower()
    if before in ("once", "twice", "thrice", "times", "per", "every", "each"):
        return None
    if m["hy"] and numeral in ("a", "an"):
        return None
    if numeral in ("a", "an") and _is_rate(before):
        return None  # "$500 million a year", "four flights a week": a rate, not a duration
    amount = _number(m["n"])
    if m["half"] and amount >= 0:
        amount = amount + 0.5
    designator = _unit_of(m["u"])[0]
    mod = _mod(m["mod"], vocabulary().amount_mods)
    start = _start_after_outside_mod(m)
    if m["the"] and m["hy"]:
        start = m.end("the")  # "the 16-hour flight": the article belongs to the noun
    return Found(start, m.end(), ex.Fixed(_duration(amount, designator)), mod)


_RATE_WORDS = _word_class("amount_word")
_NOT_PLURAL = _word_class("not_plural")


def _is_rate(word_before: str) -> bool:
    """True when the word before "a <unit>" is an amount: "24 hours a day", "$5 a week"."""
    if any(ch.isdigit() for ch in word_before) or word_before in _RATE_WORDS:
        return True
    return len(word_before) > 3 and word_before.endswith("s") and word_before not in _NOT_PLURAL


def _offset(m: re.Match[str], text: str) -> Found | None:
    amount = _number(m["n"])
    unit = _unit_of(m["u"])[1]
    word = _norm(m["dir"])
    direction = -1 if word in ("ago", "earlier", "before", "previously") else 1
    anchor = "publication" if word in ("ago", "from now", "hence") else "reference"
    mod = _mod(m["mod"], vocabulary().amount_mods)
    if mod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"):
        mod = {"LESS_THAN": "AFTER", "MORE_THAN": "BEFORE"}.get(mod, mod)
    start = _start_after_outside_mod(m)
    return Found(start, m.end(), ex.Offset(int(amount), unit, direction, anchor), mod)


def _unit_ago(m: re.Match[str], text: str) -> Found | None:
    unit = _unit_of(m["u"])[1]
    anchor = "publication" if _norm(m["dir"]) == "ago" else "reference"
    return Found(m.start(), m.end(), ex.Offset(1, unit, -1, anchor))


def _year_period(m: re.Match[str], text: str) -> Found | None:
    if m["y"]:
        return Found(m.start(), m.end(), ex.ReferencePeriod(int(m["y"])))
    offset = {"this": 0, "last": -1, "next": 1}[_norm(m["rel"])]
    return Found(m.start(), m.end(), ex.ReferencePeriod(None, offset))


def _anaphor(m: re.Match[str], text: str) -> Found | None:
    if m["ba"]:
        return Found(m.start(), m.end(), ex.Anaphor("day", -1 if _norm(m["ba"]) == "before" else 1))
    word = _norm(m["u"] or m["u2"])
    offset = {"previous": -1, "preceding": -1, "prior": -1, "next": 1, "following": 1}.get(
        _norm(m["rel"] or ""), 0
    )
    pods = vocabulary().parts_of_day
    if word in pods:
        return Found(m.start(), m.end(), ex.Anaphor("day", offset, pods[word]))
    return Found(m.start(), m.end(), ex.Anaphor(_unit_of(word)[1], offset))


_SET_ADVERBS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "yearly": "P1Y",
}


def _set_adverb(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), ex.Fixed(_SET_ADVERBS[_norm(m[0])], "SET"))


def _every(m: re.Match[str], text: str) -> Found | None:
    v = vocabulary()
    word = _norm(m["u"])
    if word.endswith("s") and word[:-1] in v.weekdays:
        word = word[:-1]
    if word in v.weekdays and word.endswith("day"):
        return Found(m.start(), m.end(), ex.Fixed(f"XXXX-WXX-{v.weekdays[word]}", "SET"))
    if word in v.parts_of_day:
        return Found(m.start(), m.end(), ex.Fixed(f"TXX{v.parts_of_day[word]}", "SET"))
    amount = _number(m["n"]) if m["n"] else 1
    if m["other"]:
        amount = 2
    if amount < 0:
        return None
    return Found(m.start(), m.end(), ex.Fixed(_duration(amount, _unit_of(word)[0]), "SET"))


def _times_per(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), ex.Fixed(_duration(1, _unit_of(m["u"])[0]), "SET"))


def _weekday_set(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "wd", text):
        return None
    weekday = vocabulary().weekdays[_norm(m["wd"])]
    return Found(m.start(), m.end(), ex.Fixed(f"XXXX-WXX-{weekday}", "SET"))


def _clock(m: re.Match[str], text: str) -> Found | None:
    if m["noon"]:
        clock = "12:00" if _norm(m["noon"]) == "noon" else "24:00"
    elif m["h24"]:
        clock = f"{int(m['h24']):02d}:{m['m24']}"
    else:
        hour = int(m["h"])
        if hour > 12 or hour == 0:
            return None
        pm = _norm(m["ampm"]).startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
        clock = f"{hour:02d}:{m['mi'] or '00'}"
    pre = _norm(m["pre"] or m["post"] or "")
    v = vocabulary()
    if m["pm"]:
        month, day = _month_of(m["pm"]), _day_of(m["pd"])
        if not (_cap(m, "pm", text) and _valid_day(month, day)):
            return None
        if m["py"]:
            value = f"{int(m['py']):04d}-{month:02d}-{day:02d}"
            return Found(m.start(), m.end(), ex.Absolute(value, clock))
        return Found(m.start(), m.end(), ex.PartialDate(month, day, clock))
    if m["post"] and pre in v.weekdays and not _cap(m, "post", text):
        return None
    if pre in v.weekdays:
        return Found(m.start(), m.end(), ex.WeekdayRef(v.weekdays[pre], None, clock))
    if pre in v.relative_days:
        return Found(m.start(), m.end(), ex.DayOffset(v.relative_days[pre][0], clock))
    return Found(m.start(), m.end(), ex.DayOffset(0, clock))


def _vague(m: re.Match[str], text: str) -> Found | None:
    phrase = _norm(m[0])
    if phrase == "current" and _word_after(text, m.end()).lower() in ("account", "accounts"):
        return None
    return Found(m.start(), m.end(), ex.Fixed(vocabulary().vague[phrase], "DATE"))


_PLURAL_LEADS = _word_class("plural_lead")


def _bare_plural(m: re.Match[str], text: str) -> Found | None:
    if _word_before(text, m.start()).lower() not in _PLURAL_LEADS:
        return None
    return Found(m.start(), m.end(), ex.Fixed(_duration(-1, _unit_of(m["u"])[0])))


def _holiday(m: re.Match[str], text: str) -> Found | None:
    if not _cap(m, "h", text):
        return None
    rule = vocabulary().holidays[_norm(m["h"]).replace("’", "'")]
    year = int(m["y"]) if m["y"] else None
    shift = _norm(m["shift"]) if m["shift"] else None
    return Found(m.start(), m.end(), ex.Holiday(rule, year, shift))


_AFTER_DAY_ORDINAL = _word_class("after_day_ordinal")


def _day_ordinal(m: re.Match[str], text: str) -> Found | None:
    after = _word_after(text, m.end())
    if after and after.lower() not in _AFTER_DAY_ORDINAL:
        gap = text[m.end() : m.end() + 2]
        if not re.match(r"\s*[,.;:)]", gap):
            return None
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    return Found(m.start("the"), m.end(), ex.DayOfMonth(day))


# -- the rule table ---------------------------------------------------------------------------

# (pattern, builder, flags, trigger): a rule runs only in windows around its trigger's hits
# (a plain word pattern that is fast to scan for), or over the whole text when None.
_RULES: list[tuple[str, Builder, bool, str | None]] = [
    (
        r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2}))?\b",
        _iso,
        True,
        r"\d{4}-\d\d-\d\d",
    ),
    (
        r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
        _numeric,
        True,
        r"\d/\d",
    ),
    (
        r"\b(?:(?P<wd>{WD_ANY}),?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})"
        r"|(?:the\s+)?(?P<d2>{DAY}|{ORD})\s+(?:of\s+)?(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?",
        _full_date,
        True,
        r"{MONTH}",
    ),
    (
        r"\b(?P<m>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
        _month_relative_year,
        True,
        r"year",
    ),
    (
        r"\b(?P<rel>last|this|next|this\s+past|this\s+coming)\s+(?P<m>{MONTH_STRICT}|"
        r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
        _shifted_month,
        True,
        r"{MONTH}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
        _month_year,
        True,
        r"{MONTH}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?P<m>{MONTH})(?![-\w])",
        _bare_month,
        True,
        r"{MONTH}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?"
        r"(?:the\s+year\s+)?(?P<y>{YEAR})\b(?!\.\d)",
        _year,
        True,
        r"\d{4}",
    ),
    (
        r"\b(?:the\s+)?(?:(?P<mod>{PMOD})(?:\s+|-))?(?:(?P<dec>1[5-9]\d|20\d)0'?s|'(?P<short>\d)0s)\b",
        _decade,
        True,
        r"0'?s\b",
    ),
    (
        r"\b(?:(?P<shift>this\s+past|this\s+coming|this|last|next)\s+|(?P<mod>{PMOD})(?:\s+|-))?"
        r"(?P<s>{SEASON})\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
        _season,
        True,
        r"{SEASON}",
    ),
    (
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?P<kind>quarter|half)"
        r"\b(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|fiscal\s+(?P<fy>{YEAR})))?",
        _quarter,
        True,
        r"quarter|half",
    ),
    (
        r"\bQ(?P<q>[1-4])(?:\s+(?P<y>{YEAR}))?\b",
        _q_label,
        False,
        r"Q[1-4]",
    ),
    (
        r"\b(?:(?P<rel>this|last|next)\s+year|(?P<y>{YEAR}))['’]s\s+(?:fiscal\s+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?P<kind>quarter|half)\b",
        _quarter,
        True,
        r"quarter|half",
    ),
    (
        r"\bthe\s+(?:(?P<rel>latest|most\s+recent|current|last|past|recent)\s+)?(?:fiscal\s+)?"
        r"quarter\b(?!\s+of)(?!-)",
        _latest_quarter,
        True,
        r"quarter",
    ),
    (
        r"\b(?:(?P<mod>early|late)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?!-\w|\w)"
        r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
        _relative_day,
        True,
        r"today|yesterday|tomorrow|tonight",
    ),
    (r"\bthe\s+weekend\b(?!\s+of\b)", _weekend, True, r"weekend"),
    (
        r"\bthe\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b",
        _day_around,
        True,
        r"yesterday|tomorrow",
    ),
    (
        r"\b(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night)\b",
        _this_part_of_day,
        True,
        r"{POD}",
    ),
    (
        r"\b(?:(?P<shift>this\s+past|this\s+coming|last|next|this)\s+)?"
        r"(?:(?P<mod>early|late)\s+)?(?P<wd>{WD})\b(?:\s+(?P<pod>{POD})\b)?",
        _weekday,
        True,
        r"{WD}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD}|earlier|later)(?:\s+|-)(?:in\s+)?)?"
        r"(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+current|"
        r"the\s+following|the\s+previous|the\s+preceding|the\s+prior|the\s+past|the\s+last|"
        r"the\s+next|the\s+same|current|coming|past)\s+"
        r"(?P<u>week|weekend|month|year|quarter|decade|century|fortnight)\b(?!\s+of\b)(?!-)",
        _unit_relative,
        True,
        r"week|month|year|quarter|decade|century|fortnight",
    ),
    (
        r"\b(?P<mod>{PMOD})\s+(?:the|this)\s+(?P<u>week|month|year|decade|century)\b(?!\s+of\b)",
        _period_of_this,
        True,
        r"week|month|year|decade|century",
    ),
    (
        r"\b(?:(?P<mod>{AMOD})\s+(?!the\b))?(?:the\s+)?(?:past|last|previous|next|coming|first|final|"
        r"latest|following|preceding|recent)\s+(?P<n>{NUM})\s+(?P<u>{UNIT})s?\b",
        _span_duration,
        True,
        r"{UNIT}",
    ),
    (
        r"\b(?:(?P<mod>{AMOD})\s+(?!the\b))?(?P<the>the\s+)?(?P<n>{NUM})(?:\s+|(?P<hy>-))"
        r"(?P<half>and[\s-]a[\s-]half[\s-])?(?P<u>{UNIT})s?\b(?!-old)(?!-\w)",
        _duration_rule,
        True,
        r"{UNIT}",
    ),
    (
        r"\b(?:(?P<mod>{AMOD})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})s?\s+"
        r"(?P<dir>ago|earlier|later|from\s+now|hence|(?:before|after)(?=\s*[,.;:!?]))",
        _offset,
        True,
        r"ago|earlier|later|now|hence|before|after",
    ),
    (
        r"\b(?:the\s+)?(?P<u>year|month|week)-(?P<dir>earlier|ago)(?:\s+(?:quarter|period))?\b",
        _unit_ago,
        True,
        r"-(?:earlier|ago)",
    ),
    (
        r"\bthe\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year['’]s)\s+(?:period|quarter)\b",
        _year_period,
        True,
        r"period|quarter",
    ),
    (
        r"\b(?:the\s+(?P<rel>previous|next|following|preceding|same|prior)\s+"
        r"(?P<u>day|week|month|year|morning|afternoon|evening|night|weekend)"
        r"|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:!?])"
        r"|that\s+(?P<u2>day|week|month|year|morning|afternoon|evening|night))\b(?!\s+of\b)",
        _anaphor,
        True,
        r"previous|next|following|preceding|same|prior|before|after|that",
    ),
    (
        r"\b(?:" + "|".join(_SET_ADVERBS) + r")\b",
        _set_adverb,
        True,
        None,
    ),
    (
        r"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{NUM})\s+)?"
        r"(?P<u>{UNIT}|{WD}|{POD})s?\b",
        _every,
        True,
        r"every|each",
    ),
    (
        r"\b(?:once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>{UNIT})\b",
        _times_per,
        True,
        r"once|twice|thrice|times",
    ),
    (
        r"\b(?P<wd>{WD})s\b",
        _weekday_set,
        True,
        r"{WD}",
    ),
    (
        r"\b(?:(?P<pre>{WD}|today|tomorrow|yesterday|tonight),?\s+(?:at\s+)?)?"
        r"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)"
        r"|(?<![\d:])(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])|(?P<noon>noon|midnight))"
        r"(?:(?:\s+[ecmp][sd]t|\s+gmt|\s+utc)?,?\s+(?:on\s+)?(?:(?P<post>{WD}|today|tomorrow|"
        r"yesterday|tonight)|(?P<pm>{MONTH})\s+(?P<pd>{DAY})(?:,?\s+(?P<py>{YEAR}))?)\b)?",
        _clock,
        True,
        r"\d\s*[ap]\.?m\b|\d:\d\d|noon|midnight",
    ),
    (
        r"\b(?:{VAGUE})\b",
        _vague,
        True,
        None,
    ),
    (
        r"\b(?P<u>years|decades|months|weeks|days|centuries|hours)\b",
        _bare_plural,
        True,
        None,
    ),
    (
        r"\b(?:(?P<shift>last|next|this)\s+)?(?P<h>{HOLIDAY})\b(?:,?\s+(?P<y>{YEAR}))?",
        _holiday,
        True,
        r"christmas|new\s+year|independence|halloween|valentine|veterans|thanksgiving|labor|memorial|martin",
    ),
    (
        r"\b(?:on|by|until|till|from|since|before|after|through|to)\s+(?P<the>the)\s+"
        r"(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b",
        _day_ordinal,
        True,
        r"\d(?:st|nd|rd|th)\b",
    ),
]


@attrs.frozen
class _Rule:
    pattern: re.Pattern[str]
    build: Builder
    trigger: re.Pattern[str] | None
    lowered: bool  # True: the rule matches the lower-cased copy of the text


@functools.cache
def _compiled() -> list[_Rule]:
    fragments = _fragments()

    def expand(source: str) -> str:
        return re.sub(r"\{([A-Z_]+)\}", lambda m: fragments[m[1]], source)

    # Matching a lower-cased copy case-sensitively is about three times faster than
    # IGNORECASE; builders read capitals from the original text.
    triggers: dict[str, re.Pattern[str]] = {}
    compiled = []
    for source, builder, lowered, trigger in _RULES:
        trigger_pattern = None
        if trigger is not None:
            key = f"{lowered}{trigger}"
            if key not in triggers:
                # Word triggers start at a word boundary ("dec" must not fire in "decision").
                boundary = r"\b" if trigger[0].isalpha() or trigger[0] == "{" else ""
                triggers[key] = re.compile(rf"{boundary}(?:{expand(trigger)})")
            trigger_pattern = triggers[key]
        compiled.append(_Rule(re.compile(expand(source)), builder, trigger_pattern, lowered))
    return compiled


def _lower_same_length(text: str) -> str:
    """``text.lower()`` with every offset unchanged (a few letters lower to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


# How far a rule's match may reach before and after its trigger word.
_REACH_BEFORE = 48
_REACH_AFTER = 64


def _windows(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for hit in trigger.finditer(text):
        low, high = max(0, hit.start() - _REACH_BEFORE), hit.end() + _REACH_AFTER
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _all_finds(text: str) -> Iterator[Found]:
    lowered = _lower_same_length(text)
    window_cache: dict[int, list[tuple[int, int]]] = {}
    for number, rule in enumerate(_compiled()):
        subject = lowered if rule.lowered else text
        if rule.trigger is None:
            spans = [(0, len(text))]
        else:
            key = id(rule.trigger)
            if key not in window_cache:
                window_cache[key] = _windows(rule.trigger, subject)
            spans = window_cache[key]
        for low, high in spans:
            for match in rule.pattern.finditer(subject, low, high):
                found = rule.build(match, text)
                if found is not None:
                    yield attrs.evolve(found, rule=number)


def recognize(text: str) -> list[Found]:
    """Every temporal expression in ``text``, non-overlapping, in text order.

    >>> [(text[f.start:f.end]) for f in recognize(text := "Talks began on Tuesday.")]
    ['Tuesday']
    """
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for found in sorted(_all_finds(text), key=lambda f: (f.start - f.end, f.rule, f.start)):
        if any(found.start < end and start < found.end for start, end in taken):
            continue
        chosen.append(found)
        taken.append((found.start, found.end))
    chosen.sort(key=lambda f: f.start)
    return chosen
