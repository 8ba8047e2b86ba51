"""Read and write TimeML documents: raw text, creation date and TIMEX3 spans.

The raw text of a document is the text content of its ``<TEXT>`` element with every tag
removed (``EVENT``, ``TIMEX3``, ``SIGNAL`` ...) and entities decoded. Whitespace is kept exactly
as the XML parser delivers it (XML turns ``\\r\\n`` into ``\\n``), so for every gold timex
``doc.text[t.start:t.end] == t.text``. The ``<DCT>`` TIMEX3 gives the creation date and is not a
gold timex. Non-consuming (empty) TIMEX3 tags have no span and are left out.
"""

from __future__ import annotations

import datetime
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from ..errors import TimeMLError
from ..model import Article, Mention, TimexType

__all__ = ["TimeMLDocument", "Timex", "parse_timeml", "read_timeml", "to_timeml"]

_opt_str = attrs.validators.optional(attrs.validators.instance_of(str))


@attrs.frozen
class Timex:
    """A gold TIMEX3: its character span in the raw text and its attributes, as annotated."""

    start: int
    end: int
    text: str
    type: TimexType = attrs.field(converter=TimexType)
    value: str = attrs.field(validator=attrs.validators.instance_of(str))
    mod: str | None = attrs.field(default=None, validator=_opt_str)
    tid: str | None = attrs.field(default=None, validator=_opt_str)

    def as_mention(self) -> Mention:
        """The same expression as a :class:`Mention`."""
        return Mention(self.start, self.end, self.text, self.type, self.value, self.mod)


@attrs.frozen
class TimeMLDocument:
    """One TimeML document: id, raw text, creation date and gold TIMEX3 expressions."""

    id: str
    text: str
    dct: datetime.date | None
    dct_value: str | None
    timexes: tuple[Timex, ...] = attrs.field(converter=tuple)
    path: str | None = None

    def article(self) -> Article:
        """The document as an :class:`Article` published on its creation date."""
        return Article(text=self.text, published=self.dct, id=self.id)


def _local(tag: object) -> str:
    # Comments and processing instructions have a function as tag; they never match.
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _dct_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    if not match:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse_timeml(
    source: str | bytes, doc_id: str | None = None, path: str | None = None
) -> TimeMLDocument:
    """Parse TimeML markup; ``doc_id`` is used when the document has no ``<DOCID>``.

    Raises :class:`TimeMLError` (naming ``path`` when given) for malformed XML, a missing
    ``<TEXT>`` element, or a TIMEX3 without a valid ``type`` or a ``value``.
    """
    where = path or doc_id or "TimeML document"
    try:
        root = ET.fromstring(source)
    except ET.ParseError as error:
        raise TimeMLError(f"{where}: not well-formed XML: {error}") from None
    text_element = next((el for el in root.iter() if _local(el.tag) == "TEXT"), None)
    if text_element is None:
        raise TimeMLError(f"{where}: no <TEXT> element")

    dct_value = None
    for element in root.iter():
        if _local(element.tag) == "DCT":
            timex = next((el for el in element.iter() if _local(el.tag) == "TIMEX3"), None)
            if timex is not None:
                dct_value = timex.get("value")
            break
    else:
        for element in root.iter():
            if _local(element.tag) == "TIMEX3" and (
                element.get("functionInDocument") == "CREATION_TIME"
            ):
                dct_value = element.get("value")
                break

    docid_element = next((el for el in root.iter() if _local(el.tag) == "DOCID"), None)
    found_id = (docid_element.text or "").strip() if docid_element is not None else ""

    pieces: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    position = 0

    def walk(element: ET.Element) -> None:
        nonlocal position
        if element.text:
            pieces.append(element.text)
            position += len(element.text)
        for child in element:
            start = position
            walk(child)
            if _local(child.tag) == "TIMEX3" and position > start:
                spans.append((child, start, position))
            if child.tail:
                pieces.append(child.tail)
                position += len(child.tail)

    walk(text_element)
    text = "".join(pieces)
    timexes = [_timex(el, start, end, text[start:end], where) for el, start, end in spans]
    timexes.sort(key=lambda t: (t.start, -t.end))
    return TimeMLDocument(
        id=found_id or doc_id or "document",
        text=text,
        dct=_dct_date(dct_value),
        dct_value=dct_value,
        timexes=tuple(timexes),
        path=path,
    )


