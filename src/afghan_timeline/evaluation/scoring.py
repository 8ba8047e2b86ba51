"""TempEval-3 Task A scoring of system TIMEX3 expressions against gold ones.

Gold and system expressions of a document are aligned one-to-one: candidate pairs are those
whose spans share at least one character; pairs are taken greedily by largest overlap (ties:
identical spans first, then by gold start, system start, and list order), each expression at
most once. With ``G`` gold and ``S`` system expressions:

* strict span match: an aligned pair with identical offsets; relaxed: any aligned pair (``M``).
  ``P = matches / S``, ``R = matches / G``, ``F1 = 2PR / (P + R)``.
* attribute F1 (type, value): TempEval-3 defines it as relaxed F1 × attribute accuracy over the
  relaxed matches, ``F1_attr = F1_relaxed × C / M`` where ``C`` counts aligned pairs with an
  equal attribute. This equals the F1 of ``P_attr = C / S`` and ``R_attr = C / G``, that is
  ``2C / (G + S)``, which is how it is computed here. Values are compared as exact strings,
  except that an ISO week number is read with two digits: ``2000-W7`` equals ``2000-W07``
  (TimeBank writes both).

Per-type rows count gold expressions of that type for recall and system expressions of that
type for precision. An empty denominator gives 0.0, except that with no gold and no system
expressions every figure is 1.0 (nothing to find, nothing found wrongly).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

import attrs

__all__ = [
    "Counts",
    "DocumentScore",
    "ErrorKind",
    "Expression",
    "Prf",
    "ScoringError",
    "align",
    "same_value",
    "score",
]


class Expression(Protocol):
    """What the scorer reads from a gold or system expression (a Mention or a gold Timex)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> object: ...
    @property
    def value(self) -> str: ...


@attrs.frozen
class Prf:
    """Precision, recall and F1, each between 0 and 1."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, hits_system: int, system: int, hits_gold: int, gold: int) -> Prf:
        """Figures from hit counts over the system and gold sides."""
        if system == 0 and gold == 0:
            return cls(1.0, 1.0, 1.0)
        precision = hits_system / system if system else 0.0
        recall = hits_gold / gold if gold else 0.0
        total = precision + recall
        return cls(precision, recall, 2 * precision * recall / total if total else 0.0)

    def as_dict(self) -> dict[str, float]:
        """``{"precision": .., "recall": .., "f1": ..}``."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@attrs.frozen
class Counts:
    """Expression and match counts; ``*_gold`` count gold members of matches, ``*_system`` system.

    Over all types the two sides of a match count are equal; in a per-type row they differ
    when gold and system disagree on the type.
    """

    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    type_gold: int = 0
    type_system: int = 0
    value_gold: int = 0
    value_system: int = 0

    def __add__(self, other: Counts) -> Counts:
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    @property
    def strict(self) -> Prf:
        """Strict span match figures."""
        return Prf.of(self.strict_system, self.system, self.strict_gold, self.gold)

    @property
    def relaxed(self) -> Prf:
        """Relaxed (overlap) span match figures."""
        return Prf.of(self.relaxed_system, self.system, self.relaxed_gold, self.gold)

    @property
    def type(self) -> Prf:
        """Type attribute figures (relaxed match with equal type)."""
        return Prf.of(self.type_system, self.system, self.type_gold, self.gold)

    @property
    def value(self) -> Prf:
        """Value attribute figures (relaxed match with equal value)."""
        return Prf.of(self.value_system, self.system, self.value_gold, self.gold)

    def as_dict(self) -> dict[str, object]:
        """Counts and every figure as plain data."""
        return {
            "gold": self.gold,
            "system": self.system,
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "type": self.type.as_dict(),
            "value": self.value.as_dict(),
        }


class ErrorKind(str, enum.Enum):
    """How a system expression fails a gold one."""

    MISSED = "missed"
    SPURIOUS = "spurious"
    WRONG_TYPE = "wrong type"
    WRONG_VALUE = "wrong value"
    PARTIAL_SPAN = "partial span"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class ScoringError:
    """One disagreement between gold and system, with about 60 characters of context.

    ``gold_*`` fields are None for a spurious expression, ``system_*`` for a missed one. In
    ``context`` the expression (gold and system spans together) is marked with ``[[ ]]``.
    """

    kind: ErrorKind = attrs.field(converter=ErrorKind)
    doc_id: str
    start: int
    end: int
    context: str
    gold_text: str | None = None
    gold_type: str | None = None
    gold_value: str | None = None
    system_text: str | None = None
    system_type: str | None = None
    system_value: str | None = None

    @property
    def gold(self) -> str:
        """The gold side as ``'text' TYPE value``, or ``-`` when there is none."""
        if self.gold_text is None:
            return "-"
        return f"{self.gold_text!r} {self.gold_type} {self.gold_value}"

    @property
    def system(self) -> str:
        """The system side as ``'text' TYPE value``, or ``-`` when there is none."""
        if self.system_text is None:
            return "-"
        return f"{self.system_text!r} {self.system_type} {self.system_value}"

    def __str__(self) -> str:
        return (
            f"{self.kind} [{self.doc_id}] gold {self.gold} | system {self.system} | {self.context}"
        )

    def as_dict(self) -> dict[str, object]:
        """All fields as plain data."""
        data = attrs.asdict(self)
        data["kind"] = str(self.kind)
        return data


