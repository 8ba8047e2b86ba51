"""Find and resolve temporal expressions in an article: the library's tagger."""

from __future__ import annotations

import bisect
import datetime
import functools
import re

import attrs

from . import expressions as ex
from .builders import JOIN, word_before
from .counted_days import count_from_named_dates
from .grammar import Found, recognize
from .merge import key_terms
from .model import Article, Mention, Precision, TimexType
from .pubdate import wire_dateline
from .resolve import Context, SentenceAnchor, resolve
from .sentences import split_sentences
from .tense import (
    attributive_year,
    clause_tense,
    firm_past,
    fronted_date,
    in_force_from,
    names_a_happening,
    names_a_past_form,
    reports_a_month,
    said_ahead,
    told_when,
    verb_follows,
)
from .timex import interval_of
from .vocabulary import fragments, vocabulary, word_class

__all__ = ["extract_mentions", "tag_text"]

# Expressions whose placement before or after publication depends on the verb's tense.
_TENSE_SENSITIVE = (
    ex.PartialDate,
    ex.WeekdayRef,
    ex.Weekend,
    ex.DayOfMonth,
    ex.SeasonRef,
    ex.QuarterRef,
    ex.Holiday,
    ex.WeekOf,
    ex.NewYear,
    ex.InTime,
    ex.Overnight,
)


_ANAPHORIC = (ex.Offset, ex.Anaphor, ex.ReferencePeriod)


Joined = tuple[str, bool] | None
# What may stand between two weekdays (or clock times) named together, and which make a range.
_JOIN = re.compile(JOIN, re.IGNORECASE)
_RANGE_JOIN = re.compile(r"to|through|until|till|-|–", re.IGNORECASE)


_MOVED_FROM = re.compile(r"\b([A-Za-z]+)(?:\s+(?:back|forward|up))?\s+from\s+$")


def _joined(text: str, before: tuple[Found, Mention] | None, found: Found) -> Joined:
    """The value of a weekday, clock time or year-less date just before ``found`` when the
    two are named together ("Thursday or Friday", "from 10pm to 6am", "from August to May")."""
    if before is None or not isinstance(
        found.expression, (ex.WeekdayRef, ex.ClockTime, ex.PartialDate)
    ):
        return None
    previous, mention = before
    between = text[previous.end : found.start]
    if type(previous.expression) is not type(found.expression):
        return None
    if isinstance(found.expression, ex.PartialDate):
        first = previous.expression
        assert isinstance(first, ex.PartialDate)
        if found.expression.shift is not None or (found.expression.day is None) != (
            first.day is None
        ):
            return None  # "from August to May" and "from 20 April to 28 September" only
    if not _JOIN.fullmatch(between):
        return None
    if mention.interval is None:
        return None  # no publication date: nothing to count from
    if _moved_from(text, previous.start):
        return None  # "postponed from March to October": an old date and a new one, no span
    return mention.value, bool(_RANGE_JOIN.search(between))


def _moved_from(text: str, start: int) -> bool:
    """True when "from" after a verb of putting a date off (or forward) stands before
    ``start``: "postponed from March", "was pushed back from Monday", "brought forward from"."""
    lead = _MOVED_FROM.search(text, max(0, start - 40), start)
    if lead is None:
        return False
    verb = lead[1].lower()
    if verb in word_class("postpone"):
        return True
    # "brought forward from 20 April", "moved up from Friday": put earlier, no span either
    return verb in word_class("reschedule") and lead[0].split()[1].lower() in ("forward", "up")


def _takes_carried_year(expression: object) -> bool:
    """True for a month and day ("30 August") or a bare day ("the 19th"), which take their
    year from a full date in the sentence before; a weekday or a month alone does not."""
    if isinstance(expression, ex.PartialDate):
        return expression.day is not None and expression.shift is None
    return isinstance(expression, ex.DayOfMonth) and expression.month_shift is None


def _frames_the_sentence(text: str, found: Found, relative: bool, precision: Precision) -> bool:
    """True for a year alone, stated, that the sentence is about: "In 2022, ..." or "the 2022
    World Cup". A month or day later in the sentence falls in it."""
    if relative or precision is not Precision.YEAR:
        return False
    return fronted_date(text, found.start, found.end) or attributive_year(
        text, found.start, found.end
    )


def _moves_on(expression: object) -> bool:
    """A narrative step forward ("two days later", "the following day") is the new reference."""
    if isinstance(expression, ex.Offset):
        return expression.direction > 0 and expression.anchor == "reference"
    if isinstance(expression, ex.Anaphor):
        return expression.offset > 0
    return False


def _past_between(text: str, sentence_ends: list[int], last: int, here: int) -> bool:
    """True when a single sentence lies between sentence ``last`` and ``here`` and its final
    clause is in the past tense, so a narrative with a stated year goes on."""
    if here != last + 2 or last < 0:
        return False
    end = sentence_ends[last + 1]
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in ".!?\"'”’)"):
        end -= 1
    return clause_tense(text, end, end) == "past"


def _moved(mention: Mention, weekday: bool, step: int) -> Mention | None:
    """``mention`` ``step`` weeks (a weekday) or years (a year-less date) later, earlier when
    negative."""
    if weekday:
        return _moved_weeks(mention, step)
    return _revalued(mention, f"{int(mention.value[:4]) + step:04d}{mention.value[4:]}")


