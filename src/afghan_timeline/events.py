"""Turn an article's dated mentions into timeline events with a title, a kind and a source.

Every DATE or TIME mention that resolved to a calendar interval becomes one event; durations,
sets, vague references ("recently") and unresolved dates stay mentions. The date the page shows
at its top (its dateline, also a wire's "KABUL, Aug 16 (Reuters) -") dates the article, not an
event, so it is skipped.

>>> import datetime
>>> from afghan_timeline.model import Article, Interval, Mention
>>> art = Article("Talks will resume in Doha on 24 April.", published=datetime.date(2021, 4, 14))
>>> day = datetime.date(2021, 4, 24)
>>> mention = Mention(29, 37, "24 April", "DATE", "2021-04-24", interval=Interval(day, day, "day"))
>>> [(e.title, e.kind.value) for e in events_from_mentions(art, [mention])]
[('Talks will resume in Doha', 'scheduled')]
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Iterable, Sequence

from .builders import ranked_by_superlative, running_count
from .merge import key_terms
from .model import Article, Event, EventKind, Mention, Precision, Source, TimexType
from .pubdate import detect_dateline, wire_dateline
from .sentences import ends_sentence, split_sentences
from .tense import attributive_year, clause_tense, fronted_date
from .timex import describe, interval_of
from .vocabulary import word_class

__all__ = ["MAX_TITLE_LENGTH", "event_kind", "event_title", "events_from_mentions"]

MAX_TITLE_LENGTH = 80

# --- Rule data -------------------------------------------------------------------------------

# "who" the pronoun, even at a sentence start, but not "WHO" the World Health Organization
_WHO = r"(?-i:[Ww]ho)"

# Where a sentence breaks into clauses. Level 1 always applies; level 2 only when the clause
# around the mention is still too long for a title.
_CLAUSE_BREAKS_1 = re.compile(
    r"[;|]|:\s|,(?!\d{3})|\s[–—-]\s|[“”\"]"
    r"|\b(?=(?:that|which|"
    + _WHO
    + r"|whom|whose|while|because|although|though|despite|whereas|but"
    r"|saying|adding|including|where|amid|following)\b)"
    # a clause of time with its own subject and verb: "moved to September | after an engine
    # test failed in the spring"
    r"|\b(?=(?:after|before|when|since|until)\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}(?:was|were|had|has|is|are|[a-z]{2,}ed)\b)",
    re.IGNORECASE,
)
_CLAUSE_BREAKS_2 = re.compile(r"\b(?=(?:since|after|before|until|when|as)\b)", re.IGNORECASE)
_CLAUSE_BREAKS_3 = re.compile(r"\b(?=(?:with|over)\b)", re.IGNORECASE)

# Words that open a clause but not a title ("that NATO forces will ..." -> "NATO forces ...").
_LEADING_WORDS = re.compile(
    r"^(?:(?:(?:by|at|from|since|until)\s+the\s+time(?!\s+of\b)|and|but|or|that|which|"
    + _WHO
    + r"|while|because|although|though|despite|whereas|since"
    r"|after|before|until|when|as|so|saying|adding|including|also|however|meanwhile|then"
    r"|where|amid|following|with|to|over|on|in|at|by|according(?=\s+to\b))\b[\s,]*)+",
    re.IGNORECASE,
)
# Words left dangling at the end once the date is cut out ("the deal of" -> "the deal"); not
# the particle of a verb ("will be sworn in").
_TRAILING_WORDS = re.compile(
    r"(?:[\s,]+\b(?:of|"
    + "".join(rf"(?<!{verb}\s)" for verb in sorted(word_class("in_particle_verb")))
    + r"in|on|at|by|for|to|from|with|and|or|the|a|an|since|until|till|after"
    r"|before|during|than|that|as|late|early|mid|from|through|between|said|says)\b)+$",
    re.IGNORECASE,
)
# Words that belong to the date phrase when they stand right before the mention.
_DATE_PREFIX = re.compile(
    # "sworn in on 6 January": "in" closes the verb, only "on" goes with the date; the "by"
    # of "passer-by" is no part of it
    r"(?:\b(?<![-'’])(?!in\s+(?:on|at|by)\s)(?:on|in|at|by|to|during|within|since|until|till|from|between|of|for|before|after"
    r"|through|as of"
    r"|no later than|not later than|as (?:early|late|soon|recently|far back|long ago) as"
    r"|early|late|mid|earlier|later"
    r"|starting|beginning|effective|the\s+(?:early|small|wee)\s+hours\s+of"
    # "for much of the weekend", "shortly after midnight"
    r"|(?:much|most|all|part|some|the\s+rest)\s+of"
    r"|(?:shortly|just|soon|immediately|right|long|well)\s+(?:after|before))"
    r"[\s-]+)+$",
    re.IGNORECASE,
)
# A clause that opens with a relative pronoun or an auxiliary verb lacks its subject
# ("who was deputy chief ...", "will review the accord ..."); the title borrows it.
_RELATIVE_OPENING = re.compile(r"(?:" + _WHO + r"|which)\s+", re.IGNORECASE)
_AUXILIARY_OPENING = re.compile(
    r"(?:will|would|was|were|is|are|has|have|had|can|could|may|might|must|should|did|does"
    r"|held|met|said|told|began|left|took|made|went|came|gave|sent|saw|spoke|became|fell"
    r"|won|lost|brought|fought|sought|struck|rose|ran|grew|broke|led|paid|sold|bought|kept"
    r"|stood|drew|flew|wrote|chose|froze|shot|knew|thought|found|got|heard|meant|felt|built"
    r"|spent|sat|threw|sank|swore|taught|caught|drove|withdrew|oversaw|[a-z]{2,}ed)\b"
)
_THAT_OPENING = re.compile(r"that\s+", re.IGNORECASE)
# a happening named after the clause it comes after or before: "..., followed by a vote"
_SEQUEL_OPENING = re.compile(r"(?:followed|preceded)\s+by\s+(?=(?:a|an|the)\s)", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:a|an|the|this|these|those|his|her|its|their|our)\s", re.IGNORECASE)
# "..., but was moved to February": a second predicate with no subject of its own
_CONJUNCTION_OPENING = re.compile(r"(?:but|and|yet)\s+", re.IGNORECASE)
# the verb of a clause, where its subject ends ("The case | was set for October")
_AUXILIARY_OPENING_WORD = re.compile(r"(?<=\s)" + _AUXILIARY_OPENING.pattern)
# "The first round of talks, which began" -> "The first round of talks began".
_TRAILING_RELATIVE = re.compile(
    r"^([^,]{3,60}),\s*(?:" + _WHO + r"|which)\s+([^,]+)$", re.IGNORECASE
)
# Text between two mentions that joins them into one date phrase ("Saturday and Sunday").
_COORDINATION = re.compile(r"^\s*(?:and|or|to|through|until|-|–|,)\s*$", re.IGNORECASE)

# Two dates that make one span: "from 2017 to 2018", "between 1 and 3 May", "1996-2001".
# A dash joins any two dates; "to", "until" and the like only after "from"; "and" only after
# "between" ("on Saturday and Sunday" names two days, not a span).
_RANGE_OPENER = re.compile(r"\b(?P<word>from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_JOINER = re.compile(
    r"\s*(?:(?P<dash>[-–—])|(?P<word>to|through|thru|until|till|and))\s*", re.IGNORECASE
)
_RANGE_WORDS = {"from": ("to", "through", "thru", "until", "till"), "between": ("and",)}

_DEADLINE_BEFORE_MENTION = re.compile(
    r"\b(?:by|no later than|not later than)\s+(?:the\s+(?:end\s+of\s+)?)?$", re.IGNORECASE
)
# "had voted", "had already cast", "had 300 cases", "were without power": a count or state
# reached by a date, not "had to" or "were due to"
_TALLY = re.compile(
    r"\bhad\b(?!\s+to\b)|\b(?:was|were)\b(?!\s+(?:due|expected|supposed|required|meant|"
    r"scheduled|set|told|ordered|asked|given|to)\b)",
    re.IGNORECASE,
)
_BEFORE_MENTION = re.compile(r"\b(?:before|ahead of)\s+(?:the\s+)?$", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
_DEADLINE_WORDS = re.compile(r"\b(?:deadline|due date|cut-?off date)s?\b", re.IGNORECASE)
# "is now due", "are still expected": an adverb may stand between the copula and its plan;
# "originally planned for 2017" is an old plan, no future (class ``former_plan``)
_FUTURE_TENSE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:(?:now|still|also|[a-z]+ly)\s+)?"
    r"(?:due|expected|scheduled|set to|slated|to)|to be held"
    r"|plans? to|(?<!originally )(?<!initially )(?<!previously )(?<!formerly )planned for"
    r"|upcoming|going to|would be held)\b|['’](?:s|re) expected\b",
    re.IGNORECASE,
)
_WOULD = re.compile(r"\bwould\b(?!\s+have\b)", re.IGNORECASE)
_TITLE_STRIP = " \t\n,.;:|–—-\"'“”‘’()[]"

# A statement's source after a comma: "..., the commission said on Monday." or, set in the
# middle, "The vote, officials said on Tuesday, will be held in May."
_ATTRIBUTION = re.compile(
    r",\s*(?P<quote>''|[\"”’'])?\s*(?P<who>\w(?:[\w'’.&-]*\s+){0,5}?[\w'’.&-]+)\s+"
    r"(?P<verb>said|says|told\s+[\w.]+|reported|announced|added|confirmed|stated|wrote)\b"
    r"(?P<tail>[^,;:“”\"]*?)(?P<close>\s*,|\s*[.!?]?[\"”'’]?\s*$)"
)
_NOT_A_SOURCE = re.compile(
    r"(?:and|but|or|which|" + _WHO + r"|that|while|as|when|after|before|because|if|so|then|where)\b"
    # "The deal, first announced in 2021, ...": an adverb before a participle, no source
    r"|(?-i:(?:first|once|also|already|earlier|later|[a-z]+ly)$)",
    re.IGNORECASE,
)
# After the verb a source may name when, where or to whom ("said on Monday", "told reporters
# in Kabul", "said Friday"), but no statement of its own ("said the vote would be held").
_SOURCE_TAIL = re.compile(
    r"\s*(?:(?:on|in|at|late|early|earlier|later|this|last|yesterday|today|tonight|overnight"
    r"|to|during|after|before|via|from|through|over|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b[^,;:“”\"]*)?",
    re.IGNORECASE,
)
_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|" + _WHO + r"|whether|if|it|they|he|she|we)\b", re.IGNORECASE
)
# Words that open a reported statement in lower case once a source goes before it.
_LOWER_OPENING = re.compile(
    r"(?:the|a|an|another|this|that|these|those|it|its|there|they|their|some|all|no|more"
    r"|most|many|several|few|each|every|both|our|we|his|her|last|next|earlier|later)\b"
)

_EVENT_TYPES = (TimexType.DATE, TimexType.TIME)


def _segments(text: str, start: int, end: int, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    cuts = [start]
    for match in breaks.finditer(text, start, end):
        if match.start() > cuts[-1]:
            cuts.append(match.start())
        if match.end() > match.start():
            cuts.append(match.end())
    cuts.append(end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _containing(segments: Sequence[tuple[int, int]], offset: int) -> int:
    for index, (a, b) in enumerate(segments):
        if a <= offset < b:
            return index
    return len(segments) - 1


_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_CLOSE = re.compile(r"\s+([,.;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_REPEATED_COMMAS = re.compile(r",(\s*,)+")
_QUOTES = re.compile(r"[“”\"]")
_POSSESSIVE = re.compile(r"['’]s\b")
# A wire dateline at the head of a story's first sentence: "BONN, Germany (AP)_ ",
# "WASHINGTON _ ", "KABUL, March 12 (Reuters) - ".
_DATELINE_HEAD = re.compile(
    r"^\s*(?:[A-Z][A-Z.'-]{2,}(?:[\s,]+[A-Z][\w.'-]*){0,3}(?:[\s,]+\d{1,2})?\s*(?:\([\w ]+\))?"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\([A-Z][\w ]*\))"
    r"\s*(?:_|—|–|\s-)\s*"
)
_REST_OF = re.compile(r"the\s+(?:rest|remainder)\s+of\b", re.IGNORECASE)
_ENDS_IN_COPULA = re.compile(r"\b(?:is|are|was|were|be)\s*$", re.IGNORECASE)


def _meaningful(text: str) -> int:
    return len(_NON_WORD.sub("", text))


# "resigned on Tuesday and will be replaced next month": "and" before a lower-case word that
# opens no noun phrase or date starts a second predicate, with a date of its own
_CONJUNCT = re.compile(r",?\s+and\s+(?=(?P<word>[a-z][\w'’-]*))")
_NOT_A_PREDICATE = frozenset(
    re.findall(
        r"\w+",
        "the a an his her its their our this that these those some all both each every other"
        " early late mid in on at by from to until since for of with as then again also"
        " through into over after before during around about not",
    )
)


def _own_conjunct(
    text: str, lo: int, hi: int, mention: Mention, others: Sequence[Mention]
) -> tuple[int, list[Mention], re.Match[str] | None]:
    """Where the title of ``mention`` ends, the dates of the predicates before its own, and
    the "and" that opens its own predicate when one with a date comes before it.

    In "The minister resigned on Tuesday and will be replaced next month" Tuesday's title ends
    before "and"; next month's is its own predicate with the subject of the first.
    """
    dated = [
        m
        for m in others
        if m.type in _EVENT_TYPES
        and lo <= m.start
        and m.end <= hi
        and (m.end <= mention.start or m.start >= mention.end)
    ]
    if not dated:
        return hi, [], None
    starts = {m.start for m in others}
    conjuncts = [
        c
        for c in _CONJUNCT.finditer(text, lo, hi)
        if (c["word"] not in _NOT_A_PREDICATE or _own_subject(text, c.end()))
        and c.start("word") not in starts
    ]
    cuts = [c.start() for c in conjuncts]
    if not cuts:
        return hi, [], None
    own = bisect.bisect_right(cuts, mention.start)
    after = [c for c in cuts if c >= mention.end]
    if after and any(m.start > after[0] for m in dated):
        hi = after[0]
    before = cuts[own - 1] if own else None
    earlier = [m for m in dated if before is not None and m.end <= before]
    return hi, earlier, conjuncts[own - 1] if earlier else None


# a subject and its verb after "and": a clause of its own ("and officials agreed", "and the
# rebels withdrew"), whose subject a title keeps
_OWN_SUBJECT = re.compile(
    r"(?:(?:the|a|an|his|her|its|their|our|some|many|other|two|three|four)\s+)?"
    r"(?![\w'’-]*ly\b|"
    + _AUXILIARY_OPENING.pattern
    + r")[a-z][\w'’-]*\s+"
    + _AUXILIARY_OPENING.pattern
)
# a determiner, a noun and a base form: "and the campaigns resume on 20 March"
# a base form in a word followed by one of these: "resume on", "agree to", "open the"
_BASE_VERB = r"[a-z][\w'’-]*\s+(?:to|on|in|at|from|until|by|the|a|an|its|their|his|her)\s"
_OWN_SUBJECT_BASE_VERB = re.compile(
    r"(?:the|his|her|its|their|our)\s+[a-z][\w'’-]*\s+(?![\w'’-]*ing\b)" + _BASE_VERB
)


def _own_subject(text: str, start: int) -> bool:
    """True when a subject and its verb open ``text[start:]`` (after "and")."""
    return bool(_OWN_SUBJECT.match(text, start) or _OWN_SUBJECT_BASE_VERB.match(text, start))


def _opens_predicate(opening: str) -> bool:
    """True when ``opening`` (the words after "and") starts a predicate with no subject of
    its own: a verb ("will be replaced", "fell", "plans to", "resume on 20 April"), not a
    subject with its verb ("officials agreed")."""
    adverb = _ADVERB_OPENING.match(opening)
    if adverb:
        opening = opening[adverb.end() :]  # "and partially reopened on Tuesday"
    if _AUXILIARY_OPENING.match(opening) or _PRESENT_VERB_OPENING.match(opening):
        return adverb is not None or not _OWN_SUBJECT.match(opening)
    # a base form: "Talks ran last week, and resume on 20 April", "and agree to meet"
    return _BASE_VERB_OPENING.match(opening) is not None


_ADVERB_OPENING = re.compile(r"[a-z]{2,}ly\s+")
# a lowercase word after "and" followed by "to", a preposition or an article: a verb in its
# base form ("and resume on 20 April", "and agree to meet", "and open the border")
_BASE_VERB_OPENING = re.compile(_BASE_VERB, re.IGNORECASE)


# a reported clause or an aside inside the first predicate: "and" may belong to it
_INNER_CLAUSE = re.compile(
    r"--|[,;:–—]|\b(?:said|says|told|that|which|" + _WHO + r")\b", re.IGNORECASE
)


def _shared_subject_cut(
    text: str, lo: int, conjunct: re.Match[str], mentions: Sequence[Mention]
) -> tuple[int, int] | None:
    """The first predicate to leave out between the subject and ``conjunct``'s own predicate
    ("The minister | resigned on Tuesday and | will be replaced"), when ``conjunct`` opens a
    verb, a short subject with no date in it comes first, and no inner clause or aside lies
    between ("Anheuser said its strategy -- started last month and expected ..." keeps its
    words)."""
    opening = text[conjunct.end() :]
    if not _opens_predicate(opening):
        return None
    verb = _AUXILIARY_OPENING_WORD.search(text, lo, conjunct.start())
    if verb is None or not 0 < len(text[lo : verb.start()].strip()) <= 40:
        return None
    if any(lo <= m.start < verb.start() for m in mentions):
        return None  # "which last year accounted for ...": the date is no subject
    if _INNER_CLAUSE.search(text, verb.start(), conjunct.start()):
        return None
    return verb.start(), conjunct.end()


_SENTENCE_OPENING = re.compile(r"(?:^|(?P<mark>[.!?\n])[\"'”’)]*)[\s\"'“‘`(]*$")


def _opens_sentence(text: str, offset: int) -> bool:
    """True when nothing but white space and opening quotes stands between ``offset`` and the
    end of the sentence before it ("Corp. earlier this year" opens none)."""
    found = _SENTENCE_OPENING.search(text, max(0, offset - 20), offset)
    if found is None:
        return False
    return found["mark"] != "." or ends_sentence(text, found.start("mark"))


# "over" before "the weekend" or "the past year" belongs to the date; before a bare date
# ("took over Monday") it may close a verb
_OVER_BEFORE = re.compile(r"\bover\s+$", re.IGNORECASE)


# "spent part of Sunday night with protesters", "spent Christmas in jail": the date is the
# object of the verb
_SPENDS = re.compile(
    r"\b(?:spend|spends|spent|spending)\s+(?:(?:much|most|all|part|some|the\s+rest)\s+of\s+)?$",
    re.IGNORECASE,
)
_TAKES_UNTIL = re.compile(
    r"\b(?:take|takes|took|taking|taken|need|needs|needed|have|has|had|given|gave|give|gives)"
    r"\s+(?:[\w'’-]+\s+){0,3}(?:until|till)\s+$",
    re.IGNORECASE,
)


def _cut_spans(
    text: str, lo: int, hi: int, mention: Mention, others: Iterable[Mention]
) -> list[tuple[int, int]]:
    """The spans to blank out of ``text[lo:hi]``: the mention, its preposition, its partners."""
    if running_count().fullmatch(mention.text) or _REST_OF.match(mention.text):
        return []  # "The strike is now in its third week": the count is what the title says
    ordered = sorted(
        (m for m in others if lo <= m.start and m.end <= hi and m != mention),
        key=lambda m: m.start,
    )
    group = [mention]
    for other in ordered:  # grow the group over coordinated mentions on either side
        left, right = group[0], group[-1]
        if other.start >= right.end and _COORDINATION.match(text[right.end : other.start]):
            group.append(other)
        elif other.end <= left.start and _COORDINATION.match(text[other.end : left.start]):
            group.insert(0, other)
    begin, finish = group[0].start, group[-1].end
    possessive = _POSSESSIVE.match(text, finish, hi)
    prefix = _DATE_PREFIX.search(text, lo, begin)
    if prefix is None and (
        group[0].text[:4].lower() == "the " or group[-1].text.lower().endswith("weekend")
    ):
        # "over the following fortnight", "over Easter weekend"; not "took over Monday"
        prefix = _OVER_BEFORE.search(text, lo, begin)
    if _ENDS_IN_COPULA.search(text, lo, prefix.start() if prefix else begin):
        return []  # "The election is in November": without its date the title says nothing
    if prefix and _TAKES_UNTIL.search(text, lo, prefix.end()):
        return []  # "it would take until the end of April to clear": the date is the object
    if _SPENDS.search(text, lo, begin):
        return []
    if not prefix and ranked_by_superlative(text, begin):
        return []  # "It was the hottest March on record": without the month no sense is left
    if possessive:
        prefix = None  # "responded to Wednesday's announcement": the preposition is the noun's
    if prefix:
        begin = prefix.start()
    if (
        not prefix
        and _opens_sentence(text, begin)
        and _AUXILIARY_OPENING.match(text[finish:hi].lstrip())
    ):
        return []  # "The final days of 2023 saw more rain": the date is the subject
    if possessive:
        finish = possessive.end()
    return [(begin, finish)]


def _tidy(raw: str) -> str:
    title = _SPACES.sub(" ", raw)
    title = _SPACE_BEFORE_CLOSE.sub(r"\1", title)
    title = _SPACE_AFTER_OPEN.sub(r"\1", title)
    title = _EMPTY_BRACKETS.sub("", title)
    title = _REPEATED_COMMAS.sub(",", title)
    title = _TRAILING_RELATIVE.sub(r"\1 \2", title.strip())
    previous = None
    while previous != title:
        previous = title
        title = title.strip(_TITLE_STRIP)
        title = _DATELINE_HEAD.sub("", title)
        title = _LEADING_WORDS.sub("", title)
        title = _TRAILING_WORDS.sub("", title)
    if title.count("“") != title.count("”") or title.count('"') % 2:
        title = _QUOTES.sub("", title).strip()
    if title.count("(") != title.count(")"):
        title = title.replace("(", "").replace(")", "").strip()
    return title[:1].upper() + title[1:]


def _shorten(title: str, limit: int = MAX_TITLE_LENGTH) -> str:
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0]
    cut = _TRAILING_WORDS.sub("", cut.rstrip(_TITLE_STRIP))
    return cut + "…"


# A time phrase of its own: "hours before", "a week after", "following", "on the eve of",
# then a noun phrase (not "after touring the capital", not "after he resigned")
_RELATION_OPENING = re.compile(
    r"[\s\"'“‘(]*(?:(?:hours|days|weeks|months|minutes|moments|shortly|just|soon|only"
    r"|(?:a|one|an|the)\s+(?:day|week|month|year|night|morning)|\w+\s+(?:hours|days|weeks|months))"
    r"\s+)?(?:after|before|following|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+"
    r"(?!\w+ing\b|(?:he|she|it|they|we|i|you)\b)",
    re.IGNORECASE,
)
# A phrase of place, manner or speech that opens a sentence and ends with the date of the
# main clause: "In Kabul on Monday, ...", "Speaking to reporters on Monday, ..."
_SCENE_OPENING = re.compile(
    r"[\s\"'“‘(]*(?:in|at|over|across|near|outside|inside|off|during|amid|speaking|addressing"
    r"|writing|talking|testifying)\s+(?=\S)",
    re.IGNORECASE,
)
_PERIOD_END_BEFORE = re.compile(r"\b(?:ended|ending|ends|to)\s+$", re.IGNORECASE)
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+[a-z]")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|his|her|its|their|our)\s+$", re.IGNORECASE)


def _dates_a_happening(text: str, mention: Mention) -> bool:
    """True when ``mention`` dates the noun after it: "Sunday's deadline", "the March 5 vote",
    "his Sunday night address"."""
    if _POSSESSIVE_NOUN.match(text, mention.end):
        return True
    the = _DETERMINER_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    return the is not None and _NOUN_AFTER.match(text, mention.end) is not None


def _opening_time_phrase(
    text: str, segments: Sequence[tuple[int, int]], index: int, mentions: Sequence[Mention]
) -> int | None:
    """The index of the main clause after a time phrase that opens the sentence, dates a
    happening and ends in a comma ("The day before last Tuesday's hearing, | Manuel went to
    his home"); None when the date is not in such a phrase. What the main clause tells
    happened at that time; a phrase with a verb of its own ("After touring the capital
    Thursday") or a date that is the head ("After a flat second quarter") keeps its title."""
    if index != 0 or index + 2 >= len(segments):
        return None
    lo, hi = segments[index]
    comma, clause = segments[index + 1], segments[index + 2]
    if text[comma[0] : comma[1]] != "," or _meaningful(text[clause[0] : clause[1]]) < 12:
        return None
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    scene = _SCENE_OPENING.match(text, lo, hi)
    if scene is not None and any(
        m.start > scene.end()
        and not text[m.end : hi].strip()
        and not _PERIOD_END_BEFORE.search(text, lo, m.start)
        for m in inside
    ):
        # "Over the Gulf of Mexico on Wednesday, | the storm strengthened"; but "In the
        # quarter ended July 31," dates the quarter's end
        return index + 2
    if not _RELATION_OPENING.match(text, lo, hi):
        return None
    return index + 2 if any(_dates_a_happening(text, m) for m in inside) else None


_ADJUNCT_OPENING = re.compile(
    r"[\s,;]*(?:or|for|in|on|at|during|from|compared\s+with)\s", re.IGNORECASE
)


def _trailing_phrase(text: str, lo: int, mention: Mention) -> bool:
    """True when the clause at ``lo`` opens with a preposition or "or" that is not the
    date's own ("on Aug. 7 killed 258 people" is a clause)."""
    opening = _ADJUNCT_OPENING.match(text, lo)
    return opening is not None and opening.end() != mention.start


def _clause(
    text: str, sentence: tuple[int, int], mention: Mention, others: Sequence[Mention]
) -> tuple[int, int, list[tuple[int, int]]]:
    """The clause of ``sentence`` around ``mention``, widened until it says something.

    Returns its start, end, and the spans inside it to leave out (between a borrowed subject
    and the clause).
    """
    segments = _segments(text, *sentence, _CLAUSE_BREAKS_1)
    index = _containing(segments, mention.start)
    at = mention.start
    if (main := _opening_time_phrase(text, segments, index, [mention, *others])) is not None:
        index = main  # "Hours before Sunday's deadline, the rebels withdrew": the main clause
        at = segments[index][0]
    lo, hi = segments[index]
    if hi - lo > MAX_TITLE_LENGTH + 15:
        inner = _segments(text, lo, hi, _CLAUSE_BREAKS_2)
        position = _containing(inner, at)
        lo, hi = inner[position]
        length = len(_title_text(text, lo, hi, mention, others))
        finer = _segments(text, lo, hi, _CLAUSE_BREAKS_3) if length > MAX_TITLE_LENGTH else []
        where = _containing(finer, at) if finer else 0
        tail_with = where == 0 and len(finer) > 1 and text.startswith("with", finer[1][0])
        if length > MAX_TITLE_LENGTH + 15 or tail_with:
            # still too long: a prepositional phrase ("with fraud", "over claims") stands
            # apart; "with" after the date goes even when a little too long ("started in
            # September and is continuing with no significant outcome so far"), but not
            # "over", which may close a verb ("agreed to hand them over for trial")
            inner[position : position + 1] = finer
            position += where
            lo, hi = inner[position]
        left, right = position, position
        while True:
            wordy = _meaningful(_title_text(text, lo, hi, mention, others)) >= 20
            if wordy:
                break
            if right + 1 < len(inner):
                right += 1
                hi = inner[right][1]
            elif left > 0:
                left -= 1
                lo = inner[left][0]
            else:
                break
    left, right = index, index
    date_end = mention.end if at == mention.start else None
    borrowed, extra = _borrow_subject(text, sentence, lo, at, date_end)
    if borrowed != lo:
        lo, left = borrowed, 0
    elif _date_aside(text, segments, index, mention, others):
        # "The last deadly quake, in 2015, killed 15 people": the sentence around the aside
        lo, hi = segments[index - 2][0], segments[index + 2][1]
        left, right = index - 2, index + 2
        extra = [*extra, (segments[index - 1][0], segments[index + 1][1])]
    if right + 1 < len(segments) and _says_nothing(text, lo, hi, mention, segments[right + 1]):
        right += 1  # "The chief executive said on Thursday | that the council would ..."
        hi = segments[right][1]
    while True:
        short = _meaningful(_title_text(text, lo, hi, mention, others, extra)) < 12
        reach = left > 0 and hi - segments[left - 1][0] <= 2 * MAX_TITLE_LENGTH
        if not short and not (reach and _trailing_phrase(text, lo, mention)):
            break
        # The subject usually comes first, so look left before right; a trailing phrase
        # (", or 44 cents a share, for the year-ago quarter") has its clause on the left.
        if reach:
            left -= 1
            lo = segments[left][0]
        elif right + 1 < len(segments) and not _opens_a_sequel(text, segments[right + 1][0]):
            right += 1
            hi = segments[right][1]
        else:
            break
    return lo, hi, extra


# "The chief executive said on Thursday | that ...": a report whose clause ends at its date
_BARE_REPORT = re.compile(
    r"\b(?:told\s+(?:the\s+)?[\w.]+|"
    + "|".join(sorted(word_class("saying_verb") - {"told"}))
    + r")(?:\s+(?:on|in|at|late|early|by|this|last))?\s*$",
    re.IGNORECASE,
)


def _says_nothing(
    text: str, lo: int, hi: int, mention: Mention, following: tuple[int, int]
) -> bool:
    """True when the clause ``lo:hi`` is a source and a verb of saying with the date last
    ("The chief executive said on Thursday") and the ``following`` clause, what was said,
    opens with "that"."""
    if not lo <= mention.start < hi or text[mention.end : hi].strip(" ,"):
        return False
    if not _THAT_OPENING.match(text[following[0] : following[1]].lstrip()):
        return False
    return _BARE_REPORT.search(text, lo, mention.start) is not None


def _date_aside(
    text: str,
    segments: Sequence[tuple[int, int]],
    index: int,
    mention: Mention,
    others: Sequence[Mention],
) -> bool:
    """True when segment ``index`` is a date set off by commas right after the sentence's
    first phrase, and nothing more ("The last deadly quake, in 2015, killed 15 people"): a
    subject before it, a predicate after it."""
    if index != 2 or len(segments) < 5:
        return False
    lo, hi = segments[index]
    before, after = segments[index - 2], segments[index + 2]
    commas = text[slice(*segments[index - 1])], text[slice(*segments[index + 1])]
    if commas != (",", ","):
        return False
    if _meaningful(_title_text(text, lo, hi, mention, others)) > 0:
        return False
    following = text[after[0] : after[1]].lstrip(" ,")
    return _meaningful(text[before[0] : before[1]]) >= 5 and bool(following[:1].islower())


def _first_word(text: str, start: int, end: int) -> int:
    """Where the first word at or after ``start`` begins, past commas and spaces (``end`` at
    most)."""
    while start < end and not text[start].isalnum():
        start += 1
    return start


def _opens_a_sequel(text: str, start: int) -> bool:
    """True when the clause at ``start`` names a happening of its own after "followed by" or
    "preceded by": a short title before it does not take it in."""
    return _SEQUEL_OPENING.match(text, _first_word(text, start, len(text))) is not None


def _stands_for_the(text: str, begin: int, finish: int, mentions: Sequence[Mention]) -> bool:
    """True when the cut ``text[begin:finish]`` is one date in the possessive before a noun
    ("Wednesday's announcement"), which "the" stands in for; not before an amount ("1988's
    $1.55 billion")."""
    if not _POSSESSIVE.fullmatch(text, finish - 2, finish):
        return False
    if not any(m.start == begin and m.end == finish - 2 for m in mentions):
        return False
    following = text[finish : finish + 2].lstrip()
    return bool(following) and following[0].isalpha()


_UNTIL = re.compile(r"(?:until|till)\b", re.IGNORECASE)
# _NEGATION and the negative pronouns: "nothing happened until Tuesday"
_NEGATED = re.compile(r"\b(?:not|never|no|nothing|nobody|none|neither|nor)\b|n['’]t\b", re.I)


def _title_text(
    text: str,
    lo: int,
    hi: int,
    mention: Mention,
    others: Sequence[Mention],
    extra: Sequence[tuple[int, int]] = (),
) -> str:
    pieces: list[str] = []
    cursor = lo
    for begin, finish in sorted([*_cut_spans(text, lo, hi, mention, others), *extra]):
        if begin >= hi:
            break  # a cut past the clause ("... was among those", after its comma)
        if begin >= cursor:
            pieces.append(text[cursor:begin])
            if _stands_for_the(text, begin, finish, [mention, *others]):
                pieces.append("the")  # "responded to Wednesday's announcement": "to the"
            elif (until := _UNTIL.match(text, begin)) and _NEGATED.search(text, lo, begin):
                # "was not detected until Tuesday": without "until" the title says the
                # opposite of what happened that day
                pieces.append(f"{until[0]} then")
        cursor = max(cursor, finish)
    pieces.append(text[cursor:hi])
    return _tidy(" ".join(pieces))


# A subject's head before its first preposition: "A separate inquiry | by the commissioner"
_HEAD_NOUN_PHRASE = re.compile(
    r"(?:the|a|an|this|that|its|their|his|her)\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}?"
    r"(?=\s+(?:by|of|for|from|into|in|on|with|at)\s)",
    re.IGNORECASE,
)
# a present verb opening a clause ("reports", "plans"; not "business")
_PRESENT_VERB_OPENING = re.compile(r"[a-z]{2,}[^\Ws]s\s")
# a sentence opening with a name and a noun phrase, an age or a home beside it: "Acme Corp,
# the ... maker, " ("Reed, 61, denies", "John Smith, 45, of Leeds, denies")
_AGE_OR_HOME_WORDS = r"\d{1,3}|of\s+[A-Z][^,]{1,30}"
_OPENING_APPOSITION = re.compile(
    r"\s*[A-Z][^,]{1,40}?((?:,\s+(?:(?:the|a|an)\s+[^,]{3,60}|"
    + _AGE_OR_HOME_WORDS
    # "The festival, first held in 1985, runs": a participle phrase
    + r"|(?:(?:first|once|originally|[a-z]+ly)\s+)?(?:[a-z]{2,}ed|held|built|born|made|known)"
    r"\s[^,]{1,50}))+,)\s+"
)
# an age or a home set beside a name: ", 61,", ", 34, of Leeds,"
_AGE_OR_HOME = re.compile(rf"(?:,\s+(?:{_AGE_OR_HOME_WORDS}))+,")
_NOT_A_SUBJECT = re.compile(
    r"\s*(?:as|when|while|after|before|if|although|though|because|since|once|until|despite"
    r"|with|in|on|at|for|by|from|during|amid|following|under|over)\b",
    re.IGNORECASE,
)


def _opening_apposition(text: str, sentence: tuple[int, int]) -> re.Match[str] | None:
    """The noun phrase set beside the name that opens ``sentence`` (group 1 of the match:
    ", the struggling appliance maker," of "Acme Corp, the struggling appliance maker, ...");
    None when the sentence opens with a clause or a phrase of place or time ("In Kabul, the
    capital, officials ...")."""
    if _NOT_A_SUBJECT.match(text, sentence[0]):
        return None
    return _OPENING_APPOSITION.match(text, *sentence)


# An adverb before a clause's verb: "originally planned", "first promised", "later moved"
_OPENING_ADVERB = re.compile(
    r"(?:[a-z]{2,}ly|first|once|later|since|also|then|last|again|still|never|just|already)\s+"
)


def _after_adverb(text: str, start: int) -> int:
    """Where the word after an opening adverb begins, else ``start``."""
    adverb = _OPENING_ADVERB.match(text, start)
    return adverb.end() if adverb else start


_STRICT_AUXILIARY = re.compile(
    r"(?<=\s)(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b", re.IGNORECASE
)
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|they|we|i|you|there)\s+$", re.IGNORECASE)


def _main_verb_after_relative(
    text: str, start: int, at: int | None, after: int | None = None
) -> int | None:
    """Where the main clause resumes after a relative clause with no commas ("who is the
    subject of a manhunt | was charged"): the second auxiliary before ``at`` (and after
    ``after``), the relative clause's own verb being the first; not one after a pronoun
    ("who said he was")."""
    verb = _AUXILIARY_OPENING.match(text, start)
    if at is None or verb is None:
        return None
    for second in _STRICT_AUXILIARY.finditer(text, after or verb.end(), at):
        if not _PRONOUN_BEFORE.search(text, max(0, second.start() - 8), second.start()):
            return second.start()
    return None


def _object_of_a_clause(text: str, segment: tuple[int, int]) -> int | None:
    """Where the noun phrase a relative clause speaks of starts, when the clause before it has
    a verb of its own, so that the noun is its object ("He met | the minister | who ..."); None
    for a bare subject ("The fighter | who was arrested ...")."""
    a, b = segment
    if not _AUXILIARY_OPENING_WORD.search(text, a, b) and not _PRESENT_VERB_WORD.search(text, a, b):
        return None
    if _WH_COMPLEMENT.search(text, max(a, b - 30), b):
        return None  # "a panel to investigate who shot down the plane": no relative clause
    window = max(a, b - 40)
    determiners = [m.start() for m in _DETERMINER.finditer(text, window, b)]
    starts = determiners + [
        m.end()
        for m in _NOUN_AFTER_PREPOSITION.finditer(text, window, b)
        if not (text[m.end()].isupper() and _CAPITAL_BEFORE.search(text, window, m.start()))
        and not (
            m[0][:2].lower() == "of"
            and text[m.end()].islower()
            and any(d < m.start() for d in determiners)
        )
    ]  # "the arrest of | Kopp"; not "the National Council of Churches", "the latest round
    # of talks"
    start = max(starts, default=a)
    if start == a:
        return None
    return start  # the nearest noun phrase: "the arrest of | Kopp, who is charged ..."


_WH_COMPLEMENT = re.compile(
    r"(?:\bto\s+[a-z]+|\b(?:know|knows|knew|ask|asks|asked|wonder|wondered|unclear|clear"
    r"|determine|decide|decided|see|saw|said|says|tell|told|explain|explained))\s*$",
    re.IGNORECASE,
)
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# a subject right after the relative pronoun: it is the verb's object ("the accord which the
# two presidents signed"), and the noun before is no subject of the clause
_SUBJECT_OPENING = re.compile(
    r"(?:the|a|an|his|her|its|their|our|this|these|those|he|she|it|they|we|i|you)\b"
    r"|[A-Z]",
)
_NOUN_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|for|at|with|on|from)\s+(?=\S)", re.IGNORECASE)


