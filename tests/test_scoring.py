"""TempEval-3 style scoring: alignment, strict/relaxed spans, attribute F1, per-type rows."""

from __future__ import annotations

import pytest

from afghan_timeline import Mention, TimexType
from afghan_timeline.evaluation import Counts, ErrorKind, align, parse_timeml, score

DATE, DURATION, TIME = TimexType.DATE, TimexType.DURATION, TimexType.TIME


def _doc(body: str) -> str:
    return (
        '<?xml version="1.0" ?>\n<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
        'value="1998-08-07">1998-08-07</TIMEX3></DCT>\n<TEXT>' + body + "</TEXT></TimeML>"
    )


GOLD = _doc(
    'Bombs went off <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>. '
    'Talks took <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> in '
    '<TIMEX3 tid="t3" type="DATE" value="1998-03">March 1998</TIMEX3>, and ended '
    '<TIMEX3 tid="t4" type="DATE" value="1998-08-06">yesterday</TIMEX3> at noon.'
)

# Same text: Friday right; two weeks with a wrong value; March 1998 found as "March" only
# (right value); yesterday missed; "noon" spurious.
SYSTEM = _doc(
    'Bombs went off <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>. '
    'Talks took <TIMEX3 tid="t2" type="DURATION" value="P3W">two weeks</TIMEX3> in '
    '<TIMEX3 tid="t3" type="DATE" value="1998-03">March</TIMEX3> 1998, and ended '
    'yesterday at <TIMEX3 tid="t5" type="TIME" value="1998-08-07T12:00">noon</TIMEX3>.'
)


def test_score_gold_against_itself_is_perfect() -> None:
    """Gold scored against itself gives 1.0 for every figure, overall and per type."""
    gold = parse_timeml(GOLD)
    result = score(gold.timexes, gold.timexes, doc_id=gold.id, text=gold.text)
    rows = [result.counts, *result.by_type.values()]
    assert set(result.by_type) == {"DATE", "DURATION"}
    for row in rows:
        for prf in (row.strict, row.relaxed, row.type, row.value):
            assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert result.errors == ()


def test_score_missing_spurious_wrong_value_hand_computed() -> None:
    """One missed, one spurious, one wrong value and one partial span give hand-computed figures."""
    gold, system = parse_timeml(GOLD), parse_timeml(SYSTEM)
    assert gold.text == system.text
    counts = score(gold.timexes, system.timexes).counts
    # 4 gold, 4 system; strict: Friday, two weeks; relaxed: + March; value: Friday, March.
    assert (counts.gold, counts.system) == (4, 4)
    assert counts.strict.precision == pytest.approx(2 / 4)
    assert counts.strict.recall == pytest.approx(2 / 4)
    assert counts.strict.f1 == pytest.approx(0.5)
    assert counts.relaxed.f1 == pytest.approx(0.75)
    assert counts.type.f1 == pytest.approx(0.75)
    assert counts.value.precision == pytest.approx(0.5)
    assert counts.value.recall == pytest.approx(0.5)
    assert counts.value.f1 == pytest.approx(0.5)


def test_score_attribute_f1_is_relaxed_f1_times_attribute_accuracy() -> None:
    """Value F1 equals relaxed F1 times the share of relaxed matches with the right value."""
    gold, system = parse_timeml(GOLD), parse_timeml(SYSTEM)
    counts = score(gold.timexes, system.timexes).counts
    accuracy = counts.value_gold / counts.relaxed_gold  # 2 of the 3 matches
    assert counts.value.f1 == pytest.approx(counts.relaxed.f1 * accuracy)
    assert accuracy == pytest.approx(2 / 3)


def test_score_errors_are_classified_with_context() -> None:
    """Each disagreement is reported once, by kind, with gold and system sides and context."""
    gold, system = parse_timeml(GOLD), parse_timeml(SYSTEM)
    result = score(gold.timexes, system.timexes, doc_id="d1", text=gold.text)
    kinds = [(e.kind, e.gold_text, e.system_text) for e in result.errors]
    assert kinds == [
        (ErrorKind.WRONG_VALUE, "two weeks", "two weeks"),
        (ErrorKind.PARTIAL_SPAN, "March 1998", "March"),
        (ErrorKind.MISSED, "yesterday", None),
        (ErrorKind.SPURIOUS, None, "noon"),
    ]
    wrong = result.errors[0]
    assert (wrong.doc_id, wrong.gold_value, wrong.system_value) == ("d1", "P2W", "P3W")
    assert "[[two weeks]]" in wrong.context
    assert "Talks took" in wrong.context
    assert all(len(e.context) <= 80 for e in result.errors)


