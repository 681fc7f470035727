"""How long the explore layer takes on a corpus of a given size: frames, consolidation, plots, report.

    python benchmarks/explore_speed.py out.jsonl --copies 1000

Reads extract's output (JSONL or a Parquet folder) and repeats its articles `--copies` times under new
ids, so that a few real records make a corpus of the size to measure.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import extract  # noqa: E402
import extract.plot  # noqa: E402
from extract.explore import consolidate  # noqa: E402
from extract.explore.report import build  # noqa: E402


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("output", help="extract's output: JSONL or a Parquet folder")
    p.add_argument("--copies", type=int, default=100)
    args = p.parse_args(argv)
    base = extract.read(args.output)
    articles = []
    for n in range(args.copies):
        for a in base:
            b = copy.copy(a)
            b.id = f"{a.id}#{n}"
            articles.append(b)
    rows = []

    def timed(name, fn):
        t = time.perf_counter()
        out = fn()
        rows.append((name, time.perf_counter() - t))
        return out

    f = timed("frames", lambda: extract.frames(articles))
    timed("consolidate", lambda: consolidate(f))
    timed("plot.edges + network", lambda: extract.plot.network(f))
    timed("plot.timeline", lambda: extract.plot.timeline(f))
    html = timed("report (500 shown)", lambda: build(articles))
    print(f"{len(articles)} articles, {len(f.entities)} entities, {len(f.events)} events, {len(f.roles)} roles; "
          f"report {len(html) / 1e6:.1f} MB")
    for name, secs in rows:
        print(f"{name:24} {secs:7.2f} s")


if __name__ == "__main__":
    main()