# a present verb after the date of a relative clause: where the main clause resumes ("The
# fighter who was arrested on Monday in Kabul | faces trial")
_PRESENT_VERB_WORD = re.compile(r"(?<=\s)[a-z]{2,}[^\Ws'’]s\b")


# a verb right after the date of a relative clause, where the main clause resumes: "Officials
# who were appointed last week | face a tight schedule"
_VERB_RIGHT_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|by|for|with|from|to|of|the|a|an|after|before|when|while"
    r"|as|since|until|aged|amid|during|near|outside|over|under|into|who|which|that|than)\b)"
    r"[a-z][\w'’-]*\b"
)


def _verb_after_date(text: str, date_start: int, date_end: int) -> int | None:
    if _DETERMINER_BEFORE.search(text, max(0, date_start - 6), date_start):
        return None  # "who remembers the 1956 uprising": the date names a thing
    verb = _VERB_RIGHT_AFTER.match(text, date_end)
    return verb.end() - len(verb[0].lstrip()) if verb else None


def _present_verb_after(text: str, start: int, end: int) -> int | None:
    for verb in _PRESENT_VERB_WORD.finditer(text, start, end):
        before = text[max(start, verb.start() - 12) : verb.start()].split()
        # after the date's last word or a place's name: "on Monday in Kabul | faces trial";
        # not "last year had | sales", "with two others"
        if before and (before[-1][0].isupper() or before[-1][0].isdigit()):
            return verb.start()
    return None


