"""Batch inputs: every format and encoding a dump comes in, read as a stream, one document per record."""

import csv
import gzip
import json

import pytest

from extract.io.readers import BAD_RECORD, count_documents, read_documents

NEWS = "Министр экономики Карелии Олег Брусникин прибыл в Петрозаводск на переговоры с губернатором."


def test_jsonl_gz_with_own_field_names_keeps_other_fields_in_meta(tmp_path, extractor):
    import extract
    extractor = extract.Extractor(text_field="body", id_field="doc_id")  # the pipeline itself is shared
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"doc_id": 7, "body": NEWS, "source": "wire", "tags": ["a"]}, ensure_ascii=False) + "\n")
        f.write("\n")  # blank lines are not documents
        f.write(json.dumps({"body": NEWS}, ensure_ascii=False) + "\n")
    docs = list(read_documents([str(path)], text_field="body", id_field="doc_id"))
    arts = list(extractor.pipe(docs))
    assert [a.id for a in arts] == ["7", "dump.jsonl.gz:3"]
    assert arts[0].meta == {"source": "wire", "tags": ["a"]}
    assert any(e.name == "Петрозаводск" for e in arts[0].entities)
    assert count_documents([str(path)]) == 2


def test_malformed_and_non_object_lines_name_their_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b", "text": \n[1, 2]\n')
    docs = list(read_documents([str(path)]))
    assert [d["id"] for d in docs] == ["a", "d.jsonl:2", "d.jsonl:3"]
    assert docs[1][BAD_RECORD][0] == "bad_json" and "line 2" in docs[1][BAD_RECORD][1]
    assert docs[2][BAD_RECORD][0] == "bad_json" and "not a JSON object" in docs[2][BAD_RECORD][1]


def test_cp1251_is_detected_and_decoded_with_a_warning(tmp_path, extractor):
    line = json.dumps({"id": "w", "text": NEWS}, ensure_ascii=False).encode("cp1251")
    (tmp_path / "d.jsonl").write_bytes(line + b"\n")
    (tmp_path / "a.txt").write_bytes(NEWS.encode("cp1251"))
    for path in (tmp_path / "d.jsonl", tmp_path / "a.txt"):
        art = next(extractor.pipe(read_documents([str(path)])))
        assert art.error is None, art.error
        assert any("cp1251" in w and "detected" in w for w in art.warnings), art.warnings
        assert any(e.name == "Олег Брусникин" for e in art.entities)


def test_utf8_bom_is_dropped_and_undecodable_bytes_are_an_error(tmp_path, extractor):
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode("utf-8") + NEWS.encode("utf-8"))
    (tmp_path / "bad.txt").write_bytes(bytes(range(128, 256)) * 4)
    bom, bad = extractor.pipe(read_documents([str(tmp_path / "bom.txt"), str(tmp_path / "bad.txt")]))
    assert bom.error is None and not any("UTF-8" in w for w in bom.warnings)
    person = next(e for e in bom.entities if e.type == "PERSON")
    assert person.mentions[0].text == "Олег Брусникин"
    assert NEWS[person.mentions[0].start:person.mentions[0].end] == "Олег Брусникин"  # BOM not counted
    assert bad.error["type"] == "encoding" and "UTF-8" in bad.error["message"]


def test_html_is_stripped_and_offsets_refer_to_the_stripped_text(extractor):
    from extract.text.html import to_text
    page = ("<html><body><h1>Визит</h1><p>Министр экономики Карелии <b>Олег Брусникин</b> прибыл в "
            "Петрозаводск.</p><script>var x = 1;</script></body></html>")
    art = extractor.extract(page)
    assert art.error is None
    assert any("HTML" in w and "offsets refer to the stripped text" in w for w in art.warnings)
    stripped = to_text(page)
    assert "<b>" not in stripped and "var x" not in stripped
    person = next(e for e in art.entities if e.type == "PERSON")
    assert all(stripped[m.start:m.end] == m.text for m in person.mentions)
    # a lone "<" in plain text is not HTML
    plain = extractor.extract("В Москве курс составил a < b, сообщил Олег Брусникин.")
    assert not any("HTML" in w for w in plain.warnings)


def test_folder_of_txt_is_read_recursively_with_relative_ids(tmp_path):
    (tmp_path / "2024" / "05").mkdir(parents=True)
    (tmp_path / "2024" / "05" / "b.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "notes.md").write_text("skip", encoding="utf-8")
    docs = list(read_documents([str(tmp_path)]))
    assert [d["id"] for d in docs] == ["a.txt", "2024/05/b.txt"]
    assert count_documents([str(tmp_path)]) == 2


def test_csv_with_long_multiline_texts_and_cp1251(tmp_path):
    long_text = (NEWS + "\n") * 3000  # longer than csv's default field limit
    path = tmp_path / "d.csv"
    with open(path, "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f)
        w.writerow(["key", "body", "rubric"])
        w.writerow(["k1", long_text, "экономика"])
        w.writerow(["", NEWS, "политика"])
    docs = list(read_documents([str(path)], text_field="body", id_field="key"))
    assert [d["key"] for d in docs] == ["k1", "d.csv:row 2"]
    assert docs[0]["body"] == long_text and docs[1]["rubric"] == "политика"
    assert count_documents([str(path)], text_field="body", id_field="key") == 2


def test_parquet_is_streamed_by_batches(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import datetime

    import pyarrow.parquet as pq
    n = 600
    table = pa.table({"text": [f"{NEWS} Выпуск {i}." for i in range(n)],
                      "published": [datetime.date(2024, 1, 1 + i % 28) for i in range(n)]})
    path = tmp_path / "d.parquet"
    pq.write_table(table, path, row_group_size=100)
    docs = list(read_documents([str(path)]))
    assert len(docs) == n and docs[0]["id"] == "d.parquet:row 1" and docs[-1]["id"] == f"d.parquet:row {n}"
    assert docs[5]["published"] == "2024-01-06"  # JSON-ready meta
    assert count_documents([str(path)]) == n
