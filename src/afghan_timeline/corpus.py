"""Read articles from text files, folders and manifests, lazily and forgivingly.

Accepted paths:

* ``story.txt`` — one article; its id is the file stem, its title the first line when short.
* a folder — its ``manifest.jsonl`` or ``manifest.csv`` when it has one, else every ``*.txt``
  below it, in sorted order (ids are the paths relative to the folder, without ``.txt``).
* ``*.jsonl`` / ``*.csv`` manifests — one article a row with the columns ``id``, ``path`` (relative
  to the manifest) or ``text``, ``published`` (YYYY-MM-DD), ``title``, ``source``, ``url``.

A bad row or file does not stop the rest: :func:`iter_corpus` yields an
:class:`~afghan_timeline.model.ArticleProblem` naming the file, line and problem in its place.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "talks.txt").write_text("Talks resume\\n\\nTalks resume on Monday.")
>>> [(a.id, a.title) for a in load_articles([folder])]
[('talks', 'Talks resume')]
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from .errors import CorpusError
from .model import Article, ArticleProblem
from .pubdate import detect_dateline

__all__ = [
    "MANIFEST_COLUMNS",
    "iter_corpus",
    "load_articles",
    "parse_published",
    "read_manifest",
    "read_text_article",
]

MANIFEST_COLUMNS = ("id", "path", "text", "published", "title", "source", "url")
MANIFEST_NAMES = ("manifest.jsonl", "manifest.csv")
MAX_TITLE_LENGTH = 150
TITLE_SEARCH_LINES = 12
# Lines a saved web page often starts with that are not the headline (compared lower-cased).
PAGE_FURNITURE = frozenset(
    ("skip to content", "skip to main content", "menu", "search", "advertisement", "must read")
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

PathLike = str | os.PathLike[str]


class _Readable(Protocol):
    """A file-system path or a package resource: something that can be joined and read."""

    def __truediv__(self, other: str) -> Any: ...  # pragma: no cover

    def read_bytes(self) -> bytes: ...  # pragma: no cover


def parse_published(value: object, where: str = "published") -> datetime.date | None:
    """A YYYY-MM-DD publication date, None when blank; CorpusError naming ``where`` otherwise.

    >>> parse_published("2021-04-13")
    datetime.date(2021, 4, 13)
    >>> try:
    ...     parse_published("2021-13-01", "manifest.csv line 4")
    ... except CorpusError as error:
    ...     print(error)
    manifest.csv line 4: published '2021-13-01' is not a date (expected YYYY-MM-DD)
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    text = str(value).strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise CorpusError(
            f"{where}: published {text!r} is not a date (expected YYYY-MM-DD)"
        ) from None