@attrs.frozen
class DocumentScore:
    """One document's counts (overall and per type) and its errors in text order."""

    doc_id: str
    counts: Counts
    by_type: Mapping[str, Counts]
    errors: tuple[ScoringError, ...] = attrs.field(converter=tuple)


def _overlap(a: Expression, b: Expression) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(
    gold: Sequence[Expression], system: Sequence[Expression]
) -> list[tuple[int | None, int | None]]:
    """One-to-one alignment as ``(gold index, system index)`` pairs; None marks no partner.

    Matched pairs come first in gold order, then missed gold, then spurious system expressions.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = _overlap(g, s)
            if overlap > 0:
                identical = g.start == s.start and g.end == s.end
                candidates.append((-overlap, not identical, g.start, s.start, gi, si))
    candidates.sort()
    gold_partner: dict[int, int] = {}
    used_system: set[int] = set()
    for *_, gi, si in candidates:
        if gi not in gold_partner and si not in used_system:
            gold_partner[gi] = si
            used_system.add(si)
    pairs: list[tuple[int | None, int | None]] = [
        (gi, gold_partner[gi]) for gi in range(len(gold)) if gi in gold_partner
    ]
    pairs += [(gi, None) for gi in range(len(gold)) if gi not in gold_partner]
    pairs += [(None, si) for si in range(len(system)) if si not in used_system]
    return pairs


_SPACE = re.compile(r"\s+")


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    if not text:
        return ""
    side = max((width - (end - start)) // 2, 10)
    before = _SPACE.sub(" ", text[max(0, start - side) : start]).lstrip()
    inside = _SPACE.sub(" ", text[start:end])
    after = _SPACE.sub(" ", text[end : end + side]).rstrip()
    prefix = "…" if start - side > 0 else ""
    suffix = "…" if end + side < len(text) else ""
    return f"{prefix}{before}[[{inside}]]{after}{suffix}"


_SHORT_WEEK = re.compile(r"(?<=-W)(\d)(?!\d)")


def same_value(gold: str, system: str) -> bool:
    """Whether two TIMEX3 values are equal, reading a one-digit ISO week as two digits."""
    return gold == system or _SHORT_WEEK.sub(r"0\1", gold) == _SHORT_WEEK.sub(r"0\1", system)


def score(
    gold: Sequence[Expression],
    system: Sequence[Expression],
    *,
    doc_id: str = "",
    text: str = "",
) -> DocumentScore:
    """Score one document's system expressions against its gold ones.

    ``text`` (the document's raw text) is only used for the errors' context.
    """
    by_type: dict[str, dict[str, int]] = {}

    def bump(type_: object, field: str) -> None:
        row = by_type.setdefault(str(type_), {})
        row[field] = row.get(field, 0) + 1

    for g in gold:
        bump(g.type, "gold")
    for s in system:
        bump(s.type, "system")

    errors: list[ScoringError] = []
    for gi, si in align(gold, system):
        g = gold[gi] if gi is not None else None
        s = system[si] if si is not None else None
        kind: ErrorKind | None
        if g is not None and s is not None:
            same_type = str(g.type) == str(s.type)
            equal_value = same_value(g.value, s.value)
            strict = g.start == s.start and g.end == s.end
            for flag, name in (
                (True, "relaxed"),
                (strict, "strict"),
                (same_type, "type"),
                (equal_value, "value"),
            ):
                if flag:
                    bump(g.type, f"{name}_gold")
                    bump(s.type, f"{name}_system")
            if not same_type:
                kind = ErrorKind.WRONG_TYPE
            elif not equal_value:
                kind = ErrorKind.WRONG_VALUE
            elif not strict:
                kind = ErrorKind.PARTIAL_SPAN
            else:
                kind = None
        else:
            kind = ErrorKind.MISSED if s is None else ErrorKind.SPURIOUS
        if kind is None:
            continue
        start = min(x.start for x in (g, s) if x is not None)
        end = max(x.end for x in (g, s) if x is not None)
        errors.append(
            ScoringError(
                kind=kind,
                doc_id=doc_id,
                start=start,
                end=end,
                context=_context(text, start, end),
                gold_text=None if g is None else g.text,
                gold_type=None if g is None else str(g.type),
                gold_value=None if g is None else g.value,
                system_text=None if s is None else s.text,
                system_type=None if s is None else str(s.type),
                system_value=None if s is None else s.value,
            )
        )
    errors.sort(key=lambda e: (e.start, e.end))
    rows = {name: Counts(**fields) for name, fields in sorted(by_type.items())}
    total = sum(rows.values(), Counts())
    return DocumentScore(doc_id=doc_id, counts=total, by_type=rows, errors=tuple(errors))
