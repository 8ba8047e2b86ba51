"""Split article text into sentences, keeping character offsets.

Pure rules, no model: a line break ends a sentence (headlines, datelines, captions) unless the
text is hard-wrapped there: the line ends without sentence punctuation and the next one goes on
in lower case, or the line ends in a comma or a word no sentence ends with ("caught in the /
zone"), or a line as long as the wrap goes on with a number ("are up / 12 per cent"). Inside
a line a ``.``, ``!`` or ``?`` ends one unless the word before it is an abbreviation ("Mr.",
"Sept.", "U.S.") or an initial ("P. Michael McKinley"); after a clock's "p.m." or "pm" it ends
one before a capitalised word that is no weekday, month or time zone. News copy often loses
the space after a period ("government.The deal"); that still ends a sentence.

>>> text = "Mr. Khalilzad left on Sept. 11. Talks resumed.The U.S. team stayed."
>>> [text[s:e] for s, e in split_sentences(text)]
['Mr. Khalilzad left on Sept. 11.', 'Talks resumed.', 'The U.S. team stayed.']
"""

from __future__ import annotations

import bisect
import functools
import re

from .vocabulary import vocabulary, word_class

__all__ = ["ends_sentence", "sentence_at", "split_sentences"]

# --- Rule data -------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that take a period without ending a sentence (compared lower-cased, without the period).
ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof sen rep gen gov lt col capt cmdr sgt maj adm st jr sr rev hon pres amb
    moh mohd mohammad messrs mme mlle fr
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols pp fig figs approx est dept univ assn bros inc corp co ltd plc llc
    vs v cf al ave blvd rd mt ft
    """
)

# After a dotted abbreviation ("U.S.", "p.m.") these words show that a new sentence starts.
SENTENCE_STARTERS = _words(
    """
    the a an he she it they we i you his her its their our this that these those there
    but and however meanwhile yet so also in on at for after before while when if as
    officials president mr mrs ms
    """
)


# After a clock time's "a.m." or "p.m." a weekday, a month or a time zone keeps the sentence
# going ("at 6 p.m. Friday", "10 a.m. EDT"); another capitalised word starts a new one ("at 5
# p.m. Police ..."). The words come from the calendar tables and the zone word classes, plus
# "thur", an abbreviation the weekday table leaves out.
@functools.cache
def _clock_sequels() -> frozenset[str]:
    v = vocabulary()
    zones = word_class("time_zone") | word_class("zone_name")
    return frozenset(v.weekdays) | frozenset(v.months) | zones | {"thur"}


_CLOCK_WORD = re.compile(r"(?:\d{1,2}(?:[.:]\d\d)?)?(?:[ap]\.?m)", re.IGNORECASE)
_THEN_TIME = re.compile(r"\s+[A-Z][\w-]*\s+time\b", re.IGNORECASE)

# A line ending in one of these words runs on into the next line (hard-wrapped text).
RUN_ON_WORDS = _words(
    """
    the a an of in on at to for from by with into onto over under about between during
    and or but nor than as that which who whose whom
    is are was were be been being has have had will would could should can may might must
    its their his her our your my this these those
    """
)

# Characters that may close a sentence after its final punctuation.
_CLOSERS = "\"'”’)]»"
# Characters that may open a sentence: an upper-case letter, a digit, or an opening quote.
_OPENER = r"[\"'“‘”(\[«]*[A-Z0-9]"

# A candidate sentence end: terminal punctuation, optional closers, then either white space
# before an opener or (the missing-space case) an opener straight away.
_CANDIDATE = re.compile(rf"[.!?]+[{re.escape(_CLOSERS)}]*(?=(\s*)({_OPENER}))")
_WORD_BEFORE = re.compile(r"([\w.'’-]*)$")
_WORD_AFTER = re.compile(r"[\"'“‘”(\[«]*([\w’']*)")
_LINE = re.compile(r"[^\n]+")
_LAST_WORD = re.compile(r"([A-Za-z]+|,)\s*$")
_SENTENCE_END_AT_LINE_END = re.compile(rf"[.!?:;][{re.escape(_CLOSERS)}]*\s*$")


# Hard-wrapped text breaks its lines at no more than this many characters.
_WRAP_WIDTH_LIMIT = 100
# A line this close to the wrap width (as a share of it) was broken by the wrap.
_FULL_LINE_SHARE = 0.75


def _runs_on(line: str, next_line: str, wrap_width: int | None) -> bool:
    """True when the break between two non-blank lines falls inside a wrapped sentence."""
    if _SENTENCE_END_AT_LINE_END.search(line):
        return False
    first = next_line.lstrip()[:1]
    if first.islower():
        return True
    last = _LAST_WORD.search(line)
    if last is not None and (last[1] == "," or last[1].lower() in RUN_ON_WORDS):
        return True
    # "sales are up\n12 per cent": a full line of wrapped text goes on with a number, but a
    # short headline line stays apart from the dateline below it
    last_line = line[line.rfind("\n") + 1 :].strip()
    full = wrap_width is not None and len(last_line) >= _FULL_LINE_SHARE * wrap_width
    return first.isdigit() and full


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text is broken at, or None for text with long lines."""
    width = max((len(line.strip()) for line in _LINE.findall(text)), default=0)
    return width if 0 < width <= _WRAP_WIDTH_LIMIT else None