def _moved_weeks(mention: Mention, weeks: int) -> Mention | None:
    """A day-precise ``mention`` ``weeks`` later (earlier when negative)."""
    day = datetime.date.fromisoformat(mention.value[:10]) + datetime.timedelta(days=7 * weeks)
    return _revalued(mention, day.isoformat() + mention.value[10:])


def _revalued(mention: Mention, value: str) -> Mention | None:
    """``mention`` with ``value`` and its interval; None when the value names no day."""
    interval = interval_of(value)
    if interval is None:
        return None  # 29 February in the year before
    return attrs.evolve(mention, value=value, interval=interval)


def _placed_by_tense(expression: object) -> bool:
    """A weekday, a year-less date, quarter or season with nothing but the tense to place it."""
    if isinstance(expression, (ex.PartialDate, ex.WeekdayRef)):
        return expression.shift is None
    if isinstance(expression, ex.SeasonRef) and expression.shift is not None:
        return False
    return (
        isinstance(expression, (ex.QuarterRef, ex.SeasonRef))
        and expression.year is None
        and expression.year_offset is None
    )


# "said on Friday that the leader would address the rally on Saturday": a report, then a
# plan it tells of ("would", "could", "may", "might", in lower case: not the month)
_REPORTED_PLAN = re.compile(rf"\b(?:{'|'.join(sorted(word_class('reported_future')))})\b")
_SAYING_VERBS = word_class("saying_verb")
_VERB_BEFORE_DATE = re.compile(r"\b([a-z]+)\s+(?:(?:on|in|late|early|earlier)\s+)?$")


def _after_the_saying(
    text: str,
    sentence_ends: list[int],
    saying: Mention,
    mentions: list[Mention],
    weekday: bool,
    published: datetime.date,
) -> None:
    """A plan said on a past day ("said on Friday") lies after that day, not after publication:
    "the party said on Friday that its leader would address the rally on Saturday", written
    on Sunday, is the Saturday just past. ``mentions[-1]`` is moved back a week (a weekday)
    or a year (a year-less date, quarter or season) when it then still ends after
    ``saying``."""
    plan = mentions[-1]
    if (
        plan.interval is None
        or saying.interval is None
        or saying.interval.end >= published
        or bisect.bisect_right(sentence_ends, saying.start)
        != bisect.bisect_right(sentence_ends, plan.start)
        or not _REPORTED_PLAN.search(text, saying.end, plan.start)
    ):
        return
    verb = _VERB_BEFORE_DATE.search(text, max(0, saying.start - 30), saying.start)
    if verb is None or verb[1] not in _SAYING_VERBS:
        return  # "the bank, which closed on Friday, would reopen on Monday": no saying
    earlier = _moved(plan, weekday, -1)
    if (
        earlier is not None
        and earlier.interval is not None
        and earlier.interval.end > saying.interval.end
    ):
        mentions[-1] = earlier


# "voted on Sunday to strike ...": a verb of intent, its day, then "to" and a verb
_INTENT_VERBS = word_class("intent") - {"was", "were", "set", "moved"}
_TO_AND_VERB = re.compile(r"\s+to\s+[a-z]")
_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who|whose|where|when|after|before|since)\b|[,;]")


def _after_the_intent(
    text: str, sentence_ends: list[int], said: Mention, mentions: list[Mention], found: Found
) -> None:
    """An act intended on a day ("the union voted on Sunday to strike on Wednesday") comes
    after that day: ``mentions[-1]`` moves on a week (a weekday) or a year (a year-less date,
    quarter or season) when it lies on or before the day of the intent."""
    plan = mentions[-1]
    if (
        plan.interval is None
        or said.interval is None
        or not said.interval.precision.is_day_or_finer
        or plan.interval.start > said.interval.start
        or bisect.bisect_right(sentence_ends, said.start)
        != bisect.bisect_right(sentence_ends, plan.start)
        or not _TO_AND_VERB.match(text, said.end)
        or _CLAUSE_OPENER.search(text, said.end, plan.start)
        or names_a_past_form(text[said.end : plan.start])
    ):
        return  # not "agreed on Saturday to extend a ceasefire that had been due to expire
        # on Friday", nor "voted on Sunday to accept the offer made on Friday"
    verb = _VERB_BEFORE_DATE.search(text, max(0, said.start - 30), said.start)
    if verb is None or verb[1] not in _INTENT_VERBS:
        return
    weekday = isinstance(found.expression, ex.WeekdayRef)
    later = _moved(plan, weekday, 1)
    if later is not None and later.interval is not None:
        mentions[-1] = later


# "adjourned the case on Friday until Thursday": the day of an act, then the day its effect
# lasts until
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_UNTIL_BETWEEN = re.compile(r"\s+(?:until|till)\s+", re.IGNORECASE)


def _act_then_deadline(text: str, first: Mention, last: Mention) -> bool:
    """Whether "on <first> until <last>" dates an act and the end of what it set off ("the
    hearing was postponed on Thursday until Tuesday"), not one span moved as a whole."""
    return bool(
        _ON_BEFORE.search(text, max(0, first.start - 4), first.start)
        and _UNTIL_BETWEEN.fullmatch(text, first.end, last.start)
    )


