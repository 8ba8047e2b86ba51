"""Decide whether a date expression's clause speaks of the past or the future.

The nearest cue word before the expression, within its clause, decides; failing that the
nearest cue after it, short of a second verb phrase ("hit on Monday and is expected to").
Cue words live in ``data/tense_cues.tsv``; regular past forms ("-ed") count as past unless
the table says otherwise or the word is capitalised ("United"). "Would" looks forward from a
past moment, so it takes the nearer reading; "as early as Tuesday" looks ahead.

The word before a cue can cancel it: a noun after a determiner ("the plan"), a participle
after "be" ("will be held"), a narrative "later" after a unit ("three days later"), a base
verb after "to" ("hard to meet demand"), a comparison ("faster than expected"). "Later"
right before the expression is a time of its day ("Later Wednesday, officials confirmed").
Some words look ahead only after "be": "rain is forecast for Friday", but "the bank
forecast on Tuesday".

A future cue after a past auxiliary ("was due to", "had been scheduled to") names a plan
made in the past, which may lie on either side of the publication date: the clause counts as
``"either"``; so does a past clause whose date follows "until" ("kept the border closed until
Tuesday"), an intended act ("agreed to buy in February", "was to resume Monday"), a schedule
("announced a truce, starting Thursday") and "planned" with no determiner before it ("the
planned withdrawal" looks ahead). "Is to resume Tuesday" is future, and so are "starting
Thursday" after a future verb, a date after "until" in a clause with no other cue ("the
conference runs until 5 October", "lawmakers have until 30 September") and a date a
postponement moves ("postponed until Tuesday", "delayed to Monday", "extended the deadline
until Friday"). "Must" and "should" look ahead
unless "have" follows or a past cue stands anywhere in the sentence ("must leave by Friday, he
said"); "reports" before "results" is a schedule ("the company reports results on Tuesday"), and so
is a staging participle right after "is" or "are" ("the vote is held on Friday").
:func:`in_force_from` tells a state that holds from a date ("the ban applies from 1 March"),
which may have begun before publication.
"""

from __future__ import annotations

import functools
import itertools
import re

from .lexicon import typed_column
from .sentences import ends_sentence
from .vocabulary import fragments, word_class

__all__ = [
    "attributive_year",
    "clause_tense",
    "firm_past",
    "fronted_date",
    "in_force_from",
    "names_a_past_form",
    "said_ahead",
    "verb_follows",
]