def _timex(element: ET.Element, start: int, end: int, text: str, where: str) -> Timex:
    tid = element.get("tid")
    label = f"{where}: TIMEX3 {tid or ''!s} at {start}..{end} ({text!r})"
    type_ = element.get("type")
    try:
        timex_type = TimexType((type_ or "").strip().upper())
    except ValueError:
        raise TimeMLError(
            f"{label}: type must be DATE, TIME, DURATION or SET, got {type_!r}"
        ) from None
    value = element.get("value")
    if value is None:
        raise TimeMLError(f"{label}: no value attribute")
    return Timex(start, end, text, timex_type, value, element.get("mod"), tid)


def read_timeml(path: str | os.PathLike[str]) -> TimeMLDocument:
    """Read a TimeML file; the document id is its ``<DOCID>`` or else the file name stem.

    Raises :class:`TimeMLError` naming the file when it cannot be read or parsed.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise TimeMLError(f"{file}: cannot read: {error.strerror or error}") from None
    stem = file.name[: -len(".tml")] if file.name.endswith(".tml") else file.stem
    return parse_timeml(data, doc_id=stem, path=str(file))


# Characters XML 1.0 cannot carry at all, even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _escape_text(text: str) -> str:
    if match := _NOT_XML.search(text):
        raise ValueError(f"character {match.group()!r} at {match.start()} cannot be written as XML")
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _attribute(value: str) -> str:
    escaped = _escape_text(value).replace('"', "&quot;")
    return '"' + escaped.replace("\n", "&#10;").replace("\t", "&#9;") + '"'


def _tag(name: str, attributes: Iterable[tuple[str, str | None]]) -> str:
    parts = [name] + [
        f"{key}={_attribute(value)}" for key, value in attributes if value is not None
    ]
    return "<" + " ".join(parts) + ">"


def to_timeml(article: Article, mentions: Sequence[Mention]) -> str:
    """A TimeML document of ``article`` with a TIMEX3 tag for each mention.

    ``<DCT>`` holds the publication date (left out when there is none). Mentions must lie in the
    text (``article.text[m.start:m.end] == m.text``) and must not overlap; otherwise ValueError.
    """
    text = article.text
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    out.append(f"<DOCID>{_escape_text(article.id)}</DOCID>\n")
    if article.published is not None:
        day = article.published.isoformat()
        dct = _tag(
            "TIMEX3",
            [
                ("tid", "t0"),
                ("type", "DATE"),
                ("value", day),
                ("temporalFunction", "false"),
                ("functionInDocument", "CREATION_TIME"),
            ],
        )
        out.append(f"<DCT>{dct}{day}</TIMEX3></DCT>\n")
    if article.title is not None:
        out.append(f"<TITLE>{_escape_text(article.title)}</TITLE>\n")
    out.append("<TEXT>")
    cursor = 0
    for number, mention in enumerate(ordered, start=1):
        if text[mention.start : mention.end] != mention.text:
            raise ValueError(
                f"mention {mention.text!r} at {mention.start}..{mention.end} is not in the text "
                f"of article {article.id!r} (found {text[mention.start : mention.end]!r})"
            )
        if mention.start < cursor:
            raise ValueError(
                f"mention {mention.text!r} at {mention.start}..{mention.end} overlaps the one "
                f"before it; TIMEX3 tags cannot overlap"
            )
        out.append(_escape_text(text[cursor : mention.start]))
        attributes = [
            ("tid", f"t{number}"),
            ("type", str(mention.type)),
            ("value", mention.value),
            ("mod", mention.mod),
        ]
        out.append(_tag("TIMEX3", attributes) + _escape_text(mention.text) + "</TIMEX3>")
        cursor = mention.end
    out.append(_escape_text(text[cursor:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)
