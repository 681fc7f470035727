"""extract on Dask: a bag, a dataframe and `extract run --dask local`, on a real LocalCluster."""

import json
import subprocess
import sys

import pytest

from batch_dump import good_text, write_dump

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def contract(articles):
    return [json.loads(a.to_json()) for a in articles]


def test_bag_gives_the_records_of_the_pipeline_in_order(client, extractor):
    import dask.bag as db
    from extract.dask import extract_bag
    docs = [{"id": f"b{i}", "text": good_text(i), "rubric": "r"} for i in range(10)] + [{"id": "bad", "text": ""}]
    got = extract_bag(db.from_sequence(docs, npartitions=3)).compute()
    assert [r["id"] for r in got] == [d["id"] for d in docs]
    assert got == contract(extractor.pipe(docs))
    assert got[-1]["error"]["type"] == "empty"
    # models are loaded once per worker process: both workers did work, neither reloaded per partition
    assert len(client.run(lambda: __import__("extract.dask").dask._PIPELINES.__len__())) == 2


def test_dataframe_keeps_index_and_partitions(client):
    import dask.dataframe as dd
    import pandas as pd
    from extract.dask import extract_dataframe
    frame = pd.DataFrame({"body": [good_text(i) for i in range(6)] + [None]},
                         index=[f"f{i}" for i in range(7)])
    out = extract_dataframe(dd.from_pandas(frame, npartitions=2), text_field="body").compute()
    assert list(out.index) == list(frame.index) and list(out["id"]) == list(frame.index)
    assert [None if pd.isna(e) else e for e in out["error"]] == [None] * 6 + ["no_text"]
    first = json.loads(out["record"].iloc[0])
    assert any(e["type"] == "PERSON" for e in first["entities"])


def test_run_on_a_local_dask_cluster(tmp_path, extractor):
    from extract.io.readers import read_documents
    src = write_dump(tmp_path / "dump.jsonl", 40)
    out = tmp_path / "out.jsonl"
    res = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(src), "-o", str(out), "--dask", "local",
                          "--workers", "2", "--max-chars", "3000"], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    import extract
    ex = extract.Extractor(max_chars=3000)
    want = [a.to_json() for a in ex.pipe(read_documents([str(src)]))]
    assert out.read_text(encoding="utf-8").splitlines() == want
