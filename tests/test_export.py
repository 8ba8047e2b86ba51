"""Tests for afghan_timeline.export: JSON round trip, CSV, pandas and TimelineJS."""

from __future__ import annotations

import csv
import datetime
import io
import json
import sys

import pytest
from hypothesis import given, settings

from afghan_timeline import Article, Conflict, CorpusError, EventKind, Timeline
from afghan_timeline.export import (
    CSV_COLUMNS,
    timeline_from_json,
    timeline_to_csv,
    timeline_to_dataframe,
    timeline_to_json,
    timeline_to_timelinejs,
)
from strategies import hostile_timeline, make_event, synthetic_timeline, timelines

ARTICLE = Article(
    text="The deal of February 2020 set a deadline. Troops must leave by 1 May 2021. "
    "Talks resume in the week of 12 April 2021.",
    published=datetime.date(2021, 4, 14),
    id="a1",
    title="Troops to leave",
    url="https://example.org/a1",
)
OTHER = Article(text="Troops must leave by 1 May 2021.", id="b2", published="2021-04-20")


def small_timeline() -> Timeline:
    """Three events of different precisions, one reported by two articles with a conflict."""
    also = make_event(OTHER, "1 May 2021", "2021-05-01").sources[0]
    events = [
        make_event(ARTICLE, "February 2020", "2020-02", title="Deal signed"),
        make_event(ARTICLE, "12 April 2021", "2021-W15", kind=EventKind.SCHEDULED),
        make_event(
            ARTICLE,
            "1 May 2021",
            "2021-05-01",
            kind=EventKind.DEADLINE,
            title="Withdrawal deadline",
            extra_sources=(also,),
            conflicts=(Conflict("dates differ", ("2021-05-01", "2021-05"), ("a1", "b2")),),
        ),
    ]
    return Timeline(events=events, articles=[ARTICLE, OTHER], mentions={"a1": [], "b2": []})


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_timeline_json_round_trip_is_lossless(timeline: Timeline) -> None:
    """Any timeline written to JSON and read back equals the original, mentions included."""
    back = timeline_from_json(timeline_to_json(timeline))
    assert back == timeline
    assert dict(back.mentions) == dict(timeline.mentions)
    assert timeline_to_json(back) == timeline_to_json(timeline)


def test_timeline_to_json_has_header_and_fixed_key_order() -> None:
    """The document starts with the format/version header and keeps a fixed key order."""
    document = json.loads(timeline_to_json(small_timeline()))
    assert list(document)[:2] == ["format", "version"]
    assert (document["format"], document["version"]) == ("afghan_timeline", 1)
    assert list(document) == ["format", "version", "articles", "events", "problems", "mentions"]
    assert list(document["events"][0]) == [
        "start",
        "end",
        "value",
        "precision",
        "kind",
        "title",
        "sources",
        "conflicts",
    ]
    assert document["articles"][0]["text"] == ARTICLE.text


def test_timeline_to_json_is_deterministic() -> None:
    """Writing the same timeline twice gives the same text."""
    assert timeline_to_json(small_timeline()) == timeline_to_json(small_timeline())


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("not json", "not valid JSON"),
        ('{"format": "other", "version": 1}', "not an afghan_timeline"),
        ('{"format": "afghan_timeline", "version": 99}', "unsupported"),
        ('{"format": "afghan_timeline", "version": 1, "events": [{"start": 1}]}', "malformed"),
    ],
)
def test_timeline_from_json_rejects_foreign_documents(text: str, fragment: str) -> None:
    """Text that is not a version-1 timeline document raises CorpusError saying why."""
    with pytest.raises(CorpusError, match=fragment):
        timeline_from_json(text)


def test_timeline_method_round_trip_uses_export() -> None:
    """Timeline.to_json and Timeline.from_json round-trip the hostile timeline unchanged."""
    timeline = hostile_timeline()
    assert Timeline.from_json(timeline.to_json()) == timeline


