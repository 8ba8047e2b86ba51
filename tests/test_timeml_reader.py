"""TimeML reading (raw text, offsets, DCT) and writing (round trip)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afghan_timeline import Article, Mention, TimeMLError, TimexType
from afghan_timeline.evaluation import parse_timeml, read_timeml, to_timeml

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timebank-aquaint"

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>NYT001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">\
August 7, 1998</TIMEX3></DCT>
<TITLE>Not <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3> text</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" \
value="1998-08-07">Friday</TIMEX3>, AT&amp;T &lt;said&gt;.

Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks\
</TIMEX3> <SIGNAL sid="s1">before</SIGNAL> <TIMEX3 tid="t3" type="DATE" value="PAST_REF">\
the past</TIMEX3>.<TIMEX3 tid="t4" type="DATE" value="1998-08-08" anchorTimeID="t0"/>
</TEXT>
</TimeML>
"""


def test_parse_timeml_raw_text_drops_tags_and_decodes_entities() -> None:
    """The raw text is TEXT's content without any tag, entities decoded, whitespace kept."""
    doc = parse_timeml(SAMPLE)
    assert doc.text == (
        "\nBombs exploded Friday, AT&T <said>.\n\nTalks lasted about two weeks before the past.\n"
    )


def test_parse_timeml_gold_spans_index_the_raw_text() -> None:
    """Gold timexes carry exact offsets, type, value and mod; empty TIMEX3 tags are left out."""
    doc = parse_timeml(SAMPLE)
    found = [(doc.text[t.start : t.end], t.text, t.type, t.value, t.mod) for t in doc.timexes]
    assert found == [
        ("Friday", "Friday", TimexType.DATE, "1998-08-07", None),
        ("about two weeks", "about two weeks", TimexType.DURATION, "P2W", "APPROX"),
        ("the past", "the past", TimexType.DATE, "PAST_REF", None),
    ]
    assert [t.tid for t in doc.timexes] == ["t1", "t2", "t3"]


def test_parse_timeml_dct_gives_creation_date_and_is_not_gold() -> None:
    """The DCT TIMEX3 dates the document and is not among the gold timexes."""
    doc = parse_timeml(SAMPLE)
    assert doc.id == "NYT001"
    assert doc.dct == datetime.date(1998, 8, 7)
    assert doc.dct_value == "1998-08-07"
    assert "t0" not in {t.tid for t in doc.timexes}
    assert doc.article().published == datetime.date(1998, 8, 7)


def test_parse_timeml_dct_with_clock_time_keeps_the_day() -> None:
    """A DCT value with a clock time still yields its calendar day, and the value as given."""
    source = SAMPLE.replace('value="1998-08-07" f', 'value="1998-08-07T06:18" f')
    doc = parse_timeml(source)
    assert doc.dct == datetime.date(1998, 8, 7)
    assert doc.dct_value == "1998-08-07T06:18"


def test_parse_timeml_odd_values_are_kept_as_given() -> None:
    """Unusual gold values are not normalised."""
    doc = parse_timeml(SAMPLE.replace('value="PAST_REF"', 'value="199X-W7 "'))
    assert doc.timexes[2].value == "199X-W7 "


def test_parse_timeml_carriage_returns_keep_offsets_exact() -> None:
    """CRLF line ends (normalised by XML) do not shift offsets."""
    doc = parse_timeml(SAMPLE.replace("\n", "\r\n").encode("utf-8"))
    assert "\r" not in doc.text
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert len(doc.timexes) == 3


def test_parse_timeml_nested_timex_both_kept() -> None:
    """A TIMEX3 inside another yields two gold spans with correct offsets."""
    doc = parse_timeml(
        '<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-08">'
        '<TIMEX3 tid="t2" type="DATE" value="XXXX-08">August</TIMEX3> 1998</TIMEX3>.'
        "</TEXT></TimeML>"
    )
    assert [(t.start, t.end, t.text) for t in doc.timexes] == [
        (3, 14, "August 1998"),
        (3, 9, "August"),
    ]


def test_read_timeml_id_falls_back_to_file_name(tmp_path: Path) -> None:
    """Without DOCID the document id is the file name without ``.tml``."""
    path = tmp_path / "ABC19980108.1830.0711.tml"
    path.write_text("<TimeML><TEXT>nothing</TEXT></TimeML>", encoding="utf-8")
    doc = read_timeml(path)
    assert doc.id == "ABC19980108.1830.0711"
    assert doc.dct is None
    assert doc.path == str(path)


def test_read_timeml_malformed_xml_names_the_file(tmp_path: Path) -> None:
    """Broken XML raises TimeMLError whose message names the file."""
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT>open <TIMEX3 type='DATE'>x</TEXT>", encoding="utf-8")
    with pytest.raises(TimeMLError, match=r"broken\.tml.*not well-formed"):
        read_timeml(path)


def test_read_timeml_missing_file_names_the_file(tmp_path: Path) -> None:
    """A file that cannot be opened raises TimeMLError naming it."""
    with pytest.raises(TimeMLError, match=r"absent\.tml"):
        read_timeml(tmp_path / "absent.tml")


