"""Documents from files: .txt (one article), JSONL / JSONL.gz (one per line), stdin.

Yields what `Extractor.pipe` takes: dicts with id, text and the record's other fields. A line that
is not valid JSON still yields a document (text None, its `_error` saying why, with the line
number), so that it becomes an error Article in its place: nothing is silently lost.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path


class ReaderError(Exception):
    """An input that cannot be read at all (a missing file, an unknown format)."""


BAD_JSON = "_error"


def _open_text(path: str):
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape")
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="surrogateescape")
    return open(path, encoding="utf-8", errors="surrogateescape")


def read_jsonl(path: str, text_field="text", id_field="id"):
    name = "stdin" if path == "-" else Path(path).name
    with _open_text(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                yield {id_field: f"{name}:{n}", text_field: None,
                       BAD_JSON: ("bad_json", f"line {n} of {name} is not valid JSON: {e.msg} at column {e.colno}")}
                continue
            if not isinstance(record, dict):
                yield {id_field: f"{name}:{n}", text_field: None,
                       BAD_JSON: ("bad_json", f"line {n} of {name} is not a JSON object")}
                continue
            if record.get(id_field) is None:
                record[id_field] = f"{name}:{n}"
            yield record


def read_txt(path: str, text_field="text", id_field="id"):
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    yield {id_field: "stdin" if path == "-" else Path(path).name, text_field: data}


def _looks_jsonl(path: str) -> bool:
    return any(path.endswith(s) for s in (".jsonl", ".jsonl.gz", ".ndjson", ".json"))


def read_documents(paths, text_field="text", id_field="id"):
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise ReaderError(f"no such file: {path}")
        if _looks_jsonl(path):
            yield from read_jsonl(path, text_field, id_field)
        elif path == "-":
            # stdin: JSONL when its first line is a JSON object, else one text
            data = sys.stdin.buffer.read()
            if data.lstrip().startswith(b"{"):
                sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
                yield from read_jsonl("-", text_field, id_field)
            else:
                yield {id_field: "stdin", text_field: data}
        else:
            yield from read_txt(path, text_field, id_field)