def _range_about_publication(
    mentions: list[Mention],
    published: datetime.date,
    tense: str | None,
    weekday: bool,
    ahead: bool,
) -> None:
    """A span of year-less dates or weekdays moves back, both ends, when a past clause would end
    it after publication ("The ban ran from 1 March until 30 June" and "Talks ran from Monday to
    Friday", written on Thursday 14 March). A span of dates also moves back a year when its
    start looked ahead to next year but the span under way holds the publication date ("The
    ban runs from 1 March until 30 June"), unless its clause says it lies ahead (``ahead``:
    "will run")."""
    first, last = mentions[-2], mentions[-1]
    if not (first.relative and first.interval and last.interval):
        return
    if not re.match(r"\d{4}-\d\d-?", first.value) or not re.match(r"\d{4}-\d\d", last.value):
        return
    overrun = tense == "past" and last.interval.start > published
    if not overrun and (weekday or first.interval.start <= published or ahead):
        return
    earlier_first, earlier_last = _moved(first, weekday, -1), _moved(last, weekday, -1)
    if earlier_first is None or earlier_last is None:
        return
    assert earlier_first.interval is not None and earlier_last.interval is not None
    if overrun:
        fits = earlier_last.interval.end < published
    else:
        fits = earlier_first.interval.start < published <= earlier_last.interval.end
    if fits:
        mentions[-2:] = [earlier_first, earlier_last]


_DAY_UNITS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def _figures_of_a_month_gone(
    expression: object, published: object, text: str, found: Found
) -> bool:
    """Whether a year-less month is the month that figures cover and lies one to three
    months before publication: such figures come out after their month."""
    if not isinstance(expression, ex.PartialDate) or expression.day is not None:
        return False
    if not isinstance(published, datetime.date) or expression.shift is not None:
        return False
    if not reports_a_month(text, found.start, found.end):
        return False
    return 1 <= (published.month - expression.month) % 12 <= 3


def _narrative_step(expression: object) -> Precision | None:
    """How fine a told date must be for a step to count from it: a day for "the next day",
    "that evening" or "two days later", a month for "a month earlier"; None for no step from
    the date last told."""
    if isinstance(expression, ex.Anaphor):
        unit = "day" if expression.unit in _DAY_UNITS else expression.unit
    elif isinstance(expression, ex.Offset) and expression.anchor == "reference":
        unit = "day" if expression.unit in ("hour", "minute") else expression.unit
    else:
        return None
    return _STEP_PRECISION.get(unit)


_STEP_PRECISION = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH}
_PRECISION_ORDER = list(Precision)
_YEAR_INDEX = _PRECISION_ORDER.index(Precision.YEAR)


@attrs.frozen
class _Told:
    """A date an anaphor may count from: its value, its first day and where it was said."""

    value: str
    first_day: datetime.date
    precision: Precision
    start: int
    end: int


def _narrative_anchor(
    text: str,
    told: list[_Told],
    published: datetime.date,
    tense: str | None,
    finest: Precision = Precision.DAY,
) -> str | None:
    """The date a past "the next day", "that evening" or "a month earlier" counts from, when
    the dates told since are not the story's: a deadline or plan ahead, a yardstick after
    "since" ("met on Wednesday ... to reopen by the end of March. That evening, ..." is
    Wednesday evening; "raised rates on Wednesday, its ninth rise since December 2021 ...
    that afternoon" too), or a coarser date in an aside ("overturned the conviction of a
    journalist jailed in 2020 ... that evening"). None when the last date told is the one to
    count from, or is a past period the story tells of ("killed last October ... crossed out
    that same day"). ``finest`` is how fine the date counted from must be."""
    if tense == "future":
        return None
    fine_enough = _PRECISION_ORDER[: _PRECISION_ORDER.index(finest) + 1]
    for index in range(len(told) - 1, max(-1, len(told) - 5), -1):
        entry = told[index]
        ahead = entry.first_day > published or clause_tense(text, entry.start, entry.end) == (
            "future"
        )
        if ahead:
            continue
        background = not entry.precision.is_day_or_finer and (
            word_before(text, entry.start).lower() in _YARDSTICK_LEADS
            or _in_an_aside(text, entry.start)
        )
        by_year = finest.is_day_or_finer and _PRECISION_ORDER.index(entry.precision) >= _YEAR_INDEX
        if background or by_year:
            # "first applied in 2019. The previous day, ...": no day counts from a year
            continue
        if entry.precision in fine_enough:
            return entry.value if index < len(told) - 1 else None
        return None
    return None