def test_parse_timeml_without_text_element_is_an_error() -> None:
    """A document without ``<TEXT>`` cannot be evaluated."""
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        parse_timeml("<TimeML><DOCID>x</DOCID></TimeML>", path="x.tml")


def test_parse_timeml_bad_timex_type_is_an_error() -> None:
    """A TIMEX3 with an unknown type is reported with its tid and text."""
    with pytest.raises(TimeMLError, match=r"t7.*'soon'.*WHEN"):
        parse_timeml(
            '<TimeML><TEXT><TIMEX3 tid="t7" type="WHEN" value="X">soon</TIMEX3></TEXT></TimeML>'
        )


def test_parse_timeml_timex_without_value_is_an_error() -> None:
    """A TIMEX3 lacking a value attribute is reported."""
    with pytest.raises(TimeMLError, match="no value"):
        parse_timeml('<TimeML><TEXT><TIMEX3 tid="t1" type="DATE">May</TIMEX3></TEXT></TimeML>')


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared TimeML corpus not found beside the repo")
def test_read_timeml_offsets_exact_on_whole_corpus() -> None:
    """In every corpus file each gold timex's offsets slice its own text out of the raw text."""
    files = sorted(CORPUS.rglob("*.tml"))
    assert len(files) >= 250
    total = 0
    for path in files:
        doc = read_timeml(path)
        assert doc.dct is not None, path
        for timex in doc.timexes:
            assert doc.text[timex.start : timex.end] == timex.text, (path, timex)
        total += len(doc.timexes)
    assert total > 1500


def _article(text: str = 'Talks on Friday & <later> "soon".\r\nThen 2 weeks.') -> Article:
    return Article(text=text, published=datetime.date(2021, 4, 14), id="a&b", title="T <1>")


def test_to_timeml_round_trip_keeps_text_dct_and_mentions() -> None:
    """Writing an article with mentions and reading it back gives the same text, date and tags."""
    article = _article()
    friday = article.text.index("Friday")
    weeks = article.text.index("2 weeks")
    mentions = [
        Mention(weeks, weeks + 7, "2 weeks", TimexType.DURATION, "P2W", mod="APPROX"),
        Mention(friday, friday + 6, "Friday", TimexType.DATE, '2021-04-16 "x" <&>'),
    ]
    doc = parse_timeml(to_timeml(article, mentions))
    assert doc.text == article.text
    assert doc.id == "a&b"
    assert doc.dct == datetime.date(2021, 4, 14)
    got = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in doc.timexes]
    assert got == [
        (friday, friday + 6, "Friday", TimexType.DATE, '2021-04-16 "x" <&>', None),
        (weeks, weeks + 7, "2 weeks", TimexType.DURATION, "P2W", "APPROX"),
    ]


def test_to_timeml_without_publication_date_has_no_dct() -> None:
    """An undated article is written without a DCT and reads back undated."""
    article = Article(text="Tomorrow.", id="u")
    markup = to_timeml(article, [])
    assert "<DCT>" not in markup
    assert parse_timeml(markup).dct is None


def test_to_timeml_rejects_overlapping_mentions() -> None:
    """TIMEX3 tags cannot overlap, so overlapping mentions are refused."""
    article = _article("on 14 April 2021")
    mentions = [
        Mention(3, 11, "14 April", TimexType.DATE, "XXXX-04-14"),
        Mention(6, 16, "April 2021", TimexType.DATE, "2021-04"),
    ]
    with pytest.raises(ValueError, match="overlaps"):
        to_timeml(article, mentions)


def test_to_timeml_rejects_mention_not_in_text() -> None:
    """A mention whose text differs from the article's text at its offsets is refused."""
    with pytest.raises(ValueError, match="not in the text"):
        to_timeml(_article("on Monday"), [Mention(3, 9, "Friday", TimexType.DATE, "2021-04-16")])


_xml_chars = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"]
    + ["\ufffe", "\uffff"],
)


@st.composite
def _articles_with_mentions(draw: st.DrawFn) -> tuple[Article, list[Mention]]:
    text = draw(st.text(_xml_chars, min_size=1, max_size=60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    mentions = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        kind = draw(st.sampled_from(list(TimexType)))
        value = draw(st.text(_xml_chars, max_size=12))
        mentions.append(Mention(start, end, text[start:end], kind, value))
    return Article(text=text, published=datetime.date(2020, 2, 29), id="p"), mentions


@given(_articles_with_mentions())
def test_to_timeml_round_trip_any_text(case: tuple[Article, list[Mention]]) -> None:
    """Any XML-representable text and non-overlapping mentions survive writing and reading."""
    article, mentions = case
    doc = parse_timeml(to_timeml(article, mentions))
    assert doc.text == article.text
    assert [(t.start, t.end, t.type, t.value) for t in doc.timexes] == [
        (m.start, m.end, m.type, m.value) for m in mentions
    ]