_WORD = re.compile(r"(?<!\d)[A-Za-z]+(?:'[a-z]+)?|'ll")  # not the "am" of "6am"
# A clause ends at sentence punctuation, a quotation mark or a blank line; a comma or a single
# line break (hard-wrapped text) does not end it, except after the expression.
# a quotation mark ends a clause too, in any spelling: ", “, ”, `` or '' (TimeBank's)
_CLAUSE_BREAK = re.compile(r"[.!?;:](?=[\s'’\"”]|$)|\n\s*\n|\u201c|\u201d|\"|``|''")
_RIGHT_BREAK = re.compile(r"[.!?;:,](?=[\s'’\"”]|$)|\n\s*\n|\u201c|\u201d|\"|``|''")
_WINDOW = 120
_SENTENCE_END = re.compile(r"[.!?](?=[\s'’\"”]|$)|\n\s*\n")
# "and" or "but" before an auxiliary opens a second verb phrase, with a tense of its own
_COORDINATED_VERB = re.compile(
    r"\b(?:and|but)\s+(?:is|are|was|were|will|would|has|have|had|could|can|should|must)\b",
    re.IGNORECASE,
)
_DAY_TIME_ADVERB = re.compile(r"\b(?:later|earlier)\s+$", re.IGNORECASE)
# "the election is in November", "the vote is on Tuesday", "kickoff is at 3pm on Saturday", "the
# album is out on Friday", "kick-off is at 7.45pm on Boxing Day": a present copula right before
# the date (or its clock time) sets an appointment
_APPOINTMENT = re.compile(
    r"\b(?:is|are)\s+(?:(?:out|back)\s+)?"
    r"(?:at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s+on\s+|(?:on|in|at)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
# "the deadline is Friday", "polling day is 4 July", "the deadline for public comment is
# Friday", "the deadline set by the court is Friday": a schedule noun (and what it is for, or
# who set it) before the copula sets one with no preposition
_NAMED_APPOINTMENT = re.compile(
    rf"\b(?:{'|'.join(sorted(word_class('appointment_noun')))})"
    r"(?:\s+(?:for|of|on|in|(?:set|fixed|imposed)\s+by)(?:\s+[\w'’-]+){1,4})?\s+(?:is|are)\s+$",
    re.IGNORECASE,
)
# "to last", "will last", "would last": the verb "last", no past like "last week"
_LAST_AS_VERB = frozenset(("to", "will", "'ll", "would", "could", "may", "might", "should", "can"))
_NOT_PAST_ED = frozenset(
    {"need", "indeed", "speed", "feed", "seed", "red", "bed", "led"}
    | {"succeed", "proceed", "exceed", "breed", "bleed", "heed", "embed", "shed", "naked"}
)


def _tense_of(cells: tuple[str, ...]) -> str:
    if cells[0] not in ("past", "future", "either"):
        raise ValueError("tense must be 'past', 'future' or 'either'")
    return cells[0]


@functools.cache
def _cues() -> dict[str, str]:
    return typed_column("tense_cues.tsv", 2, _tense_of, "'past', 'future' or 'either'")


@functools.cache
def _context_words() -> dict[str, frozenset[str]]:
    names = (
        "determiner",
        "verb_noun",
        "passive_aux",
        "past_aux",
        "time_unit",
        "deadline",
        "intent",
        "present_be",
        "intent_now",
        "as_soon",
        "comparison",
        "schedule",
        "be_future",
        "postpone",
        "reported_future",
        "state_through",
        "happening_noun",
        "habit_adverb",
        "perception_verb",
        "reschedule",
        "former_plan",
        "unmarked_past",
        "unmarked_lead",
        "compound_lead",
        "state_adjective",
        "past_state",
        "verb_prefix",
        "order",
        "plan_adjective",
        "obligation",
        "reported_object",
        "future_modal",
        "in_force",
        "staged",
        "backdating",
        "linking_verb",
        "perfect_lead",
        "data_noun",
        "arrange",
        "subject_led",
        "not_plural",
        "call_off",
        "warning",
        "noun_modifier",
        "past_adjective",
        "promise",
    )
    return {name: word_class(name) for name in names}


def _word_tense(word: str, cues: dict[str, str], *, regular: bool = True) -> str | None:
    lower = word.lower()
    tense = cues.get(lower)
    if tense is not None:
        return tense
    if regular and len(lower) > 4 and lower.endswith("ed") and lower not in _NOT_PAST_ED:
        return "past"
    return None


def _after_determiner(words: list[str], index: int) -> bool:
    """True when a determiner stands before ``words[index]``, perhaps with an adverb between
    ("a disputed", "a still unspecified", "the newly elected")."""
    determiners = _context_words()["determiner"]
    before = words[index - 1].lower() if index > 0 else ""
    if before in determiners:
        return True
    adverb = before.endswith("ly") or before in ("still", "now", "long", "once", "yet")
    return adverb and index > 1 and words[index - 2].lower() in determiners


# words right before a verb that keep it a verb ("a chance to visit")
_NOT_A_NOUN_LEAD = frozenset(("to", "not", "never", "also", "then"))


def _after_noun_lead(words: list[str], index: int, context: dict[str, frozenset[str]]) -> bool:
    """True when a determiner stands before ``words[index]``, perhaps with numbers or words
    such as "previous" between ("the two previous votes")."""
    at = index - 1
    while at >= 0 and index - at <= 3 and words[at].lower() in context["noun_modifier"]:
        at -= 1
    if at >= 0 and words[at].lower() in context["determiner"]:
        return True
    # "made a surprise visit": after "a" or "an", a verb-like word with no "-s" is a noun
    if words[index].lower().endswith("s") or index == 0:
        return False
    before = words[index - 1].lower()
    if before in ("a", "an"):
        return True
    return (
        index > 1
        and words[index - 2].lower() in ("a", "an")
        and before not in _NOT_A_NOUN_LEAD
        and _word_tense(before, _cues()) is None
    )


_ARTICLES = frozenset(("a", "an", "the"))


def _cue(words: list[str], index: int, cues: dict[str, str], *, regular: bool) -> str | None:
    """The tense ``words[index]`` signals, given the word before it."""
    word = words[index].lower()
    before = words[index - 1].lower() if index > 0 else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    context = _context_words()
    if word == "may" and not words[index].islower():
        return None  # "in March-May": the month, not the modal
    if word in context["backdating"]:
        return "past"  # "will be backdated to January": a date before the act
    if word in context["be_future"]:
        if before in context["present_be"] or before == "be":
            return "future"  # "rain is forecast for Friday", "talks are set for Monday"
        if word in context["unmarked_past"] and after in ("for", "to"):
            # "talks set for Monday" (a headline without its "are"), "was set to resume"
            return "either" if before in context["past_aux"] else "future"
        if word in context["unmarked_past"] and after and before not in context["unmarked_lead"]:
            # "the record (was) set on Aug. 6", "Albright set aside her plans"; not "set
            # Friday as the deadline", where the date is what is set
            return "past"
        return "either" if before in context["past_aux"] else None
    if word in context["unmarked_past"]:
        # "the storm hit on the Fourth of July": past, unless "will hit", "to hit", or a
        # noun ("the first rate cut in June")
        noun = before in context["determiner"] or before in context["compound_lead"]
        state = before in context["linking_verb"]  # "will stay shut": the verb before decides
        return None if before in context["unmarked_lead"] or noun or state else "past"
    if word in context["staged"] and before in context["present_be"]:
        return "future"  # "the vote is held on Friday": a schedule, not a past act
    plan_lead = before in context["determiner"] or before in context["present_be"]
    if word in context["plan_adjective"] and plan_lead:
        return "future"  # "the planned withdrawal", "a proposed vote", "the IPO is planned"
    if word in ("has", "have", "had") and after == "until":
        # "lawmakers have until 30 September to act": a deadline ahead, no perfect tense;
        # "had until Friday" was one, on either side of publication
        return "either" if word == "had" else "future"
    if word in context["obligation"] and after in ("have", "'ve"):
        return "past"  # "must have known on Monday"
    if word in context["warning"] and after in ("of", "for"):
        return _warned(words, index)
    if word in context["subject_led"]:
        return "future" if _plural_subject(words[index - 1] if index else "") else None
    if word in context["past_adjective"] and _after_noun_lead(words, index, context):
        return "past"  # "the two previous votes, in April and July": behind the writer
    if word == "reports" and before not in context["determiner"]:
        # "the company reports results on Tuesday": a schedule; "media reports on Monday": a noun
        return "future" if after in context["reported_object"] else None
    # A capitalised "-ed" word is a name ("the United States"), not a past form.
    regular = regular and before not in context["passive_aux"] and words[index][0].islower()
    tense = _word_tense(word, cues, regular=regular)
    if tense is None:
        return None
    if tense == "past" and before in context["passive_aux"]:
        if before == "be" and index > 1 and words[index - 2].lower() == "to":
            # "the vote, to be held on Sunday": a plan; "was to be held": a past plan
            earlier = words[index - 3].lower() if index > 2 else ""
            return "either" if earlier in context["past_aux"] else "future"
        return None  # "will be heard", "being told": a participle, the auxiliary decides
    if word in context["verb_noun"] and _after_noun_lead(words, index, context):
        return None  # "the plan", "the two previous votes": a noun
    if word in context["verb_noun"] and index and _object_of(words[index - 1], cues):
        return None  # "councillors approved plans", "blocked the company's plans": a noun
    if tense == "past" and before in context["linking_verb"]:
        return None  # "will stay closed on Monday": a state, the verb before it decides
    if word == "have" and before in context["perfect_lead"]:
        return None  # "hope to have talks", "will have finished": the verb before decides
    if tense == "past" and _perfect_ahead(words, index, context["perfect_lead"]):
        return None  # "expect to have the blaze contained by Monday": done by a day ahead
    if tense == "past" and word not in cues and _after_determiner(words, index):
        return None  # "on a still unspecified date", "the disputed vote": an adjective
    if tense == "past" and before in _ARTICLES:
        return None  # "will launch a paid version", "the stolen car": an adjective
    if word == "later" and before in context["time_unit"]:
        return None
    if word == "last" and before in _LAST_AS_VERB:
        return None  # "expected to last until spring", "will last": the verb, no past
    if word in ("next", "close") and index + 1 < len(words) and words[index + 1].lower() == "to":
        return None  # "next to the embassy": a place; "came close to winning": a degree
    if tense == "future" and _after_did(words, index):
        return "past"  # "talks did not resume on Monday": a base form after "did"
    if tense == "future" and _could_not(words, index):
        # "they could not meet on Monday": mostly a failed try, told after; but "could not
        # begin before the autumn" sets a bound ahead
        bound = _BOUNDS.intersection(word.lower() for word in words[index + 1 :])
        return tense if bound else "either"
    if tense == "future" and word in context["state_adjective"] and before in context["past_state"]:
        return "past"  # "the museum was open on Monday", "the seat became open": a past state
    if tense == "future" and before in context["past_aux"]:
        return "either"
    if tense == "future" and before == "to" and word in context["verb_noun"]:
        return None  # "difficult to meet demand": the verb's own clause decides
    if tense == "future" and before in context["comparison"]:
        return None  # "faster than expected", "as planned": a comparison, no plan
    return tense


# A clause of "when" after the date that tells what happened then, in the past
_WHEN_IT_HAPPENED = re.compile(
    r",\s+when\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|had|did|took|kept|[a-z]{3,}ed)\b"
)


@functools.cache
def _a_day_of_the_week() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{fragments()['WD']}|weekend)\b", re.IGNORECASE)


