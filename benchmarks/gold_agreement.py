"""How far the gold of a TimeML corpus agrees with itself on repeated expressions.

    python benchmarks/gold_agreement.py [PATH ...] [--top N]

For every expression written the same way two or more times ("last week", "a year ago"), each
gold value is put relative to its document's creation date ("last week" in week 43 of 1989,
valued ``1989-W42``, becomes ``W-1``). A tagger that gave every such expression the relative
value gold gives it most often would get the "majority" count right; the tagger's own count is
beside it. Where the majority beats the tagger, the difference is the most a rule for that
expression alone could win, and the sum over all expressions bounds what such rules can add
to value F1. The bound ignores context; a second figure counts the times gold leaves the same
words untagged, which a rule tagging them would pay for in precision, and a third takes only
the forms that still pay. Gold and tagger are matched one to one, as the scorer does.
Defaults to ``../shared/corpora/timebank-aquaint``.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import re
from pathlib import Path

from afghan_timeline import evaluate
from afghan_timeline.evaluation import find_timeml_files, read_timeml
from afghan_timeline.evaluation.scoring import align, same_value
from afghan_timeline.tagger import tag_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "timebank-aquaint"

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(.*)")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)(.*)")
_MONTH = re.compile(r"(\d{4})-(\d\d)(.*)")
_QUARTER = re.compile(r"(\d{4})-Q(\d)(.*)")
_YEAR = re.compile(r"(\d{4})(.*)")


def relative(value: str, created: datetime.date) -> str:
    """``value`` as an offset from ``created`` in its own unit ("D-1", "W+0", "Q-5", "Y-1-SU");
    values with no calendar year ("P1W", "PAST_REF", "XXXX-WXX") stay as they are."""
    if match := _DAY.fullmatch(value):
        try:
            day = datetime.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return value
        return f"D{(day - created).days:+d}{match[4]}"
    if match := _WEEK.fullmatch(value):
        year, week, _ = created.isocalendar()
        return f"W{(int(match[1]) - year) * 52 + int(match[2]) - week:+d}{match[3]}"
    if match := _MONTH.fullmatch(value):
        months = (int(match[1]) - created.year) * 12 + int(match[2]) - created.month
        return f"M{months:+d}{match[3]}"
    if match := _QUARTER.fullmatch(value):
        quarters = (int(match[1]) - created.year) * 4 + int(match[2]) - (created.month + 2) // 3
        return f"Q{quarters:+d}{match[3]}"
    if match := _YEAR.fullmatch(value):
        return f"Y{int(match[1]) - created.year:+d}{match[2]}"
    return value


def main() -> None:
    """Print the agreement figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--top", type=int, default=15, help="expressions to list (default 15)")
    args = parser.parse_args()
    groups: dict[str, list[tuple[str, bool]]] = collections.defaultdict(list)
    documents = []
    for path, _ in find_timeml_files(args.paths):
        document = read_timeml(path)
        if document.dct is None:
            continue
        mentions = tag_text(document.text, document.dct)
        documents.append((document, mentions))
        for gi, si in align(document.timexes, mentions):
            if gi is None:
                continue
            gold = document.timexes[gi]
            right = si is not None and same_value(gold.value, mentions[si].value)
            key = " ".join(re.sub(r"[^\w\s-]", "", gold.text.lower()).split())
            groups[key].append((relative(gold.value, document.dct), right))
    repeated = {key: items for key, items in groups.items() if len(items) > 1}
    rows = []
    for key, items in repeated.items():
        majority = collections.Counter(value for value, _ in items).most_common(1)[0][1]
        ours = sum(right for _, right in items)
        rows.append((majority - ours, key, len(items), majority, ours))
    gains = [row for row in rows if row[0] > 0]
    gain = sum(row[0] for row in gains)
    # the same words elsewhere, tagged by neither gold nor the tagger: a rule tagging the form
    # would tag them too, each a false positive
    untagged = {row[1]: _untagged(row[1], documents) for row in gains}
    expressions = sum(len(items) for items in repeated.values())
    print(f"gold expressions: {sum(len(items) for items in groups.values())}")
    print(f"written the same way two or more times: {expressions} ({len(repeated)} forms)")
    print(f"  gold's most common relative value: {sum(row[3] for row in rows)} of them")
    print(f"  the tagger's value right: {sum(row[4] for row in rows)}")
    once = [items[0] for items in groups.values() if len(items) == 1]
    print(f"written once: {len(once)}; the tagger's value right: {sum(r for _, r in once)}")
    print(f"most a rule per repeated form could add: {gain} value true positives")
    counts = evaluate(args.paths).counts
    now = counts.value.f1
    bound = 2 * (counts.value_gold + gain) / (counts.gold + counts.system)
    cost = sum(untagged.values())
    paid = 2 * (counts.value_gold + gain) / (counts.gold + counts.system + cost)
    print(f"value F1 now {now:.4f}; with every such gain {bound:.4f} (an upper bound)")
    print(f"  the same forms untagged by gold elsewhere: {cost}; counting them, {paid:.4f}")
    # the best choice of forms: take them by gain per false positive while F1 still rises
    hits, total, best = counts.value_gold, counts.gold + counts.system, now
    for row in sorted(gains, key=lambda r: r[0] / (untagged[r[1]] + 1e-9), reverse=True):
        score = 2 * (hits + row[0]) / (total + untagged[row[1]])
        if score <= best:
            break
        hits, total, best = hits + row[0], total + untagged[row[1]], score
    print(f"  taking only the forms that pay: {best:.4f}")
    print(f"\nforms where gold's majority beats the tagger (top {args.top}):")
    print(f"{'gain':>4} {'n':>3} {'majority':>8} {'ours':>4} {'untagged':>8}  form")
    for row in sorted(gains, reverse=True)[: args.top]:
        print(f"{row[0]:4d} {row[2]:3d} {row[3]:8d} {row[4]:4d} {untagged[row[1]]:8d}  {row[1]}")


def _untagged(form: str, documents: list) -> int:
    """Times ``form`` stands in the documents outside every gold and tagger span."""
    pattern = re.compile(
        r"(?<![\w-])" + r"\W+".join(map(re.escape, form.split())) + r"(?![\w-])", re.I
    )
    count = 0
    for document, mentions in documents:
        spans = [(g.start, g.end) for g in document.timexes]
        spans += [(m.start, m.end) for m in mentions]
        for match in pattern.finditer(document.text):
            if not any(a < match.end() and match.start() < b for a, b in spans):
                count += 1
    return count


if __name__ == "__main__":
    main()
