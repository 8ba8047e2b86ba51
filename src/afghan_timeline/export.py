"""Timelines to and from JSON, and out to CSV, pandas and TimelineJS.

The JSON form is complete (events with their sources, mentions and conflicts, the articles
with their text, the problems) and stable: the same timeline always gives the same text.

>>> import datetime
>>> from afghan_timeline import Timeline
>>> timeline_from_json(timeline_to_json(Timeline(events=()))) == Timeline(events=())
True
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import html
import io
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .errors import CorpusError
from .model import (
    Article,
    ArticleProblem,
    Conflict,
    Event,
    Interval,
    Mention,
    Precision,
    Source,
)
from .timex import describe

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = [
    "CSV_COLUMNS",
    "FORMAT",
    "VERSION",
    "highlight_sentence",
    "interval_dict",
    "safe_url",
    "timeline_from_json",
    "timeline_to_csv",
    "timeline_to_dataframe",
    "timeline_to_json",
    "timeline_to_timelinejs",
]

FORMAT = "afghan_timeline"
VERSION = 1
CSV_COLUMNS = (
    "start",
    "end",
    "value",
    "precision",
    "kind",
    "title",
    "article_id",
    "expression",
    "sentence",
    "url",
)


# --- JSON -----------------------------------------------------------------------------------


def _date(value: datetime.date | None) -> str | None:
    return None if value is None else value.isoformat()


def interval_dict(interval: Interval | None) -> dict[str, Any] | None:
    """An interval as JSON-ready data: ISO start and end, and the precision; None stays None."""
    if interval is None:
        return None
    return {
        "start": interval.start.isoformat(),
        "end": interval.end.isoformat(),
        "precision": interval.precision.value,
    }


def _mention_dict(mention: Mention) -> dict[str, Any]:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type.value,
        "value": mention.value,
        "mod": mention.mod,
        "interval": interval_dict(mention.interval),
        "resolved": mention.resolved,
        "relative": mention.relative,
    }


def _event_dict(event: Event) -> dict[str, Any]:
    return {
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "value": event.value,
        "precision": event.precision.value,
        "kind": event.kind.value,
        "title": event.title,
        "sources": [
            {
                "article_id": source.article_id,
                "sentence": source.sentence,
                "sentence_start": source.sentence_start,
                "mention": _mention_dict(source.mention),
            }
            for source in event.sources
        ],
        "conflicts": [
            {
                "description": conflict.description,
                "values": list(conflict.values),
                "article_ids": list(conflict.article_ids),
            }
            for conflict in event.conflicts
        ],
    }


def _article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": _date(article.published),
        "published_basis": article.published_basis.value,
        "text": article.text,
    }


def timeline_to_json(timeline: Timeline, *, indent: int | None = 2) -> str:
    """The whole timeline as JSON text with a ``format``/``version`` header and fixed key order."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "articles": [_article_dict(article) for article in timeline.articles],
        "events": [_event_dict(event) for event in timeline.events],
        "problems": [
            {"article_id": p.article_id, "message": p.message, "severity": p.severity}
            for p in timeline.problems
        ],
        "mentions": {
            article_id: [_mention_dict(mention) for mention in mentions]
            for article_id, mentions in timeline.mentions.items()
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


def _interval_from(data: Mapping[str, Any] | None) -> Interval | None:
    if data is None:
        return None
    return Interval(
        datetime.date.fromisoformat(data["start"]),
        datetime.date.fromisoformat(data["end"]),
        Precision(data["precision"]),
    )


def _mention_from(data: Mapping[str, Any]) -> Mention:
    return Mention(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        type=data["type"],
        value=data["value"],
        mod=data.get("mod"),
        interval=_interval_from(data.get("interval")),
        resolved=data.get("resolved", True),
        relative=data.get("relative", False),
    )


def _event_from(data: Mapping[str, Any]) -> Event:
    return Event(
        start=datetime.date.fromisoformat(data["start"]),
        end=datetime.date.fromisoformat(data["end"]),
        value=data["value"],
        precision=data["precision"],
        kind=data["kind"],
        title=data["title"],
        sources=[
            Source(
                article_id=s["article_id"],
                sentence=s["sentence"],
                mention=_mention_from(s["mention"]),
                sentence_start=s.get("sentence_start", 0),
            )
            for s in data["sources"]
        ],
        conflicts=[
            Conflict(c["description"], tuple(c["values"]), tuple(c["article_ids"]))
            for c in data.get("conflicts", ())
        ],
    )


def _article_from(data: Mapping[str, Any]) -> Article:
    return Article(
        text=data["text"],
        published=data.get("published"),
        id=data["id"],
        title=data.get("title"),
        source=data.get("source"),
        url=data.get("url"),
        published_basis=data.get("published_basis"),
    )


def timeline_from_json(text: str) -> Timeline:
    """Rebuild a timeline from :func:`timeline_to_json` text.

    Raises :class:`~afghan_timeline.errors.CorpusError` when the text is not such a document.
    """
    from .timeline import Timeline

    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CorpusError(f"timeline JSON is not valid JSON: {error}") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CorpusError(f"not an afghan_timeline JSON document (expected format {FORMAT!r})")
    if document.get("version") != VERSION:
        raise CorpusError(
            f"unsupported timeline JSON version {document.get('version')!r}, expected {VERSION}"
        )
    try:
        return Timeline(
            events=[_event_from(item) for item in document.get("events", ())],
            articles=[_article_from(item) for item in document.get("articles", ())],
            problems=[ArticleProblem(**item) for item in document.get("problems", ())],
            mentions={
                key: [_mention_from(item) for item in items]
                for key, items in document.get("mentions", {}).items()
            },
        )
    except (KeyError, TypeError, ValueError) as error:
        raise CorpusError(f"timeline JSON has a malformed entry: {error!r}") from error


# --- CSV and pandas -------------------------------------------------------------------------


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None (other schemes are never linked)."""
    if url is None:
        return None
    stripped = url.strip()
    if stripped.lower().startswith(("http://", "https://")) and not any(
        ch in stripped for ch in "\"'<> \t\r\n"
    ):
        return stripped
    return None


def _articles_by_id(timeline: Timeline) -> dict[str, Article]:
    return {article.id: article for article in timeline.articles}


def _rows(timeline: Timeline) -> list[dict[str, str]]:
    articles = _articles_by_id(timeline)
    rows = []
    for event in timeline.events:
        for source in event.sources:
            article = articles.get(source.article_id)
            rows.append(
                {
                    "start": event.start.isoformat(),
                    "end": event.end.isoformat(),
                    "value": event.value,
                    "precision": event.precision.value,
                    "kind": event.kind.value,
                    "title": event.title,
                    "article_id": source.article_id,
                    "expression": source.mention.text,
                    "sentence": source.sentence,
                    "url": (article.url or "") if article else "",
                }
            )
    return rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert_cell(value: object) -> object:
    """A text cell a spreadsheet will not run as a formula: a leading ``'`` is added to text
    that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def timeline_to_csv(timeline: Timeline) -> str:
    """CSV text with one row per event and source (columns: :data:`CSV_COLUMNS`).

    Article text that a spreadsheet would read as a formula is prefixed with ``'``.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in _rows(timeline):
        writer.writerow({key: _inert_cell(value) for key, value in row.items()})
    return buffer.getvalue()


def timeline_to_dataframe(timeline: Timeline) -> Any:
    """A pandas DataFrame with the CSV's rows and columns; ``start``/``end`` as datetimes.

    Needs pandas: ``pip install 'afghan_timeline[dataframe]'``.
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(
            "timeline_to_dataframe needs pandas; install the 'dataframe' extra: "
            "pip install 'afghan_timeline[dataframe]'"
        ) from error
    frame = pd.DataFrame(_rows(timeline), columns=list(CSV_COLUMNS))
    for column in ("start", "end"):
        frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
    return frame


# --- TimelineJS -----------------------------------------------------------------------------


def highlight_sentence(source: Source) -> tuple[str, str, str]:
    """Split a source's sentence into (before, expression, after) around its mention."""
    sentence = source.sentence
    mention = source.mention
    begin = mention.start - source.sentence_start
    end = mention.end - source.sentence_start
    if 0 <= begin < end <= len(sentence) and sentence[begin:end] == mention.text:
        return sentence[:begin], sentence[begin:end], sentence[end:]
    found = sentence.find(mention.text)
    if found < 0:
        return sentence, "", ""
    return sentence[:found], mention.text, sentence[found + len(mention.text) :]


_COARSE_MONTH = (Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF_YEAR)


def _tjs_date(day: datetime.date, precision: Precision) -> dict[str, int]:
    if precision.is_day_or_finer or precision in (Precision.WEEK, Precision.WEEKEND):
        return {"year": day.year, "month": day.month, "day": day.day}
    if precision in _COARSE_MONTH:
        return {"year": day.year, "month": day.month}
    return {"year": day.year}


def _needs_end(event: Event) -> bool:
    if event.is_span:  # named by both ends: "from 2017 to 2018"
        return True
    return event.start != event.end and event.precision not in (Precision.MONTH, Precision.YEAR)


def timeline_to_timelinejs(timeline: Timeline, *, title: str = "Timeline") -> dict[str, Any]:
    """The events as a TimelineJS document; every text field is HTML-escaped.

    Day-precise events carry a day; month-, season- and year-precise ones do not.
    """
    articles = _articles_by_id(timeline)
    events = []
    seen: dict[str, int] = {}
    for event in timeline.events:
        source = event.sources[0]
        article = articles.get(source.article_id)
        before, expression, after = highlight_sentence(source)
        text = f"{html.escape(before)}<b>{html.escape(expression)}</b>{html.escape(after)}"
        label = article.label if article else source.article_id
        reference = html.escape(label)
        url = safe_url(article.url) if article else None
        if url:
            reference = f'<a href="{html.escape(url)}">{reference}</a>'
        text += f"<br><small>{reference}"
        if len(event.article_ids) > 1:
            text += f" and {len(event.article_ids) - 1} more"
        text += "</small>"
        key = "|".join((event.value, event.kind.value, event.title, *event.article_ids))
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        seen[digest] = seen.get(digest, 0) + 1
        unique_id = f"event-{digest}" + (f"-{seen[digest]}" if seen[digest] > 1 else "")
        item: dict[str, Any] = {
            "start_date": _tjs_date(event.start, event.precision),
            "text": {"headline": html.escape(event.title), "text": text},
            "group": html.escape(label),
            "display_date": html.escape(describe(event.value)),
            "unique_id": unique_id,
        }
        if _needs_end(event):
            item["end_date"] = _tjs_date(event.end, event.precision)
        events.append(item)
    summary = f"{len(timeline.articles)} articles, {len(timeline.events)} events"
    return {"title": {"text": {"headline": html.escape(title), "text": summary}}, "events": events}