# Words after "is" that tie the date to something else than the subject's schedule
_COPULA_TIES = frozenset(("after", "since", "following", "before", "from", "until", "than"))


def _staged_by_copula(
    expression: str, words: list[str], index: int, context: dict[str, frozenset[str]]
) -> bool:
    """True when ``words[index]`` is a present "is" or "are" at most five words before a day of
    the week, with nothing between that ties the day to a happening: a present state cannot be
    dated to a day gone, so the day is one to come ("the final is at Wembley on Sunday"; not
    "he is in hospital after an attack on Monday")."""
    if words[index].lower() not in context["present_be"] or len(words) - index > 6:
        return False
    if not _a_day_of_the_week().search(expression):
        return False
    between = {word.lower() for word in words[index + 1 :]}
    return not (between & _COPULA_TIES or between & context["happening_noun"])


def _object_of(before: str, cues: dict[str, str]) -> bool:
    """True when the word ``before`` a verb-like noun makes it an object or a possessed noun:
    a past verb ("approved plans"; not a name, "United host Liverpool") or a possessive
    ("the company's plans")."""
    if before.endswith(("'s", "’s")):
        return True
    if not before.islower() or before in _PAST_AUXILIARIES:
        return False
    return _word_tense(before, cues) == "past"


# Past forms that lead a verb, not an object: "had plans", "was heading"
_PAST_AUXILIARIES = frozenset(("was", "were", "had", "did", "been"))


def _perfect_ahead(words: list[str], index: int, leads: frozenset[str]) -> bool:
    """True when ``words[index]`` is the participle of a perfect after "to" or "will" a few
    words back ("to have the bridge repaired", "will have been finished")."""
    for back in range(index - 1, max(0, index - 5), -1):
        word = words[back].lower()
        if word == "have":
            return words[back - 1].lower() in leads
        if word in _PERFECT_STOP:
            return False
    return False


# Words that end the reach of a perfect's "have" back from a participle
_PERFECT_STOP = frozenset(("that", "which", "who", "and", "but", "or", "has", "had", "when"))


def _after_did(words: list[str], index: int) -> bool:
    """True when ``words[index]`` follows "did", "didn't" or "did not"/"never"."""
    before = [word.lower() for word in words[max(0, index - 2) : index]]
    if before and before[-1] in ("did", "didn't"):
        return True
    return len(before) == 2 and before[0] == "did" and before[1] in ("not", "never")


_FRESH_WARNING = frozenset(("has", "have", "'ve", "is", "are", "will", "'ll"))


def _warned(words: list[str], index: int) -> str | None:
    """A warning of or for what comes lies ahead ("warn of flooding on Thursday", "has
    issued a warning for thunderstorms on Sunday"); one issued in a plain past may since
    have come true, so the nearer day ("issued an alert for snow on Sunday"). A warning
    that is the subject leaves the tense to its verb ("the warning of the attack on Sunday
    came too late")."""
    if words[index].lower() in ("warn", "warns"):
        return "future"  # the present verb
    start = max(0, index - 5)
    for at in range(index - 1, start - 1, -1):
        lower = words[at].lower()
        if lower in _FRESH_WARNING:
            return "future"
        if lower in ("was", "were", "had") or (lower.endswith("ed") and words[at].islower()):
            before = words[at - 1].lower() if at else ""
            return "future" if before in _FRESH_WARNING else "either"
    return None


