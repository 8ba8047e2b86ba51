"""An article's publication date: from metadata, else from the date line at its top.

Only a complete, absolute date (day, month and year) in the first lines counts; a date that needs
a year ("WASHINGTON, April 13 (Reuters) -") is skipped, so is a numeric date that reads two ways
("04/05/2021"), and today's date is never used.

>>> detect_dateline("Editor in Chief: Moh. Reza Huwaida Tuesday, April 13th, 2021\\n\\nText.").date
datetime.date(2021, 4, 13)
"""

from __future__ import annotations

import datetime
import re

import attrs
import dateparser

from .model import Article, PublishedBasis

__all__ = ["DatelineDate", "detect_dateline", "wire_dateline", "with_publication_date"]

# --- Rule data -------------------------------------------------------------------------------

# How far into the text the header/dateline area reaches.
HEADER_LINES = 6
HEADER_CHARS = 600

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"

# Absolute dates written in full: "April 13th, 2021", "13 April 2021", "2021-04-13", each
# optionally after a weekday ("Tuesday, ...").
DATE_PATTERN = re.compile(
    rf"\b(?:{_WEEKDAY})?"
    rf"(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR})\b",
    re.IGNORECASE,
)

# A date heads a line, ends it, or is followed by a wire-style tail: "(Reuters) -", " - ", ":".
_DATELINE_TAIL = re.compile(r"\s*(?:$|[(|:\-–—/]|\bat\b|\b\d{1,2}:\d{2})", re.IGNORECASE)

_PARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@attrs.frozen
class DatelineDate:
    """A publication date found in an article's header, with where it was written."""

    date: datetime.date
    start: int
    end: int
    text: str
    # The line says this is the publication date: "Published: 14 March 2024", "Posted on".
    labelled_published: bool = False


# Words before a header date that name it the publication date (not "Updated:", not a page's
# render date); a line that opens with "Date:" is an export's header field.
_PUBLISHED_LABEL = re.compile(
    r"\b(?:(?:first\s+)?published|posted|publication\s+date|date\s+published)(?:\s+on)?\s*:?$"
    r"|^date\s*:$",
    re.IGNORECASE,
)

_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def _parse_numeric(first: int, second: int, year: int) -> datetime.date | None:
    """ "14/04/2021" or "04/14/2021": only when one number cannot be a month. "04/05/2021"
    is April or May depending on the country, so it is no date here."""
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _parse_absolute(text: str) -> datetime.date | None:
    """The calendar date ``text`` states in full, or None (never filled in from today)."""
    numeric = _NUMERIC.fullmatch(text)
    if numeric:
        return _parse_numeric(*(int(part) for part in numeric.groups()))
    parsed = dateparser.parse(text, languages=["en"], settings=_PARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


# A wire story's dateline without a year: "KABUL, Aug 16 (Reuters) - ".
_WIRE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]{2,}(?:[\s,]+[A-Z][\w.'-]*){0,3},?\s+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))\s*"
    r"(?:\([\w ]+\))?\s*(?:_|—|–|-)\s"
)


def wire_dateline(text: str) -> re.Match[str] | None:
    """The wire dateline with no year that opens one of the first lines of ``text``, if any;
    its group ``date`` is the day it names.

    >>> wire_dateline("Rates held\\n\\nFRANKFURT, April 11 (Reuters) - The bank ...")["date"]
    'April 11'
    """
    offset = 0
    for line in text.splitlines(keepends=True)[:HEADER_LINES]:
        found = _WIRE_DATELINE.match(text, offset)
        if found is not None:
            return found
        offset += len(line)
    return None


def _header_lines(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text[: HEADER_CHARS * 4].split("\n"):
        if offset >= HEADER_CHARS or len(lines) >= HEADER_LINES:
            break
        if line.strip():
            lines.append((offset, line.rstrip("\r")))
        offset += len(line) + 1
    return lines


def detect_dateline(text: str) -> DatelineDate | None:
    """The complete date written in the header area (first lines) of ``text``, or None.

    A date counts when it starts or ends its line or precedes a wire tail such as "(Reuters) -";
    a date inside a sentence of the story does not.

    >>> detect_dateline("Sunday, December 3, 2023\\n\\nWhy the talks failed").text
    'Sunday, December 3, 2023'
    >>> detect_dateline("WASHINGTON, April 13 (Reuters) - Talks resumed.") is None
    True
    """
    for line_start, line in _header_lines(text):
        for match in DATE_PATTERN.finditer(line):
            before = line[: match.start()].strip(" \t,;|-–—")
            heads_line = not before or before.endswith(":") or before.isupper()
            if not heads_line and not _DATELINE_TAIL.match(line, match.end()):
                continue
            day = _parse_absolute(match.group(0))
            if day is None:
                continue
            start = line_start + match.start()
            labelled = bool(_PUBLISHED_LABEL.search(before))
            return DatelineDate(day, start, line_start + match.end(), match.group(0), labelled)
    return None


def with_publication_date(article: Article) -> Article:
    """``article`` with its publication date filled in from its dateline when metadata lacks one.

    Metadata always wins; a dateline date sets ``published_basis`` to ``dateline``; otherwise the
    article comes back unchanged (basis ``none``).

    >>> art = with_publication_date(Article("Sunday, December 3, 2023\\nTalks resumed.", id="a"))
    >>> art.published, art.published_basis.value
    (datetime.date(2023, 12, 3), 'dateline')
    """
    if article.published is not None:
        return article
    found = detect_dateline(article.text)
    if found is None:
        return article
    return attrs.evolve(article, published=found.date, published_basis=PublishedBasis.DATELINE)
