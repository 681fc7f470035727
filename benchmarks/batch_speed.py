"""Scaling of `extract run` with worker processes: docs/s, speed-up, peak RSS per worker, first record.

    python benchmarks/speed.py DATA.jsonl --workers 1,2 --docs 2000

Used by speed.py. The documents are DATA's texts, repeated (with fresh ids) up to --docs. Each
configuration is a real `extract run` process; the peak RSS of each worker is the high-water mark
(VmHWM) the kernel keeps for it, read from /proc while the run goes on (Linux); it counts the model
pages the workers share with the fork server that loaded them (copy-on-write) in full.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path


def repeated_dump(data: Path, docs: int, folder: Path) -> Path:
    texts = [json.loads(line)["text"] for line in open(data, encoding="utf-8") if line.strip()]
    path = folder / f"bench-{docs}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(docs):
            f.write(json.dumps({"id": f"b{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _workers(pid: int) -> list[int]:
    """The run's grandchildren: its workers, forked by multiprocessing's fork server (a child)."""
    tree = _children()
    return [w for child in tree.get(pid, []) for w in tree.get(child, [])]


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_batch(dump: Path, workers: int, out: Path, extra=()) -> dict:
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    time.sleep(2)  # the previous run's fork server and workers are still exiting: not our start-up
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", "run", str(dump), "-o", str(out),
                             "--workers", str(workers), "--log-every", "3600", *extra],
                            stderr=subprocess.PIPE, text=True, env=env)
    peaks: dict[int, float] = {}
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        for pid in [proc.pid, *_workers(proc.pid)]:
            hwm, used = _hwm_mb(pid), _cpu_seconds(pid)
            if hwm is not None and pid != proc.pid:
                peaks[pid] = max(peaks.get(pid, 0.0), hwm)
            if used is not None:
                cpu[pid] = used
        time.sleep(0.2)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read()
    if proc.returncode != 0:
        raise RuntimeError(stderr)
    summary = stderr.strip().splitlines()[-1]
    first = float(re.search(r"first record after ([\d.]+) s", summary).group(1))
    took = float(re.search(r" in ([\d.]+) s", summary).group(1))
    docs = int(re.search(r"done: ([\d,]+) documents", summary).group(1).replace(",", ""))
    worker_peaks = sorted(peaks.values(), reverse=True)
    return {"workers": workers, "docs": docs, "seconds": took, "wall": wall, "first": first,
            "docs_per_s": docs / took, "steady_docs_per_s": (docs - 1) / max(1e-9, took - first),
            "worker_rss_mb": worker_peaks, "summary": summary,
            "parent_cpu": cpu.get(proc.pid, 0.0), "worker_cpu": sum(v for k, v in cpu.items() if k != proc.pid)}


def report(rows: list[dict]) -> None:
    base = rows[0]["steady_docs_per_s"] if rows else 1
    print(f"{'workers':>7} {'docs':>6} {'s':>7} {'docs/s':>7} {'steady docs/s':>13} {'vs 1 worker':>11} "
          f"{'first record s':>14} {'peak RSS per worker MB':>22} {'CPU s workers / parent':>22} "
          f"{'worker CPU ms/doc':>17}")
    for r in rows:
        rss = ", ".join(f"{mb:.0f}" for mb in r["worker_rss_mb"])
        cpu = f"{r['worker_cpu']:.1f} / {r['parent_cpu']:.1f}"
        print(f"{r['workers']:>7} {r['docs']:>6} {r['seconds']:>7.1f} {r['docs_per_s']:>7.1f} "
              f"{r['steady_docs_per_s']:>13.1f} {r['steady_docs_per_s'] / base:>10.2f}x {r['first']:>14.2f} "
              f"{rss:>22} {cpu:>22} {1000 * r['worker_cpu'] / r['docs']:>17.1f}")
    print("(CPU seconds do not depend on other load on the machine: with N idle cores, N workers' docs/s is "
          "about N x docs / worker CPU s while the parent's share stays small)")
