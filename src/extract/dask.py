"""extract on Dask, for when one machine is not enough (`pip install "extract[dask]"`).

    import dask.bag as db
    from extract.dask import extract_bag
    records = extract_bag(db.read_text("dump-*.jsonl").map(json.loads))   # a bag of contract dicts

    extract_dataframe(ddf, text_field="body")    # a dask DataFrame: id, error, record (JSON)

    extract run dump.jsonl -o out.jsonl --dask tcp://scheduler:8786   # or --dask local

Each Dask worker process builds the pipeline once (cached here, per set of options) with one BLAS
thread, and a lock lets one thread at a time use it, so workers may run several threads safely
(one thread per worker process is what makes use of the cores). The workers need extract
installed, like any code they run.
"""

from __future__ import annotations

import json
import threading
from collections import deque

from .io.readers import unpack
from .parallel import BLAS_THREAD_VARS, encode_article

_PIPELINES: dict = {}
_LOCK = threading.Lock()
PARTITION_BATCH = 16


def _extractor(options: dict):
    key = tuple(sorted(options.items()))
    if key not in _PIPELINES:
        import os
        for var in BLAS_THREAD_VARS:
            os.environ.setdefault(var, "1")
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
        from .extractor import Extractor
        _PIPELINES[key] = Extractor(**options)
    return _PIPELINES[key]


def process_items(items: list, options: dict) -> list:
    """Results (JSON line, error type, warnings) for (text, id, meta, warnings) items, on a worker."""
    with _LOCK:
        extractor = _extractor(options)
        return [encode_article(a) for a in extractor._process(items)]


def _records(items, text_field, id_field, options):
    items = [unpack(item, text_field, id_field) for item in items]
    out = []
    for k in range(0, len(items), PARTITION_BATCH):
        out.extend(json.loads(r) for r, _, _ in process_items(items[k:k + PARTITION_BATCH], options))
    return out


def extract_bag(bag, text_field: str = "text", id_field: str = "id", **options):
    """A bag of contract dicts (one per item, in order) from a bag of texts or dicts with id/text."""
    options = {"text_field": text_field, "id_field": id_field, **options}
    return bag.map_partitions(_records, text_field, id_field, options)


def _frame_partition(frame, text_field, id_field, options):
    import pandas as pd
    rows = frame.to_dict("records")
    if id_field not in frame.columns:  # the index is the id
        for row, index in zip(rows, frame.index):
            row[id_field] = index
    results = process_items([unpack(r, text_field, id_field) for r in rows], options)
    records = [json.loads(r) for r, _, _ in results]
    return pd.DataFrame({"id": [r["id"] for r in records], "error": [e for _, e, _ in results],
                         "record": [r for r, _, _ in results]}, index=frame.index)


def extract_dataframe(frame, text_field: str = "text", id_field: str = "id", **options):
    """A dask DataFrame with columns id, error (type or None) and record (contract JSON), one row per
    input row, same index and partitions; ids from `id_field`, else from the index."""
    import pandas as pd
    options = {"text_field": text_field, "id_field": id_field, **options}
    meta = pd.DataFrame({"id": pd.Series(dtype=object), "error": pd.Series(dtype=object),
                         "record": pd.Series(dtype=object)})
    return frame.map_partitions(_frame_partition, text_field, id_field, options, meta=meta)


def _client(address: str, n_workers: int):
    from distributed import Client, LocalCluster
    if address == "local":
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, env={var: "1" for var in BLAS_THREAD_VARS})
        return Client(cluster), cluster
    return Client(address), None


def ordered_map_on_cluster(chunks, address: str, n_workers: int, options: dict, max_ahead: int | None = None,
                           events=None):
    """`parallel.ordered_map` on a Dask cluster: chunks in, their results out, in input order, at
    most `max_ahead` chunks submitted ahead. A chunk whose task fails (its worker died more often
    than Dask retries) is retried document by document; a document that fails again is recorded
    as an error and the run goes on."""
    from .parallel import _died_twice
    notify = events or (lambda kind, **info: None)
    client, cluster = _client(address, n_workers)
    try:
        slots = max_ahead or 4 * max(1, sum(client.nthreads().values()))
        queue: deque = deque()

        def submit(items):
            return client.submit(process_items, items, options, pure=False)

        def result(future, items):
            try:
                return future.result()
            except Exception as e:  # noqa: BLE001 — KilledWorker and friends: retry alone
                cause = f"{type(e).__name__}: {e}"
                notify("worker_died", cause=cause, documents=len(items))
                if len(items) == 1:
                    return [_died_twice(items[0], cause)]
                singles = [(submit([item]), [item]) for item in items]
                return [r for f, one in singles for r in result(f, one)]

        for items in chunks:
            queue.append((submit(items), items))
            while len(queue) >= slots:
                yield result(*queue.popleft())
        while queue:
            yield result(*queue.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
