"""`extract run` as a batch user runs it: real processes, real models, real kills."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from batch_dump import MAX_CHARS, expected_id, kind_of, write_dump

N = 500
COMMIT = 50


def run_args(src, out, *more, workers=2):
    return [sys.executable, "-m", "extract.cli", "run", str(src), "-o", str(out), "--max-chars", str(MAX_CHARS),
            "--commit-every", str(COMMIT), "--workers", str(workers), "--log-every", "0.5", *more]


def run(src, out, *more, workers=2):
    return subprocess.run(run_args(src, out, *more, workers=workers), capture_output=True, text=True, timeout=600)


def start(src, out, *more, workers=2):
    return subprocess.Popen(run_args(src, out, *more, workers=workers), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def committed(out) -> int:
    """Documents the run has committed so far (0 before its first commit)."""
    try:
        return json.loads(open(f"{out}.progress", encoding="utf-8").read())["documents"]
    except (FileNotFoundError, ValueError):
        return 0


def wait_for(condition, proc, timeout=300):
    end = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, "the run ended before the test could interrupt it"
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    return write_dump(tmp_path_factory.mktemp("dump") / "dump.jsonl", N)


@pytest.fixture(scope="module")
def reference(dump, tmp_path_factory):
    """An uninterrupted run with two workers: the records every other run must reproduce."""
    out = tmp_path_factory.mktemp("ref") / "out.jsonl"
    res = run(dump, out)
    assert res.returncode == 0, res.stderr
    return out, res


def records(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def test_every_input_gives_one_record_in_order_with_named_errors(reference):
    out, res = reference
    recs = records(out)
    assert len(recs) == N
    assert [r["id"] for r in recs] == [expected_id(i) for i in range(N)]
    cause = {"empty": ("empty", "empty"), "not_text": ("not_text", "got int"), "no_text": ("no_text", "no text"),
             "too_long": ("too_long", "3,000"), "bad_json": ("bad_json", "line {line} of dump.jsonl"),
             "bad_json_array": ("bad_json", "line {line} of dump.jsonl is not a JSON object"),
             "encoding": ("encoding", "line {line} of dump.jsonl"), "not_russian": ("not_russian", "Russian")}
    for i, r in enumerate(recs):
        kind = kind_of(i)
        if kind in cause:
            error_type, words = cause[kind]
            assert r["error"]["type"] == error_type, (i, r["error"])
            assert words.format(line=i + 1) in r["error"]["message"], (i, r["error"])
            assert r["entities"] == []
        else:
            assert r["error"] is None, (i, r["error"])
            assert any(e["type"] == "PERSON" for e in r["entities"]), (i, r["entities"])
            if kind == "html":
                assert any("offsets refer to the stripped text" in w for w in r["warnings"])
            if kind == "cp1251":
                assert any("cp1251" in w for w in r["warnings"])
            if kind == "good":
                assert r["meta"] == {"n": i}
    # the summary line, and no temporary files left behind
    summary = res.stderr.strip().splitlines()[-1]
    assert f"{N} documents" in summary and "40 errors" in summary and "docs/s" in summary
    assert sorted(os.listdir(out.parent)) == ["out.jsonl"]


def test_same_input_twice_gives_byte_identical_output(dump, reference, tmp_path):
    out = tmp_path / "again.jsonl"
    res = run(dump, out, workers=1)  # another worker count, too
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == reference[0].read_bytes()


def test_killed_run_resumes_without_loss_or_duplicates(dump, reference, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = start(dump, out)
    wait_for(lambda: committed(out) >= 2 * COMMIT, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert not out.exists()  # the final file appears only complete
    part = tmp_path / "out.jsonl.part"
    with open(part, "ab") as f:  # a half-written last line, as a crash mid-write leaves it
        f.write(b'{"schema": "extract/1", "id": "d1')
    res = run(dump, out, "--resume")
    assert res.returncode == 0, res.stderr
    assert "resuming after the" in res.stderr
    assert out.read_bytes() == reference[0].read_bytes()
    ids = [r["id"] for r in records(out)]
    assert len(ids) == len(set(ids)) == N
    assert not part.exists() and not (tmp_path / "out.jsonl.progress").exists()


def test_ctrl_c_stops_cleanly_with_a_summary_and_resumes(dump, reference, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = start(dump, out)
    wait_for(lambda: committed(out) >= COMMIT, proc)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run finished before Ctrl-C reached it")
    assert proc.returncode == 130, stderr
    assert "stopped" in stderr.strip().splitlines()[-1] and "--resume" in stderr
    res = run(dump, out, "--resume")
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == reference[0].read_bytes()
    res = run(dump, out, "--resume")
    assert res.returncode == 0 and "already complete" in res.stderr


def test_a_killed_worker_is_replaced_and_its_documents_retried(dump, reference, tmp_path):
    psutil = pytest.importorskip("psutil")
    out = tmp_path / "out.jsonl"
    proc = start(dump, out)
    wait_for(lambda: committed(out) >= COMMIT, proc)
    runner = psutil.Process(proc.pid)
    # the workers are the runner's grandchildren (children of multiprocessing's fork server)
    workers = [p for p in runner.children(recursive=True) if p.ppid() != proc.pid]
    assert workers, "no worker processes found"
    workers[0].send_signal(signal.SIGKILL)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert "a worker died (killed by SIGKILL)" in stderr
    got, want = records(out), records(reference[0])
    assert [r["id"] for r in got] == [r["id"] for r in want]
    for g, w in zip(got, want):  # retried documents give the same records (or, at worst, say why not)
        assert g == w or (g["error"] or {}).get("type") == "worker_died", g["id"]


def test_parquet_tables_join_on_article_and_entity_ids(dump, reference, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    small = tmp_path / "small.jsonl"
    small.write_bytes(b"".join(dump.read_bytes().splitlines(keepends=True)[:120]))
    out = tmp_path / "tables"
    res = run(small, out, "--format", "parquet")
    assert res.returncode == 0, res.stderr
    tables = {name: pq.read_table(out / name).to_pylist()
              for name in ("articles", "entities", "mentions", "relations", "events")}
    want = [r for r in records(reference[0])[:120]]
    assert [a["article_id"] for a in tables["articles"]] == [r["id"].replace("dump.jsonl", "small.jsonl")
                                                            for r in want]
    assert [a["position"] for a in tables["articles"]] == list(range(120))
    assert sum(a["error_type"] is not None for a in tables["articles"]) == sum(r["error"] is not None for r in want)
    entity_keys = {(e["position"], e["entity_id"]) for e in tables["entities"]}
    assert len(entity_keys) == len(tables["entities"]) == sum(len(r["entities"]) for r in want)
    assert all((m["position"], m["entity_id"]) in entity_keys for m in tables["mentions"])
    assert len(tables["mentions"]) == sum(len(e["mentions"]) for r in want for e in r["entities"])
    names = {(e["article_id"], e["entity_id"]): e["name"] for e in tables["entities"]}
    for r in want:
        for e in r["entities"]:
            assert names[(r["id"], e["id"])] == e["name"]
    assert (out / "_SUCCESS").exists() and not (out / "_progress.json").exists()


def test_usage_errors_exit_2(tmp_path):
    res = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(tmp_path / "missing.jsonl"),
                          "-o", str(tmp_path / "o.jsonl")], capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "no such file" in res.stderr
