"""Absolute date strings in numeric formats, parsed with dateparser."""

from __future__ import annotations

import functools

__all__ = ["parse_numeric_date"]


@functools.lru_cache(maxsize=4096)
def parse_numeric_date(text: str, order: str = "MDY") -> str | None:
    """ISO value of a numeric date such as "6/28/2021" (month first by default), or None.

    >>> parse_numeric_date("6/28/2021")
    '2021-06-28'
    """
    import dateparser  # imported on first use: it is slow to import

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "DATE_ORDER": order,
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )
    if parsed is None:
        return None
    return parsed.date().isoformat()
