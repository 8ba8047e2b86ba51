"""Find and resolve temporal expressions in an article."""

from __future__ import annotations

from .model import Article, Mention

__all__ = ["extract_mentions"]


def extract_mentions(article: Article) -> list[Mention]:
    """All temporal expressions in ``article``, ordered by start offset ([] when none)."""
    return []
