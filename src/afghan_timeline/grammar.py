"""Recognition: the rule table, and the engine that runs it over a text.

Each rule is a regular pattern assembled from the lexicon (see :mod:`.vocabulary`) with a
builder (see :mod:`.builders`). Overlapping finds are settled by :func:`recognize`: the longest
span wins, then the earlier rule.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import attrs

from . import builders as b
from .builders import Builder, Found
from .vocabulary import fragments, vocabulary, word_class

__all__ = ["Found", "recognize"]

# -- the rule table ---------------------------------------------------------------------------

# (pattern, builder, lowered, trigger): a "lowered" rule matches the lower-cased text (all
# but rules that need capitals); a rule runs only in windows around its trigger's hits (a
# plain word pattern that is fast to scan for), or over the whole text when None.
_RULES: list[tuple[str, Builder, bool, str | None]] = [
    (
        r"(?<![\w/])(?P<name>{NAMED_DAY})(?![\w/])",
        b.build_named_day,
        True,
        r"{NAMED_DAY}",
    ),
    (
        r"\b(?:the\s+year\s+)?(?P<sy>{SPOKEN_YEAR})",
        b.build_spoken_year,
        True,
        r"nineteen|eighteen|twenty|thousand",
    ),
    (
        r"\b(?:the\s+)?(?:(?P<mod>{PMOD})(?:\s+|-))?(?:(?P<century>nineteen|eighteen)[\s-])?"
        r"(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        b.build_decade_word,
        True,
        r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties",
    ),
    (
        r"\b(?:the\s+)?(?:(?P<mod>{PMOD})(?:\s+|-))?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>{ORD}))"
        r"[\s-]century\b",
        b.build_century,
        True,
        r"century",
    ),
    (
        r"\b(?:the\s+)?mid-century\b(?![-\w])",
        b.build_mid_century,
        True,
        r"century",
    ),
    (
        r"\bthe\s+turn\s+of\s+the\s+(?:(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]|(?P<w>{ORD})[\s-])?"
        r"(?P<u>century|millennium)\b",
        b.build_turn_of,
        True,
        r"turn\s+of",
    ),
    (
        r"\bthe\s+turn\s+of\s+the\s+year\b",
        b.build_turn_of_year,
        True,
        r"turn\s+of",
    ),
    (
        r"\b(?:the|its|a)\s+(?:(?:fiscal|financial)\s+)?year\s+(?P<ended>ended|ending|that\s+ended)\b"
        r"|\bthe\s+full\s+year\b",
        b.build_reporting_year,
        True,
        r"year",
    ),
    (
        r"\b(?:(?P<fmod>{PMOD})\s+)?(?:the\s+(?:(?P<rel>current|new|coming|next|latest|last|"
        r"previous|prior|past)\s+)?|(?P<bare>this|next|last)\s+)(?:fiscal|financial)\s+year\b"
        r"(?!\s+(?:\d|ended|ending|that\s+ended))(?![-\w])"
        r"|\b(?P<side>earlier|later)\s+in\s+the\s+year\b(?!\s+\d)"
        r"|(?:(?<=\bfor\s)|(?<=\bof\s))the\s+year\b"
        r"(?=\s*[,.;:!?)]|\s+(?:of\s+[$\d]|so\s+far|to\s+date)\b)"
        r"|\b(?P<yv>end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|begins?|began"
        r"|beginning|start(?:s|ed|ing)?)\s+the\s+year\b"
        r"(?!\s+(?:\d|ended|ending|that|before|after|earlier|ago|since|in\b|of\b))"
        r"|\b(?:(?P<lead>by|at|around|since|until|through|before|after|the)\s+)year(?:[-\s]|['’]s\s+)end\b(?!-)",
        b.build_running_year,
        True,
        r"year",
    ),
    (
        r"\bthe\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?period\b",
        b.build_latest_period,
        True,
        r"period",
    ),
    (
        r"\b(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})"
        r"(?:[Tt](?P<H>\d{2}):(?P<M>\d{2}))?\b",
        b.build_iso,
        True,
        r"\d{4}[-/]\d\d[-/]\d\d",
    ),
    (
        r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
        b.build_numeric,
        True,
        r"\d/\d",
    ),
    (
        r"(?<![\d.])\b(?P<d>\d{1,2})(?:\.(?P<m>\d{1,2})\.|-(?P<mw>{MONTH})-)(?P<y>\d{4})\b(?![.-]\d)",
        b.build_day_first,
        True,
        r"\d[.-]\w{1,3}[.-]\d{4}",
    ),
    (
        r"\b(?:(?P<around>around|approximately|roughly)\s+)?(?:(?P<wd>{WD_ANY}),?\s+)?"
        r"(?:(?P<m1>{MONTH})\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b))?(?P<d1>{DAY})"
        r"|(?:the\s+)?(?P<d2>{DAY}|{ORD})\s+(?:of\s+)?(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?"
        r"(?:\s*\((?P<pwd>{WD_ANY})\))?",  # "April 19, 2024 (Friday)": the weekday restated
        b.build_full_date,
        True,
        r"{MONTH}",
    ),
    (
        r"(?:\b(?P<wd>{WD_ANY})\s+(?:the\s+)?)?"
        r"(?<![\d$£€.,])(?P<d>{DAY})\s*(?:and|or|to|through|until|till|-|–)\s*"
        r"(?:{WD_ANY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        b.build_first_day,
        True,
        r"{MONTH}",
    ),
    (
        r"\bthe\s+(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
        r"(?P<wd>{WD})\s+(?:of|in)\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        b.build_nth_weekday,
        True,
        r"{WD}\s+(?:of|in)\s",
    ),
    (
        r"\bthe\s+week\s+(?P<rel>of|ending|ended|to|starting|beginning)\s+"
        r"(?:(?P<m>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))"
        r"(?:,?\s+(?P<y>{YEAR}))?",
        b.build_week_of,
        True,
        r"week\s+(?:of|ending|ended|to|starting|beginning)",
    ),
    (
        r"\bthe\s+week\s+(?P<rel>ending|ended|to|starting|beginning)\s+(?P<wd>{WD})\b",
        b.build_week_of_weekday,
        True,
        r"week\s+(?:ending|ended|to|starting|beginning)",
    ),
    (
        r"\bthe\s+(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+"
        r"(?P<kind>week|weekend)\s+(?:of|in)\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        b.build_week_of_month,
        True,
        r"week(?:end)?\s+(?:of|in)",
    ),
    (
        r"\b(?P<m>{MONTH})\s+{DAY}\s*(?:and|or|to|through|-|–)\s*(?P<d>{DAY})"
        r"(?!\s*(?:%|(?:{AMOUNT}|{UNIT})\b|[,.]?\d))"
        r"(?:,?\s+(?P<y>{YEAR}))?",
        b.build_second_day,
        True,
        r"{MONTH}",
    ),
    (
        # a day in a list of three or more that ends in its month: "on 24, 25 and 26 September"
        r"(?<![\d$£€.,])(?P<d>{DAY})(?=(?:\s*,\s*{DAY})+\s*,?\s*(?:and|or)\s+{DAY}\s+(?:of\s+)?"
        r"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)",
        b.build_listed_day,
        True,
        r"{MONTH}",
    ),
    *[
        (
            # the day at place ``n`` of a list after its month: "17" and "19" of "on March 15,
            # 17 and 19" (the list ends in "and" or "or")
            rf"\b(?P<m>{{MONTH}})\s+{{DAY}}(?:\s*,\s*{{DAY}}){{{n - 1}}}"
            r"(?:\s*,\s*(?P<d>{DAY})(?=(?:\s*,\s*{DAY})*\s*,?\s*(?:and|or)\s+{DAY}\b)"
            # the last day after a comma list; "April 24 and 25" is left to its own rule
            + (r"|\s*,?\s*(?:and|or)\s+(?P<last>{DAY}))" if n > 1 else ")"),
            b.build_listed_day,
            True,
            r"{MONTH}",
        )
        for n in range(1, 6)
    ],
    (
        # "Monday the 21st", "on Friday 18th": a day of the month its weekday places
        r"\b(?P<wd>{WD}),?\s+(?:the\s+)?(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b"
        r"(?!\s*,?\s*(?:of\s+)?(?:{MONTH})\b)",
        b.build_weekday_day,
        True,
        r"{WD},?\s+(?:the\s+)?\d",
    ),
    (
        # "The Monday after that", "the Friday before that": a step from the day last told
        r"\bthe\s+(?P<wd>{WD})\s+(?P<ba>after|before)\s+that\b",
        b.build_weekday_after_that,
        True,
        r"(?:after|before)\s+that",
    ),
    (
        # "That June, he married", "on that Saturday": the month or weekday of the story's time
        r"\bthat\s+(?:same\s+)?(?:(?P<m>{MONTH})|(?P<wd>{WD}))\b(?!['’]s)",
        b.build_that_named,
        True,
        r"that",
    ),
    (
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?:(?:the\s+)?(?P<d1>{DAY})\s+(?:of\s+)?)?(?P<m>{MONTH})"
        r"(?:\s+(?P<d2>{DAY}))?,?\s+(?:of\s+)?(?P<rel>this|last|next|{THAT_YEAR})\s+year\b",
        b.build_month_relative_year,
        True,
        r"year",
    ),
    (
        r"\b(?P<rel>last|this|next|this\s+past|this\s+coming|"
        r"the\s+(?:following|previous|preceding|next))\s+(?P<m>{MONTH_STRICT}|"
        r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
        b.build_shifted_month,
        True,
        r"{MONTH}",
    ),
    (
        # "between July and September 2015", "March-May 2019", "June and August last year":
        # the first month shares the year
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?P<m>{MONTH})\s*(?:and|or|to|through|until|till|-|–)"
        r"\s*(?:(?:{PMOD})(?:\s+|-))?(?P<m2>{MONTH}),?\s+(?:of\s+)?"
        r"(?:(?P<y>{YEAR})(?!\d)|(?P<rel>this|last|next|{THAT_YEAR})\s+year\b)",
        b.build_first_month,
        True,
        r"{MONTH}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?P<m>{MONTH}),?\s+(?:of\s+)?"
        r"(?:(?P<y>{YEAR})|(?P<sy>{SPOKEN_YEAR})|(?P<ay>{SHORT_YEAR}))",
        b.build_month_year,
        True,
        r"{MONTH}",
    ),
    (
        # "January-based" is no month, but "January-February" names two
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?P<m>{MONTH})(?!\w)(?!-(?!(?:to-)?(?:{MONTH})))",
        b.build_bare_month,
        True,
        r"{MONTH}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?(?:(?P<fiscal>(?:fiscal(?:\s+year)?|financial\s+year)\s+|fy\s?))?"
        r"(?:the\s+year\s+|the\s+(?=\d{4}\s+(?:fiscal|financial)\s+year\b))?(?P<y>{YEAR})\b(?!\.\d)"
        r"(?:\s+(?:fiscal|financial)\s+year\b)?"
        r"(?:\s+(?P<open>and\s+beyond|or\s+later|onwards?|or\s+earlier)\b)?",
        b.build_year,
        True,
        r"\d{4}",
    ),
    (
        r"(?<!\d)(?P<first>{YEAR})[-–/](?P<yy>\d\d)(?![\d/:-]|\.\d|\s*%)",
        b.build_year_span_end,
        False,
        r"\d{4}[-–/]\d\d",
    ),
    (
        # "in '69", "the class of '99": a two-digit year after a preposition
        r"\b(?:{MONTH_LEAD})\s+(?P<ay>{SHORT_YEAR})",
        b.build_short_year,
        True,
        r"['’]\d\d",
    ),
    (
        r"\bFY\s?['’]?(?P<yy>\d\d)\b(?![-/.:]\d)",
        b.build_short_fiscal_year,
        False,
        r"FY",
    ),
    (
        r"(?:\bthe\s+)?(?:\b(?P<mod>{PMOD})(?:\s+|-))?"
        r"(?:\b(?P<dec>1[5-9]\d|20\d)0['’]?s|(?<![\w'’])['’](?P<short>\d)0s"
        r"|(?<![\w'’])(?P<bare>[3-9])0s)\b",
        b.build_decade,
        True,
        r"0['’]?s\b",
    ),
    (
        r"\b(?:(?P<side>earlier|later)\s+(?=this\s|last\s|next\s|that\s))?"
        r"(?P<the>the\s+)?(?:(?P<shift>this\s+past|this\s+coming|this|last|next|that|"
        r"(?<=the\s)(?:following|previous|preceding))\s+"
        r"|(?P<mod>{PMOD})(?:\s+|-)(?:(?<=of\s)the\s+)?)?(?P<s>{SEASON})\b"
        r"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{SPOKEN_YEAR})|(?P<ay>{SHORT_YEAR})"
        r"|(?P<ry>last|this|next|{THAT_YEAR})\s+year\b))?",
        b.build_season,
        True,
        r"{SEASON}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD})(?:\s+|-))?"
        r"(?P<the>the\s+)?(?:fiscal[\s-]+)?(?:(?P<ly>{YEAR})\s+|(?P<ago>year-(?:ago|earlier))\s+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|latter|final)(?P<hy>[\s-])"
        r"(?P<kind>quarter|half)"
        r"\b(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|fiscal\s+(?P<fy>{YEAR})"
        r"|(?P<the_year>the\s+year)\b))?",
        b.build_quarter,
        True,
        r"quarter|half",
    ),
    (
        r"\bthe\s+(?P<m1>{MONTH})(?:\s?[-–]\s?|-to-|\s+to\s+)(?P<m2>{MONTH})\s+(?:quarter|period)\b"
        r"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
        b.build_month_span_quarter,
        True,
        r"quarter|period",
    ),
    (
        r"\b(?:(?P<mod>(?i:{PMOD}))(?:\s+|-))?(?P<kind>[QH])(?P<q>[1-4])"
        r"(?:\s+(?P<y>{YEAR})|\s+(?:FY\s?|fiscal\s+)(?:(?P<fy>{YEAR})|(?P<fy2>\d\d)))?\b",
        b.build_q_label,
        False,
        r"[QH][1-4]",
    ),
    # "the December quarter": the quarter that month ends
    (
        r"\bthe\s+(?P<m>{MONTH})\s+quarter\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
        b.build_month_quarter,
        True,
        r"quarter",
    ),
    # "1Q24", "2H23": a quarter or half and its year, as analysts write them
    (
        r"(?<![\w.-])(?P<q>[1-4])(?P<kind>[QH])(?P<yy>\d\d)\b",
        b.build_compact_label,
        False,
        r"\d[QH]\d\d",
    ),
    (
        r"\b(?:(?P<rel>this|last|next)\s+year|(?P<y>{YEAR}))['’]s\s+(?:fiscal\s+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?P<kind>quarter|half)\b",
        b.build_quarter,
        True,
        r"quarter|half",
    ),
    (
        r"\b(?:(?P<fmod>{PMOD})\s+)?the\s+(?:(?P<rel>latest|most\s+recent|current|last|past|"
        r"recent)\s+)?(?:fiscal\s+)?quarter\b(?!\s+of)(?!-)",
        b.build_latest_quarter,
        True,
        r"quarter",
    ),
    (
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?!-\w|\w)"
        r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
        b.build_relative_day,
        True,
        r"today|yesterday|tomorrow|tonight",
    ),
    (
        r"\b(?:a|one)\s+week\s+(?:(?:from|on)\s+|(?=today|tomorrow))(?P<wd>{WD}|today|tomorrow)\b"
        r"|\b(?P<wd2>{WD})\s+(?P<span>week|fortnight)\b(?![-\w]|\s*['’]s\b|\s+of\b)"
        r"|\b(?:a|one)\s+fortnight\s+(?:from\s+)?(?P<f>today|tomorrow)\b",
        b.build_week_after,
        True,
        r"week|fortnight",
    ),
    (r"\bthe\s+weekend\b(?!\s+of\b)", b.build_weekend, True, r"weekend"),
    (
        # "it's the second day of an offensive", "the strike is now in its third week"
        r"\b(?:is|are|['’]s|enters|marks|(?:is|are)\s+(?:now\s+)?entering)\s+(?:now\s+)?(?:in\s+)?"
        rf"(?P<span>{b.RUNNING_COUNT})\b(?!-)",
        b.build_running_count,
        True,
        r"day|week|month|year",
    ),
    # "attacked overnight,", "Overnight, rebels ...", "fell overnight in Tokyo": an adverb;
    # not "an overnight stay"
    (
        r"\bovernight\b(?=\s*[,.;:!?)]|\s*$|\s+(?:{OVERNIGHT_SEQUEL})\b)",
        b.build_overnight,
        True,
        r"overnight",
    ),
    (
        r"\bthe\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b",
        b.build_day_around,
        True,
        r"yesterday|tomorrow",
    ),
    (
        r"\b(?P<n>{NUM})\s+(?P<wd>{WD})s\s+(?P<dir>ago|back|from\s+now|hence)\b"
        r"|\bthe\s+(?P<wd2>{WD})\s+(?P<ba>before\s+last|after\s+next)\b"
        r"|\b(?P<n2>an?|{NUM})\s+(?P<weeks>weeks?)\s+ago\s+(?P<wd3>{WD})\b",
        b.build_counted_weekday,
        True,
        r"ago|back|from\s+now|hence|before\s+last|after\s+next",
    ),
    (
        r"\bthe\s+(?P<u>week|weekend|month|year|night)\s+(?P<ba>before\s+last|after\s+next)\b",
        b.build_unit_before_last,
        True,
        r"before\s+last|after\s+next",
    ),
    (
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?"
        r"(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night)\b",
        b.build_this_part_of_day,
        True,
        r"{POD}",
    ),
    (
        # the second weekday of "every Monday and Thursday" is a set too (the first is the
        # "every" rule's); before the weekday rule, so it wins the same span
        r"\b(?:every|each)\s+(?:{WD})s?\s+(?:and|or|&)\s+(?P<wd>{WD})s?\b"
        r"(?:\s+(?P<pod>{POD})s?\b)?",
        b.build_every_second_weekday,
        True,
        r"every|each",
    ),
    (
        r"\b(?:(?P<shift>this\s+past|this\s+coming|last|next|this|the\s+previous|"
        r"the\s+preceding|the\s+following)\s+)?"
        r"(?:(?P<mod>early|late|the\s+(?:early|small|wee)\s+hours\s+of)\s+)?"
        r"(?P<wd>{WD})\b(?:\s+(?P<pod>{POD})\b)?"
        r"(?(shift)|(?:\s+(?:of\s+)?(?P<week>last|next|this)\s+week\b(?![-\w'’]|\s+of\b)"
        # "on Monday next", "on Tuesday last": the British order of "next Monday"
        r"|\s+(?P<after>next|last)(?=\s*[.,;:!?)]|\s+(?:will|would|shall|is|was|at|in|and|when)\b))?)"
        r"(?!\s+(?:and|or)\s+(?:{WD})\s+(?:{POD})s\b)",
        b.build_weekday,
        True,
        r"{WD}",
    ),
    (
        r"\b(?:(?P<mod>{PMOD}|earlier|later)(?:\s+|-)(?:in\s+)?)?"
        r"(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+current|"
        r"the\s+following|the\s+previous|the\s+preceding|the\s+prior|the\s+past|the\s+last|"
        r"the\s+next|the\s+same|current|coming|past)\s+"
        r"(?P<u>week|weekend|month|year|quarter|decade|century|fortnight)\b(?!-)"
        r"(?:\s+or\s+so\b)?",
        b.build_unit_relative,
        True,
        r"week|month|year|quarter|decade|century|fortnight",
    ),
    (
        # "the last Wednesday of the month", "the first day of the year": the period alone is
        # the mention here; a later pass counts the day in it
        r"\bthe\s+(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final)\s+"
        r"(?:{WD}|day)\s+(?:of|in)\s+(?P<p>the\s+(?P<u>month|year))\b(?!-)",
        b.build_the_period_of_a_day,
        True,
        r"of\s+the\s+(?:month|year)|in\s+the\s+(?:month|year)",
    ),
    (
        r"\b(?P<mod>{PMOD})\s+(?:the|this)\s+(?P<u>week|month|year|decade|century)\b(?!\s+of\b)"
        r"|\bthe\s+(?P<rest>rest|remainder)\s+of\s+(?:the|this)\s+(?P<ru>day|week|month|year)\b"
        r"(?!\s+of\b)(?!-)",
        b.build_period_of_this,
        True,
        r"week|month|year|decade|century|rest|remainder",
    ),
    (
        r"\b(?:(?P<mod>{AMOD})\s+(?!the\b))?(?:the\s+)?(?:past|last|previous|next|coming|first|final|"
        r"latest|following|preceding|recent)\s+(?P<n>{NUM})\s+(?P<u>{UNIT})s?\b(?:\s+or\s+so\b)?"
        r"(?!\s+ago\b)",  # not "the Wimbledon final eight days ago"
        b.build_span_duration,
        True,
        r"{UNIT}",
    ),
    (
        r"\b(?:(?P<mod>{AMOD})\s+(?!the\b))?(?P<the>the\s+)?(?P<n>{NUM})(?:\s+|(?P<hy>-))"
        r"(?P<half>and[\s-]a[\s-]half[\s-]|1/2\s+)?(?:(?<=\s)(?:{COUNT_QUALIFIER})\s+)?"
        r"(?P<u>{UNIT})s?\b(?!-old)(?!-\w)"
        r"(?P<half2>\s+and\s+a\s+half\b)?",
        b.build_duration_rule,
        True,
        r"{UNIT}",
    ),
    (
        r"\b(?:(?P<mod>{AMOD})\s+)?(?P<n>half\s+an?|(?:an?\s+)?quarter(?:\s+of\s+an?|-(?=century))"
        r"|three[\s-]quarters\s+of\s+an?|{NUM})(?:\s+|(?<=-))(?P<u>{UNIT})s?\s+(?P<orso>or\s+so\s+)?"
        r"(?P<dir>ago|earlier|later|from\s+(?:now|today)|hence|(?:before|after)(?:\s+(?:that|then)\b|(?=\s*[,.;:!?]))"
        r"|on(?=\s*[,;:]))(?:\s+(?P<today>today|this\s+(?:week|month|year))\b)?",
        b.build_offset,
        True,
        r"ago|earlier|later|now|today|hence|before|after|\son\s*[,;:]",
    ),
    (
        r"\b(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+(?P<u>year|month|week)\b",
        b.build_this_time,
        True,
        r"time\s+(?:last|next)",
    ),
    (
        r"\b(?:the\s+(?:(?:comparable|corresponding|same)\s+)?)?(?P<u>year|month|week)-"
        r"(?P<dir>earlier|ago)(?:\s+(?P<period>quarter|period))?\b",
        b.build_unit_ago,
        True,
        r"-(?:earlier|ago)",
    ),
    (
        r"\b(?:the\s+(?P<y>{YEAR})\s+|(?:the\s+)?(?P<rel>this|last|next)\s+year['’]s\s+)"
        r"(?P<period>period|quarter)\b",
        b.build_year_period,
        True,
        r"period|quarter",
    ),
    (
        # "the same month last year": that month (the one the story speaks of) a year back
        r"\bthe\s+(?:comparable|corresponding|same)\s+(?P<u>month|week)\s+"
        r"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+"
        r"(?:previous|prior|preceding)\s+year)\b",
        b.build_same_unit_year_before,
        True,
        r"(?:month|week)\s+(?:a\s+year|of\s+|last\s+year|the\s)",
    ),
    (
        r"\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?P<period>period|quarter)\s+"
        r"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+"
        r"(?:previous|prior|preceding)\s+year)\b",
        b.build_period_year_before,
        True,
        r"period|quarter",
    ),
    (
        r"\b(?:the\s+(?P<rel>previous|next|following|preceding|same|prior)\s+"
        r"(?P<u>day|week|month|year|morning|afternoon|evening|night|weekend)"
        r"|the\s+(?P<bu>day|week|month|year|morning|afternoon|evening|night)\s+"
        r"(?P<ba>before|after)(?:(?=\s*[,.;:!?])|\s+that\b)"
        r"|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?"
        r"(?P<u2>day|week|month|quarter|year|morning|afternoon|evening|night|weekend)"
        r"|(?:earlier|later)\s+in\s+the\s+(?P<u3>week|month))"
        r"\b(?!\s+of\b)(?!-)",
        b.build_anaphor,
        True,
        r"previous|next|following|preceding|same|prior|before|after|that|(?:earlier|later)\s+in",
    ),
    (
        r"\b(?:" + "|".join(b.SET_ADVERBS) + r")\b",
        b.build_set_adverb,
        True,
        None,
    ),
    (
        # "every October 31", "each 14 July": that day of any year
        r"\b(?:every|each)\s+(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})\b"
        r"|(?P<m2>{MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d|,?\s*\d{{4}}))",
        b.build_every_day_of_month,
        True,
        r"every|each",
    ),
    (
        r"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{NUM})\s+)?"
        r"(?P<u>{HOLIDAY}|{UNIT}|{WD}|{POD}|{MONTH}|{SEASON})s?\b(?:\s+(?P<pod>{POD})s?\b)?",
        b.build_every,
        True,
        r"every|each",
    ),
    (
        r"\b(?:once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>{UNIT})\b",
        b.build_times_per,
        True,
        r"once|twice|thrice|times",
    ),
    (
        # "five days a week", "24 hours a day": a share of each larger unit, a habit
        # ("6,500 hours a year ago" is no habit but a count before a date)
        r"\b(?P<n>{NUM})\s+(?P<part>{UNIT})s?\s+(?:a|an|per|each|every)\s+(?P<u>{UNIT})\b"
        r"(?!\s+(?:ago|earlier|before|later)\b)",
        b.build_share_of_a_unit,
        True,
        r"\s(?:a|an|per|each|every)\s",
    ),
    (
        # "the first Monday of every month": one day of each month
        r"\bthe\s+(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?P<wd>{WD})"
        r"\s+of\s+(?:every|each)\s+month\b",
        b.build_weekday_of_every_month,
        True,
        r"\sof\s+(?:every|each)\s+month",
    ),
    (
        # "every weekday", "open weekdays", "on weekdays": Monday to Friday of any week
        r"\b(?:(?:every|each)\s+weekday|weekdays)\b",
        b.build_weekdays,
        True,
        r"weekday",
    ),
    (
        r"\b(?P<wd>{WD})(?:s\b|\s+(?P<pod>{POD})s\b"
        r"|(?=\s+(?:and|or)\s+(?:{WD})\s+(?P<shared>{POD})s\b))",
        b.build_weekday_set,
        True,
        r"{WD}",
    ),
    (
        r"\b(?:at|on|over|during|most|all)\s+(?P<we>weekends)\b",
        b.build_weekend_set,
        True,
        r"weekends",
    ),
    (
        r"\b(?:(?P<around>around|approximately|roughly|about)\s+)?"
        r"(?:(?P<pre>{WD}|today|tomorrow|yesterday|tonight),?\s+(?:at\s+)?)?"
        r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?"
        r"(?:\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)|\s+in\s+the\s+(?P<inthe>morning|afternoon|evening))"
        r"|(?<![\d:])(?P<h24>[01]\d|2[0-3]|(?<=\bat\s)[1-9]):(?P<m24>[0-5]\d)(?![\d:])"
        # "at 10.30 last night", "at 8 tonight", "at 18.00 on Wednesday evening": an hour
        # with no a.m. or p.m., which the part of the day after it places
        r"|(?:(?<=\bat\s)|(?<=\babout\s)|(?<=\baround\s))(?P<hb>[01]?\d|2[0-3])"
        r"(?:[.:](?P<mb>[0-5]\d))?(?=\s+(?:last\s+night|tonight|this\s+(?:morning|afternoon|"
        r"evening)|(?:(?:on\s+)?(?:{WD})|yesterday|tomorrow|today)\s+(?:morning|afternoon|"
        r"evening|night))\b|(?<=\d\d[.:]\d\d)\s+(?:on\s+)?(?:{WD})\b)"
        r"|(?P<noon>noon|midday|midnight)"
        r"|(?P<mid>mid-?\s?(?:morning|afternoon))"
        r"|(?P<oc>1[0-2]|[1-9]|{NUM})\s+o['’]clock\b"
        r"(?:\s+in\s+the\s+(?P<ocin>morning|afternoon|evening)|\s+at\s+(?P<ocnight>night))?"
        r"|(?P<qm>half|(?:a\s+)?quarter|{NUM}\s+minutes?)\s+(?P<qdir>past|to)\s+"
        r"(?!an?\s)(?P<qh>1[0-2]|[1-9]|{NUM}|noon|midnight)\b(?!\s*(?:%|percent|per\b|(?:{UNIT})s?\b))"
        r"(?:\s+in\s+the\s+(?P<qin>morning|afternoon|evening)|\s+at\s+(?P<qnight>night))?)"
        r"(?:\s+(?P<zone>{ZONE})|\s+(?P<zname>[a-z]+)(?:\s+(?:standard|daylight))?\s+time\b)?"
        r"(?:,?\s+(?:on\s+)?(?:(?P<post>{WD}|today|tomorrow|yesterday|tonight|last\s+night"
        r"|this\s+(?:morning|afternoon|evening))(?!\s*(?:-|–|to\b|through\b|thru\b|until\b)\s*(?:{WD}))"
        r"(?!,?\s+(?:the\s+)?\d\d?(?:st|nd|rd|th)\b)"  # "Thursday the 17th" is the day's rule
        r"(?:\s+(?P<postpod>morning|afternoon|evening|night)\b)?"
        r"(?:,?\s+(?:the\s+)?(?:(?P<wm>{MONTH})\s+(?P<wd_d>{DAY})"
        r"|(?P<wd_d2>{DAY})\s+(?:of\s+)?(?P<wm2>{MONTH})))?"
        r"|(?P<pm>{MONTH})\s+(?P<pd>{DAY})|(?:the\s+)?(?P<pd2>{DAY})\s+(?:of\s+)?(?P<pm2>{MONTH}))"
        r"(?:,?\s+(?P<py>{YEAR}))?\b)?",
        b.build_clock,
        True,
        r"\d\s*[ap]\.?m\b|\d:\d\d|noon|midnight|midday|mid-?\s?(?:morning|afternoon)"
        r"|\d\s+in\s+the\s+(?:morning|afternoon|evening)|o['’]clock"
        r"|(?:half|quarter|minutes?)\s+(?:past|to)\s"
        r"|\d\s+(?:last\s+night|tonight|this\s|yesterday\s|tomorrow\s|today\s"
        r"|(?:on\s+)?(?:{WD})\b)",
    ),
    (
        # "between 2 and 3 a.m.", "from 9 to 5 p.m.": a bare hour that opens a clock range
        r"(?<![\w.,:$£€/-])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?"
        r"(?=\s*(?:and|to|until|till|-|–)\s*(?P<h2>1[0-2]|0?[1-9])(?::(?P<mi2>[0-5]\d))?"
        r"\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b))",
        b.build_clock_range_start,
        True,
        r"\d\s*(?:and|to|until|till|-|–)\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    ),
    (
        # "0300 GMT": a four-digit clock with a zone written in capitals
        # "0530 hours", "1545 local time", "18.30 GMT": a military, local or zoned clock
        r"(?<![\w,.$£€/:-])(?P<h>[01]\d|2[0-3])\.?(?P<mi>[0-5]\d)\s*"
        r"(?:(?P<zone>{ZONE})|(?P<local>hours|hrs\b|local\s+time\b))"
        r"(?:,?\s+(?:on\s+)?(?P<wd>{WD})\b)?",
        b.build_zoned_clock,
        True,
        r"\d\d\.?\d\d\s*(?:{ZONE}|hours|hrs|local\s+time)",
    ),
    (
        r"\b(?:by|at|around|until|till|since|before|after|in|from|through|towards?)\s+"
        r"(?P<span>mid-?\s?(?P<u>year|month|week|decade))\b(?!-)",
        b.build_mid_unit,
        True,
        r"mid-?\s?(?:year|month|week|decade)",
    ),
    (
        r"(?<!fiscal\s)(?<!financial\s)\b(?P<u>year|quarter|month|week)[-\s]to[-\s]date\b",
        b.build_unit_to_date,
        True,
        r"to[-\s]date",
    ),
    (
        r"\b(?:{VAGUE})\b",
        b.build_vague,
        True,
        None,
    ),
    (
        # "half an hour", "the past half-century", "a half century"
        r"\b(?:(?P<mod>{AMOD})\s+)?(?:(?:the\s+)?(?:past|last|next|coming|previous)\s+|an?\s+)?"
        r"(?:half(?:\s+an?\s+(?P<u>{UNIT})|[\s-](?P<u2>century|decade|hour))"
        r"|(?P<part>quarter|three[\s-]quarters)"
        r"(?:\s+of\s+an?\s+(?P<u3>{UNIT})|[\s-](?P<u4>century)))"
        r"\b(?!-)",
        b.build_half_unit,
        True,
        r"half\s+an?\s|half[\s-](?:century|decade|hour)|quarters?\s+of\s+an?\s|quarter[\s-]century",
    ),
    (
        r"\b(?:(?P<n>{NUM})-)?(?P<u>{UNIT})(?P<plural>s)?-long\b",
        b.build_long,
        True,
        r"-long",
    ),
    (
        r"\b(?P<u>years|decades|months|weeks|days|centuries|hours|minutes)\b",
        b.build_bare_plural,
        True,
        None,
    ),
    (
        # "in the new year", "planned for the new year"; not "the New Year holiday" (the day)
        # or "the Lunar New Year"
        r"\b(?:in|since|after|into|until|till|by|from|before|over|through|for|during|throughout)"
        r"\s+(?P<y>the\s+new\s+year)\b(?!'s|\u2019s|-|\s+(?:holidays?|celebrations?|eve|day|"
        r"message|speech|address|honou?rs|resolutions?|party|parties|festivities|break|recess|sales?))",
        b.build_new_year,
        True,
        r"new\s+year",
    ),
    (
        r"\b(?:(?P<shift>last|next|this)\s+)?(?P<h>{HOLIDAY})\b"
        r"(?:(?P<week>\s+week(?P<end>end)?\b)|\s+(?P<pod>morning|afternoon|evening|night)\b)?"
        r"(?:,?\s+(?P<y>{YEAR})|\s+(?P<rel>last|next|this)\s+year\b)?",
        b.build_holiday,
        True,
        r"{HOLIDAY}",  # every name in holidays.tsv, so a new row needs no change here
    ),
    (
        # "the 24th of this month"; "the 23rd and 24th of this month" shares one "the"
        r"(?:\bthe\s+|(?<=\d[snrt][tdh] and )|(?<=\d[snrt][tdh] or )|(?<=\d[snrt][tdh] to ))"
        r"(?P<d>(?:[12]?\d|3[01])(?:st|nd|rd|th)|{ORD})\s+of\s+"
        r"(?P<which>the|this|next|last|each|every)\s+month\b",
        b.build_day_of_month,
        True,
        r"\bof\s+(?:the|this|next|last|each|every)\s+month\b",
    ),
    (
        # the lead word, or a day ordinal just before ("on the 23rd and the 27th", "for the
        # 23rd and 24th")
        r"(?:\b(?:on|by|until|till|from|since|before|after|through|to|for)\s+(?P<the>the)\s+"
        r"|(?<=\dst|\dnd|\drd|\dth)\s+(?:and|or|to)\s+(?:(?P<the2>the)\s+)?)"
        r"(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b",
        b.build_day_ordinal,
        True,
        r"\d(?:st|nd|rd|th)\b",
    ),
]


@attrs.frozen
class _Trigger:
    """Where a rule may match: near a hit of ``pattern``, which must sit on a word boundary
    when ``on_boundary`` (checked by hand: a leading ``\\b`` would stop ``re`` from skipping
    ahead by the pattern's first letters)."""

    pattern: re.Pattern[str]
    on_boundary: bool


@attrs.frozen
class _Rule:
    pattern: re.Pattern[str]
    build: Builder
    trigger: _Trigger | None
    lowered: bool  # True: the rule matches the lower-cased copy of the text


@functools.cache
def _compiled() -> list[_Rule]:
    fragment_table = fragments()

    def expand(source: str) -> str:
        return re.sub(r"\{([A-Z_]+)\}", lambda m: fragment_table[m[1]], source)

    # Matching a lower-cased copy case-sensitively is about three times faster than
    # IGNORECASE; builders read capitals from the original text.
    triggers: dict[str, _Trigger] = {}
    compiled = []
    for source, builder, lowered, trigger in _RULES:
        found_near = None
        if trigger is not None:
            key = f"{lowered}{trigger}"
            if key not in triggers:
                # Word triggers start a word ("dec" must not fire in "decision").
                on_boundary = trigger[0].isalpha() or trigger[0] == "{"
                triggers[key] = _Trigger(re.compile(f"(?:{expand(trigger)})"), on_boundary)
            found_near = triggers[key]
        compiled.append(_Rule(re.compile(expand(source)), builder, found_near, lowered))
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


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _at_word_boundary(text: str, index: int) -> bool:
    """``\\b`` at ``index``: a word starts or ends there (" on," after "weeks" ends one)."""
    before = index > 0 and _is_word_character(text[index - 1])
    return before != (index < len(text) and _is_word_character(text[index]))


def _windows(trigger: _Trigger, text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    search = trigger.pattern.search
    position = 0
    while (hit := search(text, position)) is not None:
        start, end = hit.span()
        if trigger.on_boundary and not _at_word_boundary(text, start):
            position = start + 1
            continue
        position = end if end > start else start + 1
        low, high = max(0, start - _REACH_BEFORE), end + _REACH_AFTER
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


_CALENDAR_TITLES = word_class("calendar_title")
_NEXT_CAPITALISED = re.compile(r"(?:['’]s)?\s([A-Z][a-z]+)\b")


def _in_a_title(text: str, found: Found) -> bool:
    """Whether a capitalised expression opens a title ("Midnight Mass", "Saturday Night
    Live", "The Winter's Tale"), which names no time; a weekday before such a word is still
    a day ("his Sunday Mass")."""
    last = text[found.start : found.end].split()[-1]
    if not last[:1].isupper() or last.lower() in vocabulary().weekdays:
        return False
    after = _NEXT_CAPITALISED.match(text, found.end)
    return after is not None and after[1].lower() in _CALENDAR_TITLES


def recognize(text: str) -> list[Found]:
    """Every temporal expression in ``text``, non-overlapping, in text order.

    >>> text = "Talks began on Tuesday."
    >>> [text[f.start : f.end] for f in recognize(text)]
    ['Tuesday']
    """
    chosen: list[Found] = []
    # The spans taken so far never overlap, so sorted by start they are sorted by end too:
    # only the last one starting before a candidate's end can overlap it.
    starts: list[int] = []
    ends: list[int] = []
    for found in sorted(_all_finds(text), key=lambda f: (f.start - f.end, f.rule, f.start)):
        index = bisect.bisect_left(starts, found.end)
        if index > 0 and ends[index - 1] > found.start:
            continue
        if _in_a_title(text, found):
            continue
        chosen.append(found)
        starts.insert(index, found.start)
        ends.insert(index, found.end)
    chosen.sort(key=lambda f: f.start)
    return chosen
