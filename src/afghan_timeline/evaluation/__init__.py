"""Built-in evaluation of the tagger on TimeML corpora, TempEval-3 Task A style::

    from afghan_timeline.evaluation import evaluate

    report = evaluate(["corpus/"])  # .tml files or folders; the default tagger
    print(report.format_table(by_type=True))
    print(report.value.f1, report.docs_per_second)

See :mod:`afghan_timeline.evaluation.scoring` for the matching rules and formulas.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

from ..errors import TimelineError, TimeMLError
from ..model import Article, Mention
from .scoring import Counts, DocumentScore, ErrorKind, Prf, ScoringError, align, score
from .timeml import TimeMLDocument, Timex, parse_timeml, read_timeml, to_timeml

__all__ = [
    "Counts",
    "DocumentScore",
    "ErrorKind",
    "FileProblem",
    "Prf",
    "Report",
    "ScoringError",
    "Tagger",
    "TimeMLDocument",
    "Timex",
    "align",
    "evaluate",
    "evaluate_documents",
    "find_timeml_files",
    "parse_timeml",
    "read_timeml",
    "score",
    "to_timeml",
]

Tagger = Callable[[Article], Sequence[Mention]]
PathLike = str | os.PathLike[str]


@attrs.frozen
class FileProblem:
    """A file (or document) that was skipped or only partly scored, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _percent(x: float) -> str:
    return f"{100 * x:5.1f}"


@attrs.frozen
class Report:
    """Scores of a tagger on a set of TimeML documents, with errors, problems and speed."""

    documents: tuple[DocumentScore, ...] = attrs.field(converter=tuple)
    problems: tuple[FileProblem, ...] = attrs.field(default=(), converter=tuple)
    seconds: float = 0.0
    """Time spent inside the tagger, in seconds."""

    @property
    def counts(self) -> Counts:
        """Counts summed over all documents."""
        return sum((doc.counts for doc in self.documents), Counts())

    @property
    def by_type(self) -> dict[str, Counts]:
        """Counts per TIMEX3 type (gold type for recall, system type for precision)."""
        rows: dict[str, Counts] = {}
        for doc in self.documents:
            for name, counts in doc.by_type.items():
                rows[name] = rows.get(name, Counts()) + counts
        return dict(sorted(rows.items()))

    @property
    def errors(self) -> tuple[ScoringError, ...]:
        """Every error, by document then position."""
        return tuple(error for doc in self.documents for error in doc.errors)

    @property
    def strict(self) -> Prf:
        """Strict span match figures."""
        return self.counts.strict

    @property
    def relaxed(self) -> Prf:
        """Relaxed (overlap) span match figures."""
        return self.counts.relaxed

    @property
    def type(self) -> Prf:
        """Type attribute figures."""
        return self.counts.type

    @property
    def value(self) -> Prf:
        """Value attribute figures."""
        return self.counts.value

    @property
    def docs_per_second(self) -> float | None:
        """Documents tagged per second of tagger time (None when no time was measured)."""
        return len(self.documents) / self.seconds if self.seconds > 0 else None

    def error_counts(self) -> dict[str, int]:
        """How many errors of each kind."""
        counts = {str(kind): 0 for kind in ErrorKind}
        for error in self.errors:
            counts[str(error.kind)] += 1
        return counts

    def sample_errors(self, limit: int) -> list[ScoringError]:
        """Up to ``limit`` errors, taking the kinds in turn so every kind shows."""
        queues = {kind: [e for e in self.errors if e.kind is kind] for kind in ErrorKind}
        picked: list[ScoringError] = []
        depth = 0
        while len(picked) < limit and any(len(q) > depth for q in queues.values()):
            for queue in queues.values():
                if depth < len(queue) and len(picked) < limit:
                    picked.append(queue[depth])
            depth += 1
        return picked

    def as_dict(self, errors: int = 0) -> dict[str, object]:
        """Every figure as plain (JSON-ready) data, with up to ``errors`` sample errors."""
        data: dict[str, object] = {"documents": len(self.documents)}
        data.update(self.counts.as_dict())
        data["by_type"] = {name: counts.as_dict() for name, counts in self.by_type.items()}
        data["seconds"] = self.seconds
        data["docs_per_second"] = self.docs_per_second
        data["error_counts"] = self.error_counts()
        data["errors"] = [error.as_dict() for error in self.sample_errors(errors)]
        data["problems"] = [attrs.asdict(problem) for problem in self.problems]
        return data

    def format_table(self, by_type: bool = False) -> str:
        """A plain-text table of the figures in percent (per-type rows when ``by_type``)."""
        counts = self.counts
        speed = self.docs_per_second
        lines = [
            f"documents: {len(self.documents)}   gold: {counts.gold}   system: {counts.system}"
            + (f"   tagger: {speed:.1f} docs/s" if speed is not None else ""),
            "",
            f"{'scope':<10} {'gold':>5} {'system':>6}   {'strict P':>8} {'R':>5} {'F1':>5}"
            f"   {'relaxed P':>9} {'R':>5} {'F1':>5}   {'type F1':>7}   {'value F1':>8}",
        ]
        rows: Iterable[tuple[str, Counts]] = [("all", counts)]
        if by_type:
            rows = [*rows, *self.by_type.items()]
        for name, row in rows:
            strict, relaxed = row.strict, row.relaxed
            lines.append(
                f"{name:<10} {row.gold:>5} {row.system:>6}   {_percent(strict.precision):>8}"
                f" {_percent(strict.recall)} {_percent(strict.f1)}"
                f"   {_percent(relaxed.precision):>9} {_percent(relaxed.recall)}"
                f" {_percent(relaxed.f1)}   {_percent(row.type.f1):>7}"
                f"   {_percent(row.value.f1):>8}"
            )
        return "\n".join(lines)

    def format_errors(self, limit: int) -> str:
        """Up to ``limit`` errors, one per two lines, after a count of errors by kind."""
        summary = ", ".join(f"{kind} {n}" for kind, n in self.error_counts().items())
        picked = self.sample_errors(limit)
        lines = [f"errors ({len(picked)} of {len(self.errors)} shown): {summary}"]
        for error in picked:
            lines.append(
                f"{error.kind!s:<12} {error.doc_id}  gold {error.gold}  |  system {error.system}"
            )
            lines.append(f"             {error.context}")
        return "\n".join(lines)


