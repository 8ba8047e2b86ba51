"""``afghan-timeline evaluate``: score the tagger on TimeML files, TempEval-3 Task A style."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import TimeMLError

__all__ = ["register"]


def _non_negative(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {number}")
    return number


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` sub-command."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score the tagger against gold TimeML files",
        description=(
            "Tag the text of TimeML documents (dated by their DCT) and score the TIMEX3 "
            "expressions found against the gold ones: strict and relaxed span P/R/F1, type and "
            "value F1 (TempEval-3 Task A)."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help=".tml files or folders (searched recursively)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--errors",
        type=_non_negative,
        default=0,
        metavar="N",
        help="list up to N errors (missed, spurious, wrong type or value, partial span)",
    )
    parser.add_argument("--by-type", action="store_true", help="add a row per TIMEX3 type")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print the report; 0 on success."""
    from ..evaluation import evaluate

    report = evaluate(args.paths)
    for problem in report.problems:
        print(f"afghan-timeline: skipped: {problem}", file=sys.stderr)
    if not report.documents:
        raise TimeMLError("no TimeML document could be scored in " + ", ".join(args.paths))
    if args.json:
        data = report.as_dict(errors=args.errors)
        if not args.by_type:
            data.pop("by_type")
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(report.format_table(by_type=args.by_type))
    if args.errors:
        print()
        print(report.format_errors(args.errors))
    return 0