# a name in a list: "Poland", "the Czech Republic and Hungary"
_LISTED_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
_LAST_LISTED_NAME = re.compile(_LISTED_NAME.pattern + r"\s+and" + _LISTED_NAME.pattern)


def _whole_list_of_names(
    text: str, segments: Sequence[tuple[int, int]], previous: tuple[int, int]
) -> tuple[int, int]:
    """``previous`` widened to the whole list it closes: in "Poland, the Czech Republic and
    Hungary, who were invited ..." the clause speaks of all three."""
    if previous != segments[-1] or not _LAST_LISTED_NAME.fullmatch(text, *previous):
        return previous
    start = len(segments) - 1
    while start > 0 and _LISTED_NAME.fullmatch(text, *segments[start - 1]):
        start -= 1
    return segments[start][0], previous[1]


def _borrow_subject(
    text: str,
    sentence: tuple[int, int],
    lo: int,
    at: int | None = None,
    date_end: int | None = None,
) -> tuple[int, list[tuple[int, int]]]:
    """Start a subject-less clause at ``lo`` with the subject from earlier in the sentence.

    Returns the new start and the spans between subject and clause to leave out. ``at`` is
    where the date stands, ``date_end`` where it ends: a relative clause that ends before it
    ("a foe who is the subject of a manhunt | was charged ... Thursday") goes whole.
    """
    start = _first_word(text, lo, sentence[1])
    segments = [
        (a, b)
        for a, b in _segments(text, *sentence, _CLAUSE_BREAKS_1)
        if b <= lo and _meaningful(text[a:b])
    ]
    if not segments:
        return lo, []
    if sequel := _SEQUEL_OPENING.match(text, start):
        # "Talks open on Monday, followed by a vote on Friday": Friday's title is "A vote"
        return sequel.end(), []
    if relative := _RELATIVE_OPENING.match(text, start):
        previous = segments[-1]
        apposition = _opening_apposition(text, sentence)
        if (
            apposition is not None
            and apposition.end() == start
            and _AGE_OR_HOME.fullmatch(apposition[1])
        ):
            previous = (segments[0][0], apposition.start(1))  # "Hall, 61, who led ...": Hall
        previous = _whole_list_of_names(text, segments, previous)
        object_noun = _object_of_a_clause(text, previous)
        if object_noun is not None and not _SUBJECT_OPENING.match(text, relative.end()):
            # "Police are hunting a gunman who opened fire on Sunday": "A gunman opened fire"
            return object_noun, [(previous[1], relative.end())]
        if previous[1] - previous[0] <= 60:
            main = _main_verb_after_relative(text, relative.end(), at)
            if main is not None or at is None:
                return previous[0], [(previous[1], main or relative.end())]
            # the date is in the relative clause ("the man who was arrested in May was
            # charged"): its title ends where the main clause resumes
            rest = _main_verb_after_relative(text, relative.end(), sentence[1], at)
            if rest is None and date_end is not None and text[relative.end() : at].strip():
                rest = _verb_after_date(text, at, date_end)  # "appointed last week | face ..."
            if rest is None:
                rest = _present_verb_after(text, at, sentence[1])  # "... in Kabul | faces trial"
            tail = [(rest, sentence[1])] if rest is not None else []
            return previous[0], [(previous[1], relative.end()), *tail]
    elif (that := _THAT_OPENING.match(text, start)) and _AUXILIARY_OPENING.match(text, that.end()):
        # "approved a bill that would keep ...": a relative "that" keeps its noun phrase, and
        # itself ("a bill that would keep ...")
        previous = segments[-1]
        nouns = list(_DETERMINER.finditer(text, max(previous[0], previous[1] - 40), previous[1]))
        if nouns:
            return nouns[-1].start(), []
        if previous[1] - previous[0] <= 60:
            return previous[0], []
    elif _AUXILIARY_OPENING.match(text, _after_adverb(text, start)) or (
        _PRESENT_VERB_OPENING.match(text, start)
        and (apposition := _opening_apposition(text, sentence)) is not None
        and apposition.end() == start
    ):
        # "The mission, originally planned for 2017, ...": "The mission originally planned";
        # "Acme, the appliance maker, reports earnings on Thursday": "Acme reports earnings"
        subject = segments[0]
        if subject[1] - subject[0] <= 40:
            return subject[0], [(subject[1], start)]
        # "A separate inquiry by the standards commissioner, ..., is due to report": the head
        head = _HEAD_NOUN_PHRASE.match(text, subject[0], subject[1])
        if head is not None and not _AUXILIARY_OPENING_WORD.search(text, subject[0], subject[1]):
            return subject[0], [(head.end(), start)]
    elif (conjunction := _CONJUNCTION_OPENING.match(text, start)) and _AUXILIARY_OPENING.match(
        text, conjunction.end()
    ):
        # "The case was set for October, but was moved to February": the subject of the
        # clause before, up to its verb ("The case")
        first = segments[0]
        verb = _AUXILIARY_OPENING_WORD.search(text, first[0], first[1])
        if verb is not None and 0 < len(text[first[0] : verb.start()].strip()) <= 40:
            return first[0], [(verb.start(), conjunction.end())]
    return lo, []


