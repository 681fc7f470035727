"""Worker processes, each with its own pipeline: results in input order, a dead worker replaced.

`ordered_map` sends chunks of items (text, id, meta, warnings) to N worker processes and yields
each chunk's records in input order. Each worker loads the models once, with one BLAS thread
(set before numpy loads in it), and holds one chunk at a time, so the parent always knows which
documents a worker had when it died: those are retried one by one in fresh workers, and a
document that kills its worker a second time is recorded as an error; the run goes on. At most
`max_ahead` chunks are read ahead of the oldest unfinished one, so memory stays bounded however
long the input.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import traceback
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait

BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
                    "NUMEXPR_NUM_THREADS")
MAX_FAILED_STARTS = 3  # workers dying before they are ready, in a row: the run cannot go on


class WorkersFailed(RuntimeError):
    """Worker processes cannot even start (the models fail to load)."""


def encode_article(article) -> tuple:
    """What a worker sends back for one Article: (its JSON line, error type or None, number of
    warnings); the counts feed progress reports. JSON, not the dict: it is what the outputs need,
    and it crosses processes whatever objects a stage left in attrs."""
    try:
        record = article.to_json()
    except (TypeError, ValueError) as e:  # a record that cannot be serialised is one error, not a dead worker
        from .records import Article
        article = Article.failed(article.id, "internal", f"the record cannot be written as JSON: {e}",
                                 article.meta if _jsonable(article.meta) else {})
        record = article.to_json()
    return record, article.error["type"] if article.error else None, len(article.warnings)


def _jsonable(value) -> bool:
    try:
        json.dumps(value)
        return True
    except (TypeError, ValueError):
        return False


def _worker_main(conn, options: dict):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for var in BLAS_THREAD_VARS:  # before numpy loads in this process
        os.environ[var] = "1"
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
        from .extractor import Extractor
        extractor = Extractor(**options)
    except BaseException:  # noqa: BLE001 — told to the parent, which stops the run
        conn.send(("failed", traceback.format_exc()))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except EOFError:  # the parent is gone
            return
        if job is None:
            return
        key, items = job
        conn.send((key, _results(extractor, items)))


def _results(extractor, items) -> list:
    """The chunk's results; a failure outside any one document is retried document by document."""
    try:
        return [encode_article(a) for a in extractor._process(items)]
    except Exception:  # noqa: BLE001 — the worker lives on; each document gets its record
        out = []
        for item in items:
            try:
                out.extend(encode_article(a) for a in extractor._process([item]))
            except Exception as e:  # noqa: BLE001
                from .records import Article
                from .text.checks import text_id
                doc_id = item[1] if item[1] is not None else text_id(item[0] if isinstance(item[0], (str, bytes)) else "")
                out.append(encode_article(Article.failed(doc_id, "internal", f"{type(e).__name__}: {e}", {})))
        return out


@dataclass
class _Job:
    chunk: int          # which input chunk
    offset: int         # where its items start in the chunk
    items: list
    retry: bool = False  # a document retried alone after its worker died


@dataclass
class _Worker:
    process: object
    conn: object
    ready: bool = False
    job: _Job | None = None


@dataclass
class _Chunk:
    slots: list
    missing: int = field(init=False)

    def __post_init__(self):
        self.missing = len(self.slots)


def _death_cause(exitcode) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def _died_twice(item, cause: str):
    from .records import Article
    from .text.checks import text_id
    text, doc_id = item[0], item[1]
    if doc_id is None:
        doc_id = text_id(text if isinstance(text, (str, bytes)) else "")
    return encode_article(Article.failed(
        doc_id, "worker_died",
        f"the worker process died ({cause}) while processing this document, and again when it was retried alone",
        item[2]))