def _day_of_a_bare_clock(
    text: str, told: list[_Told], published: datetime.date, sentence_start: int, found: Found
) -> str | None:
    """The day a clock time with no day of its own falls on, when its sentence names none:
    the last day told on its side of publication, as its clause's tense has it ("Scotland
    face Ireland on Saturday ... named the side this morning. The match kicks off at 2.30pm"
    is Saturday's). None: the day last told will do."""
    if not told or told[-1].start >= sentence_start:
        return None
    tense = clause_tense(text, found.start, found.end)
    if tense not in ("past", "future"):
        return None
    days = []
    for entry in reversed(told[-6:]):
        if not entry.precision.is_day_or_finer:
            continue
        if entry.first_day == published:
            # "this morning" counts if told on the same side: "was called this morning ...
            # arrived at 3am", but not "named the side this morning ... kicks off at 2.30pm"
            if clause_tense(text, entry.start, entry.end) not in {"past", "future"} - {tense}:
                days.append(entry)
        elif (entry.first_day > published) == (tense == "future"):
            days.append(entry)
    if not days:
        # "The council met yesterday. The vote will be held at 7pm.": no day ahead was told
        return published.isoformat() if tense == "future" else None
    # the day of the same happening, if a clause tells it: "Mongolians will vote on Friday ...
    # results are expected early on Saturday ... Voting runs from 7am to 10pm" is Friday's
    terms = key_terms(_clause_around(text, found.start, found.end))
    for entry in days:
        if _share_a_term(terms, key_terms(_clause_around(text, entry.start, entry.end))):
            return entry.value[:10]
    return days[0].value[:10]


_CLAUSE_EDGE = re.compile(r"[,;:.!?]")
_CLAUSE_REACH = 150  # characters


