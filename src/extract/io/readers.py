"""Documents from files: JSONL / JSONL.gz, CSV, Parquet, folders of .txt, single .txt files, stdin.

Every reader streams (a line, a CSV row or a Parquet record batch at a time; nothing reads a whole
dump) and yields what `Extractor.pipe` takes: dicts with the id field, the text field and the
record's other fields (they become the Article's `meta`). What cannot be made into a document
still yields one, with the reason under `BAD_RECORD` (a malformed JSON line, with its number):
every input record becomes exactly one output record, nothing is silently lost. Texts read as
bytes (.txt files, binary columns) are decoded later by `text.checks`, per document, so that one
badly encoded article is one error and not a failed run.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import gzip
import io
import json
import os
import sys
import zlib
from pathlib import Path

from ..text.encoding import decode, decoded_as, detect
from ..text.errors import InputError


class ReaderError(Exception):
    """An input that cannot be read at all (a missing file, an unknown format)."""


BAD_RECORD = "_error"      # (kind, message): the reader could not make a document of this record
READ_WARNINGS = "_warnings"  # notes from reading (an encoding that was detected), go to the Article
BAD_JSON = BAD_RECORD      # the name the first version used

FORMATS = ("jsonl", "csv", "parquet", "txt", "dir")


def input_format(path: str) -> str:
    """The reader for a path, from its suffix (a trailing .gz is looked through)."""
    if path == "-":
        return "stdin"
    if Path(path).is_dir():
        return "dir"
    name = path.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    return "txt"


def _open_binary(path: str):
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _bad(id_field, text_field, doc_id, kind, message) -> dict:
    return {id_field: doc_id, text_field: None, BAD_RECORD: (kind, message)}


# --- JSONL -------------------------------------------------------------------------------------

def _jsonl_lines(path: str):
    if path == "-":
        yield from sys.stdin.buffer
        return
    with _open_binary(path) as f:
        yield from f


def read_jsonl(path: str, text_field="text", id_field="id", lines=None):
    """One document per non-blank line; a line in cp1251 is decoded (with a warning)."""
    name = "stdin" if path == "-" else Path(path).name
    for n, raw in enumerate(lines if lines is not None else _jsonl_lines(path), 1):
        if not raw.strip():
            continue
        fallback_id = f"{name}:{n}"
        try:
            line, warnings = decode(raw)
        except InputError as e:
            yield _bad(id_field, text_field, fallback_id, "encoding", f"line {n} of {name}: {e}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield _bad(id_field, text_field, fallback_id, "bad_json",
                       f"line {n} of {name} is not valid JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(record, dict):
            yield _bad(id_field, text_field, fallback_id, "bad_json", f"line {n} of {name} is not a JSON object")
            continue
        if record.get(id_field) is None:
            record[id_field] = fallback_id
        if warnings:
            record[READ_WARNINGS] = warnings
        yield record


# --- CSV ---------------------------------------------------------------------------------------

_SAMPLE = 1 << 16


def _csv_encoding(path: str) -> tuple[str, list[str]]:
    """The file's encoding, from its first 64 KB: UTF-8 unless that fails and another is detected."""
    with _open_binary(path) as f:
        sample = f.read(_SAMPLE)
    try:
        # a multi-byte character may be cut at the end of the sample
        sample.decode("utf-8-sig") if len(sample) < _SAMPLE else sample[:-4].decode("utf-8-sig")
        return "utf-8-sig", []
    except UnicodeDecodeError:
        pass
    encoding = detect(sample)
    if encoding is None:
        return "utf-8-sig", []  # undecodable: its rows come out with surrogates and become errors
    return encoding, [decoded_as(encoding)]


def read_csv(path: str, text_field="text", id_field="id"):
    """One document per row (the header names the fields); .tsv is tab-separated."""
    name = Path(path).name
    encoding, warnings = _csv_encoding(path)
    csv.field_size_limit(2**31 - 1)  # articles are longer than csv's default 128 KB field limit
    delimiter = "\t" if name.lower().removesuffix(".gz").endswith(".tsv") else ","
    with _open_binary(path) as raw:
        f = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline="")
        reader = csv.DictReader(f, delimiter=delimiter)
        n = 0
        while True:
            n += 1
            fallback_id = f"{name}:row {n}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield _bad(id_field, text_field, fallback_id, "bad_csv",
                           f"row {n} of {name} (line {reader.line_num}) is not valid CSV: {e}")
                continue
            row.pop(None, None)  # cells beyond the header
            text = row.get(text_field)
            if isinstance(text, str) and any("\udc80" <= c <= "\udcff" for c in text):
                row[text_field] = text.encode(encoding, "surrogateescape")  # decoded (or refused) per document
            if row.get(id_field) in (None, ""):
                row[id_field] = fallback_id
            if warnings:
                row[READ_WARNINGS] = list(warnings)
            yield row


