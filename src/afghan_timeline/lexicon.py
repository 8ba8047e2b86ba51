"""Loading of the rule-data tables in ``afghan_timeline/data``.

Each table is a UTF-8, tab-separated text file. Lines starting with ``#`` are comments; the
header says the FORMAT and gives an EXAMPLE. Rows are validated when loaded, and a bad row
raises :class:`~afghan_timeline.errors.LexiconError` naming the file and line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from importlib import resources
from typing import TypeVar

from .errors import LexiconError

__all__ = ["Table", "load_table", "read_table"]

T = TypeVar("T")
Table = dict[str, tuple[str, ...]]


def read_table(name: str, text: str, columns: int) -> Table:
    """Parse table ``text`` (named ``name`` in errors) into ``{key: (other columns...)}``.

    >>> read_table("x.tsv", "# c\\nmay\\t5\\n", 2)
    {'may': ('5',)}
    """
    rows: Table = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            raise LexiconError(
                f"{name} line {number}: expected {columns} tab-separated columns, "
                f"got {len(cells)}: {line!r}"
            )
        key = cells[0].strip().lower()
        if not key:
            raise LexiconError(f"{name} line {number}: empty first column")
        if key in rows:
            raise LexiconError(f"{name} line {number}: {key!r} is listed twice")
        rows[key] = tuple(cell.strip() for cell in cells[1:])
    if not rows:
        raise LexiconError(f"{name}: no rows")
    return rows


@functools.cache
def load_table(name: str, columns: int) -> Table:
    """Load a packaged table from ``afghan_timeline/data`` (cached)."""
    text = resources.files("afghan_timeline").joinpath("data", name).read_text("utf-8")
    return read_table(name, text, columns)


def typed_column(
    name: str, columns: int, convert: Callable[[Sequence[str]], T], expected: str
) -> dict[str, T]:
    """Load a table and convert each row's values, naming the file and row on failure."""
    table = load_table(name, columns)
    typed: dict[str, T] = {}
    for key, cells in table.items():
        try:
            typed[key] = convert(cells)
        except (ValueError, KeyError, IndexError) as error:
            raise LexiconError(
                f"{name}: row {key!r}: expected {expected}, got {cells!r} ({error})"
            ) from None
    return typed