def _lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` as ``(start, end)``, a wrapped sentence's lines joined in one."""
    lines: list[tuple[int, int]] = []
    wrap_width: int | None = None
    if "\n" in text:
        wrap_width = _wrap_width(text)
    for match in _LINE.finditer(text):
        if not match.group(0).strip():
            continue
        if lines:
            start, end = lines[-1]
            joined = text.count("\n", end, match.start()) == 1  # no blank line between
            if joined and _runs_on(text[start:end], match.group(0), wrap_width):
                lines[-1] = (start, match.end())
                continue
        lines.append(match.span())
    return lines


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    """Decide whether a candidate punctuation run inside ``line`` ends a sentence."""
    punct = match.group(0)
    space, opener = match.group(1), match.group(2)
    marks = punct.rstrip(_CLOSERS)
    if "!" in marks or "?" in marks:
        return True
    # Look only at a short window on either side: scanning the whole line is quadratic.
    word = _WORD_BEFORE.search(line, max(0, match.start() - 40), match.start()).group(1)
    next_word = _WORD_AFTER.match(line, match.end() + len(space), match.end() + len(space) + 40)
    following = next_word.group(1) if next_word else ""
    if len(marks) > 1:  # an ellipsis ends a sentence only before a capitalised word
        return bool(space) and opener[-1].isupper()
    if not space:
        # "government.The": only a real word glued to a capitalised word ends a sentence;
        # "U.S.", "p.m." and "www.Example" do not.
        return (
            len(word) >= 2
            and word.isalpha()
            and word[-1].islower()
            and word.lower() not in ABBREVIATIONS
            and len(following) >= 2
            and following[0].isupper()
            and following[1:2].islower()
        ) or any(c in punct for c in _CLOSERS)
    bare = word.lower().strip("'’")
    if len(bare) == 1 and bare.isalpha() and word.isupper():
        return False  # an initial: "P. Michael McKinley"
    if _CLOCK_WORD.fullmatch(word) and following[:1].isupper():
        # "kicks off at 2.30pm. Ireland beat England"; not "at 6 p.m. Friday", "at 2 p.m.
        # Kabul time"
        after = line[match.end() + len(space) :]
        return following.lower() not in _clock_sequels() and not _THEN_TIME.match(" " + after)
    if "." in word:  # dotted abbreviation: "U.S.", "p.m.", "a.m."
        return following.lower() in SENTENCE_STARTERS
    if bare in ABBREVIATIONS:
        return False
    return not (opener[-1].isdigit() and bare.isdigit())


def ends_sentence(text: str, index: int) -> bool:
    """True when the punctuation at ``text[index]`` ends a sentence ("Talks failed. The"), not
    an abbreviation ("the U.S. on Monday", "6 a.m. (0100 GMT)", "Sept. 11").

    >>> text = "Talks failed. Mr. Ghani left at 6 a.m. on Sunday."
    >>> [ends_sentence(text, i) for i in (12, 16, 37, 48)]
    [True, False, False, True]
    """
    # _is_boundary looks 40 characters either way: a window of the line is enough
    low = max(text.rfind("\n", max(0, index - 60), index) + 1, index - 60, 0)
    high = text.find("\n", index, index + 60)
    window = text[low : min(len(text), index + 60) if high < 0 else high]
    if not window[index - low + 1 :].strip():
        return True  # nothing follows on the line
    candidate = _CANDIDATE.match(window, index - low)
    return candidate is not None and _is_boundary(window, candidate)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` offsets, white space trimmed.

    Every non-blank character lies in exactly one sentence; offsets increase.

    >>> split_sentences("Talks resume.\\n\\nThe U.S. agreed.")
    [(0, 13), (15, 31)]
    """
    spans: list[tuple[int, int]] = []
    for offset, line_end in _lines(text):
        line = text[offset:line_end]
        begin = 0
        for candidate in _CANDIDATE.finditer(line):
            if _is_boundary(line, candidate):
                span = _trim(text, offset + begin, offset + candidate.end())
                if span:
                    spans.append(span)
                begin = candidate.end()
        span = _trim(text, offset + begin, offset + len(line))
        if span:
            spans.append(span)
    return spans


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence holding ``offset`` (the nearest one before it if
    ``offset`` falls in white space between sentences).

    >>> text = "Talks failed. They resume on Monday."
    >>> start, end = sentence_at(text, text.index("Monday"))
    >>> text[start:end]
    'They resume on Monday.'
    """
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset must be within 0..{len(text)}, got {offset}")
    spans = split_sentences(text)
    if not spans:
        return (offset, offset)
    index = bisect.bisect_right(spans, (offset, len(text) + 1)) - 1
    return spans[max(index, 0)]
