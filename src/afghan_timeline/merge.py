"""One event per happening: merge events that report the same thing, and show date conflicts.

Two events are the same happening when their dates fit together and their sentences share key
terms. Dates fit when both pin the same calendar day, when both name the same coarser period
("May 2021" twice), or when a coarser one contains a finer one ("by May this year" and
"1 May"). Two different days never merge, and a coarse report that fits two different finer
dates joins neither. Key terms are the sentence words less a stop-list (function words,
calendar words, numbers and amounts such as "million" or "percent": two sentences that both
count tonnes in millions need not tell of one happening), reduced by a light
suffix stemmer and a small table of equivalent words ("departure", "leave" -> ``withdraw``;
"forces", "soldiers" -> ``troop``). Within one article the same date about the same thing
needs one shared term, across articles two, and three when a report from another article is
coarser than the date it would join or coarser than a month. Within one article, two dates of
one day told unlike in two sentences ("on Friday", then "on Friday night") are two steps of
that day and stay apart, and so do two dates of different kinds (what was and what is to come:
"said on Thursday that cases were rising. It expects cases to keep rising until the end of the
month"). Two dates of one sentence with
titles of their own stay apart when a comma, a conjunction or more than 40 characters stand
between them ("a meeting on the 16th, and grants close at the end of the month"); "the quarter
ended Sept. 30" is one happening.

A deadline that different articles date differently, up to 92 days apart and sharing three key
terms (article 001: the withdrawal "by May this year"; article 003: "by April"), keeps one
event per date, and both events carry the same :class:`~afghan_timeline.model.Conflict`,
naming each article and the value it gives. An article that itself gives both dates (a
deadline moved from 1 May to 11 September) raises no conflict.

The result does not depend on the order of the input: events are processed in an order
derived from their content alone. Candidates are found through an index keyed by date (exact
dates, month, year) and key term, so the work grows with the number of events that share a
date bucket and a term, not with the square of the corpus.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import attrs

from .model import Conflict, Event, EventKind, Interval, Precision, Source
from .timex import describe

__all__ = ["key_terms", "merge_events", "stem"]

# --- Rule data -------------------------------------------------------------------------------

# Words that carry no topic: function words, reporting verbs, and calendar words (the date is
# compared on its own; "May" or "year" in two sentences says nothing about the happening).
_STOP_WORDS_TEXT = """
    a about above across after afterwards again against ago all almost alone along already also
    although always am among an and another any anyone anything are around as at be became
    because become been before being below beside besides between both but by can cannot could
    did do does doing done down during each either else even ever every few for former from
    further had has have having he her here hers herself him himself his how however i if in
    including into is it its itself just last latest least less like made make many may me
    might more most much must my near nearly neither never next no nor not now of off often on
    once one only onto or other others our ours out over own per perhaps rather same several
    shall she should since so some still such than that the their theirs them themselves then
    there these they this those though through thus till to together too toward towards under
    until up upon us very via was we well were what whatever when where whether which while who
    whom whose why will with within without would yet you your
    said say says saying told tell tells according added adding stated reported reports report
    announced announce announces statement statements asked noted
    mr mrs ms new first second third two three four five six seven eight nine ten
    dozen dozens hundred hundreds thousand thousands million millions billion billions
    trillion trillions percent percentage cent
    today tonight yesterday tomorrow day days week weeks weekend month months year years
    decade decades century morning afternoon evening night time times date dates period
    early earlier late later recent recently soon current currently ongoing previous previously
    past future ahead upcoming coming end
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    spring summer autumn fall winter
    st nd rd th
    fully completely totally entirely approximately roughly almost about some
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# Suffixes the stemmer strips, longest first; a stem keeps at least MIN_STEM letters.
SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ating",
    "ated",
    "ates",
    "ings",
    "ing",
    "ies",
    "ied",
    "als",
    "al",
    "ers",
    "er",
    "ed",
    "es",
    "s",
    "e",
)
MIN_STEM = 4

