"""The trigger scan that narrows where each rule runs finds what a ``\\b``-led search finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from afghan_timeline import grammar

_TOKENS = st.sampled_from(
    [
        "day", "today", "Monday", "weeks", "weekend", "on", "on,", "ago", "dec", "decision",
        "may", "dismay", "March", "9/11", "2021", "1990s", "'90s", "3pm", "10:30", "noon",
        "of", "the", "month", "midyear", "mid-year", "_x", "x_", "é", "a", "per", "every",
        "Q3", "2H23", "spring", "half", "quarter", "4th", "new", "year", "-", ",", ".", "  ",
    ]
)  # fmt: skip
_TEXTS = st.lists(_TOKENS, max_size=30).map(lambda words: " ".join(words).replace(" -", "-"))


def _reference_windows(trigger: grammar._Trigger, text: str) -> list[tuple[int, int]]:
    """The windows as a ``finditer`` over the trigger with a leading ``\\b`` gives them."""
    pattern = trigger.pattern.pattern
    scan = re.compile(rf"\b{pattern}" if trigger.on_boundary else pattern)
    windows: list[tuple[int, int]] = []
    for hit in scan.finditer(text):
        low, high = max(0, hit.start() - grammar._REACH_BEFORE), hit.end() + grammar._REACH_AFTER
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


_TRIGGERS = list({id(r.trigger): r.trigger for r in grammar._compiled() if r.trigger}.values())


@given(_TEXTS)
def test_every_trigger_finds_the_windows_a_word_boundary_search_finds(text):
    lowered = text.lower()
    for trigger in _TRIGGERS:
        assert grammar._windows(trigger, lowered) == _reference_windows(trigger, lowered)


def test_a_trigger_word_inside_another_word_opens_no_window():
    (months,) = [t for t in _TRIGGERS if t.pattern.pattern.startswith("(?:(?:september|")]
    assert grammar._windows(months, "to their dismay, the decision") == []
    assert grammar._windows(months, "in may, the decision") == [(0, 6 + grammar._REACH_AFTER)]