def _could_not(words: list[str], index: int) -> bool:
    """True when ``words[index]`` follows "couldn't" or "could not"."""
    before = [word.lower() for word in words[max(0, index - 2) : index]]
    if before and before[-1] == "couldn't":
        return True
    return len(before) == 2 and before[0] == "could" and before[1] in _NEGATION


# prepositions that make a date after "could not ..." a bound ahead
_BOUNDS = frozenset(("before", "until", "till", "by", "after"))
# plural subjects that open a clause: "they travel", "we fly"
_PLURAL_PRONOUNS = frozenset(("they", "we", "you"))


def _plural_subject(word: str) -> bool:
    """True for a word that may be the plural subject of a plain present verb: "they",
    "players", "Leeds"; not "air" ("air travel"), "Christmas" or "this"."""
    lower = word.lower()
    if lower in _PLURAL_PRONOUNS:
        return True
    context = _context_words()
    if lower in context["determiner"] or lower in context["not_plural"]:
        return False
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(_NOT_PLURAL_ENDINGS)


# endings of words in -s that are seldom plural nouns: "business", "bus", "crisis", "Christmas"
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "as", "'s", "’s")


def _as_soon_as(words: list[str], index: int) -> str | None:
    """'future' for the last "as" of "as soon as" / "as early as" ("as early as Tuesday")."""
    if index < 2 or words[index].lower() != "as" or words[index - 2].lower() != "as":
        return None
    return "future" if words[index - 1].lower() in _context_words()["as_soon"] else None


def _intended(words: list[str], index: int, *, headline: bool = False) -> str | None:
    """The tense of an intended act: "agreed to buy", "was to resume" or "ordered them to
    leave" (either side of the publication date), "is to resume" (future), and in a headline
    "Storm to hit coast" (a short capitalised subject, then "to"). None unless
    ``words[index]`` is such a "to"."""
    if words[index].lower() != "to" or index == 0 or index + 1 >= len(words):
        return None
    if not words[index + 1].islower():
        return None  # "to Tuesday", "to Cuba": a preposition, not an infinitive
    before = words[index - 1].lower()
    context = _context_words()
    if before in context["present_be"] or before in context["intent_now"]:
        return "future"  # "is to resume", "hope to finish", "has to leave"
    if headline and index <= 3 and all(_names_a_subject(word) for word in words[:index]):
        return "future"  # a headline's "Storm to hit coast Saturday": "is to" without "is"
    if before in context["intent"]:
        # "talks are set to resume": a plan now; "were set to" or "agreed to": either side
        earlier = words[index - 2].lower() if index > 1 else ""
        return "future" if earlier in context["present_be"] else "either"
    if any(word.lower() in context["order"] for word in words[max(0, index - 4) : index]):
        # "ordered him to surrender his passport by Friday", "have been told to cut waiting
        # times by the spring": the act follows
        return "either"
    return None


def _present_form(word: str) -> bool:
    """True for a verb in the present tense's third person ("holds", "unveils"), which a
    headline uses for news just past as much as for a plan."""
    lower = word.lower()
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss")


def _names_a_subject(word: str) -> bool:
    """True for a capitalised word that may open a headline's subject ("Storm", "Apple"); not
    "Asked" or "According", which lead a phrase of their own ("Asked to comment on Monday")."""
    lower = word.lower()
    participle = len(lower) > 4 and lower.endswith(("ed", "ing"))  # not "Fed", "King"
    return word[0].isupper() and not participle and lower not in _TO_LEADS


# capitalised words before "to" that make no headline subject
_TO_LEADS = frozenset(("according", "due", "unable", "able", "prior", "next", "close", "thanks"))
_TO_LEADS |= frozenset(("owing", "up", "back", "down", "similar", "contrary", "how", "what"))
_HEADLINE_WORDS = 14


def _in_headline(text: str, start: int) -> bool:
    """True when ``start`` lies on a short line of its own with no closing stop: a headline
    ("Storm to hit coast Saturday"), whose grammar drops "is" and "will"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not line or line[-1] in ".!?\"'”’:;,":
        return False
    return len(line.split()) <= _HEADLINE_WORDS


def _old_date_of_a_move(words: list[str], context: dict[str, frozenset[str]]) -> bool:
    """True after "postponed from", "pushed back from" or "brought forward from": the date
    that follows is the one given up."""
    lower = [word.lower() for word in words[-4:]]
    if len(lower) < 2 or lower[-1] != "from":
        return False
    if lower[-2] in context["postpone"]:
        return True
    if len(lower) < 3 or lower[-2] not in ("back", "forward", "up"):
        return False
    return lower[-3] in context["postpone"] or lower[-3] in context["reschedule"]


def _ahead_of(words: list[str]) -> bool:
    """True when "ahead of" comes up to five words before the date: "ahead of Friday's
    march", "ahead of the concert on Saturday", "ahead of the storm's arrival on Sunday"."""
    lower = [word.lower() for word in words[-7:]]
    return ("ahead", "of") in itertools.pairwise(lower)


# auxiliaries before a verb of calling off that make it news of now: "have cancelled"
_FRESH_NEWS = frozenset(("have", "has", "'ve", "will", "'ll", "to"))


def _called_off(text: str, end: int, words: list[str], context: dict[str, frozenset[str]]) -> bool:
    """True for a date in the possessive right after a verb or noun of calling off: "cancelled
    Sunday's parade", "called off Saturday's match", "the postponement of Friday's vote"."""
    if text[end : end + 2] not in ("'s", "’s") or not words:
        return False
    lower = [word.lower() for word in words[-2:]]
    if lower[-1] == "of" and len(lower) == 2:
        return lower[0] in context["call_off"]
    if lower[-1] == "off":
        return len(lower) == 2 and lower[0] in ("called", "call", "calls", "calling")
    return lower[-1] in context["call_off"] or lower[-1] in context["postpone"]