# Words (before or after stemming) that name the same thing in news about troop withdrawals
# and peace talks; the value is the shared key term.
EQUIVALENT_WORDS = {
    "withdraw": "withdraw",
    "withdrawal": "withdraw",
    "withdrawals": "withdraw",
    "withdrawing": "withdraw",
    "withdrawn": "withdraw",
    "withdrew": "withdraw",
    "depart": "withdraw",
    "departure": "withdraw",
    "departing": "withdraw",
    "departed": "withdraw",
    "leave": "withdraw",
    "leaving": "withdraw",
    "left": "withdraw",
    "pullout": "withdraw",
    "pullback": "withdraw",
    "exit": "withdraw",
    "drawdown": "withdraw",
    "troop": "troop",
    "troops": "troop",
    "forces": "troop",
    "soldier": "troop",
    "soldiers": "troop",
    "military": "troop",
    "talk": "talk",
    "talks": "talk",
    "negotiation": "talk",
    "negotiations": "talk",
    "negotiate": "talk",
    "negotiated": "talk",
    "negotiating": "talk",
    "dialogue": "talk",
    "deal": "agreement",
    "accord": "agreement",
    "agreement": "agreement",
    "pact": "agreement",
    "begin": "begin",
    "began": "begin",
    "begun": "begin",
    "beginning": "begin",
    "start": "begin",
    "started": "begin",
    "starting": "begin",
    "starts": "begin",
    "launch": "begin",
    "launched": "begin",
    "deadline": "deadline",
    "deadlines": "deadline",
    "due": "deadline",
    "american": "america",
    "americans": "america",
    "afghan": "afghanistan",
    "afghans": "afghanistan",
    "afghanistan": "afghanistan",
}

# Minimum shared key terms to call two events one happening.
MIN_SHARED_TERMS = 2
# ... when both come from the same article and give the very same value.
MIN_SHARED_TERMS_SAME_ARTICLE = 1
# ... when a report from another article is coarser than the date it would join ("August" ->
# 4 August) or coarser than a month (a bare "1987" in two articles says little).
MIN_SHARED_TERMS_COARSER = 3
# A new report is compared with at most this many members of a cluster (bounds the work when
# hundreds of articles report one happening; members are in a fixed order).
MAX_MEMBERS_COMPARED = 64
# Kinds that may be reported as one happening (a scheduled meeting is later reported held).
COMPATIBLE_KINDS = frozenset(
    {
        (EventKind.REPORTED, EventKind.REPORTED),
        (EventKind.SCHEDULED, EventKind.SCHEDULED),
        (EventKind.DEADLINE, EventKind.DEADLINE),
        (EventKind.REPORTED, EventKind.SCHEDULED),
        (EventKind.SCHEDULED, EventKind.REPORTED),
        (EventKind.DEADLINE, EventKind.SCHEDULED),
        (EventKind.SCHEDULED, EventKind.DEADLINE),
    }
)
# Kinds whose differing dates across articles are a disagreement, not two happenings.
CONFLICT_KINDS = frozenset({EventKind.DEADLINE})
# Key terms two differently dated deadlines must share to be called one deadline.
MIN_SHARED_TERMS_CONFLICT = 3
# Dates coarser than this are not compared for conflicts ("2021" against "May 2021" overlap).
COARSEST_CONFLICT_PRECISION = Precision.MONTH
# Each event is linked to at most this many differently dated reports (the nearest ones).
MAX_CONFLICT_PARTNERS = 3
# Two dates further apart than this are taken as two happenings (a moved deadline), not a
# disagreement.
CONFLICT_WINDOW = datetime.timedelta(days=92)