def _clause_around(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` up to the nearest comma or sentence mark."""
    edges = _CLAUSE_EDGE.finditer(text, max(0, start - _CLAUSE_REACH), start)
    left = max((edge.end() for edge in edges), default=max(0, start - _CLAUSE_REACH))
    right = _CLAUSE_EDGE.search(text, end, end + _CLAUSE_REACH)
    return text[left : right.start() if right else end + _CLAUSE_REACH]


def _share_a_term(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two sets of key terms share one, or two words of one stem ("vote", "voting")."""
    for one in first:
        for other in second:
            common = next(
                (at for at, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
                min(len(one), len(other)),
            )
            if common >= max(3, min(len(one), len(other)) - 1):
                return True
    return False


def _this_week_at_its_turn(
    expression: ex.UnitRelative, published: object, text: str, found: Found
) -> bool:
    """ "this week" in an article of a Sunday, the week's last day, or "this weekend" in one
    of a Monday: the tense tells which week ("talks will resume this week": the week ahead;
    "crowds flocked to the beaches this weekend": the weekend just gone). Not when the week
    is a plan's ("announced this weekend's fixtures", "named its squad for this weekend")."""
    if not isinstance(published, datetime.date) or expression.offset != 0:
        return False
    day = published.isoweekday()
    if (day, expression.unit) == (7, "week"):
        return True
    possessive = text.startswith(("'s", "’s"), found.end)
    planned = word_before(text, found.start).lower() in _PLAN_LEADS
    return (day, expression.unit) == (1, "weekend") and not possessive and not planned


# words before a date that make it the time a plan is for: "named the squad for this weekend"
_PLAN_LEADS = frozenset({"for", "until", "till", "by", "before"})


_YARDSTICK_LEADS = frozenset({"since", "by", "until", "till", "through"})
# A relative clause or a participle phrase after a comma, up to a date in it: ", which was
# last inspected in", ", a journalist jailed in", ", jailed in"
_ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose|whom)\b|(?:(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+)?[a-z]{3,}ed\b)"
    r"[^,.;:!?]*$"
)


def _in_an_aside(text: str, start: int) -> bool:
    """Whether the date at ``start`` sits in a relative clause or a participle phrase set off
    by a comma: background to the story's day, not a step of it."""
    return _ASIDE.search(text, max(0, start - 80), start) is not None


def tag_text(text: str, published: object = None) -> list[Mention]:
    """Mentions in raw ``text`` resolved against ``published`` (a date, or None)."""
    mentions: list[Mention] = []
    reference: str | None = None
    told: list[_Told] = []
    sentence_ends = [end for _, end in split_sentences(text)]
    sentence = -1
    anchor: SentenceAnchor | None = None
    before: tuple[Found, Mention] | None = None
    before_tense: str | None = None
    wire = wire_dateline(text)
    # "KABUL, Aug 16 (Reuters) - ...": the day of the report lends no year to the sentence
    dateline = (wire.start("date"), wire.end("date")) if wire is not None else None
    for found in recognize(text):
        expression = found.expression
        here = bisect.bisect_right(sentence_ends, found.start)
        if here != sentence:
            # A full date's year carries into the next sentence too: "Kabul fell on 15 August
            # 2021. The last flight left on 30 August." It also carries over one sentence with
            # no date that goes on in the past ("The embassy closed its doors.").
            carry = (
                anchor is not None
                and anchor.year_stated
                and (here == sentence + 1 or _past_between(text, sentence_ends, sentence, here))
            )
            if anchor is not None and anchor.frame and here == sentence + 1:
                # a framing year, kept for the next sentence's first date if that date opens
                # its sentence (below)
                anchor = SentenceAnchor(anchor.value, True, carried=True, frame=True)
            elif carry and anchor is not None and not anchor.frame:
                anchor = SentenceAnchor(anchor.value, True, carried=True)
            else:
                anchor = None
            sentence = here
        tense = None
        if (
            isinstance(expression, _TENSE_SENSITIVE)
            or (
                isinstance(expression, ex.UnitRelative)
                and (
                    expression.narrative
                    or expression.ahead_offset is not None
                    or _this_week_at_its_turn(expression, published, text, found)
                )
            )
            or (isinstance(expression, ex.ClockTime) and expression.clock == "24:00")
            or (reference is None and _moves_on(expression))  # "Two days later" opening
            or (isinstance(expression, ex.Anaphor) and expression.offset != 0)
        ):
            tense = clause_tense(text, found.start, found.end)
            if (
                tense == "future"
                and isinstance(expression, ex.PartialDate)
                and in_force_from(text, found.start, found.end)
            ):
                tense = "either"  # "the ban applies from 1 March": perhaps in force already
            if _figures_of_a_month_gone(expression, published, text, found):
                tense = "past"  # "the jobs report for December is due on Friday"
        if anchor is not None and anchor.frame and anchor.carried:
            # "In 2022, prices rose. In March, they fell.": a year that framed the sentence
            # before frames this one too if it opens with a phrase of time
            fronted = isinstance(expression, (ex.PartialDate, ex.SeasonRef)) and fronted_date(
                text, found.start, found.end
            )
            anchor = SentenceAnchor(anchor.value, True, frame=True) if fronted else None
        told_anchor = None
        step = _narrative_step(expression)
        if isinstance(published, datetime.date) and step is not None:
            anaphor_tense = tense or clause_tense(text, found.start, found.end)
            told_anchor = _narrative_anchor(text, told, published, anaphor_tense, step)
        if isinstance(expression, ex.ClockTime) and isinstance(published, datetime.date):
            sentence_start = sentence_ends[here - 1] if here > 0 else 0
            told_anchor = _day_of_a_bare_clock(text, told, published, sentence_start, found)
        context = Context(
            published,  # type: ignore[arg-type]
            tense,
            told_anchor or reference,
            sentence_anchor=anchor,
            joined=_joined(text, before, found),
            firm=tense == "past"
            and (
                firm_past(text, found.start)
                or fronted_date(text, found.start, found.end)
                or names_a_happening(text, found.start, found.end)
                or told_when(text, found.end)
                or verb_follows(text, found.start, found.end)
            ),
        )
        resolution = resolve(expression, context)
        interval = None
        if resolution.resolved and resolution.type in ("DATE", "TIME"):
            interval = interval_of(resolution.value)
        mentions.append(
            Mention(
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                type=TimexType(resolution.type),
                value=resolution.value,
                mod=found.mod,
                interval=interval,
                resolved=resolution.resolved,
                relative=resolution.relative,
            )
        )
        if (
            context.joined is not None
            and context.joined[1]
            and isinstance(expression, (ex.PartialDate, ex.WeekdayRef))
            and published is not None
            and not _act_then_deadline(text, mentions[-2], mentions[-1])
        ):
            _range_about_publication(
                mentions,
                published,  # type: ignore[arg-type]
                before_tense,  # the start's clause: both ends are tense-sensitive
                isinstance(expression, ex.WeekdayRef),
                said_ahead(text, mentions[-2].start),
            )
            interval = mentions[-1].interval
        if (
            tense == "future"
            and before is not None
            and published is not None
            and _placed_by_tense(expression)
        ):
            weekday = isinstance(expression, ex.WeekdayRef)
            _after_the_saying(text, sentence_ends, before[1], mentions, weekday, published)  # type: ignore[arg-type]
            interval = mentions[-1].interval
        elif tense in ("either", "past") and before is not None and _placed_by_tense(expression):
            _after_the_intent(text, sentence_ends, before[1], mentions, found)
            interval = mentions[-1].interval
        value = mentions[-1].value
        before = (found, mentions[-1])
        before_tense = tense
        # Anaphora resolve against the last date mentioned, but a step back does not become
        # it: a second "a year earlier" must not step back another year. A step forward does.
        if interval is not None and (
            not isinstance(expression, _ANAPHORIC) or _moves_on(expression)
        ):
            reference = value
            told.append(_Told(value, interval.start, interval.precision, found.start, found.end))
            # a bare clock time names no day ("at 10 a.m. on the 24th"), so anchors none
            if _frames_the_sentence(text, found, resolution.relative, interval.precision):
                if anchor is None or anchor.carried:
                    anchor = SentenceAnchor(value, True, frame=True)
            elif anchor is not None and anchor.frame and interval.precision is Precision.MONTH:
                pass  # "In 2022, ... in February and by June": the year still frames June
            elif (
                (interval.precision.is_day_or_finer or interval.precision is Precision.MONTH)
                and not isinstance(expression, ex.ClockTime)
                and dateline != (found.start, found.end)
            ):
                # a year stated once carries through the dates the sentence anchors on it;
                # one carried from the sentence before only through a day that took it
                leans = anchor is not None and anchor.year_stated
                if leans and anchor is not None and anchor.carried:
                    leans = _takes_carried_year(expression)
                stated = not resolution.relative or leans
                anchor = SentenceAnchor(value, stated)
    mentions = _clocks_on_the_day_after(text, count_from_named_dates(text, mentions))
    mentions = _clock_ranges_on_their_day(text, _clocks_on_an_undated_day(text, mentions))
    mentions = _clocks_past_midnight(text, sentence_ends, mentions)
    mentions = _weekday_ranges_of_a_habit(text, sentence_ends, mentions)
    mentions = _weekdays_in_sequence(text, published, mentions)  # type: ignore[arg-type]
    return _compound_durations(text, _clocks_of_a_habit(text, sentence_ends, mentions))


# Between a clock time and the day it falls on: "6 a.m. (0100 GMT) on Sunday", "at 6 a.m. on
# Black Friday" (a day the clock rule does not take in itself).
_CLOCK_TO_DAY = re.compile(r"\s*\([^()\n]{1,25}\)\s*,?\s*(?:on\s+)?|,?\s*on\s+", re.IGNORECASE)


_SHIFTED_DAY = re.compile(r"(?:next|this|last|coming)\s", re.IGNORECASE)


def _clocks_on_the_day_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A clock time with no day of its own takes the day named right after it, past a
    parenthesis or "on"."""
    for index in range(len(mentions) - 1):
        clock, day = mentions[index], mentions[index + 1]
        time = re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)", clock.value)
        if time is None:
            continue
        joined = _CLOCK_TO_DAY.fullmatch(text, clock.end, day.start) or (
            # "by 10pm next Thursday", "at 9am this Saturday"
            not text[clock.end : day.start].strip() and _SHIFTED_DAY.match(day.text)
        )
        if not joined or _names_a_day().search(clock.text.lower()):
            continue  # "6 a.m. Friday (0100 GMT) on ...": the clock has its day
        if day.interval is None or day.interval.precision is not Precision.DAY:
            continue  # only a whole day lends its date ("on Sunday", not "this week")
        if clock.value.startswith(day.value):
            continue
        value = day.value + time[1]
        mentions[index] = attrs.evolve(clock, value=value, interval=interval_of(value))
    return mentions


_ON_A_DAY = re.compile(r"\s*,?\s*on\s+\S", re.IGNORECASE)


def _clocks_on_an_undated_day(text: str, mentions: list[Mention]) -> list[Mention]:
    """A clock time followed by "on" and no date ("at 7am on election day", "at 9pm on the
    night of the vote") is on a day the text does not date: its day stays unknown rather
    than the day last mentioned."""
    for index, clock in enumerate(mentions):
        time = re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)", clock.value)
        if time is None or _names_a_day().search(clock.text.lower()):
            continue
        on = _ON_A_DAY.match(text, clock.end)
        if on is None:
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            after is not None
            and after.start == on.end() - 1
            and after.interval is not None
            and after.interval.precision is Precision.DAY
        ):
            continue  # "at 10 p.m. on the 24th": a day of its own follows, not "on a Friday"
        value = "XXXX-XX-XX" + time[1]
        mentions[index] = attrs.evolve(clock, value=value, interval=None, resolved=False)
    return mentions


# "from 10pm to 6am on Tuesday": a bare clock time, a range word, a clock time with its day
_CLOCK_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*", re.IGNORECASE)


@functools.cache
def _names_a_day() -> re.Pattern[str]:
    """A weekday, a relative day or a month with its day, in lower-cased text."""
    table = fragments()
    return re.compile(
        rf"\b(?:{table['WD']}|today|tomorrow|yesterday|tonight)\b"
        rf"|{table['DAY']}\s+(?:of\s+)?{table['MONTH']}|{table['MONTH']}\s+{table['DAY']}"
    )


def _clock_ranges_on_their_day(text: str, mentions: list[Mention]) -> list[Mention]:
    """The start of a clock range takes the day named at its end: "the curfew ran from 10pm
    to 6am on Tuesday" starts at 10pm on Monday, not on the day of publication."""
    for index in range(len(mentions) - 1):
        first, last = mentions[index], mentions[index + 1]
        day_after = mentions[index + 2] if index + 2 < len(mentions) else None
        start = re.fullmatch(r"\d{4}-\d\d-\d\dT(\d\d:\d\d)", first.value)
        end = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", last.value)
        if (
            start is None
            or end is None
            or not _CLOCK_RANGE_JOIN.fullmatch(text, first.end, last.start)
        ):
            continue
        names_a_day = _names_a_day()
        end_has_a_day = names_a_day.search(last.text.lower()) or (
            day_after is not None
            and _CLOCK_TO_DAY.fullmatch(text, last.end, day_after.start)
            and last.value.startswith(day_after.value + "T")
        )  # "from 7 a.m. to 8 p.m. on Election Day": the end took the day named after it
        if names_a_day.search(first.text.lower()) or not end_has_a_day:
            continue  # the start has a day of its own, or the end none to lend
        day = datetime.date.fromisoformat(end[1])
        if start[1] > end[2]:
            day -= datetime.timedelta(days=1)  # the range passes midnight
        value = f"{day.isoformat()}T{start[1]}"
        if value != first.value:
            mentions[index] = attrs.evolve(first, value=value, interval=interval_of(value))
    return mentions


# Words between two clock times that tell the second happened first: "resumed at 2pm after
# halting at 11am", "closed at 8pm, having opened at 6am"
_EARLIER_BETWEEN = re.compile(r"\b(?:after|since|earlier|having|had)\b", re.IGNORECASE)
# The last hour of the small hours: a clock before it can follow a late one past midnight
_SMALL_HOURS_END = "09:00"


def _clocks_past_midnight(
    text: str, sentence_ends: list[int], mentions: list[Mention]
) -> list[Mention]:
    """Of two clock times on one borrowed day in one sentence, a later one in the small hours
    falls on the next day: "they began at 11am and ended shortly before 1am". Lengths
    between them are passed over ("at 10pm, hours before police arrived at 2am")."""
    dated = [i for i, m in enumerate(mentions) if m.type in (TimexType.DATE, TimexType.TIME)]
    for index in range(len(dated) - 1):
        first, second = mentions[dated[index]], mentions[dated[index + 1]]
        if (
            index + 2 < len(dated)
            and _CLOCK_TO_DAY.fullmatch(text, first.end, second.start)
            and first.value.startswith(second.value + "T")
        ):
            index += 1  # "at 10pm on Saturday, hours before ... at 2am": past the day it took
            second = mentions[dated[index + 1]]
        start = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", first.value)
        end = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", second.value)
        if start is None or end is None or start[1] != end[1] or end[2] >= start[2]:
            continue
        if end[2] >= _SMALL_HOURS_END or bisect.bisect_right(
            sentence_ends, first.start
        ) != bisect.bisect_right(sentence_ends, second.start):
            continue
        if _names_a_day().search(second.text.lower()):
            continue  # a day of its own: "at 11pm and at 1am on Tuesday"
        if _EARLIER_BETWEEN.search(text, first.end, second.start):
            continue
        after = mentions[dated[index + 2]] if index + 2 < len(dated) else None
        if after is not None and _CLOCK_TO_DAY.fullmatch(text, second.end, after.start):
            continue  # the second took the day named after it
        day = datetime.date.fromisoformat(end[1]) + datetime.timedelta(days=1)
        value = f"{day.isoformat()}T{end[2]}"
        mentions[dated[index + 1]] = attrs.evolve(second, value=value, interval=interval_of(value))
    return mentions


# A clause of its own: "polls close at 8 p.m., and results come in hourly"
_CLAUSE_JOIN = re.compile(r"[,;]\s*(?:and|but|while|whereas)\b|;", re.IGNORECASE)


def _between(text: str, one: Mention, other: Mention) -> str:
    """The text between two mentions, in either order."""
    first, last = sorted((one, other), key=lambda mention: mention.start)
    return text[first.end : last.start]


@functools.cache
def _bare_weekday() -> re.Pattern[str]:
    """A weekday alone, or with its clock time ("Saturday at 8am")."""
    return re.compile(rf"(?P<wd>{fragments()['WD']})s?(?:,?\s+at\s+.+)?", re.IGNORECASE)


_HABIT_WORD = re.compile(r"[a-z]+(?:['’]ll)?")
# Words that make a weekday range one week's: "will be open Monday to Friday next week"
_ONE_WEEK_WORDS = frozenset({"will", "shall", "won", "going", "next", "this", "coming", "last"})


def _weekday_ranges_of_a_habit(
    text: str, sentence_ends: list[int], mentions: list[Mention]
) -> list[Mention]:
    """A bare weekday range in a present clause with a word of habit is every such week:
    "opening hours are 9am to 5pm, Monday to Friday" gives the sets ``XXXX-WXX-1`` and
    ``XXXX-WXX-5``; "talks ran from Monday to Friday" keeps its days."""
    habit_words = word_class("habit_word")
    bare_weekday = _bare_weekday()
    for index in range(len(mentions) - 1):
        first, last = mentions[index], mentions[index + 1]
        if not (
            bare_weekday.fullmatch(first.text)
            and bare_weekday.fullmatch(last.text)
            and _RANGE_JOIN.fullmatch(text[first.end : last.start].strip())
        ):
            continue
        here = bisect.bisect_right(sentence_ends, first.start)
        begin = sentence_ends[here - 1] if here > 0 else 0
        end = sentence_ends[here] if here < len(sentence_ends) else len(text)
        words = set(_HABIT_WORD.findall(text[begin:end].lower()))
        if not words & habit_words or words & _ONE_WEEK_WORDS:
            continue
        if clause_tense(text, first.start, first.end) not in (None, "future"):
            continue  # "the museum was open Monday to Friday": a past week
        for at, mention in ((index, first), (index + 1, last)):
            named = bare_weekday.fullmatch(mention.text)
            assert named is not None
            weekday = vocabulary().weekdays[named["wd"].lower()]
            value = f"XXXX-WXX-{weekday}{mention.value[10:]}"
            mentions[at] = attrs.evolve(
                mention, type=TimexType.SET, value=value, interval=None, relative=False
            )
    return mentions


def _clocks_of_a_habit(
    text: str, sentence_ends: list[int], mentions: list[Mention]
) -> list[Mention]:
    """A clock time with no day, in a sentence with a set and no day named nearer to it, is a
    time of that habit, on no one day: "the museum opens daily at 10 a.m." is
    ``XXXX-XX-XXT10:00``, and so is "the ferry leaves every weekday at 7.15am, the operator
    said on Tuesday"."""
    names_a_day = _names_a_day()
    sentence_of = [bisect.bisect_right(sentence_ends, m.start) for m in mentions]
    habits = [i for i, m in enumerate(mentions) if m.type is TimexType.SET]
    if not habits:
        return mentions
    days = [
        i
        for i, m in enumerate(mentions)
        if m.type is not TimexType.SET and names_a_day.search(m.text.lower())
    ]
    for index, mention in enumerate(mentions):
        clock = re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)", mention.value)
        here = sentence_of[index]
        if clock is None:
            continue
        near = [
            len(_between(text, mention, mentions[habit]))
            for habit in habits
            if sentence_of[habit] == here
            and not _CLAUSE_JOIN.search(_between(text, mention, mentions[habit]))
        ]
        if not near:
            continue  # "polls close at 8 p.m., and results come in hourly": a day's time
        if any(
            sentence_of[day] == here and len(_between(text, mention, mentions[day])) < min(near)
            for day in days
        ):
            continue  # "opens daily, but closed at 3 p.m. on Monday": that day's time
        mentions[index] = attrs.evolve(mention, value="XXXX-XX-XX" + clock[1], interval=None)
    return mentions


@functools.cache
def _weekday_alone() -> re.Pattern[str]:
    """A weekday, perhaps with its part of the day ("Friday night"), and nothing else."""
    table = fragments()
    return re.compile(rf"{table['WD']}(?:\s+(?:{table['POD']}))?", re.IGNORECASE)


# Between two weekdays that date two steps told in order: "open on Monday and close on
# Friday", "arrived on Thursday and left on Monday", "on Monday, followed by a vote on Friday".
_NEXT_STEP = re.compile(
    r",?\s+(?:and\s+(?:then\s+)?(?:(?:will|would|is|are|was|were)\s+)?[a-z]+"
    r"|followed\s+by\s+(?:a|an|the)(?:\s+[a-z]+){1,3})\s+on\s+",
)


def _weekdays_in_sequence(
    text: str, published: datetime.date | None, mentions: list[Mention]
) -> list[Mention]:
    """Two steps told in order on weekdays keep their order: in a future clause the second
    moves a week on ("will open on Monday and close on Friday", written on Thursday 14 March
    2024, closes on 22 March); in a past one the first moves a week back ("arrived on
    Thursday and left on Monday" arrived on 7 March)."""
    if published is None:
        return mentions
    alone = _weekday_alone()
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if not (alone.fullmatch(first.text) and alone.fullmatch(second.text)):
            continue
        if first.interval is None or second.interval is None or not first.relative:
            continue
        if second.interval.start >= first.interval.start:
            continue
        if not _NEXT_STEP.fullmatch(text, first.end, second.start):
            continue
        if second.interval.start >= published:
            later = _moved_weeks(second, 1)
            if later is not None:
                mentions[index + 1] = later
        elif first.interval.start <= published:
            earlier = _moved_weeks(first, -1)
            if earlier is not None:
                mentions[index] = earlier
    return mentions


# A duration of whole units, as ISO 8601 writes it, in the order its units must come.
_DURATION_PARTS = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<TH>\d+)H)?(?:(?P<TM>\d+)M)?(?:(?P<TS>\d+)S)?)?"
)
_UNIT_ORDER = ("Y", "M", "D", "TH", "TM", "TS")
_COMPOUND_JOIN = re.compile(r",?\s+(?:and\s+)?|\s*,\s*")


def _compound_durations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Durations of falling units named together are one: "four years and eight months" is
    ``P4Y8M``, "an hour and 20 minutes" ``PT1H20M``, "2 days 3 hours" ``P2DT3H``."""
    joined: list[Mention] = []
    for mention in mentions:
        merged = _compound(text, joined[-1], mention) if joined else None
        if merged is not None:
            joined[-1] = merged
        else:
            joined.append(mention)
    return joined


def _units(value: str) -> dict[str, str] | None:
    parts = _DURATION_PARTS.fullmatch(value)
    if parts is None:
        return None
    units = {unit: amount for unit, amount in parts.groupdict().items() if amount}
    return units or None


def _compound(text: str, first: Mention, second: Mention) -> Mention | None:
    """``first`` and ``second`` as one duration, or None when they are not one."""
    if first.type is not TimexType.DURATION or second.type is not TimexType.DURATION:
        return None
    if second.mod or not _COMPOUND_JOIN.fullmatch(text, first.end, second.start):
        return None
    head, tail = _units(first.value), _units(second.value)
    if head is None or tail is None:
        return None
    if max(map(_UNIT_ORDER.index, head)) >= min(map(_UNIT_ORDER.index, tail)):
        return None  # "three years, two years": a list, not one span
    units = head | tail
    date = "".join(units[u] + u for u in _UNIT_ORDER[:3] if u in units)
    clock = "".join(units[u] + u[1] for u in _UNIT_ORDER[3:] if u in units)
    value = f"P{date}" + (f"T{clock}" if clock else "")
    return attrs.evolve(first, end=second.end, text=text[first.start : second.end], value=value)


def extract_mentions(article: Article) -> list[Mention]:
    """All temporal expressions in ``article``, ordered by start offset ([] when none).

    Relative expressions are resolved against ``article.published``; when the article has no
    publication date they keep underspecified values (``XXXX-XX-XX``) and ``resolved=False``.

    >>> import datetime
    >>> art = Article("It opened on Tuesday.", published=datetime.date(2021, 1, 11), id="a")
    >>> [(m.text, m.value) for m in extract_mentions(art)]
    [('Tuesday', '2021-01-05')]
    """
    return tag_text(article.text, article.published)