def _earlier_cue(words: list[str], index: int, cues: dict[str, str]) -> str | None:
    """The tense of the nearest cue before ``words[index]``."""
    for earlier in range(index - 1, -1, -1):
        tense = _cue(words, earlier, cues, regular=True)
        if tense is not None:
            return tense
    return None


_VERB_AND_PREPOSITION = re.compile(
    r"\b([A-Za-z]+),?\s+([A-Za-z]+)\s+"
    # a pronoun object may come between: "wrote it in May", "sold them in June"
    r"(?:(?:it|them|him|her|this)\s+"
    # ... or a short object: "attacked the mosque on 17 October"
    r"|(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+)?(?!(?:on|in)\s)(?P<object>[a-z][\w'’-]*)\s+)?"
    # a place may come between: "began in Jeddah in May", "met at Camp David in September"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+)?"
    r"(?:(?:on|in)\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?$"
)
_NOT_ACTIVE = frozenset({"be", "being", "to", "is", "are", "am", "will", "would", "could"})


def firm_past(text: str, start: int) -> bool:
    """True when a past verb stands right before the date or its "on" or "in", or before a
    place and the date: "the strike began on 1 May", "talks were held in November", "the
    quarter ended Oct. 31", "talks began in Jeddah in May". Such a cue
    is no stray, so it may reach back further than a cue elsewhere in the clause.

    >>> firm_past("The strike began on 1 May", 20)
    True
    >>> firm_past("The case is heard in May", 20)
    False
    >>> firm_past("The talks began in Jeddah in May", 29)
    True
    """
    match = _VERB_AND_PREPOSITION.search(text, max(0, start - 60), start)
    if match is None or match[1].lower() in _NOT_ACTIVE:
        return False
    if match["object"] and match["object"].lower() in _context_words()["verb_noun"]:
        return False  # "announced a plan in May": the plan's date, perhaps ahead
    verb = match[2]
    return verb[0].islower() and _word_tense(verb, _cues()) == "past"


# a phrase of time that opens its sentence: "In April, ...", "On the night of 20 March, ..."
_FRONTED_PHRASE = re.compile(
    r"(?:^|[.!?]['’\"”]?\s+|\n)(?:in|on|over|during|at|by|throughout|early|late)"
    r"(?:\s+(?:the|a|an|of|weekend|week|weeks|days|night|end|start|beginning|middle|early|late"
    r"|mid))*\s+$",
    re.IGNORECASE,
)


def fronted_date(text: str, start: int, end: int) -> bool:
    """True when the date at ``text[start:end]`` closes a phrase of time that opens its
    sentence and a comma follows: "In April, the festival drew 50,000 visitors". The main
    clause after the comma tells when it happened, so its past verb is no stray.

    >>> fronted_date("In April, the festival drew crowds.", 3, 8)
    True
    >>> fronted_date("Crowds came in April, he said.", 15, 20)
    False
    """
    if not text.startswith(",", end):
        return False
    return _FRONTED_PHRASE.search(text, max(0, start - 40), start) is not None


# a year standing before its noun, as in "the 2022 World Cup"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"\s+([a-z][\w-]*)(?:\s+([\w-]+))?(?:\s+([\w-]+))?", re.IGNORECASE)
_NOT_A_NOUN = frozenset(
    ("and", "or", "to", "through", "until", "from", "in", "on", "at", "by", "for", "was", "is")
)


def attributive_year(text: str, start: int, end: int) -> bool:
    """True when the year at ``text[start:end]`` names which of a thing it speaks of: "the
    2022 World Cup", "the 2008 crisis". The sentence then tells of that year. Figures and
    papers for a year come out after it ("the 2023 results, published in February"): no.

    >>> attributive_year("The 2022 World Cup was held in November.", 4, 8)
    True
    >>> attributive_year("Sales rose in 2023 and fell in January.", 14, 18)
    False
    >>> attributive_year("The 2023 annual report came out in February.", 4, 8)
    False
    """
    if _THE_BEFORE.search(text, max(0, start - 5), start) is None:
        return False
    after = _WORDS_AFTER.match(text, end)
    if after is None or after[1].lower() in _NOT_A_NOUN:
        return False
    figures = word_class("year_figures")
    return not any(word and word.lower() in figures for word in after.groups())


def _reported_after(text: str, end: int, cues: dict[str, str]) -> bool:
    """True when a past cue follows in the sentence: "must leave by Friday, he said"."""
    right = text[end : end + _WINDOW]
    for stop in _SENTENCE_END.finditer(right):
        if stop[0] != "." or ends_sentence(text, end + stop.start()):
            right = right[: stop.start()]  # the period of "a.m." or "Sept." ends no sentence
            break
    words = _WORD.findall(right)
    return any(_word_tense(word, cues) == "past" for word in words if word[0].islower())


def _participles_after_a_comma(left: str, found: list[re.Match[str]]) -> set[int]:
    """Indexes of the "-ed" words that open a participle phrase after a comma ("..., followed
    by", "..., led by"): they qualify what stands before and tell no tense of their own."""
    participles = set()
    for index, word in enumerate(found[:-1]):
        if (
            found[index + 1][0].lower() == "by"
            and word[0].lower().endswith("ed")
            and left[: word.start()].rstrip().endswith(",")
        ):
            participles.add(index)
    return participles


def _compound_adjectives(left: str, found: list[re.Match[str]]) -> set[int]:
    """Indexes of the words that close a hyphenated compound ("worst-hit", "U.S.-led",
    "long-awaited"): an adjective, no verb of the clause. A verb prefix makes a verb still
    ("re-elected", "test-fired")."""
    prefixes = _context_words()["verb_prefix"]
    compounds = set()
    for index, word in enumerate(found):
        head = left[: word.start()]
        if not head.endswith("-") or not (head[-2:-1].isalpha() or head[-2:-1] == "."):
            continue  # no hyphen, or a dash after a space or a digit
        glued = index > 0 and found[index - 1].end() == word.start() - 1
        if glued and found[index - 1][0].lower() in prefixes:
            continue
        compounds.add(index)
    return compounds