def find_timeml_files(paths: PathLike | Iterable[PathLike]) -> list[tuple[Path, bool]]:
    """``(file, named)`` for each TimeML file: named files as given, folders searched for
    ``*.tml`` recursively (``named`` False). Raises :class:`TimeMLError` for a missing path.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    found: list[tuple[Path, bool]] = []
    seen: set[Path] = set()
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            files = [(file, False) for file in sorted(path.rglob("*.tml")) if file.is_file()]
        elif path.exists():
            files = [(path, True)]
        else:
            raise TimeMLError(f"{path}: no such file or folder")
        for file, named in files:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                found.append((file, named))
    return found


def _default_tagger() -> Tagger:
    # Looked up at call time so the current tagger (or a test's stand-in) is used.
    from .. import tagger

    return tagger.extract_mentions


def evaluate_documents(documents: Iterable[TimeMLDocument], tagger: Tagger | None = None) -> Report:
    """Tag and score already-read documents.

    A document the tagger rejects with a library error is scored as having no system
    expressions and is listed among the report's problems, as is one whose mentions do not
    match the text at their offsets (they are still scored by offset).
    """
    tag = tagger or _default_tagger()
    scores: list[DocumentScore] = []
    problems: list[FileProblem] = []
    seconds = 0.0
    for document in documents:
        article = document.article()
        began = time.perf_counter()
        try:
            mentions: Sequence[Mention] = tag(article)
        except TimelineError as error:
            mentions = []
            problems.append(FileProblem(document.path or document.id, f"tagger failed: {error}"))
        seconds += time.perf_counter() - began
        misplaced = [m for m in mentions if document.text[m.start : m.end] != m.text]
        if misplaced:
            first = misplaced[0]
            problems.append(
                FileProblem(
                    document.path or document.id,
                    f"{len(misplaced)} tagger mention(s) not at their offsets, e.g. "
                    f"{first.text!r} at {first.start}..{first.end} where the text has "
                    f"{document.text[first.start : first.end]!r}",
                )
            )
        scores.append(
            score(document.timexes, list(mentions), doc_id=document.id, text=document.text)
        )
    return Report(documents=scores, problems=problems, seconds=seconds)


def evaluate(paths: PathLike | Iterable[PathLike], tagger: Tagger | None = None) -> Report:
    """Evaluate ``tagger`` (default: :func:`afghan_timeline.extract_mentions`) on TimeML files.

    ``paths`` are ``.tml`` files or folders searched recursively. A named file that cannot be
    read raises :class:`TimeMLError`; a bad file found in a folder is skipped and listed in
    ``Report.problems``. Each article is dated by its document's ``<DCT>``.
    """
    documents: list[TimeMLDocument] = []
    problems: list[FileProblem] = []
    for file, named in find_timeml_files(paths):
        try:
            documents.append(read_timeml(file))
        except TimeMLError as error:
            if named:
                raise
            message = str(error).removeprefix(f"{file}: ")
            problems.append(FileProblem(str(file), message))
    report = evaluate_documents(documents, tagger)
    return attrs.evolve(report, problems=(*problems, *report.problems))
