"""The `extract` command, as a user runs it: real processes, real models."""

import json
import subprocess
import sys

from conftest import SEED


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], input=input,
                          capture_output=True, text=True, timeout=300)


def test_txt_file_gives_one_article(tmp_path):
    res = run(str(SEED))
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert len(lines) == 1
    art = json.loads(lines[0])
    names = {(e["type"], e["name"]) for e in art["entities"]}
    assert ("PERSON", "Дун Цзюнь") in names and ("PERSON", "Руслан Жаксылыков") in names


def test_jsonl_with_bad_records_keeps_order_and_exits_zero(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "good", "text": "Премьер-министр Индии Нарендра Моди посетил Москву.", "source": "x"}),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "number", "text": 17}),
        "{not json",
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run(str(src), "-o", str(out))
    assert res.returncode == 0, res.stderr
    arts = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [a["id"] for a in arts] == ["good", "empty", "number", "in.jsonl:4"]
    assert arts[0]["error"] is None and arts[0]["meta"] == {"source": "x"}
    assert arts[1]["error"]["type"] == "empty"
    assert arts[2]["error"]["type"] == "not_text"
    assert arts[3]["error"]["type"] == "bad_json" and "line 4" in arts[3]["error"]["message"]


def test_custom_fields_and_stdin():
    line = json.dumps({"doc": "n1", "body": "Канцлер Германии прибыл в Париж."}) + "\n"
    res = run("-", "--text-field", "body", "--id-field", "doc", input=line)
    assert res.returncode == 0, res.stderr
    art = json.loads(res.stdout)
    assert art["id"] == "n1" and any(e["name"] == "Париж" for e in art["entities"])


def test_usage_errors_exit_2():
    res = run("no-such-file.txt")
    assert res.returncode == 2 and "no such file" in res.stderr
    res = run()
    assert res.returncode == 2
