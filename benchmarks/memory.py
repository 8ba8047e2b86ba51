"""Peak memory of the streaming path against building one Timeline, on synthetic articles.

    python benchmarks/memory.py                          # stream 10k and 100k, timeline 10k
    python benchmarks/memory.py --sizes 1000 10000 --timeline-sizes 1000 --jobs 2

Each measurement runs in a fresh process (peak RSS only grows), which reads the synthetic
corpus of ``benchmarks/synthetic.py`` lazily and either streams events with
:func:`afghan_timeline.parallel.iter_events` (counting them, keeping none) or builds a
:class:`~afghan_timeline.timeline.Timeline`. Peak RSS is the measuring process's
``resource.getrusage(RUSAGE_SELF).ru_maxrss``; with ``--jobs`` > 1 the worker processes each
hold one chunk at a time and are not included.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLAT_RATIO = 1.25
"""Streaming counts as flat when peak RSS at the largest size is below this times the smallest."""


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _child(mode: str, size: int, jobs: int) -> None:
    sys.path.insert(0, str(HERE))
    from synthetic import synthetic_articles

    from afghan_timeline.parallel import iter_events
    from afghan_timeline.timeline import build_timeline

    baseline = _peak_rss_mib()
    started = time.perf_counter()
    if mode == "stream":
        events = sum(1 for _ in iter_events(synthetic_articles(size), jobs=jobs))
    else:
        events = len(build_timeline(synthetic_articles(size), jobs=jobs).events)
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "mode": mode,
                "articles": size,
                "events": events,
                "seconds": seconds,
                "baseline_mib": baseline,
                "peak_mib": _peak_rss_mib(),
            }
        )
    )


def _measure(mode: str, size: int, jobs: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", mode, str(size), "--jobs", str(jobs)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--timeline-sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), args.jobs)
        return 0
    runs = [("stream", size) for size in args.sizes]
    runs += [("timeline", size) for size in args.timeline_sizes]
    header = (
        f"{'path':<9} {'articles':>9} {'events':>9} {'seconds':>8} {'art/s':>7} "
        f"{'base MiB':>9} {'peak MiB':>9}"
    )
    print(f"jobs={args.jobs}\n{header}\n{'-' * len(header)}")
    results = []
    for mode, size in runs:
        row = _measure(mode, size, args.jobs)
        results.append(row)
        print(
            f"{mode:<9} {size:>9} {row['events']:>9} {row['seconds']:>8.1f} "
            f"{size / row['seconds']:>7.1f} {row['baseline_mib']:>9.1f} {row['peak_mib']:>9.1f}",
            flush=True,
        )
    streams = [row for row in results if row["mode"] == "stream"]
    if len(streams) >= 2:
        small, large = streams[0], streams[-1]
        ratio = large["peak_mib"] / small["peak_mib"]
        verdict = "flat" if ratio < FLAT_RATIO else "NOT flat"
        print(
            f"\nstreaming peak RSS {small['articles']} -> {large['articles']} articles: "
            f"{small['peak_mib']:.1f} -> {large['peak_mib']:.1f} MiB (x{ratio:.2f}): {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
