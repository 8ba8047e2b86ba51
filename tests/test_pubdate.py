"""Tests for publication dates from metadata and datelines."""

from __future__ import annotations

import datetime

import pytest

from afghan_timeline.model import Article, PublishedBasis
from afghan_timeline.pubdate import detect_dateline, with_publication_date


@pytest.mark.parametrize(
    ("header", "written", "expected"),
    [
        (
            "Editor in Chief: Moh. Reza Huwaida Tuesday, April 13th, 2021",
            "Tuesday, April 13th, 2021",
            datetime.date(2021, 4, 13),
        ),
        ("Sunday, December 3, 2023", "Sunday, December 3, 2023", datetime.date(2023, 12, 3)),
        ("Published: 9 October 2021", "9 October 2021", datetime.date(2021, 10, 9)),
        ("KABUL, Feb. 29, 2020 (Reuters) -", "Feb. 29, 2020", datetime.date(2020, 2, 29)),
        ("Updated 2021-08-05 10:12", "2021-08-05", datetime.date(2021, 8, 5)),
        ("By Jane Doe | 14/04/2021 09:30", "14/04/2021", datetime.date(2021, 4, 14)),
        ("04/14/2021", "04/14/2021", datetime.date(2021, 4, 14)),
        ("Posted 31.08.2021", "31.08.2021", datetime.date(2021, 8, 31)),
    ],
)
def test_detect_dateline_finds_header_dates(
    header: str, written: str, expected: datetime.date
) -> None:
    """A complete date in the first lines is found with its offsets."""
    text = f"{header}\n\nThe talks resumed in Doha after a week."
    found = detect_dateline(text)
    assert found is not None
    assert found.date == expected
    assert text[found.start : found.end] == written == found.text


def test_detect_dateline_skips_dates_without_a_year() -> None:
    """A wire dateline without a year is not completed from today or anything else."""
    assert detect_dateline("WASHINGTON, April 13 (Reuters) - Talks resumed today.") is None


def test_detect_dateline_ignores_dates_inside_story_sentences() -> None:
    """A date in the middle of a sentence is an event date, not a dateline."""
    assert detect_dateline("The deal signed on February 29, 2020 in Doha held.") is None


def test_detect_dateline_ignores_dates_below_the_header() -> None:
    """Only the first few lines count as the header area."""
    body = "\n".join(f"Paragraph {n} of the story." for n in range(10))
    assert detect_dateline(body + "\nApril 13, 2021\n") is None


def test_detect_dateline_skips_numeric_dates_that_read_two_ways() -> None:
    """ "04/05/2021" is 4 May in Kabul and April 5 in Washington: no guess."""
    assert detect_dateline("04/05/2021\nText.") is None


def test_detect_dateline_rejects_impossible_dates() -> None:
    """A date that does not exist on the calendar is not a dateline."""
    assert detect_dateline("February 30, 2021\nText.") is None


def test_with_publication_date_prefers_metadata() -> None:
    """Metadata wins over a dateline that disagrees with it."""
    article = Article("Sunday, December 3, 2023\nText.", published=datetime.date(2021, 1, 11))
    dated = with_publication_date(article)
    assert dated.published == datetime.date(2021, 1, 11)
    assert dated.published_basis is PublishedBasis.METADATA


def test_with_publication_date_uses_the_dateline() -> None:
    """Without metadata the dateline dates the article, with basis DATELINE."""
    dated = with_publication_date(Article("Tuesday, April 13th, 2021\nText.", id="a"))
    assert dated.published == datetime.date(2021, 4, 13)
    assert dated.published_basis is PublishedBasis.DATELINE
    assert dated.id == "a"


def test_with_publication_date_leaves_undated_articles_alone() -> None:
    """An article with neither metadata nor dateline comes back unchanged, basis NONE."""
    article = Article("Talks resume tomorrow.", id="a")
    assert with_publication_date(article) == article
    assert article.published_basis is PublishedBasis.NONE
