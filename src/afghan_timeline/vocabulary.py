"""The lexicon tables in the forms the recognition rules need, and the pattern fragments
(alternations of month names, units, numerals ...) built from them."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable

import attrs

from .errors import LexiconError
from .lexicon import load_table, typed_column

__all__ = ["Vocabulary", "fragments", "vocabulary", "word_class"]


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
    hyphen_mods: frozenset[str]  # modifiers that count only joined by a hyphen ("end-March")
    holidays: dict[str, str]
    count_nouns: frozenset[str]
    named_days: dict[str, tuple[str, frozenset[str]]]  # name -> (ISO date, required followers)


def _named_day(cells: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    datetime.date.fromisoformat(cells[0])  # raises ValueError on a bad date
    return cells[0], frozenset() if cells[1] == "-" else frozenset(cells[1].split())


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
    pattern = r"(?:hijri:)?\d\d-\d\d|-?[1-5]:[1-7]:(?:[1-9]|1[0-2])(?::[+-]\d)?|easter:[+-]\d{1,2}"
    if not all(re.fullmatch(pattern, part) for part in rule.split("|")):
        raise ValueError(
            "expected MM-DD, nth:weekday:month[:±days], hijri:MM-DD or easter:±days,"
            " or several joined by |"
        )
    return rule


@functools.cache
def vocabulary() -> Vocabulary:
    """Load and validate every table the grammar uses (once)."""
    modifiers = load_table("modifiers.tsv", 4)
    for key, (kind, mod, extent) in modifiers.items():
        if (
            kind not in ("point", "amount")
            or not re.fullmatch(r"[A-Z_]+", mod)
            or extent not in ("in", "out", "hyphen")
        ):
            raise LexiconError(
                f"modifiers.tsv: row {key!r}: expected point|amount, a mod and in|out|hyphen, "
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
            "vague.tsv",
            2,
            _timex_value(r"PAST_REF|PRESENT_REF|FUTURE_REF|PX[DWMYQ]|PXDE"),
            "a *_REF value or an unknown amount such as PXW",
        ),
        point_mods={k: v[1] for k, v in modifiers.items() if v[0] == "point"},
        amount_mods={k: v[1] for k, v in modifiers.items() if v[0] == "amount"},
        outside_mods=frozenset(k for k, v in modifiers.items() if v[2] == "out"),
        hyphen_mods=frozenset(k for k, v in modifiers.items() if v[2] == "hyphen"),
        holidays=typed_column("holidays.tsv", 2, _holiday_rule, "a holiday rule"),
        count_nouns=frozenset(load_table("count_nouns.tsv", 1)),
        named_days=typed_column("named_days.tsv", 3, _named_day, "a YYYY-MM-DD date and followers"),
    )


def word_class(name: str) -> frozenset[str]:
    """A named word class from ``data/word_classes.tsv``."""
    table = load_table("word_classes.tsv", 2)
    if name not in table:
        raise LexiconError(f"word_classes.tsv: no class {name!r}")
    return frozenset(table[name][0].split())


@functools.cache
def fragments() -> dict[str, str]:
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
        "MONTH_LEAD": rf"(?:{_alternation(sorted(word_class('month_lead')))})",
        "ZONE": rf"(?:{_alternation(sorted(word_class('time_zone')))})\b",
        "WD_ANY": rf"(?:{_alternation(full_weekdays)}|(?:{_alternation(list(v.weekdays))})\.)",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "ORD": _alternation([w for w, n in v.ordinals.items() if n > 0]),
        "YEAR": r"(?:1[5-9]\d\d|2[01]\d\d)(?![\d,]\d)",
        # a year cut to two digits after an apostrophe: "the summer of '69", "June '21"
        "SHORT_YEAR": r"['’]\d\d(?![\w%'’]|[.,]\d)",
        # a year read aloud: "nineteen ninety-four", "two thousand and one"
        "SPOKEN_YEAR": (
            rf"(?:(?:nineteen|eighteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?(?:(?:{tens})"
            rf"(?:[\s-](?:{units}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            rf"seventeen|eighteen|nineteen)|two\s+thousand(?:\s+(?:and\s+)?(?:{units}|ten))?)"
            r"(?![\w-])"
        ),
        # a number, with commas between its thousands ("9,000"), or a numeral
        "NUM": (
            r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?|"
            rf"(?:{tens})(?:[\s-](?:{units}))?|{numeral_words})"
        ),
        "UNIT": unit_words,
        "SEASON": _alternation(list(v.seasons)),
        # a year named from the date last mentioned: "November that year", "the following year"
        "THAT_YEAR": (r"that(?:\s+same)?|the\s+(?:same|following|next|previous|preceding|prior)"),
        "POD": _alternation(list(v.parts_of_day)),
        "PMOD": "|".join(
            [_alternation([m for m in v.point_mods if m not in v.hyphen_mods])]
            + [rf"{re.escape(m)}(?=-)" for m in sorted(v.hyphen_mods & v.point_mods.keys())]
        ),
        "AMOD": _alternation(list(v.amount_mods)),
        "VAGUE": _alternation(list(v.vague)),
        "COUNT_QUALIFIER": _alternation(sorted(word_class("count_qualifier"))),
        "AMOUNT": _alternation(sorted(word_class("amount_word"))),
        "OVERNIGHT_SEQUEL": _alternation(sorted(word_class("overnight_sequel"))),
        "HOLIDAY": _alternation(list(v.holidays)),
        "NAMED_DAY": _alternation(list(v.named_days)),
    }