def _decode(data: bytes, where: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise CorpusError(
            f"{where}: not UTF-8 text (byte 0x{byte:02x} at offset {error.start}); "
            "save it as UTF-8, e.g. iconv -f cp1252 -t utf-8"
        ) from None
    return text.replace("\r\n", "\n")


def _guess_title(text: str) -> str | None:
    """The headline: the first short line that is neither page furniture nor a dateline."""
    lines = [line.strip() for line in text.splitlines()[:TITLE_SEARCH_LINES] if line.strip()]
    for index, line in enumerate(lines[:-1]):
        if line.lower() in PAGE_FURNITURE or detect_dateline(line) is not None:
            continue
        if len(line) > MAX_TITLE_LENGTH or index >= 4:
            return None
        labelled = _TITLE_LABEL.match(line)
        if labelled:
            return labelled[1]  # "Title: Talks resume in Doha"
        head, bar, site = line.rpartition(" | ")
        return head.strip() if bar and head.strip() and len(site) <= 30 else line
    return None


_TITLE_LABEL = re.compile(r"(?i)(?:title|headline)\s*:\s*(\S.*)")


def _make_article(where: str, **fields: Any) -> Article:
    if not fields["text"].strip():
        raise CorpusError(f"{where}: article text is empty")
    if fields.get("title") is None:
        fields["title"] = _guess_title(fields["text"])
    try:
        return Article(**fields)
    except (TypeError, ValueError) as error:
        raise CorpusError(f"{where}: {error}") from None


def read_text_article(
    path: PathLike, *, id: str | None = None, published: object = None
) -> Article:
    """One article from a UTF-8 text file (CorpusError naming the file when unusable).

    The id defaults to the file stem and the title to the first line when it is short.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CorpusError(f"{path}: cannot read: {error.strerror or error}") from None
    return _make_article(
        str(path),
        text=_decode(data, str(path)),
        id=id or path.stem,
        published=parse_published(published, str(path)),
    )


def _cell(row: Mapping[str, Any], key: str, where: str) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise CorpusError(f"{where}: {key} must be text, got {value!r}")
    return str(value).strip() or None


def _row_article(row: Mapping[str, Any], where: str, base: _Readable) -> Article:
    identifier = _cell(row, "id", where)
    relative = _cell(row, "path", where)
    text = row.get("text")
    if relative is None and not isinstance(text, str):
        raise CorpusError(f"{where}: needs a 'path' or a 'text' column")
    if relative is not None and isinstance(text, str) and text:
        raise CorpusError(f"{where}: has both 'path' and 'text'; give one")
    published = parse_published(row.get("published"), where)
    if relative is not None:
        try:
            data = (base / relative).read_bytes()
        except FileNotFoundError:
            raise CorpusError(
                f"{where}: file {relative!r} not found (paths are relative to the manifest)"
            ) from None
        except OSError as error:
            raise CorpusError(f"{where}: cannot read {relative!r}: {error.strerror}") from None
        text = _decode(data, f"{where}: {relative}")
        identifier = identifier or Path(relative).stem
    return _make_article(
        where,
        text=text,
        id=identifier or where,
        published=published,
        title=_cell(row, "title", where),
        source=_cell(row, "source", where),
        url=_cell(row, "url", where),
    )


def _jsonl_rows(lines: Iterable[str], name: str) -> Iterator[tuple[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as error:
            yield where, CorpusError(f"{where}: not valid JSON ({error.msg})")


def _csv_rows(lines: Iterable[str], name: str) -> Iterator[tuple[str, Any]]:
    reader = csv.DictReader(lines, restkey="\0extra")
    header = [column.strip() for column in reader.fieldnames or []]
    if not header:
        return
    if "path" not in header and "text" not in header:
        raise CorpusError(
            f"{name} line 1: the header needs a 'path' or a 'text' column "
            f"(columns: {', '.join(MANIFEST_COLUMNS)}), got {', '.join(header)}"
        )
    reader.fieldnames = header
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield (
                f"{name} line {reader.line_num}",
                CorpusError(f"{name} line {reader.line_num}: {error}"),
            )
            continue
        where = f"{name} line {reader.line_num}"
        if "\0extra" in row:
            yield where, CorpusError(f"{where}: more fields than the header's {len(header)}")
            continue
        yield where, row


def read_manifest(
    lines: Iterable[str], name: str, base: _Readable
) -> Iterator[Article | ArticleProblem]:
    """The articles of a ``.jsonl`` or ``.csv`` manifest's ``lines``, or a problem for each bad row.

    ``name`` names the manifest in messages and picks the format; ``path`` cells are read
    relative to ``base``. A header without ``path`` or ``text`` raises CorpusError.
    """
    rows = _csv_rows(lines, name) if name.lower().endswith(".csv") else _jsonl_rows(lines, name)
    for where, row in rows:
        if isinstance(row, CorpusError):
            yield ArticleProblem(where, str(row))
            continue
        if not isinstance(row, dict):
            yield ArticleProblem(where, f"{where}: expected a JSON object, got {row!r}"[:200])
            continue
        try:
            yield _row_article(row, where, base)
        except CorpusError as error:
            identifier = row.get("id")
            label = str(identifier) if isinstance(identifier, (str, int)) and identifier else where
            yield ArticleProblem(label, str(error))


def _read_manifest_file(path: Path) -> Iterator[Article | ArticleProblem]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from read_manifest(handle, str(path), path.parent)
    except UnicodeDecodeError as error:
        yield ArticleProblem(
            str(path),
            f"{path}: not UTF-8 text (byte 0x{error.object[error.start]:02x}); save it as UTF-8",
        )
    except OSError as error:
        yield ArticleProblem(str(path), f"{path}: cannot read: {error.strerror or error}")
    except CorpusError as error:
        yield ArticleProblem(str(path), str(error))


def _folder_items(folder: Path) -> Iterator[Article | ArticleProblem]:
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            yield from _read_manifest_file(folder / name)
            return
    for path in sorted(folder.rglob("*.txt")):
        if path.is_file():
            identifier = path.relative_to(folder).with_suffix("").as_posix()
            yield _text_item(path, identifier, None)


def _text_item(path: Path, identifier: str, published: object) -> Article | ArticleProblem:
    try:
        return read_text_article(path, id=identifier, published=published)
    except CorpusError as error:
        return ArticleProblem(identifier, str(error))


def _kind(path: Path) -> str:
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix in (".txt", ".jsonl", ".csv"):
        return suffix[1:]
    raise CorpusError(
        f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
        "expected a .txt article, a .jsonl or .csv manifest, or a folder"
    )


def iter_corpus(
    paths: PathLike | Iterable[PathLike], published: object = None
) -> Iterator[Article | ArticleProblem]:
    """Stream the articles under ``paths``, with an ArticleProblem in place of each bad one.

    ``published`` (a date or YYYY-MM-DD) dates a single ``.txt`` article. Paths are checked at
    once (CorpusError for a missing path, an unknown file type, or ``published`` with anything
    but one text file); files are read lazily as the iterator advances.
    """
    items = [Path(paths)] if isinstance(paths, (str, os.PathLike)) else [Path(p) for p in paths]
    kinds = []
    for path in items:
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        kinds.append(_kind(path))
    date = parse_published(published, "--published")
    if date is not None and kinds != ["txt"]:
        raise CorpusError(
            "a publication date can only be given for a single .txt article; "
            "date several articles with a manifest's 'published' column"
        )
    return _stream(items, kinds, date)


def _stream(
    items: list[Path], kinds: list[str], published: datetime.date | None
) -> Iterator[Article | ArticleProblem]:
    seen: dict[str, str] = {}
    for path, kind in zip(items, kinds, strict=True):
        if kind == "folder":
            found: Iterable[Article | ArticleProblem] = _folder_items(path)
        elif kind == "txt":
            found = [_text_item(path, path.stem, published)]
        else:
            found = _read_manifest_file(path)
        for item in found:
            if isinstance(item, Article):
                origin = f"{path}"
                if item.id in seen:
                    yield ArticleProblem(
                        item.id,
                        f"duplicate id {item.id!r} (in {origin}; first seen in {seen[item.id]}); "
                        "skipped",
                    )
                    continue
                seen[item.id] = origin
            yield item


def load_articles(
    paths: PathLike | Iterable[PathLike],
    published: object = None,
    *,
    on_problem: Callable[[ArticleProblem], object] | None = None,
) -> Iterator[Article]:
    """Stream the articles under ``paths`` (see :func:`iter_corpus`).

    A bad file or row raises CorpusError, unless ``on_problem`` is given: then it is passed
    the problem and the rest of the corpus is read.
    """
    stream = iter_corpus(paths, published)

    def articles() -> Iterator[Article]:
        for item in stream:
            if isinstance(item, Article):
                yield item
            elif on_problem is None:
                raise CorpusError(item.message)
            else:
                on_problem(item)

    return articles()
