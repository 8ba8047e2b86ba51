"""Frozen value classes shared by every stage: articles, mentions, events.

Values validate their fields on construction; error messages say what was expected and what came.
"""

from __future__ import annotations

import datetime
import enum
import hashlib

import attrs

__all__ = [
    "Article",
    "ArticleProblem",
    "Conflict",
    "Event",
    "EventKind",
    "Interval",
    "Mention",
    "Precision",
    "PublishedBasis",
    "Source",
    "TimexType",
]


class TimexType(str, enum.Enum):
    """TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"

    def __str__(self) -> str:
        return self.value


class Precision(str, enum.Enum):
    """How finely a resolved date pins time, from a clock minute to a century."""

    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part of day"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    def __str__(self) -> str:
        return self.value

    @property
    def is_day_or_finer(self) -> bool:
        """True for precisions that pin a single calendar day."""
        return self in (Precision.MINUTE, Precision.HOUR, Precision.PART_OF_DAY, Precision.DAY)


class PublishedBasis(str, enum.Enum):
    """Where an article's publication date came from."""

    METADATA = "metadata"
    DATELINE = "dateline"
    NONE = "none"

    def __str__(self) -> str:
        return self.value


class EventKind(str, enum.Enum):
    """Whether an event was reported as past, is scheduled, or is a deadline ("by 11 September")."""

    REPORTED = "reported"
    SCHEDULED = "scheduled"
    DEADLINE = "deadline"

    def __str__(self) -> str:
        return self.value


def _is_plain_date(_instance: object, attribute: attrs.Attribute, value: object) -> None:
    # datetime.datetime is a subclass of date; a timestamp here would make ordering lie.
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise TypeError(
            f"'{attribute.name}' must be a datetime.date, got {value!r} ({type(value).__name__})"
        )


def _optional_plain_date(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if value is not None:
        _is_plain_date(instance, attribute, value)


def _to_date(value: object) -> object:
    """Accept a datetime (dropping the clock) or an ISO string; leave other values to validators."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return value  # the validator reports it with the field name
    return value


def _non_negative(_instance: object, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"'{attribute.name}' must be >= 0, got {value}")


_str = attrs.validators.instance_of(str)
_opt_str = attrs.validators.optional(attrs.validators.instance_of(str))


@attrs.frozen
class Interval:
    """An inclusive span of calendar days with the precision of the expression behind it."""

    start: datetime.date = attrs.field(validator=_is_plain_date)
    end: datetime.date = attrs.field(validator=_is_plain_date)
    precision: Precision = attrs.field(converter=Precision)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval end {self.end} is before its start {self.start}")

    def contains(self, day: datetime.date) -> bool:
        """True when ``day`` lies inside the interval (ends included)."""
        return self.start <= day <= self.end

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end


@attrs.frozen
class Article:
    """A news article and the date it was published.

    >>> import datetime
    >>> Article(text="Talks start tomorrow.", published=datetime.date(2021, 4, 14), id="a1").id
    'a1'

    Without ``id`` a stable one is derived from the text. ``published_basis`` records where the
    date came from: ``metadata`` when given here, ``dateline`` when found in the text, ``none``.
    """

    text: str = attrs.field(validator=_str)
    published: datetime.date | None = attrs.field(
        default=None, converter=_to_date, validator=_optional_plain_date
    )
    id: str = attrs.field(default=None, validator=_opt_str)
    title: str | None = attrs.field(default=None, validator=_opt_str)
    source: str | None = attrs.field(default=None, validator=_opt_str)
    url: str | None = attrs.field(default=None, validator=_opt_str)
    published_basis: PublishedBasis = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.id is None:
            digest = hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:10]
            object.__setattr__(self, "id", digest)
        elif not self.id.strip():
            raise ValueError("'id' must be a non-empty string, got ''")
        if self.published_basis is None:
            basis = PublishedBasis.NONE if self.published is None else PublishedBasis.METADATA
            object.__setattr__(self, "published_basis", basis)
        else:
            object.__setattr__(self, "published_basis", PublishedBasis(self.published_basis))
        if self.published is None and self.published_basis is not PublishedBasis.NONE:
            raise ValueError(
                f"article {self.id!r}: published_basis is {self.published_basis.value!r} "
                "but no publication date was given"
            )

    @property
    def label(self) -> str:
        """A short human name: the title when there is one, else the id."""
        return self.title or self.id


@attrs.frozen
class Mention:
    """A temporal expression found in an article, with its TIMEX3 value.

    ``text == article.text[start:end]``. ``value`` follows TIMEX3: ``2021-04-13``, ``2021-W15``,
    ``2021-05``, ``198``, ``2021-SU``, ``2021-04-14TMO``, ``P1M``, ``PXY``, ``PAST_REF`` ...
    When the article has no publication date a relative expression keeps an underspecified value
    (``XXXX-XX-XX``), ``resolved`` is False and ``interval`` is None.
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    text: str = attrs.field(validator=_str)
    type: TimexType = attrs.field(converter=TimexType)
    value: str = attrs.field(validator=_str)
    mod: str | None = attrs.field(default=None, validator=_opt_str)
    interval: Interval | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Interval))
    )
    resolved: bool = attrs.field(default=True)
    relative: bool = attrs.field(default=False)
    """True when the value depends on the publication date or an earlier mention."""

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"mention end {self.end} must be after its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"mention text {self.text!r} has length {len(self.text)}, "
                f"but its offsets {self.start}..{self.end} span {self.end - self.start}"
            )