_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|last|this|that|[A-Za-z]+['’]s)\s+$", re.IGNORECASE)


def names_a_happening(text: str, start: int, end: int) -> bool:
    """True when the date names a past happening, whatever the clause's tense: "the July 13
    shooting", "the Jan. 6 attack" (class `happening_noun`) are behind the writer even in
    "the inquiry into the July 13 shooting will report next month"."""
    noun = _NOUN_AFTER.match(text, end)
    return (
        noun is not None
        and noun[1] in _context_words()["happening_noun"]
        and _ARTICLE_BEFORE.search(text[max(0, start - 30) : start]) is not None
    )


@functools.cache
def _data_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(sorted(_context_words()["data_noun"], key=len, reverse=True))
    before = re.compile(rf"\b(?:{nouns})\s+(?:for|of)\s+$", re.IGNORECASE)
    after = re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\b", re.IGNORECASE)
    return before, after


def reports_a_month(text: str, start: int, end: int) -> bool:
    """True when the month at ``text[start:end]`` is the one figures cover: "the jobs report
    for December", "October's inflation figure" (class `data_noun`). Such figures come out
    after their month, so a month just gone is meant even in "will be published"."""
    before, after = _data_patterns()
    return bool(before.search(text[max(0, start - 40) : start]) or after.match(text, end))


def told_when(text: str, end: int) -> bool:
    """True when a clause of "when" after the date tells, in the past, what happened then
    ("in January, when a shoulder injury kept her out"): the date is past, up to a year back."""
    return _WHEN_IT_HAPPENED.match(text, end) is not None


# a month of a subject's phrase right before its past verb: "Sales in January rose"
_IN_BEFORE = re.compile(r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:also\s+|then\s+|only\s+)?([a-z]+)\b(?!\s+by\b)")


def names_a_past_form(text: str) -> bool:
    """True when a lower-case word of ``text`` is a past form ("made", "reported")."""
    cues = _cues()
    return any(word.islower() and _word_tense(word, cues) == "past" for word in _WORD.findall(text))


def verb_follows(text: str, start: int, end: int) -> bool:
    """True when the date closes an "in" phrase that a past verb follows right away: "Sales in
    January rose 4%". The date is part of the subject whose verb tells it is past.

    >>> verb_follows("Sales in January rose 4%", 9, 16)
    True
    >>> verb_follows("Sales rose in January", 15, 22)
    False
    """
    verb = _VERB_AFTER.match(text, end)
    return (
        verb is not None
        and _IN_BEFORE.search(text, max(0, start - 20), start) is not None
        and _word_tense(verb[1], _cues()) == "past"
    )


def clause_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future', 'either' (a past plan) or None for the clause around ``text[start:end]``.

    >>> clause_tense("Talks will start on Sunday.", 20, 26)
    'future'
    >>> clause_tense("He said on Tuesday that", 11, 18)
    'past'
    """
    cues = _cues()
    left_from = max(0, start - _WINDOW)
    left = text[left_from:start]
    # the period of "a.m.", "U.S." or "Sept." ends no clause
    breaks = [
        b
        for b in _CLAUSE_BREAK.finditer(left)
        if b[0] != "." or ends_sentence(text, left_from + b.start())
    ]
    if breaks:
        left = left[breaks[-1].end() :]
    headline = _in_headline(text, start)
    if headline:
        left = left[left.rfind("\n") + 1 :]  # the line before is no part of it
    if _APPOINTMENT.search(left) or _NAMED_APPOINTMENT.search(left):
        return "future"
    context = _context_words()
    if _SUBJECT_OF_A_MODAL.match(text, end) and _in_a_subject(text, start):
        # "organisers said the match on Wednesday night would go ahead": the date is part of
        # the subject of the verb after it, which tells the tense
        return "future"
    if names_a_happening(text, start, end):
        return "past"
    if told_when(text, end):
        return "past"  # "expected to compete in January, when an injury kept her out"
    found = list(_WORD.finditer(left))
    words = [word[0] for word in found]
    participles = _participles_after_a_comma(left, found) | _compound_adjectives(left, found)
    if _old_date_of_a_move(words, context):
        return "either"  # "delayed from June": the plan put off, either side of publication
    if _called_off(text, end, words, context):
        # "cancelled Sunday's parade": a plan given up, mostly still ahead; "have cancelled"
        # or "will cancel" is news of now, so the plan lies ahead
        fresh = {word.lower() for word in words[-4:-1]} & _FRESH_NEWS
        return "future" if fresh else "either"
    if _ahead_of(words):
        return "future"  # "shares rose ahead of Thursday's results": what is awaited lies ahead
    if len(words) > 2 and [word.lower() for word in words[-2:]] in (
        ["at", "least"],
        ["at", "most"],
    ):
        words = words[:-2]  # "extended until at least October": the bound is "until"
    deadline = bool(words) and words[-1].lower() in context["deadline"]
    by_date = bool(words) and words[-1].lower() == "by"
    moved_to = bool(words) and words[-1].lower() in ("to", *context["deadline"])
    for_date = bool(words) and words[-1].lower() == "for"
    if _DAY_TIME_ADVERB.search(left):
        words = words[:-1]  # "Later Wednesday, officials confirmed ...": a time of that day
    scheduled = False  # "Starting Monday, masks are optional" opens its clause: a start
    # ahead, unless ...
    for index in range(len(words) - 1, -1, -1):
        if index in participles:
            continue  # "is on June 6, followed by a meeting on July 18": no verb of the clause
        if not headline and index and words[index][0].isupper() and words[index - 1][0].isupper():
            continue  # "met at the Australian Open in January": a word of a name
        tense = (
            _as_soon_as(words, index)
            or _intended(words, index, headline=headline)
            or _cue(words, index, cues, regular=True)
        )
        if (
            tense is None
            and words[index].lower() in context["reported_future"]
            and not _NEGATION.intersection(word.lower() for word in words[: index + 2])
            and not context["perception_verb"].intersection(
                word.lower() for word in words[index + 1 : index + 2]
            )
            and _reports_a_coming_act(text, end, words, index, context)
        ):
            return "future"  # "analysts warned that prices could rise on Saturday"; but
            # "they could not reach the village on Saturday", "neither ... could be located
            # Wednesday" and "they could hear gunfire on Tuesday night" are a past
        if tense is None and _staged_by_copula(text[start:end], words, index, context):
            return "future"  # "the second leg is in Amsterdam on Wednesday": a schedule
        if tense is not None:
            if moved_to and words[index].lower() in context["postpone"]:
                return "future"  # "postponed until Tuesday": a new date, after the act
            if tense == "future" and index and words[index - 1].lower() in context["former_plan"]:
                return "either"  # "originally scheduled for October": an old plan, either way
            if moved_to and words[index].lower() in context["reschedule"]:
                return "either"  # "was moved to Sunday": a new date, perhaps already past
            if for_date and tense == "past" and words[index].lower() in context["arrange"]:
                return "either"  # "called an election for Sept. 25": the date set, after it
            if (
                tense == "either"
                and (deadline or by_date)
                and context["reported_future"].intersection(
                    word.lower() for word in words[max(0, index - 1) : index + 1]
                )
            ):
                # "a bill that would keep it running through Sept. 30", "the search would
                # continue through the weekend", "the agency would decide by June"
                return "future"
            would = next(
                (
                    at
                    for at in (index, index - 1)
                    if at >= 0 and words[at].lower() in context["reported_future"]
                ),
                None,
            )  # "would", or the verb right after it ("would reopen")
            if (
                tense == "either"
                and would is not None
                and _reports_a_coming_act(text, end, words, would, context)
            ):
                return "future"  # "organisers said the march would go ahead on Saturday"
            if tense == "past" and by_date and words[index].lower() in context["promise"]:
                return "either"  # "promised a decision by the summer": due after the promise
            if tense == "past" and deadline:
                if index and words[index - 1].lower() in context["present_be"]:
                    return "future"  # "the museum is closed until Monday": a state now
                if _earlier_cue(words, index, cues) == "future":
                    return "future"  # "schools will remain closed until Friday"
                lasted = {word.lower() for word in words[max(0, index - 1) : index + 1]}
                if lasted & context["state_through"] or _waited(words[: index + 2]):
                    return "past"  # "remained closed until February", "did not resume
                    # flights until late April": a state or a wait that is over
                return "either"  # "kept the border closed until Tuesday": the nearer Tuesday
            if (
                words[index].lower() in context["obligation"]
                and tense == "either"
                and _earlier_cue(words, index, cues) != "past"
                and not _reported_after(text, end, cues)
            ):
                return "future"  # "banks must file by Wednesday"; not "..., he said"
            if words[index].lower() in context["schedule"]:
                # "announced a truce, starting Thursday": the nearer day; but "will serve a
                # term starting in January" is as future as its verb
                if index == 0:
                    scheduled = True  # ... the verb after it tells a past ("lasted")
                    break
                return "future" if _earlier_cue(words, index, cues) == "future" else "either"
            if headline and tense == "future" and _present_form(words[index]):
                return "either"  # "Fed holds rates Wednesday": news of the nearer Wednesday
            return tense
    if (
        not found
        and _PRESENT_SUBJECT.match(text, end)
        and _a_day_of_the_week().fullmatch(text, start, end)
    ):
        return "future"  # "Saturday marks 75 years since the war ended": a day ahead
    # After the expression only table cues count, up to the next comma: an "-ed" word there is
    # usually a participle qualifying a noun ("the May 1st deadline negotiated by ...").
    # A date fronted before a comma ("In March, the company received ...") is the exception:
    # the clause after the comma is its own, verbs and all.
    fronted = text.startswith(",", end)
    right = text[end + fronted : end + (2 if fronted else 1) * _WINDOW]  # a main clause is long
    for number, segment in enumerate(_right_segments(text, end + fronted, right, fronted)):
        if not fronted and (verb := _COORDINATED_VERB.search(segment)):
            segment = segment[: verb.start()]  # "hit on Monday and is expected to": not Monday's
        words = _WORD.findall(segment)
        for index in range(len(words)):
            tense = _cue(words, index, cues, regular=fronted)
            if number and tense == "future" and words[index].lower() not in _FUTURE_MODALS:
                continue  # past an aside "head of Cuba's assembly" is a noun, not a verb
            if tense is not None:
                return "either" if tense == "past" and deadline else tense
    # "The conference runs until 5 October": with no other cue a deadline lies ahead
    return "future" if deadline or scheduled else None


# A modal right after the date, whose subject the date closes ("the match on Wednesday night
# would go ahead"), and the noun and preposition before such a date
_SUBJECT_OF_A_MODAL = re.compile(
    r"\s+(?:will|would(?!\s+have\b)|is\s+(?:due|expected|set|scheduled)\s+to"
    r"|are\s+(?:due|expected|set|scheduled)\s+to)\b"
)
_IN_A_SUBJECT = re.compile(
    r"\b(?:the|a|an|its|their)\s+((?:[\w'’-]+\s+){1,7}?)(?:on|in|at|for)\s+$", re.IGNORECASE
)
_NO_SUBJECT_WORD = frozenset(
    ("who", "which", "that", "and", "or", "but", "when", "after", "before")
)


def _in_a_subject(text: str, start: int) -> bool:
    """True when the date at ``start`` closes a noun phrase with no verb in it: "the Euro 2016
    match at the Parc des Princes on", not "the ban, which took effect in"; nor a past
    happening ("the attack on")."""
    subject = _IN_A_SUBJECT.search(text, max(0, start - 80), start)
    if subject is None:
        return False
    words = subject[1].split()
    cues = _cues()
    return not any(
        word.lower() in _NO_SUBJECT_WORD
        or word.lower() in _context_words()["happening_noun"]
        or (word.islower() and _word_tense(word, cues) is not None)
        for word in words
    )


# A present verb after a weekday that opens its clause, making the day its subject
_PRESENT_SUBJECT = re.compile(r"\s+(?:is|marks|sees|brings)\b")


# A clause after the date that tells how the plan turned out, in the past: "would go ahead
# on Saturday, and thousands turned out", "would begin on Monday, but it was called off"
_OUTCOME_TOLD = re.compile(
    r"[^.;!?]*?(?:,\s*|\s)(?:and|but)\s+"
    r"(?:(?!(?:is|are|will|would|be|has|have|to|can|could|may|might|must|should)\b)[\w'’-]+\s+)"
    r"{0,3}?(?:was|were|did|had|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# Words that make "could" a failed attempt, not a possibility ahead
_NEGATION = frozenset(("not", "never", "neither", "nor", "no", "nobody", "none", "n't"))


def _waited(words: list[str]) -> bool:
    """True when a past negation comes in ``words``: "did not resume flights" (until April),
    "hadn't spoken", "never returned"."""
    lowered = [word.lower() for word in words]
    pairs = zip(lowered, [*lowered[1:], ""], strict=True)
    return any(
        word in ("didn't", "hadn't", "never") or (word in ("did", "had") and after == "not")
        for word, after in pairs
    )


# The most words between "would" and the date it places ahead: "would go ahead on Saturday",
# "would deliver her verdict on Friday"
_WOULD_REACH = 5


def _reports_a_coming_act(
    text: str, end: int, words: list[str], index: int, context: dict[str, frozenset[str]]
) -> bool:
    """Whether "would" at ``words[index]`` reports an act still to come on the date that ends
    the words: the date is near and no "would have" ("would have turned 90 on Sunday"), habit
    ("would often visit on Sunday"), possessive date ("would get around Wednesday's ruling",
    a thing already there) or outcome told after the date says otherwise."""
    after = words[index + 1 : index + 3]
    return (
        len(words) - index - 1 <= _WOULD_REACH
        and not any(word.lower() in context["habit_adverb"] for word in after)
        and not (after and after[0].lower() in ("have", "'ve"))
        and not text.startswith(("'s", "’s"), end)
        and not _OUTCOME_TOLD.match(text, end)
    )


# Future cues that are never nouns, so they count past an aside
_FUTURE_MODALS = frozenset(("will", "'ll", "shall", "won't", "wo"))
# A relative clause or aside set off by commas: not the main verb of a fronted date
_ASIDE = re.compile(r"\s*(?:which|who|whom|whose|where)\b", re.IGNORECASE)


def _right_segments(text: str, offset: int, right: str, fronted: bool) -> list[str]:
    """The text after a date (``right``, from ``text[offset:]``) where its verb may stand: up
    to the next comma; after a fronted date ("In January, a week after the anniversary, a
    bombing killed ...") the main clause, past asides set off by commas, to the sentence end."""
    stop = _RIGHT_BREAK.search(right)
    if not fronted or stop is None:
        return [right[: stop.start()] if stop else right]
    for sentence_end in _CLAUSE_BREAK.finditer(right):  # "vs." or "Ala." ends no sentence
        if sentence_end[0] != "." or ends_sentence(text, offset + sentence_end.start()):
            right = right[: sentence_end.start()]
            break
    segments = right.split(",")
    # the first segment, then those that open no aside ("which will ...", "a city of ...")
    return segments[:1] + [s for s in segments[1:] if not _ASIDE.match(s)]


# The clause before a date starts after the last punctuation or line break; its words may
# have a typographic apostrophe ("won’t").
_CLAUSE_START = re.compile(r".*(?:[.!?;:,]\s|\n)", re.DOTALL)
_CLAUSE_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")


def said_ahead(text: str, start: int) -> bool:
    """True when the clause before ``start`` has a word that puts what follows ahead ("will").

    >>> said_ahead("The season will run from August", 25), said_ahead("It runs from May", 13)
    (True, False)
    """
    left = text[max(0, start - 80) : start]
    opening = _CLAUSE_START.match(left)
    if opening:
        left = left[opening.end() :]
    modals = _context_words()["future_modal"]
    return any(word.lower().replace("’", "'") in modals for word in _CLAUSE_WORDS.findall(left))


_IN_FORCE_FROM = re.compile(r"\b([A-Za-z]+)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_SPAN_GOES_ON = re.compile(r"\s*(?:to|until|till|through|-|–)\s", re.IGNORECASE)


def in_force_from(text: str, start: int, end: int) -> bool:
    """True when a state in the present starts at ``text[start:end]``: "the ban applies from
    1 March", "prices are valid from 1 April". Such a start may lie just behind publication as
    well as ahead, unlike "will apply from"; a span ("runs from 10 March to 12 March") is
    placed as a whole instead.

    >>> in_force_from("The ban applies from 1 March", 21, 28)
    True
    >>> in_force_from("It opens from May", 14, 17), in_force_from("Runs from May to June", 10, 13)
    (False, False)
    """
    match = _IN_FORCE_FROM.search(text, max(0, start - 40), start)
    if match is None or match[1].lower() not in _context_words()["in_force"]:
        return False
    return not said_ahead(text, match.start()) and not _SPAN_GOES_ON.match(text, end)