def _attribution(text: str, sentence: tuple[int, int]) -> re.Match[str] | None:
    """The source of a statement set after it ("..., police said on Friday."), if any."""
    match = _ATTRIBUTION.search(text, *sentence)
    while match is not None:
        if (
            _meaningful(text[sentence[0] : match.start()]) >= 5
            and not _NOT_A_SOURCE.match(match["who"])
            and _SOURCE_TAIL.fullmatch(match["tail"])
            and not _CLAUSE_WORD.search(match["tail"])
            and len(match["tail"].split()) <= 8
            and (match["close"].strip() != "," or _meaningful(text[match.end() : sentence[1]]))
        ):
            return match
        match = _ATTRIBUTION.search(text, match.start() + 1, sentence[1])
    return None


def _source_title(
    text: str,
    sentence: tuple[int, int],
    source: re.Match[str],
    mention: Mention,
    others: Sequence[Mention],
) -> str | None:
    """Who said what, for the date of a statement's source: "The commission said the
    election is in November"; a quotation stays quoted."""
    quoted = source["quote"] is not None
    if quoted:  # the statement is the quotation, from its opening mark
        opening = max(text.rfind(mark, sentence[0], source.start()) for mark in ("``", "“", '"'))
        if opening < 0:
            return None
        sentence = (opening, sentence[1])
    statement = _title_text(text, *sentence, mention, others, [source.span()])
    apposition = _opening_apposition(text, (sentence[0], source.start()))
    if (
        not quoted
        and apposition is not None
        and len(statement) + len(source["who"]) > MAX_TITLE_LENGTH
    ):
        # too long with "the appliance maker" beside "Acme Corp": the name alone
        spans = [source.span(), apposition.span(1)]
        statement = _title_text(text, *sentence, mention, others, spans)
    if _meaningful(statement) < 8:
        return None
    who = " ".join(source["who"].split())
    said = f"{who[:1].upper()}{who[1:]} {' '.join(source['verb'].split())}"
    if quoted:
        return f"{said}: “{_QUOTES.sub('', statement).strip('`')}”"
    first = statement.split(" ", 1)[0]
    common = _LOWER_OPENING.fullmatch(first.lower()) or re.search(
        rf"(?<![.!?]\s)\b{re.escape(first.lower())}\b", text
    )
    if common and (len(first) == 1 or first[1:].islower()):  # "The", "A"; not "NATO", "Kabul"
        statement = statement[:1].lower() + statement[1:]
    return f"{said} {statement}"