@attrs.frozen
class Source:
    """One article's report of an event: the sentence and the mention that dates it."""

    article_id: str = attrs.field(validator=_str)
    sentence: str = attrs.field(validator=_str)
    mention: Mention = attrs.field(validator=attrs.validators.instance_of(Mention))
    sentence_start: int = attrs.field(default=0, validator=_non_negative)


@attrs.frozen
class Conflict:
    """Sources that report the same happening with dates that do not agree."""

    description: str = attrs.field(validator=_str)
    values: tuple[str, ...] = attrs.field(converter=tuple)
    article_ids: tuple[str, ...] = attrs.field(converter=tuple)


@attrs.frozen
class Event:
    """A dated happening on the timeline, with every source that reports it.

    ``start`` and ``end`` are inclusive and cover the whole period the date denotes (a
    month-precise event spans its month). ``value`` is the TIMEX3 value of its date, or for a
    span named by both ends ("from 2017 to 2018") the two joined by a slash (``2017/2018``).
    """

    start: datetime.date = attrs.field(validator=_is_plain_date)
    end: datetime.date = attrs.field(validator=_is_plain_date)
    value: str = attrs.field(validator=_str)
    precision: Precision = attrs.field(converter=Precision)
    kind: EventKind = attrs.field(converter=EventKind)
    title: str = attrs.field(validator=_str)
    sources: tuple[Source, ...] = attrs.field(converter=tuple)
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=tuple)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"event end {self.end} is before its start {self.start}")
        if not self.sources:
            raise ValueError("an event needs at least one source, got none")

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The articles that report this event, in source order, without repeats."""
        return tuple(dict.fromkeys(source.article_id for source in self.sources))

    @property
    def sentence(self) -> str:
        """The sentence of the first source (one article's wording)."""
        return self.sources[0].sentence

    @property
    def mention(self) -> Mention:
        """The mention that anchors the first source."""
        return self.sources[0].mention

    @property
    def interval(self) -> Interval:
        """The event's dates as an :class:`Interval`."""
        return Interval(self.start, self.end, self.precision)

    @property
    def is_span(self) -> bool:
        """True for a span named by both ends ("from 2017 to 2018", value ``2017/2018``)."""
        return "/" in self.value


@attrs.frozen
class ArticleProblem:
    """Something wrong with one article, reported instead of stopping a corpus run."""

    article_id: str = attrs.field(validator=_str)
    message: str = attrs.field(validator=_str)
    severity: str = attrs.field(
        default="error", validator=attrs.validators.in_(("error", "warning"))
    )

    def __str__(self) -> str:
        return f"{self.severity}: article {self.article_id!r}: {self.message}"
