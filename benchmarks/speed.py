"""Speed and memory of extract beside bare natasha (segment + morph + syntax + NER), same documents.

    python benchmarks/speed.py [DATA.jsonl] [--limit 300]
    python benchmarks/speed.py DATA.jsonl --workers 1,2 --docs 2000   # also `extract run` scaling

Each system runs in its own fresh process with one BLAS thread, so peak RSS is its own. Prints
documents/s, characters/s, peak RSS, time to the first record (from process start, models
included) and the ratio of extract's docs/s to natasha's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "nerel-dev.jsonl"

WORKER = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
system, path, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = []
with open(path, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            texts.append(json.loads(line)["text"])
        if len(texts) >= limit:
            break
if system == "extract":
    import extract
    ex = extract.Extractor()
    run = lambda items: (a.to_dict() for a in ex.pipe(items))
else:
    sys.path.insert(0, os.environ["BENCH_DIR"])
    from natasha_baseline import natasha_doc, models
    models()
    run = lambda items: (natasha_doc(t) for t in items)
first = None
start = time.perf_counter()
n = 0
for _ in run(texts):
    n += 1
    if first is None:
        first = time.perf_counter() - t0
took = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"docs": n, "chars": sum(map(len, texts)), "seconds": took, "first": first, "rss_mb": rss}))
"""


def measure(system: str, data: Path, limit: int) -> dict:
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
               BENCH_DIR=str(HERE))
    res = subprocess.run([sys.executable, "-c", WORKER, system, str(data), str(limit)],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--workers", help="also run `extract run` with these worker counts, e.g. 1,2 "
                                      "(see batch_speed.py); the single-process rows then use the same documents")
    ap.add_argument("--docs", type=int, default=2000, help="documents for --workers (texts repeated)")
    args = ap.parse_args(argv)
    if args.workers:
        import tempfile

        from batch_speed import repeated_dump, report, run_batch
        with tempfile.TemporaryDirectory() as tmp:
            dump = repeated_dump(args.data, args.docs, Path(tmp))
            single(dump, args.docs)
            print(f"\nextract run on the same {args.docs} documents (one BLAS thread per worker):")
            report([run_batch(dump, int(n), Path(tmp) / f"out-{n}.jsonl") for n in args.workers.split(",")])
        return
    single(args.data, args.limit)


def single(data: Path, limit: int):
    args = argparse.Namespace(data=data, limit=limit)
    rows = {s: measure(s, args.data, args.limit) for s in ("natasha", "extract")}
    print(f"{args.data.name}: {rows['extract']['docs']} documents, {rows['extract']['chars']:,} characters, 1 process, 1 BLAS thread")
    print(f"{'system':<10} {'docs/s':>8} {'chars/s':>10} {'peak RSS MB':>12} {'first record s':>15}")
    for s, r in rows.items():
        print(f"{s:<10} {r['docs'] / r['seconds']:>8.1f} {r['chars'] / r['seconds']:>10.0f} "
              f"{r['rss_mb']:>12.0f} {r['first']:>15.2f}")
    ratio = (rows["extract"]["docs"] / rows["extract"]["seconds"]) / (rows["natasha"]["docs"] / rows["natasha"]["seconds"])
    print(f"extract / natasha docs/s: {ratio:.2f}")


if __name__ == "__main__":
    main()