# --- Key terms -------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+")
_describe = lru_cache(maxsize=4096)(describe)
_PRECISION_RANK = {precision: index for index, precision in enumerate(Precision)}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The key term for one lower-case word: equivalents first, then suffix stripping.

    >>> stem("departure"), stem("negotiations"), stem("Taliban".lower()), stem("boycotts")
    ('withdraw', 'talk', 'taliban', 'boycott')
    """
    if word in EQUIVALENT_WORDS:
        return EQUIVALENT_WORDS[word]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            base = word[: -len(suffix)]
            return EQUIVALENT_WORDS.get(base, base)
    return word


def key_terms(text: str) -> frozenset[str]:
    """The stemmed topic words of ``text``, without stop words, numbers or calendar words.

    >>> sorted(key_terms("NATO forces will fully depart the country by September 11"))
    ['country', 'nato', 'troop', 'withdraw']
    """
    terms = set()
    for word in _WORD.findall(text.lower()):
        if len(word) < 3 or word in STOP_WORDS:
            continue
        term = stem(word)
        if term not in STOP_WORDS:
            terms.add(term)
    return frozenset(terms)


# --- Engine ----------------------------------------------------------------------------------


@attrs.frozen
class _Item:
    """One input event with what merging needs to know about it."""

    event: Event
    terms: frozenset[str]
    articles: frozenset[str]


def _content_key(event: Event) -> tuple[object, ...]:
    """A total order on events that depends on their content only, finest precision first."""
    first = event.sources[0]
    return (
        _PRECISION_RANK[event.precision],
        event.start,
        event.end,
        event.value,
        event.kind.value,
        first.article_id,
        first.sentence_start,
        first.mention.start,
        first.mention.end,
        event.title,
        first.sentence,
        len(event.sources),
    )


def _months(start: datetime.date, end: datetime.date) -> Iterator[tuple[int, int]]:
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)


_DAY = _PRECISION_RANK[Precision.DAY]
_MONTH = _PRECISION_RANK[Precision.MONTH]
_YEAR = _PRECISION_RANK[Precision.YEAR]


def _bucket_keys(interval: Interval) -> list[object]:
    """Where a cluster with this anchor is filed: its exact dates, its month, its year."""
    rank = _PRECISION_RANK[interval.precision]
    keys: list[object] = [("exact", interval.start, interval.end)]
    if rank <= _MONTH:
        keys.append(("month", interval.start.year, interval.start.month))
    if rank < _YEAR:
        keys.append(("year", interval.start.year))
    return keys


def _lookup_keys(event: Event) -> list[object]:
    """The buckets holding clusters whose anchor may fit ``event``: same dates, or inside it."""
    rank = _PRECISION_RANK[event.precision]
    keys: list[object] = [("exact", event.start, event.end)]
    if rank <= _DAY or rank > _YEAR:
        return keys  # a finer anchor shares the day; coarser ones come later in the order
    if rank == _YEAR:
        keys.append(("year", event.start.year))
    else:
        keys.extend(("month", year, month) for year, month in _months(event.start, event.end))
    return keys


class _Cluster:
    """Events taken as one happening; the first member (finest precision) dates it."""

    __slots__ = ("anchor", "articles", "index", "kinds", "members")

    def __init__(self, index: int, item: _Item) -> None:
        self.index = index
        self.members = [item]
        self.anchor = item.event.interval
        self.articles = set(item.articles)
        self.kinds = {item.event.kind}

    def add(self, item: _Item) -> None:
        self.members.append(item)
        self.articles |= item.articles
        self.kinds.add(item.event.kind)


def _dates_fit(anchor: Interval, event: Event) -> bool:
    """Whether ``event`` (never finer than the anchor) can report the anchor's happening."""
    anchor_rank = _PRECISION_RANK[anchor.precision]
    event_rank = _PRECISION_RANK[event.precision]
    if anchor_rank <= _DAY and event_rank <= _DAY:
        return anchor.start == event.start
    if anchor.start == event.start and anchor.end == event.end:
        return True
    return event_rank > anchor_rank and event.start <= anchor.start and anchor.end <= event.end


def _shared(cluster: _Cluster, item: _Item) -> int:
    """The best number of key terms ``item`` shares with one member, 0 if below threshold."""
    best = 0
    for member in cluster.members[:MAX_MEMBERS_COMPARED]:
        if (member.event.kind, item.event.kind) not in COMPATIBLE_KINDS:
            continue
        if member.event.title != item.event.title and _apart_in_one_sentence(
            member.event, item.event
        ):
            continue  # two dates of one sentence, each with a clause of its own
        shared = len(member.terms & item.terms)
        same_article = bool(member.articles & item.articles)
        if (
            same_article
            and member.event.value != item.event.value
            and _steps_of_one_day(member.event, item.event)
        ):
            continue  # "attacked the town on Friday. On Friday night, they attacked ..."
        if (
            same_article
            and member.event.value != item.event.value
            and member.event.kind is not item.event.kind
        ):
            # "said on Thursday that cases were rising. It expects cases to keep rising until
            # the end of the month": one article tells what was and what is to come
            continue
        if same_article and member.event.value == item.event.value:
            need = MIN_SHARED_TERMS_SAME_ARTICLE
        elif not same_article and (
            _PRECISION_RANK[item.event.precision] > _PRECISION_RANK[member.event.precision]
            or _PRECISION_RANK[item.event.precision] > _MONTH
        ):
            need = MIN_SHARED_TERMS_COARSER
        else:
            need = MIN_SHARED_TERMS
        if shared >= need:
            best = max(best, shared)
    return best


def _steps_of_one_day(first: Event, second: Event) -> bool:
    """Whether one article tells the two events, dated within one day but not alike ("Friday"
    and "Friday night"), in different sentences: a writer who dates a happening again dates
    it the same way, so the finer date tells another step of that day's story."""
    if _PRECISION_RANK[first.precision] > _DAY or _PRECISION_RANK[second.precision] > _DAY:
        return False
    return any(
        one.article_id == other.article_id and one.sentence_start != other.sentence_start
        for one in first.sources
        for other in second.sources
    )


# What sets two dates of one sentence apart: a clause break, or many words between them
_CLAUSE_BETWEEN = re.compile(r"[,;:]|\s(?:and|but|or|while|before|after|when)\s", re.IGNORECASE)
_NEAR_IN_ONE_SENTENCE = 40