# --- Parquet -----------------------------------------------------------------------------------

def _jsonable(value):
    """Parquet values that JSON cannot hold (dates, decimals, bytes) in a form it can."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def read_parquet(path: str, text_field="text", id_field="id", batch_rows: int = 256):
    """One document per row, read one record batch at a time."""
    import pyarrow.parquet as pq
    name = Path(path).name
    n = 0
    with pq.ParquetFile(path) as pf:
        for batch in pf.iter_batches(batch_size=batch_rows):
            for row in batch.to_pylist():
                n += 1
                doc = {k: (v if k == text_field else _jsonable(v)) for k, v in row.items()}
                if doc.get(id_field) is None:
                    doc[id_field] = f"{name}:row {n}"
                yield doc


# --- text files --------------------------------------------------------------------------------

def read_txt(path: str, text_field="text", id_field="id"):
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    yield {id_field: "stdin" if path == "-" else Path(path).name, text_field: data}


def read_folder(path: str, text_field="text", id_field="id"):
    """Every .txt file under a folder, recursively, in sorted order; id = path relative to it."""
    root = Path(path)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fname in sorted(filenames):
            if fname.lower().endswith(".txt"):
                file = Path(dirpath) / fname
                yield {id_field: file.relative_to(root).as_posix(), text_field: file.read_bytes()}


def _read_stdin(text_field, id_field):
    """stdin: JSONL when its first line is a JSON object, else one text."""
    data = sys.stdin.buffer.read()
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_jsonl("-", text_field, id_field, lines=io.BytesIO(data))
    else:
        yield {id_field: "stdin", text_field: data}


READERS = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet, "txt": read_txt, "dir": read_folder}


def check_paths(paths) -> None:
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise ReaderError(f"no such file: {path}")


def _guarded(docs, path: str, text_field, id_field):
    """A reader's documents; if the file cannot be read on (a cut .gz, a damaged Parquet file),
    one error record says so and the run goes on with the next input."""
    n = 0
    try:
        for doc in docs:
            n += 1
            yield doc
    except (OSError, EOFError, ValueError, zlib.error, csv.Error) as e:
        name = Path(path).name
        yield _bad(id_field, text_field, f"{name}:unreadable", "unreadable",
                   f"{name} cannot be read after its first {n:,} documents: {type(e).__name__}: {e}")


def read_documents(paths, text_field="text", id_field="id"):
    """Documents of every input, in order (a missing file is a ReaderError before anything is read)."""
    check_paths(paths)
    for path in paths:
        if path == "-":
            yield from _read_stdin(text_field, id_field)
        else:
            yield from _guarded(READERS[input_format(path)](path, text_field, id_field), path, text_field, id_field)


def count_documents(paths, text_field="text", id_field="id") -> int | None:
    """How many documents `read_documents` will yield, found cheaply (no text decoding, no JSON
    parsing where the format allows); None for stdin."""
    total = 0
    for path in paths:
        fmt = input_format(path)
        if fmt == "stdin":
            return None
        if fmt == "jsonl":
            with _open_binary(path) as f:
                total += sum(1 for line in f if line.strip())
        elif fmt == "parquet":
            import pyarrow.parquet as pq
            total += pq.ParquetFile(path).metadata.num_rows
        elif fmt == "csv":
            total += sum(1 for _ in read_csv(path, text_field, id_field))
        elif fmt == "dir":
            total += sum(1 for _, _, files in os.walk(path) for f in files if f.lower().endswith(".txt"))
        else:
            total += 1
    return total


def unpack(item, text_field: str = "text", id_field: str = "id") -> tuple:
    """(text, id, meta, reader warnings) of one input item: a string, or a dict from a reader."""
    if isinstance(item, dict):
        skip = (text_field, id_field, BAD_RECORD, READ_WARNINGS)
        meta = {k: v for k, v in item.items() if k not in skip}
        doc_id = item.get(id_field)
        text = InputError(*item[BAD_RECORD]) if BAD_RECORD in item else item.get(text_field)
        return text, None if doc_id is None else str(doc_id), meta, list(item.get(READ_WARNINGS) or [])
    return item, None, None, []
