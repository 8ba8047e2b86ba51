"""``afghan-timeline demo``, ``build`` and ``tag``: timelines and mentions from articles."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..corpus import iter_corpus, parse_published, read_text_article
from ..errors import CorpusError
from ..model import Article, ArticleProblem, Mention
from ..timeline import Timeline

__all__ = ["register"]

FORMATS = ("html", "json", "csv", "timelinejs")
_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".csv": "csv"}

_BUILD_EPILOG = """\
PATH may be a .txt article, a folder (its manifest.jsonl/manifest.csv, else every *.txt
inside), or a .jsonl/.csv manifest with the columns id, path or text, published (YYYY-MM-DD),
title, source, url. Articles without a date take the one in their dateline, if any.

examples:
  afghan-timeline build examples/seed_articles --output timeline.html
  afghan-timeline build articles/manifest.csv --format json --output timeline.json
  afghan-timeline build story.txt --published 2021-04-14 --output story.html
  afghan-timeline build big-corpus/ --jobs 4 --no-merge --output corpus.csv

A broken article is reported on stderr and left out; the exit status is 1 only when no
article could be used."""

_DEMO_EPILOG = """\
examples:
  afghan-timeline demo
  afghan-timeline demo --output demo.html
  afghan-timeline demo --format json --output -"""

_TAG_EPILOG = """\
Each line is one JSON object: start, end (character offsets), text, type (DATE, TIME,
DURATION, SET), value (TIMEX3), mod, resolved, and interval (start, end, precision) or null.

With --format timeml the article is printed as a TimeML document with its TIMEX3 tags.

examples:
  afghan-timeline tag story.txt --published 2021-04-14
  afghan-timeline tag story.txt --published 2021-04-14 | jq -r .value
  afghan-timeline tag story.txt --published 2021-04-14 --format timeml > story.tml"""


def _para(text: str) -> str:
    return textwrap.fill(text, width=88)


def _date_arg(text: str) -> datetime.date:
    try:
        date = parse_published(text, "--published")
    except CorpusError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None
    if date is None:
        raise argparse.ArgumentTypeError("expected a date (YYYY-MM-DD), got nothing")
    return date


def _jobs_arg(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if number < -1:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes, or 0 for every core, got {number}"
        )
    return number


def _add_output_options(parser: argparse.ArgumentParser, *, default: str | None) -> None:
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        default=default,
        required=default is None,
        help="where to write the timeline ('-' for standard output, not for html)"
        + (f"; default {default}" if default else ""),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="output format; default from the --output suffix (.json, .csv), else html",
    )
    parser.add_argument(
        "--no-merge",
        action="store_true",
        help="keep one event per mention instead of merging reports of the same happening",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``demo``, ``build`` and ``tag`` sub-commands."""
    formatter = argparse.RawDescriptionHelpFormatter
    demo = subparsers.add_parser(
        "demo",
        help="build the timeline of the bundled demo articles",
        description=_para(
            "Build the timeline of the five bundled articles on the 2020-2021 Afghan peace "
            "talks and write it as an interactive HTML page (opens offline)."
        ),
        epilog=_DEMO_EPILOG,
        formatter_class=formatter,
    )
    _add_output_options(demo, default="timeline.html")
    demo.set_defaults(func=run_demo, jobs=1)

    build = subparsers.add_parser(
        "build",
        help="build a timeline from articles, folders or manifests",
        description=_para(
            "Find the dated events in news articles, resolve them against each article's "
            "publication date and write one ordered timeline."
        ),
        epilog=_BUILD_EPILOG,
        formatter_class=formatter,
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="articles, folders, manifests")
    _add_output_options(build, default=None)
    build.add_argument(
        "--published",
        type=_date_arg,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) of a single .txt article",
    )
    build.add_argument(
        "--jobs",
        "-j",
        type=_jobs_arg,
        default=1,
        metavar="N",
        help="analyse articles in N processes, 0 for every core (default 1; same result)",
    )
    build.set_defaults(func=run_build)

    tag = subparsers.add_parser(
        "tag",
        help="print the temporal expressions of one article as JSON lines",
        description=_para(
            "Find the temporal expressions (TIMEX3) in one UTF-8 text article and print one "
            "JSON object per mention. Relative dates ('yesterday') need a publication date: "
            "give --published, or let the article's dateline supply one."
        ),
        epilog=_TAG_EPILOG,
        formatter_class=formatter,
    )
    tag.add_argument("file", metavar="FILE", help="a UTF-8 text file with one article")
    tag.add_argument(
        "--published",
        type=_date_arg,
        metavar="DATE",
        help="the article's publication date (YYYY-MM-DD)",
    )
    tag.add_argument(
        "--format",
        choices=("jsonl", "timeml"),
        default="jsonl",
        help="JSON lines (default), or the article as a TimeML document with TIMEX3 tags",
    )
    tag.set_defaults(func=run_tag)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _problem_line(problem: ArticleProblem) -> str:
    """One line naming the article (messages may carry newlines from exceptions)."""
    message = " ".join(problem.message.split())
    if message.startswith(problem.article_id):
        return f"afghan-timeline: {problem.severity}: {message}"
    return f"afghan-timeline: {problem.severity}: article {problem.article_id}: {message}"


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    return _SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "html")


