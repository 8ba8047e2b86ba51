"""The rule-data tables load, validate, and report a bad row by file and line."""

from __future__ import annotations

import pytest

from afghan_timeline import LexiconError
from afghan_timeline.lexicon import read_table
from afghan_timeline.vocabulary import vocabulary


def test_read_table_skips_comments_and_blank_lines():
    """Header comments and blank lines are not rows; keys are lower-cased."""
    text = "# FORMAT: word<TAB>n\n# EXAMPLE: may\t5\n\nMay\t5\njune\t6\n"
    assert read_table("months.tsv", text, 2) == {"may": ("5",), "june": ("6",)}


def test_read_table_names_file_and_line_of_a_short_row():
    """A row with too few columns is reported with the file name and its line number."""
    with pytest.raises(LexiconError, match=r"months\.tsv line 3: expected 2 tab-separated"):
        read_table("months.tsv", "# header\nmay\t5\njune\n", 2)


def test_read_table_rejects_a_key_listed_twice():
    """A duplicated key is an error naming the line of the second listing."""
    with pytest.raises(LexiconError, match=r"x\.tsv line 2: 'may' is listed twice"):
        read_table("x.tsv", "may\t5\nMay\t5\n", 2)


def test_read_table_rejects_an_empty_table():
    """A table with only comments is an error."""
    with pytest.raises(LexiconError, match="no rows"):
        read_table("x.tsv", "# only a header\n", 2)


def test_lexicon_error_is_a_value_error():
    """LexiconError can be caught as ValueError as well as TimelineError."""
    assert issubclass(LexiconError, ValueError)


def test_packaged_tables_load_and_agree_with_the_calendar():
    """Every packaged table validates, and month and weekday numbers cover the calendar."""
    vocab = vocabulary()
    assert set(vocab.months.values()) == set(range(1, 13))
    assert set(vocab.weekdays.values()) == set(range(1, 8))
    assert vocab.units["decade"] == ("DE", "decade")
    assert vocab.numerals["several"] == -1