def test_timeline_to_csv_has_one_row_per_event_and_source() -> None:
    """The CSV has the documented header and one row for each event-source pair."""
    rows = list(csv.DictReader(io.StringIO(timeline_to_csv(small_timeline()))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4
    deadline_rows = [row for row in rows if row["kind"] == "deadline"]
    assert [row["article_id"] for row in deadline_rows] == ["a1", "b2"]
    assert deadline_rows[0]["url"] == "https://example.org/a1"
    assert deadline_rows[1]["url"] == ""
    first = rows[0]
    assert (first["start"], first["end"], first["precision"]) == (
        "2020-02-01",
        "2020-02-29",
        "month",
    )
    assert first["expression"] == "February 2020"
    assert "February 2020" in first["sentence"]


def test_timeline_to_csv_quotes_commas_and_newlines() -> None:
    """Sentences with commas, quotes and newlines survive a CSV round trip."""
    article = Article(
        text='He said, "talks end\non 3 May 2021", then left.', id="q", published="2021-05-01"
    )
    timeline = Timeline(
        events=[make_event(article, "3 May 2021", "2021-05-03")], articles=[article]
    )
    (row,) = csv.DictReader(io.StringIO(timeline_to_csv(timeline)))
    assert row["sentence"] == article.text


def test_timeline_to_csv_keeps_formulas_inert() -> None:
    """Text that a spreadsheet would run as a formula is written with a leading quote."""
    article = Article(text="=HYPERLINK(1) was filed on 3 May 2021.", id="f", published="2021-05-04")
    timeline = Timeline(
        events=[make_event(article, "3 May 2021", "2021-05-03", title="=HYPERLINK(1)")],
        articles=[article],
    )
    (row,) = csv.DictReader(io.StringIO(timeline_to_csv(timeline)))
    assert row["title"] == "'=HYPERLINK(1)"
    assert row["sentence"].startswith("'=HYPERLINK(1)")
    assert row["start"] == "2021-05-03"


def test_timeline_to_dataframe_matches_csv_rows() -> None:
    """The DataFrame has the CSV columns, one row per source, and datetime start/end."""
    pd = pytest.importorskip("pandas")
    frame = timeline_to_dataframe(small_timeline())
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert len(frame) == 4
    assert frame["start"].iloc[0] == pd.Timestamp("2020-02-01")
    assert pd.api.types.is_datetime64_any_dtype(frame["end"])


def test_timeline_to_dataframe_names_extra_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas the ImportError names the 'dataframe' extra."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"afghan_timeline\[dataframe\]"):
        timeline_to_dataframe(small_timeline())


def test_timeline_to_timelinejs_dates_follow_precision() -> None:
    """Month-precise events carry no day, day-precise ones do, weeks get an end date."""
    document = timeline_to_timelinejs(small_timeline(), title="Withdrawal")
    assert document["title"]["text"]["headline"] == "Withdrawal"
    month, week, day = document["events"]
    assert month["start_date"] == {"year": 2020, "month": 2}
    assert "end_date" not in month
    assert month["display_date"] == "February 2020"
    assert week["start_date"] == {"year": 2021, "month": 4, "day": 12}
    assert week["end_date"] == {"year": 2021, "month": 4, "day": 18}
    assert day["start_date"] == {"year": 2021, "month": 5, "day": 1}
    assert day["text"]["headline"] == "Withdrawal deadline"
    assert "<b>1 May 2021</b>" in day["text"]["text"]
    assert "and 1 more" in day["text"]["text"]
    assert day["group"] == "Troops to leave"
    assert len({event["unique_id"] for event in document["events"]}) == 3


def test_timeline_to_timelinejs_escapes_text_and_drops_script_urls() -> None:
    """Hostile titles and sentences come out escaped and a javascript: URL is never linked."""
    document = timeline_to_timelinejs(hostile_timeline())
    dumped = json.dumps(document)
    assert "<script" not in dumped
    assert "<img" not in dumped
    assert "javascript:" not in dumped
    assert "&lt;script&gt;" in document["events"][0]["text"]["headline"]


def test_timeline_to_timelinejs_ids_unique_for_many_events() -> None:
    """Every event of a large timeline gets its own unique_id."""
    document = timeline_to_timelinejs(synthetic_timeline(300, 20))
    ids = [event["unique_id"] for event in document["events"]]
    assert len(ids) == len(set(ids)) == 300


def test_timeline_to_timelinejs_gives_a_span_both_ends() -> None:
    """An event "from 2017 to 2018" starts in 2017 and ends in 2018, and shows both years."""
    article = Article(text="He was envoy from 2017 to 2018.", published=None, id="a1")
    event = make_event(article, "2017 to 2018", "2017/2018")
    document = timeline_to_timelinejs(Timeline(events=[event], articles=[article]))
    (item,) = document["events"]
    assert item["start_date"] == {"year": 2017}
    assert item["end_date"] == {"year": 2018}
    assert item["display_date"] == "2017 – 2018"
    assert "<b>2017 to 2018</b>" in item["text"]["text"]
