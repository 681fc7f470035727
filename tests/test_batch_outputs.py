"""Batch outputs: commits a crash cannot corrupt, resumed without loss or duplicates (no models needed)."""

import gzip
import json

import pytest

from extract.io.writers import JsonlOutput, ParquetOutput, ResumeError, article_rows

RUN = {"inputs": ["dump.jsonl"], "text_field": "text", "id_field": "id"}


def record(i: int) -> str:
    return json.dumps({"schema": "extract/1", "id": f"d{i}", "meta": {"n": i},
                       "entities": [{"id": "e1", "type": "PERSON", "name": f"Иван Петров {i}",
                                     "mentions": [{"start": 0, "end": 11, "text": "Иван Петров"}],
                                     "attrs": {"first": "Иван", "middle": None, "last": "Петров"}}],
                       "relations": [], "events": [{"type": "VISIT", "trigger": {"start": 12, "end": 19,
                                                                                  "text": "прибыл"},
                                                    "args": {"visitor": ["e1"], "destination": []},
                                                    "evidence": None}],
                       "warnings": [], "error": None}, ensure_ascii=False)


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_jsonl_crash_after_a_commit_resumes_to_the_same_bytes(tmp_path, name):
    whole = JsonlOutput(str(tmp_path / ("whole-" + name)), RUN)
    whole.open(resume=False)
    for i in range(10):
        whole.write([record(i)])
        if (i + 1) % 4 == 0:
            whole.commit()
    whole.close()

    out = JsonlOutput(str(tmp_path / name), RUN)
    assert out.open(resume=False) == 0
    for i in range(6):
        out.write([record(i)])
        if (i + 1) % 4 == 0:
            out.commit()
    out.file.write(b'{"schema": "extract/1", "id": "d4"')  # a crash mid-write: never committed
    out.file.flush()
    assert not (tmp_path / name).exists()

    again = JsonlOutput(str(tmp_path / name), RUN)
    assert again.open(resume=True) == 4  # documents 0-3 are written; 4 and 5 are redone
    for i in range(4, 10):
        again.write([record(i)])
        if (i + 1) % 4 == 0:
            again.commit()
    again.close()
    assert (tmp_path / name).read_bytes() == (tmp_path / ("whole-" + name)).read_bytes()
    data = (tmp_path / name).read_bytes()
    lines = (gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == [f"d{i}" for i in range(10)]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "whole-" + name])
    assert JsonlOutput(str(tmp_path / name), RUN).open(resume=True) is None  # complete: nothing to resume


def test_resume_refuses_another_runs_output(tmp_path):
    out = JsonlOutput(str(tmp_path / "o.jsonl"), RUN)
    out.open(resume=False)
    out.write([record(0)])
    out.commit()
    with pytest.raises(ResumeError):
        JsonlOutput(str(tmp_path / "o.jsonl"), {**RUN, "text_field": "body"}).open(resume=True)


def test_parquet_unfinished_commit_is_dropped_on_resume(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = ParquetOutput(str(tmp_path / "t"), RUN)
    out.open(resume=False)
    out.write([record(0), record(1)])
    out.commit()
    # a crash during the next commit: one table's part written, another's still a temporary file
    (tmp_path / "t" / "articles" / "part-00001.parquet").write_bytes(b"half")
    (tmp_path / "t" / "entities" / ".part-00001.parquet.tmp").write_bytes(b"half")
    again = ParquetOutput(str(tmp_path / "t"), RUN)
    assert again.open(resume=True) == 2
    again.write([record(2)])
    again.close()
    articles = pq.read_table(tmp_path / "t" / "articles").to_pylist()
    assert [a["article_id"] for a in articles] == ["d0", "d1", "d2"]
    assert [a["position"] for a in articles] == [0, 1, 2]
    events = pq.read_table(tmp_path / "t" / "events").to_pylist()
    assert [dict(e["args"])["visitor"] for e in events] == [["e1"]] * 3
    assert (tmp_path / "t" / "_SUCCESS").exists()


def test_rows_join_on_article_and_entity_ids():
    rows = article_rows(7, json.loads(record(7)))
    assert rows["articles"][0]["article_id"] == "d7" and rows["articles"][0]["position"] == 7
    (entity,), (mention,) = rows["entities"], rows["mentions"]
    assert (entity["position"], entity["entity_id"]) == (mention["position"], mention["entity_id"]) == (7, "e1")
    assert json.loads(entity["attrs"])["last"] == "Петров"
