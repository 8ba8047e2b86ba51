"""Time against article length: one long article, the full pipeline and search_dates.

    python benchmarks/long_articles.py [CORPUS] [--sizes 8 32 128]

Each size N joins the texts of the first N TimeML documents of CORPUS (default
``shared/corpora/timebank-aquaint`` beside the repository) into one article, published on the
first document's creation date. Both systems run on that same text in this process, on one
core: ``afghan_timeline`` builds the whole timeline (``analyse_article`` then ``assemble``),
``dateparser.search.search_dates`` searches it. The table gives seconds, thousands of
characters per second, and how much the time grew against the previous size, next to how much
the text grew: equal growth means time linear in length. Target: the pipeline stays linear and
faster than search_dates at every size.
"""

from __future__ import annotations

import argparse
import datetime
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from afghan_timeline.evaluation import find_timeml_files, read_timeml
from afghan_timeline.model import Article
from afghan_timeline.pipeline import analyse_article
from afghan_timeline.timeline import assemble

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpora/timebank-aquaint"


def _noon(day: datetime.date | None) -> datetime.datetime:
    day = day or datetime.date.today()
    return datetime.datetime(day.year, day.month, day.day, 12)


def run_pipeline(article: Article) -> int:
    """Events of the whole timeline built from ``article``."""
    return len(assemble([analyse_article(article)]).events)


def run_dateparser(article: Article) -> int:
    """Dates ``search_dates`` finds in ``article``."""
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        settings = {"RELATIVE_BASE": _noon(article.published)}
        return len(search_dates(article.text, languages=["en"], settings=settings) or [])


def seconds(run: Callable[[Article], int], article: Article) -> float:
    started = time.perf_counter()
    run(article)
    return time.perf_counter() - started


def long_article(documents: Sequence[tuple[str, object]], count: int) -> Article:
    text = "\n\n".join(text for text, _ in documents[:count])
    return Article(text=text, published=documents[0][1], id=f"joined-{count}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[8, 32, 128])
    args = parser.parse_args(argv)
    paths = [path for path, _ in find_timeml_files([args.corpus])][: max(args.sizes)]
    documents = [(doc.text, doc.dct) for doc in map(read_timeml, paths)]
    run_pipeline(long_article(documents, 1))  # warm up lazy tables
    run_dateparser(long_article(documents, 1))
    print(
        "docs  kchars  text x | ours s  kchars/s  time x | search_dates s  kchars/s  time x | ratio"
    )
    previous: tuple[int, float, float] | None = None
    for count in args.sizes:
        article = long_article(documents, count)
        chars = len(article.text)
        ours, peer = seconds(run_pipeline, article), seconds(run_dateparser, article)
        grew = "" if previous is None else f"{chars / previous[0]:.1f}"
        ours_grew = "" if previous is None else f"{ours / previous[1]:.1f}"
        peer_grew = "" if previous is None else f"{peer / previous[2]:.1f}"
        kchars = chars / 1000
        print(
            f"{count:>4}  {kchars:>6.0f}  {grew:>6} | {ours:>6.2f}  {kchars / ours:>8.0f}"
            f"  {ours_grew:>6} | {peer:>14.2f}  {kchars / peer:>8.0f}  {peer_grew:>6}"
            f" | {peer / ours:>5.1f}x"
        )
        previous = (chars, ours, peer)
    print("ratio: search_dates seconds / afghan_timeline seconds on the same text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
