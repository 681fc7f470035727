"""Many processes, each with its own pipeline, results in input order."""

from __future__ import annotations

import multiprocessing as mp
import os

_WORKER = None


def _init(max_chars):
    global _WORKER
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
    except ImportError:
        pass
    from .extractor import Extractor
    _WORKER = Extractor(max_chars=max_chars)


def _run(chunk):
    return [a.to_dict() for a in _WORKER._process(chunk)]


def _chunks(triples, size):
    buf = []
    for t in triples:
        buf.append(t)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def ordered_map(triples, n_process: int, batch_size: int, max_chars: int):
    from .records import Article
    ctx = mp.get_context("spawn" if os.name == "nt" else "forkserver")
    with ctx.Pool(n_process, initializer=_init, initargs=(max_chars,)) as pool:
        for dicts in pool.imap(_run, _chunks(triples, batch_size)):
            for d in dicts:
                yield Article.from_dict(d)