def event_title(
    article: Article,
    mention: Mention,
    sentence: tuple[int, int],
    others: Sequence[Mention] = (),
) -> str:
    """A short headline for the event ``mention`` dates: its clause, the date cut out.

    Never empty and at most :data:`MAX_TITLE_LENGTH` characters; ``others`` are the article's
    other mentions, so that a date coordinated with this one ("Saturday and Sunday") goes too.
    A statement with its source after it ("The election is in November, the commission said
    on Monday") gives the source's date the title "The commission said the election is in
    November".
    """
    text = article.text
    source = _attribution(text, sentence)
    if source is not None:
        if source.start() <= mention.start < source.end("tail"):
            title = _source_title(text, sentence, source, mention, others)
            if title is not None:
                return _shorten(title)
        elif source["close"].strip() != "," and mention.start < source.start():
            sentence = (sentence[0], source.start())  # the statement without its source
    lo, hi, extra = _clause(text, sentence, mention, others)
    hi, earlier, conjunct = _own_conjunct(text, lo, hi, mention, others)
    spans: list[tuple[int, int]] = []
    shared = _shared_subject_cut(text, lo, conjunct, [mention, *others]) if conjunct else None
    if shared is not None:
        spans, earlier = [shared], []
    elif conjunct is not None and _own_subject(text, conjunct.end()):
        lo, earlier = conjunct.end(), []  # "Ministers met on Monday and officials agreed ..."
    for other in sorted(earlier, key=lambda m: m.start):  # with its preposition and partners
        if spans and _COORDINATION.match(text[spans[-1][1] : other.start]):
            spans[-1] = (spans[-1][0], other.end)  # "from Monday to Friday"
            continue
        prefix = _DATE_PREFIX.search(text, lo, other.start)
        spans.append((prefix.start() if prefix else other.start, other.end))
    extra = [*extra, *spans]
    title = _title_text(text, lo, hi, mention, others, extra)
    if _meaningful(title) < 3:
        title = _title_text(text, *sentence, mention, others)
    if _meaningful(title) < 3:
        title = article.label
    if _meaningful(title) < 3:
        title = f"Dated {describe(mention.value)}"
    return _shorten(title)


