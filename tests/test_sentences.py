"""Tests for the rule-based sentence splitter."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afghan_timeline.sentences import sentence_at, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. envoy met Mr. Baradar in Doha.",
        "The attacks of Sept. 11 changed the war.",
        "The deal was signed on Feb. 29, 2020 in Doha.",
        "The meeting ended at 4 p.m. on Tuesday.",
        "Former ambassador P. Michael McKinley disagreed.",
        "Gen. Miller and Dr. Abdullah spoke at 10 a.m. local time.",
        "About 2,500 troops remain, a 3.5 percent cut.",
    ],
)
def test_split_sentences_keeps_abbreviations_inside(text: str) -> None:
    """Abbreviations, initials, dates and decimals do not end a sentence."""
    assert _sentences(text) == [text]


def test_split_sentences_splits_after_closing_quote() -> None:
    """A sentence that ends inside a closing quote is split after the quote."""
    text = "He said, “We are ready.” The talks began."
    assert _sentences(text) == ["He said, “We are ready.”", "The talks began."]


def test_split_sentences_splits_missing_space_after_period() -> None:
    """A period glued to the next capitalised word still ends the sentence."""
    text = "Kabulov proposed a coalition government.The US-Taliban deal held."
    assert _sentences(text) == [
        "Kabulov proposed a coalition government.",
        "The US-Taliban deal held.",
    ]


def test_split_sentences_does_not_split_dotted_abbreviation_glued_to_word() -> None:
    """ "U.S." and "p.m." followed directly by a letter are not sentence ends."""
    assert _sentences("Troops left the U.S.Army base.") == ["Troops left the U.S.Army base."]


def test_split_sentences_splits_after_dotted_abbreviation_before_new_sentence() -> None:
    """ "U.S." before a typical sentence opener ends the sentence."""
    text = "Talks continued in the U.S. The envoy left."
    assert _sentences(text) == ["Talks continued in the U.S.", "The envoy left."]


def test_split_sentences_splits_question_and_exclamation() -> None:
    """Question and exclamation marks end sentences."""
    assert _sentences("Why talk? They fight! Then what.") == [
        "Why talk?",
        "They fight!",
        "Then what.",
    ]


def test_split_sentences_treats_lines_as_sentences() -> None:
    """A headline or dateline on its own line is its own sentence, even without a period."""
    text = "Sunday, December 3, 2023\n\nTalks failed | News\nNegotiators returned. It was cold."
    assert _sentences(text) == [
        "Sunday, December 3, 2023",
        "Talks failed | News",
        "Negotiators returned.",
        "It was cold.",
    ]


def test_split_sentences_joins_the_lines_of_hard_wrapped_text() -> None:
    """A line break inside a sentence (a lower-case next line, a line ending in "the" or a
    comma) does not end it; a headline line before a capitalised line still does."""
    text = (
        "Council bans diesel cars\n"
        "Drivers caught in the\nzone on Sunday were fined. Two days later,\n"
        "Opposition councillors called for a vote, and\nthe council agreed.\n"
        "It was cold."
    )
    assert _sentences(text) == [
        "Council bans diesel cars",
        "Drivers caught in the\nzone on Sunday were fined.",
        "Two days later,\nOpposition councillors called for a vote, and\nthe council agreed.",
        "It was cold.",
    ]
    assert _sentences("Talks failed\n\nthe end.") == ["Talks failed", "the end."]


def test_split_sentences_joins_a_full_wrapped_line_to_a_next_line_starting_with_a_number():
    """A line as long as the wrap goes on with a number; a short headline line does not run
    into a dateline below it."""
    text = (
        "Council bans diesel cars\n"
        "12 March 2024 - Sales of new electric cars in the city are up\n"
        "12 per cent since the ban began, figures show. It was cold.\n"
    )
    assert _sentences(text) == [
        "Council bans diesel cars",
        "12 March 2024 - Sales of new electric cars in the city are up\n"
        "12 per cent since the ban began, figures show.",
        "It was cold.",
    ]


def test_split_sentences_offsets_are_trimmed_and_ordered() -> None:
    """Spans exclude surrounding white space and never overlap."""
    text = "  First one.   Second one.  \n\n  Third  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one.", "Third"]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_split_sentences_empty_text_has_no_sentences() -> None:
    """Empty or blank text yields an empty list."""
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    """An offset inside a sentence returns that sentence's span."""
    text = "Talks failed. They resume on Monday."
    start, end = sentence_at(text, text.index("Monday"))
    assert text[start:end] == "They resume on Monday."


def test_sentence_at_between_sentences_returns_the_previous_one() -> None:
    """An offset in the gap between sentences returns the sentence before it."""
    text = "Talks failed.   They resume."
    start, end = sentence_at(text, 14)
    assert text[start:end] == "Talks failed."


def test_sentence_at_rejects_an_offset_outside_the_text() -> None:
    """An offset beyond the text is a ValueError that gives the valid range."""
    with pytest.raises(ValueError, match=r"0\.\.5"):
        sentence_at("Hello", 9)


def test_split_sentences_is_fast_on_a_long_article() -> None:
    """A 100,000-character article splits in well under a second."""
    import time

    text = "The U.S. envoy met Mr. Baradar on Sept. 11 at 3 p.m. in Doha. " * 1600
    began = time.perf_counter()
    spans = split_sentences(text)
    assert len(spans) == 1600
    assert time.perf_counter() - began < 1.0


_PIECES = st.sampled_from(
    ["The", "U.S.", "Mr.", "Sept.", "11", "talks", "ended", ".", "?", "!", "”", "“", " ", "  ",
     "\n", "\n\n", "p.m.", "P.", "Doha.The", "2,500", "…", "...", "(", ")"]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join))
def test_split_sentences_covers_every_visible_character_once(text: str) -> None:
    """Spans are ordered, trimmed, non-overlapping and cover every non-space character."""
    spans = split_sentences(text)
    covered = [False] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        for position in range(start, end):
            covered[position] = True
        previous_end = end
    assert all(covered[i] or char.isspace() for i, char in enumerate(text))


def test_ends_sentence_tells_a_full_stop_from_an_abbreviation_period():
    from afghan_timeline.sentences import ends_sentence

    text = "Talks failed. Mr. Ghani left the U.S. on Monday at 6 a.m. (0100 GMT). He returned."
    stops = [i for i, ch in enumerate(text) if ch == "." and ends_sentence(text, i)]
    assert [text[max(0, i - 6) : i + 1] for i in stops] == ["failed.", "0 GMT).", "turned."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The match kicks off at 2.30pm. Ireland beat England on Sunday.",
            ["The match kicks off at 2.30pm.", "Ireland beat England on Sunday."],
        ),
        ("He left at 5 p.m. Police arrived.", ["He left at 5 p.m.", "Police arrived."]),
        ("Talks start at 6 p.m. Friday in Doha.", ["Talks start at 6 p.m. Friday in Doha."]),
        ("Polls open at 10 a.m. EDT on Tuesday.", ["Polls open at 10 a.m. EDT on Tuesday."]),
        ("It begins at 2 p.m. Kabul time.", ["It begins at 2 p.m. Kabul time."]),
    ],
)
def test_a_clock_time_ends_a_sentence_before_a_capitalised_word(text, expected):
    assert [text[start:end] for start, end in split_sentences(text)] == expected