def test_score_per_type_uses_gold_type_for_recall_and_system_type_for_precision() -> None:
    """A DATE found as TIME counts toward DATE recall and TIME precision, not type F1."""
    gold = [Mention(0, 6, "Friday", DATE, "1998-08-07")]
    system = [Mention(0, 6, "Friday", TIME, "1998-08-07")]
    result = score(gold, system)
    date, time = result.by_type["DATE"], result.by_type["TIME"]
    assert (date.gold, date.system, date.relaxed.recall, date.relaxed.precision) == (1, 0, 1.0, 0)
    assert (time.gold, time.system, time.relaxed.precision, time.relaxed.recall) == (0, 1, 1.0, 0)
    assert result.counts.relaxed.f1 == 1.0
    assert result.counts.type.f1 == 0.0
    assert result.counts.value.f1 == 1.0
    assert [e.kind for e in result.errors] == [ErrorKind.WRONG_TYPE]


def test_align_is_one_to_one_preferring_largest_overlap() -> None:
    """A gold span overlapped by two system spans takes the larger overlap; one is spurious."""
    gold = [Mention(0, 10, "10:35 a.m.", TIME, "T10:35")]
    system = [Mention(0, 2, "10", TIME, "T10"), Mention(3, 10, "35 a.m.", TIME, "T10:35")]
    assert align(gold, system) == [(0, 1), (None, 0)]


def test_align_one_system_span_over_two_gold_matches_once() -> None:
    """A system span covering two gold spans matches only the one it overlaps most."""
    gold = [Mention(0, 3, "May", DATE, "XXXX-05"), Mention(4, 10, "Friday", DATE, "X")]
    system = [Mention(0, 10, "May Friday", DATE, "X")]
    assert align(gold, system) == [(1, 0), (0, None)]
    counts = score(gold, system).counts
    assert (counts.relaxed_gold, counts.relaxed_system, counts.strict_gold) == (1, 1, 0)
    assert counts.relaxed.recall == 0.5


def test_align_ties_prefer_identical_span_then_earliest() -> None:
    """With equal overlaps an identical span wins, otherwise the earlier expression."""
    gold = [Mention(2, 6, "June", DATE, "X")]
    system = [Mention(0, 6, "9 June", DATE, "X"), Mention(2, 6, "June", DATE, "X")]
    assert align(gold, system) == [(0, 1), (None, 0)]
    gold = [Mention(0, 4, "June", DATE, "X"), Mention(5, 9, "July", DATE, "Y")]
    system = [Mention(2, 7, "ne Ju", DATE, "X")]
    assert align(gold, system) == [(0, 0), (1, None)]


def test_score_no_overlap_is_no_match() -> None:
    """Adjacent spans share no character, so they do not match."""
    gold = [Mention(0, 4, "June", DATE, "X")]
    system = [Mention(4, 8, " 9th", DATE, "X")]
    counts = score(gold, system).counts
    assert (counts.relaxed_gold, counts.relaxed.f1) == (0, 0.0)


def test_score_empty_sides() -> None:
    """Nothing to find and nothing found is perfect; gold with no system output scores zero."""
    assert score([], []).counts.value.f1 == 1.0
    counts = score([Mention(0, 4, "June", DATE, "X")], []).counts
    assert (counts.relaxed.precision, counts.relaxed.recall, counts.relaxed.f1) == (0, 0, 0)


def test_counts_add_field_by_field() -> None:
    """Adding counts sums every field, so documents pool into corpus totals."""
    one = Counts(gold=2, system=1, relaxed_gold=1, relaxed_system=1)
    two = Counts(gold=1, system=3, value_gold=1, value_system=1)
    total = one + two
    assert (total.gold, total.system, total.relaxed_gold, total.value_system) == (3, 4, 1, 1)


def test_score_value_compared_as_exact_strings() -> None:
    """Values must be identical strings to count as equal."""
    gold = [Mention(0, 4, "1998", DATE, "1998")]
    system = [Mention(0, 4, "1998", DATE, "1998-XX")]
    assert score(gold, system).counts.value.f1 == 0.0


def test_score_reads_one_digit_iso_week_as_two_digits() -> None:
    """'2000-W7' (as TimeBank sometimes writes) equals '2000-W07', and no other week."""
    gold = [
        Mention(0, 9, "this week", DATE, "2000-W7"),
        Mention(10, 19, "last week", DATE, "2000-W1"),
    ]
    system = [
        Mention(0, 9, "this week", DATE, "2000-W07"),
        Mention(10, 19, "last week", DATE, "2000-W10"),
    ]
    counts = score(gold, system).counts
    assert (counts.value_gold, counts.value_system) == (1, 1)