_LATE_MODS = frozenset({"END", "LATE"})


def _ahead_in_its_period(text: str, mention: Mention, published: datetime.date | None) -> bool:
    """Whether the end of ``mention``'s period ("the end of the month", "late this year"),
    which holds ``published``, is still to come and its clause is not in the past."""
    interval = mention.interval
    if published is None or interval is None or published >= interval.end:
        return False
    return clause_tense(text, mention.start, mention.end) != "past"


# A plan told in the past, before its date: "was originally due to", "had been planned for",
# "had been set for", "was due on", "were supposed to"
_PAST_PLAN = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?"
    r"(?:(?:due|scheduled|planned|slated|supposed|meant|set)\s+(?:to|for)|due\s+(?:on|in|at))"
    r"|(?:originally|initially)\s+(?:due|scheduled|planned|slated|set)\s+(?:to|for))\b"
    r"[^,;]*$",  # no comma between: ", originally planned for later, launched in 2017"
    re.IGNORECASE,
)


def event_kind(article: Article, mention: Mention, sentence: tuple[int, int]) -> EventKind:
    """DEADLINE, SCHEDULED or REPORTED, from the words around ``mention`` and its date.

    "by 11 September", "no later than", "deadline" and a future "before" mark a deadline; a
    date after publication or a future-tense clause marks a scheduled event.
    """
    text = article.text
    before = text[sentence[0] : mention.start]
    lo, hi, _ = _clause(text, sentence, mention, ())
    if _BARE_REPORT.search(text, lo, mention.start) and _THAT_OPENING.match(
        text[mention.end : hi].lstrip(" ,")
    ):
        hi = mention.end  # "Castro declared Wednesday night that ...": the saying's tense
    clause = text[lo:hi]
    window = text[mention.end : min(sentence[1], mention.end + 30)]
    interval = mention.interval
    published = article.published
    past = published is not None and interval is not None and interval.end < published
    later = published is not None and interval is not None and interval.start > published
    future = later or (
        not past
        and (
            bool(_FUTURE_TENSE.search(clause))
            or (mention.mod in _LATE_MODS and _ahead_in_its_period(text, mention, published))
            # "said it would seek talks this week": a period under way, the act still ahead
            or (
                interval is not None
                and published is not None
                and not interval.precision.is_day_or_finer
                and _WOULD.search(clause) is not None
                and clause_tense(text, mention.start, mention.end) == "future"
            )
        )
    )
    if (
        _DEADLINE_BEFORE_MENTION.search(before)
        and (future or mention.type is not TimexType.TIME)
        and not (past and _TALLY.search(clause))
    ):
        # not "the FTSE was down 2% by midday" (a time of the day), nor "80 million had
        # voted by Monday" (a count so far)
        return EventKind.DEADLINE
    if _DEADLINE_WORDS.search(clause) or _DEADLINE_WORDS.match(window.strip()):
        return EventKind.DEADLINE
    if future and _BEFORE_MENTION.search(before):
        # "is not expected to begin before the autumn": the earliest start, no deadline
        return EventKind.SCHEDULED if _NEGATION.search(clause) else EventKind.DEADLINE
    if _PAST_PLAN.search(text[lo : mention.start]):
        # "was originally due to open in the summer of 2022": what was planned, not done
        return EventKind.SCHEDULED
    return EventKind.SCHEDULED if future else EventKind.REPORTED