def _apart_in_one_sentence(first: Event, second: Event) -> bool:
    """Whether the two events come from one sentence of one article and their dates stand
    apart in it ("a meeting on the 16th, and grants close at the end of the month"); not
    "the quarter ended Sept. 30", where the day closes the quarter just named."""
    for one in first.sources:
        for other in second.sources:
            if (one.article_id, one.sentence_start) != (other.article_id, other.sentence_start):
                continue
            left, right = sorted((one.mention, other.mention), key=lambda m: m.start)
            between = one.sentence[left.end - one.sentence_start : right.start - one.sentence_start]
            if len(between) > _NEAR_IN_ONE_SENTENCE or _CLAUSE_BETWEEN.search(between):
                return True
    return False


def _cluster(items: list[_Item]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    index: dict[tuple[object, str], list[int]] = defaultdict(list)
    for item in items:
        event = item.event
        candidate_ids: set[int] = set()
        for bucket in _lookup_keys(event):
            for term in item.terms:
                candidate_ids.update(index.get((bucket, term), ()))
        matches: list[tuple[int, int]] = []  # (-shared, cluster index)
        anchors: set[tuple[datetime.date, datetime.date]] = set()
        for cluster_id in sorted(candidate_ids):
            cluster = clusters[cluster_id]
            if not _dates_fit(cluster.anchor, event):
                continue
            shared = _shared(cluster, item)
            if shared:
                matches.append((-shared, cluster_id))
                anchors.add((cluster.anchor.start, cluster.anchor.end))
                if len(anchors) > 1:
                    break  # fits two distinct dates: joins neither
        if len(anchors) == 1:
            clusters[min(matches)[1]].add(item)
            continue
        # No match, or a coarse report that fits several distinct dates: it stands alone.
        cluster = _Cluster(len(clusters), item)
        clusters.append(cluster)
        for bucket in _bucket_keys(cluster.anchor):
            for term in item.terms:
                index[(bucket, term)].append(cluster.index)
    return clusters


def _gap(first: Interval, second: Interval) -> datetime.timedelta:
    if first.end < second.start:
        return second.start - first.end
    return first.start - second.end


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _conflict_pairs(clusters: list[_Cluster]) -> list[tuple[_Cluster, _Cluster, frozenset[str]]]:
    """Pairs of clusters that look like one deadline dated differently.

    Each cluster looks for partners month by month outwards from its own date and keeps the
    nearest :data:`MAX_CONFLICT_PARTNERS`, so a happening that hundreds of articles date
    differently costs a bounded amount of work per event.
    """
    finest = _PRECISION_RANK[COARSEST_CONFLICT_PRECISION]
    eligible = [
        c
        for c in clusters
        if c.kinds & CONFLICT_KINDS
        and _PRECISION_RANK[c.anchor.precision] <= finest
        and not c.members[0].event.is_span  # a span ("from 1 to 3 May") is no deadline
    ]
    terms_of = {
        c.index: frozenset().union(*(m.terms for m in c.members if m.event.kind in CONFLICT_KINDS))
        for c in eligible
    }
    index: dict[tuple[tuple[int, int], str], list[int]] = defaultdict(list)
    for cluster in eligible:
        month = (cluster.anchor.start.year, cluster.anchor.start.month)
        for term in terms_of[cluster.index]:
            index[(month, term)].append(cluster.index)
    rings = CONFLICT_WINDOW.days // 28 + 2
    found: dict[tuple[int, int], frozenset[str]] = {}
    for cluster in eligible:
        anchor = cluster.anchor
        terms = terms_of[cluster.index]
        partners: list[tuple[datetime.timedelta, int, int]] = []
        seen: set[int] = {cluster.index}
        for ring in range(rings):
            shifts = (0,) if ring == 0 else (-ring, ring)
            for shift in shifts:
                month = _shift_month(anchor.start.year, anchor.start.month, shift)
                for term in terms:
                    for other_id in index.get((month, term), ()):
                        if other_id in seen:
                            continue
                        seen.add(other_id)
                        other = clusters[other_id]
                        if other.anchor.overlaps(anchor) or cluster.articles & other.articles:
                            continue
                        gap = _gap(anchor, other.anchor)
                        if gap > CONFLICT_WINDOW or not (cluster.kinds & other.kinds):
                            continue
                        shared = len(terms & terms_of[other_id])
                        if shared >= MIN_SHARED_TERMS_CONFLICT:
                            partners.append((gap, -shared, other_id))
            if len(partners) >= MAX_CONFLICT_PARTNERS:
                break
        for _, _, other_id in sorted(partners)[:MAX_CONFLICT_PARTNERS]:
            key = (min(cluster.index, other_id), max(cluster.index, other_id))
            found[key] = terms & terms_of[other_id]
    return [(clusters[a], clusters[b], common) for (a, b), common in sorted(found.items())]


def _source_key(rank: Mapping[str, int]) -> object:
    def key(source: Source) -> tuple[object, ...]:
        return (
            rank.get(source.article_id, len(rank)),
            source.article_id,
            source.sentence_start,
            source.mention.start,
            source.mention.end,
        )

    return key


def _article_values(cluster: _Cluster) -> list[tuple[str, str]]:
    """(article id, the finest value that article gives) for each article, by article id."""
    best: dict[str, tuple[int, str]] = {}
    for member in cluster.members:
        for source in member.event.sources:
            candidate = (_PRECISION_RANK[member.event.precision], member.event.value)
            current = best.get(source.article_id)
            if current is None or candidate < current:
                best[source.article_id] = candidate
    return [(article_id, best[article_id][1]) for article_id in sorted(best)]


def _conflict(first: _Cluster, second: _Cluster, common: frozenset[str]) -> Conflict:
    """One Conflict for two clusters; its content depends on the clusters only."""
    first_values = _article_values(first)
    second_values = _article_values(second)
    kind = sorted(kind.value for kind in first.kinds & second.kinds & CONFLICT_KINDS)[0]

    def side(values: list[tuple[str, str]]) -> str:
        return "; ".join(f"{_describe(value)} ({article_id})" for article_id, value in values)

    sides = sorted([side(first_values), side(second_values)])
    description = (
        f"Articles date this {kind} differently: {sides[0]} vs {sides[1]} "
        f"(shared terms: {', '.join(sorted(common))})"
    )
    pairs = sorted(first_values + second_values)
    return Conflict(
        description=description,
        values=tuple(value for _, value in pairs),
        article_ids=tuple(article_id for article_id, _ in pairs),
    )


def _merged_event(cluster: _Cluster, conflicts: list[Conflict], rank: Mapping[str, int]) -> Event:
    anchor = cluster.members[0].event
    by_source = _source_key(rank)
    lead = sorted(anchor.sources, key=by_source)
    lead_set = set(lead)
    rest = sorted(
        {s for m in cluster.members for s in m.event.sources if s not in lead_set},
        key=by_source,
    )
    known = list(dict.fromkeys(c for m in cluster.members for c in m.event.conflicts))
    all_conflicts = tuple(dict.fromkeys([*known, *conflicts]))
    if len(cluster.members) == 1 and not conflicts:
        return anchor
    return attrs.evolve(anchor, sources=(*lead, *rest), conflicts=all_conflicts)


def merge_events(events: Iterable[Event], *, article_rank: Mapping[str, int]) -> list[Event]:
    """Merge events that report the same happening; flag dates that articles disagree on.

    ``article_rank`` orders sources inside a merged event (the source that gives the most
    precise date comes first). Which events merge does not depend on it or on input order.

    >>> import datetime
    >>> from afghan_timeline.model import Mention, Source
    >>> def ev(aid, value, day, precision, sentence):
    ...     m = Mention(0, len(value), value, "DATE", value)
    ...     start, end = day
    ...     return Event(start, end, value, precision, "deadline", sentence[:30],
    ...                  [Source(aid, sentence, m)])
    >>> may1 = ev("000", "2021-05-01", (datetime.date(2021, 5, 1),) * 2, "day",
    ...           "troops miss the 1 May withdrawal deadline of the Taliban deal")
    >>> may = ev("001", "2021-05", (datetime.date(2021, 5, 1), datetime.date(2021, 5, 31)),
    ...          "month", "the Taliban deal had foreign forces leave by May this year")
    >>> [(e.value, e.article_ids) for e in merge_events([may, may1], article_rank={})]
    [('2021-05-01', ('000', '001'))]
    """
    items = [
        _Item(
            event=event,
            terms=frozenset().union(*(key_terms(s.sentence) for s in event.sources)),
            articles=frozenset(s.article_id for s in event.sources),
        )
        for event in events
    ]
    items.sort(key=lambda item: _content_key(item.event))
    clusters = _cluster(items)
    conflicts: dict[int, list[Conflict]] = defaultdict(list)
    for first, second, common in _conflict_pairs(clusters):
        conflict = _conflict(first, second, common)
        conflicts[first.index].append(conflict)
        conflicts[second.index].append(conflict)
    return [_merged_event(c, conflicts[c.index], article_rank) for c in clusters]