def _check_output(args: argparse.Namespace, fmt: str) -> str | None:
    """An error message when the output cannot be written, checked before the slow part."""
    if args.output == "-":
        return "html cannot be written to standard output; give a file" if fmt == "html" else None
    parent = Path(args.output).resolve().parent
    if not parent.is_dir():
        return f"cannot write {args.output}: folder {parent.name or parent} does not exist"
    if Path(args.output).is_dir():
        return f"cannot write {args.output}: it is a folder"
    return None


def _write(timeline: Timeline, output: str, fmt: str) -> None:
    if fmt == "html":
        timeline.to_html(output)
        return
    if fmt == "json":
        text = timeline.to_json()
    elif fmt == "csv":
        text = timeline.to_csv()
    else:
        text = json.dumps(timeline.to_timelinejs(), indent=2, ensure_ascii=False)
    if output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        Path(output).write_text(text, encoding="utf-8", newline="")


def _build_and_write(
    items: Iterable[Article | ArticleProblem], args: argparse.Namespace, what: str
) -> int:
    from ..timeline import build_timeline

    fmt = _output_format(args)
    if message := _check_output(args, fmt):
        print(f"afghan-timeline: error: {message}", file=sys.stderr)
        return 2
    corpus_problems: list[ArticleProblem] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Article):
                yield item
            else:
                corpus_problems.append(item)
                print(_problem_line(item), file=sys.stderr)

    timeline = build_timeline(
        articles(), merge=not args.no_merge, jobs=args.jobs, progress=sys.stderr.isatty()
    )
    for problem in timeline.problems:
        print(_problem_line(problem), file=sys.stderr)
    problems = corpus_problems + list(timeline.problems)
    skipped = len({p.article_id for p in problems if p.severity == "error"})
    built = len(timeline.articles)
    if built == 0:
        reason = (
            f"every article failed ({skipped} skipped)" if skipped else f"no articles in {what}"
        )
        print(f"afghan-timeline: nothing to build: {reason}", file=sys.stderr)
        return 1
    try:
        _write(timeline, args.output, fmt)
    except OSError as error:
        print(
            f"afghan-timeline: error: cannot write {args.output}: {error.strerror or error}",
            file=sys.stderr,
        )
        return 1
    where = "standard output" if args.output == "-" else args.output
    summary = (
        f"wrote {where}: {_plural(len(timeline.events), 'event')} from {_plural(built, 'article')}"
    )
    print(summary + (f" ({skipped} skipped)" if skipped else ""), file=sys.stderr)
    return 0


def run_demo(args: argparse.Namespace) -> int:
    """Build the demo corpus's timeline and write it."""
    from ..demo import demo_articles

    return _build_and_write(demo_articles(), args, "the demo corpus")


def run_build(args: argparse.Namespace) -> int:
    """Build a timeline from the given paths and write it; 1 when nothing could be built."""
    return _build_and_write(
        iter_corpus(args.paths, published=args.published), args, ", ".join(args.paths)
    )


def _mention_record(mention: Mention) -> dict[str, object]:
    from ..export import interval_dict

    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type.value,
        "value": mention.value,
        "mod": mention.mod,
        "resolved": mention.resolved,
        "interval": interval_dict(mention.interval),
    }


def run_tag(args: argparse.Namespace) -> int:
    """Print one article's mentions as JSON lines; 1 when the article could not be analysed."""
    from ..pipeline import analyse_article

    article = read_text_article(args.file, published=args.published)
    analysis = analyse_article(article)
    for problem in analysis.problems:
        print(_problem_line(problem), file=sys.stderr)
    if analysis.failed:
        return 1
    if args.format == "timeml":
        from ..evaluation.timeml import to_timeml

        assert analysis.article is not None
        print(to_timeml(analysis.article, analysis.mentions))
        return 0
    for mention in analysis.mentions:
        print(json.dumps(_mention_record(mention), ensure_ascii=False))
    return 0