def _spans_together(text: str, first: Mention, last: Mention) -> bool:
    """True when ``first`` and ``last`` open and close one span of time: "from 2017 to 2018"."""
    if first.interval is None or last.interval is None or last.interval.end <= first.interval.end:
        return False
    if last.interval.start < first.interval.start:
        return False
    joiner = _RANGE_JOINER.fullmatch(text, first.end, last.start)
    if joiner is None:
        return False
    if joiner["dash"]:
        return True
    opener = _RANGE_OPENER.search(text, max(0, first.start - 20), first.start)
    return opener is not None and joiner["word"].lower() in _RANGE_WORDS[opener["word"].lower()]


def _range_mention(text: str, first: Mention, last: Mention) -> Mention:
    """One mention over both ends of a span, valued ``first/last`` (ISO 8601's interval)."""
    value = f"{first.value}/{last.value}"
    return Mention(
        start=first.start,
        end=last.end,
        text=text[first.start : last.end],
        type=TimexType.DATE,
        value=value,
        interval=interval_of(value),
        relative=first.relative or last.relative,
    )


def _join_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each pair that spans a period together replaced by one range mention."""
    dated = sorted(
        (m for m in mentions if m.type in _EVENT_TYPES and m.interval and m.resolved),
        key=lambda m: m.start,
    )
    replaced: dict[int, Mention | None] = {}
    for first, last in itertools.pairwise(dated):
        if id(first) in replaced or not _spans_together(text, first, last):
            continue
        replaced[id(first)] = _range_mention(text, first, last)
        replaced[id(last)] = None
    if not replaced:
        return mentions
    joined = [replaced.get(id(m), m) for m in mentions]
    return [m for m in joined if m is not None]


def _frames_a_told_date(text: str, year: Event, others: Sequence[Event]) -> bool:
    """True when ``year`` is a year alone that frames its sentence ("In 2021, ...", "the
    2020 election") and a date inside it in the same sentence tells the same happening:
    "In 2021, the Taliban took Kabul on 15 August" is one event, on 15 August."""
    source = year.sources[0]
    mention = source.mention
    if year.precision is not Precision.YEAR or mention.relative:
        return False
    if not (
        fronted_date(text, mention.start, mention.end)
        or attributive_year(text, mention.start, mention.end)
    ):
        return False
    told = key_terms(year.title)
    for other in others:
        inner = other.sources[0]
        if inner.sentence_start != source.sentence_start or other is year:
            continue
        if not (year.start <= other.start and other.end <= year.end) or other.value == year.value:
            continue
        if told <= key_terms(other.title) | key_terms(inner.mention.text):
            return True
    return False


# "the first time since | 1998", "its highest level since | March 2020", "Not since | 1966":
# the date is the last time something held, a yardstick for the news, not a happening of it
_SINCE_BEFORE_MENTION = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"[^.;:!?]{0,100}$")
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*", re.IGNORECASE)
_RANK_WORDS = word_class("rank_word")
_NOT_SUPERLATIVE = word_class("not_superlative")


def _yardstick(text: str, mention: Mention) -> bool:
    """True when ``mention`` follows "since" after a rank in its clause ("the first time since
    1998", "the lowest rate since 2008", "not since 1966"): the date only measures the news."""
    since = _SINCE_BEFORE_MENTION.search(text, max(0, mention.start - 12), mention.start)
    if since is None or _WHEN_AFTER.match(text, mention.end):
        return False  # "since early December, when Castro promised ...": a happening told
    clause = _CLAUSE_BEFORE.search(text, max(0, since.start() - 100), since.start())
    words = [w.lower() for w in _WORD.findall(clause[0] if clause else "")]
    return any(
        w in _RANK_WORDS or (w.endswith("est") and w not in _NOT_SUPERLATIVE) for w in words[-12:]
    )


_BASE_LEAD = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
    r"(?:(?:the\s+)?(?:same\s+)?(?:period|quarter|month|week|time|level|levels)\s+)?(?:of\s+|in\s+)?$",
    re.IGNORECASE,
)
_CHANGE_WORD = re.compile(
    r"(?:%|\b(?:percent|per\s+cent|rose|rise|rises|risen|fell|fall|falls|fallen|up|down|higher"
    r"|lower|increased?|decreased?|declined?|gained?|dropped|jumped|climbed|slipped|grew|shrank"
    r"|more|less|fewer)\b)",
    re.IGNORECASE,
)


def _comparison_base(text: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """True when ``mention`` is what a change is measured from ("rose 8 percent from a year
    earlier", "lower than in 2019", "compared with the same period last year"): the news is
    the change, told at another date, not a happening at this one."""
    if "/" in mention.value:
        return False  # "from 2017 to 2018": a span, joined
    if _BASE_LEAD.search(text, max(sentence[0], mention.start - 40), mention.start) is None:
        return False
    return _CHANGE_WORD.search(text, sentence[0], mention.start) is not None


def events_from_mentions(article: Article, mentions: Iterable[Mention]) -> list[Event]:
    """One event per DATE/TIME mention of ``article`` that resolved to a calendar interval.

    Events keep the order of their mentions. The article's own dateline is skipped. Two dates
    that open and close one span ("from 2017 to 2018", "between 1 and 3 May", "1996-2001") make
    one event over the whole span, valued ``2017/2018``.
    """
    mentions = list(mentions)
    by_start = sorted(mentions, key=lambda m: m.start)
    mentions = _join_ranges(article.text, mentions)
    mention_starts = [m.start for m in by_start]
    dateline = detect_dateline(article.text)
    wire = wire_dateline(article.text)
    spans = split_sentences(article.text)
    starts = [start for start, _ in spans]
    events: list[Event] = []
    for mention in mentions:
        interval = mention.interval
        if mention.type not in _EVENT_TYPES or interval is None or not mention.resolved:
            continue
        if dateline is not None and mention.start < dateline.end and dateline.start < mention.end:
            continue
        if wire is not None and wire.start("date") <= mention.start < wire.end("date"):
            continue  # "KABUL, Aug 16 (Reuters) -": the day of the report, not an event
        if _yardstick(article.text, mention):
            continue
        index = bisect.bisect_right(starts, mention.start) - 1
        sentence = spans[index] if index >= 0 else (mention.start, mention.end)
        if not sentence[0] <= mention.start < sentence[1]:
            sentence = (mention.start, mention.end)  # a mention in white space: odd, but safe
        if _comparison_base(article.text, mention, sentence):
            continue
        first = bisect.bisect_left(mention_starts, sentence[0])
        last = bisect.bisect_left(mention_starts, sentence[1], lo=first)
        nearby = [m for m in by_start[first:last] if m.end <= sentence[1]]
        source = Source(
            article_id=article.id,
            sentence=article.text[sentence[0] : sentence[1]],
            mention=mention,
            sentence_start=sentence[0],
        )
        events.append(
            Event(
                start=interval.start,
                end=interval.end,
                value=mention.value,
                precision=interval.precision,
                kind=event_kind(article, mention, sentence),
                title=event_title(article, mention, sentence, nearby),
                sources=(source,),
            )
        )
    return [e for e in events if not _frames_a_told_date(article.text, e, events)]