def _context():
    # forkserver: workers start from a clean process (no threads, no numpy yet), not a copy of ours
    return mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def ordered_map(chunks, n_workers: int, options: dict | None = None, max_ahead: int | None = None,
                events=None):
    """Yield, for each chunk (a list of items) of `chunks`, the list of its results (see
    `encode_article`), in input order.

    `events(kind, **info)`, if given, hears of worker deaths ("worker_died"), retries and
    documents recorded as errors after a second death, for progress reports.
    """
    options = dict(options or {})
    max_ahead = max_ahead or 4 * n_workers
    ctx = _context()
    workers: list[_Worker] = []
    pending: deque[_Job] = deque()
    open_chunks: dict[int, _Chunk] = {}
    source = iter(chunks)
    exhausted = False
    next_chunk = 0   # number of chunks read
    next_out = 0     # the oldest chunk not yet yielded
    failed_starts = 0
    notify = events or (lambda kind, **info: None)

    def spawn():
        parent_end, child_end = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child_end, options), daemon=True,
                           name="extract-worker")
        proc.start()
        child_end.close()
        return _Worker(proc, parent_end)

    def fill(job: _Job, records):
        chunk = open_chunks[job.chunk]
        for k, record in enumerate(records):
            chunk.slots[job.offset + k] = record
        chunk.missing -= len(records)

    try:
        workers = [spawn() for _ in range(n_workers)]
        while True:
            # read ahead, within bounds
            while not exhausted and len(pending) < n_workers and next_chunk - next_out < max_ahead:
                try:
                    items = list(next(source))
                except StopIteration:
                    exhausted = True
                    break
                open_chunks[next_chunk] = _Chunk([None] * len(items))
                pending.append(_Job(next_chunk, 0, items))
                next_chunk += 1
            # hand out work
            for w in workers:
                if w.ready and w.job is None and pending:
                    w.job = pending.popleft()
                    try:
                        w.conn.send((None, w.job.items))
                    except OSError:
                        pass  # it died: its sentinel tells, and the job is retried

            # give back finished chunks, in order
            while next_out in open_chunks and open_chunks[next_out].missing == 0:
                yield open_chunks.pop(next_out).slots
                next_out += 1
            if exhausted and next_out == next_chunk:
                return
            # wait for a result, a worker ready, or a worker dead
            by_conn = {w.conn: w for w in workers}
            by_sentinel = {w.process.sentinel: w for w in workers}
            for ready in wait(list(by_conn) + list(by_sentinel)):
                w = by_conn.get(ready) or by_sentinel.get(ready)
                if w not in workers:
                    continue  # already replaced in this round
                connected = True
                while connected and w.conn.poll():  # read what it sent before anything else
                    try:
                        message = w.conn.recv()
                    except (EOFError, OSError):
                        connected = False
                        break
                    if message[0] == "ready":
                        w.ready, failed_starts = True, 0
                    elif message[0] == "failed":
                        raise WorkersFailed(f"a worker could not load the pipeline:\n{message[1]}")
                    else:
                        fill(w.job, message[1])
                        w.job = None
                if connected and w.process.is_alive():
                    continue
                # the worker is gone: wait for its exit code, retry what it held, replace it
                w.process.join(5)
                cause = _death_cause(w.process.exitcode)
                if not w.ready:
                    failed_starts += 1
                    if failed_starts >= MAX_FAILED_STARTS:
                        raise WorkersFailed(f"{failed_starts} workers died while loading the pipeline ({cause})")
                job = w.job
                if w.ready:
                    notify("worker_died", cause=cause, documents=len(job.items) if job else 0)
                if job is not None:
                    if job.retry:
                        fill(job, [_died_twice(job.items[0], cause)])
                        notify("gave_up", cause=cause)
                    else:  # retry each document alone, first in line
                        for k in reversed(range(len(job.items))):
                            pending.appendleft(_Job(job.chunk, job.offset + k, [job.items[k]], retry=True))
                w.conn.close()
                workers[workers.index(w)] = spawn()
    finally:
        for w in workers:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in workers:
            w.process.join(1)
            if w.process.is_alive():
                w.process.terminate()
                w.process.join(1)
            w.conn.close()


def _chunked(items, size):
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def pipe_articles(items, n_process: int, batch_size: int, options: dict):
    """Articles for (text, id, meta, warnings) items, in order, from n_process workers."""
    from .records import Article
    for results in ordered_map(_chunked(items, batch_size), n_process, options):
        for record, _, _ in results:
            yield Article.from_dict(json.loads(record))
