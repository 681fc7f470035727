"""Batch outputs that a crash never corrupts: contract JSONL (.gz by suffix) and Parquet tables.

Both write in commits of whole documents, and keep a small progress file beside the output
(replaced atomically: temp file, fsync, rename) that says how many input documents are safely
written. `--resume` reads it, drops whatever lies past the last commit (a half-written line, a
part file of an unfinished commit) and goes on from the next document.

JSONL: records are appended to `OUT.part`; each commit appends (for .gz: as one more gzip member,
which every gzip reader joins) and fsyncs before the progress file moves on; at the end `OUT.part`
is renamed to `OUT`. So `OUT` appears only complete, and `OUT.part` is valid up to the offset the
progress file names.

Parquet (`OUT/` a folder): one table each for articles, entities, mentions, relations and events
(`OUT/articles/part-00000.parquet`, ...), one part file per table per commit, each written under a
temporary name and renamed. Every row carries `article_id` and `position` (the document's place in
the input, 0-based): entities, mentions, relations and events join to articles on them, mentions
to entities on (`position`, `entity_id`), relation and event args hold entity ids.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

PROGRESS_VERSION = 1


class ResumeError(Exception):
    """The output cannot be resumed (made by another run, or damaged)."""


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _Committed:
    """The progress file: documents safely written, and what the writer needs to go on."""

    def __init__(self, path: Path, run: dict):
        self.path = path
        self.run = run

    def load(self) -> dict | None:
        if not self.path.exists():
            return None
        state = json.loads(self.path.read_text(encoding="utf-8"))
        if state.get("run") != self.run:
            raise ResumeError(f"{self.path} belongs to a run with other inputs or options "
                              f"({state.get('run')}); start anew without --resume")
        return state

    def save(self, **state) -> None:
        state = {"version": PROGRESS_VERSION, "run": self.run, **state}
        _write_atomically(self.path, json.dumps(state, ensure_ascii=False).encode("utf-8"))

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


class _Buffered:
    """Records wait in memory until the batch runner commits them as one durable step."""

    buffer: list

    def write(self, records) -> None:
        self.buffer.extend(records)

    def pending(self) -> int:
        return len(self.buffer)


class JsonlOutput(_Buffered):
    """Contract JSONL, one line per document, gzip-compressed when the name ends in .gz."""

    def __init__(self, path: str, run: dict):
        self.path = Path(path)
        self.part = self.path.with_name(self.path.name + ".part")
        self.progress = _Committed(self.path.with_name(self.path.name + ".progress"), run)
        self.gzip = self.path.name.lower().endswith(".gz")
        self.documents = 0   # committed
        self.size = 0        # committed bytes of the part file
        self.buffer: list[str] = []
        self.file = None

    def open(self, resume: bool) -> int | None:
        """Documents already written (to skip), or None when a resumed output is already complete."""
        if not resume:
            self.progress.remove()
        state = self.progress.load() if resume else None
        if resume and state is None and self.path.exists() and not self.part.exists():
            return None
        if state is not None:
            if not self.part.exists() or self.part.stat().st_size < state["bytes"]:
                raise ResumeError(f"{self.part} is shorter than its progress file says: cannot resume")
            self.documents, self.size = state["documents"], state["bytes"]
        self.part.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(self.part, "r+b" if self.part.exists() else "wb")
        self.file.truncate(self.size)  # a half-written line or an uncommitted tail: redone
        self.file.seek(self.size)
        return self.documents

    def commit(self) -> None:
        if not self.buffer:
            return
        data = "".join(line + "\n" for line in self.buffer).encode("utf-8")
        if self.gzip:
            data = gzip.compress(data, compresslevel=6, mtime=0)  # mtime=0: same input, same bytes
        self.file.seek(self.size)  # a commit cut short by a signal is overwritten, never repeated
        self.file.write(data)
        self.file.truncate()
        self.file.flush()
        os.fsync(self.file.fileno())
        self.documents += len(self.buffer)
        self.size += len(data)
        self.buffer = []
        self.progress.save(documents=self.documents, bytes=self.size)

    def close(self, complete: bool = True) -> None:
        self.commit()
        self.file.close()
        if complete:
            os.replace(self.part, self.path)
            _fsync_dir(self.path.parent)
            self.progress.remove()


# --- Parquet -----------------------------------------------------------------------------------

TABLES = ("articles", "entities", "mentions", "relations", "events")


def _schemas():
    import pyarrow as pa
    key = [("article_id", pa.string()), ("position", pa.int64())]
    span = lambda p: [(f"{p}_start", pa.int32()), (f"{p}_end", pa.int32()), (f"{p}_text", pa.string())]  # noqa: E731
    return {
        "articles": pa.schema(key + [
            ("schema", pa.string()), ("meta", pa.string()), ("warnings", pa.list_(pa.string())),
            ("error_type", pa.string()), ("error_message", pa.string()),
            ("entities", pa.int32()), ("relations", pa.int32()), ("events", pa.int32())]),
        "entities": pa.schema(key + [
            ("entity_id", pa.string()), ("type", pa.string()), ("name", pa.string()), ("attrs", pa.string()),
            ("mentions", pa.int32())]),
        "mentions": pa.schema(key + [("entity_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                                     ("text", pa.string())]),
        "relations": pa.schema(key + [
            ("relation_index", pa.int32()), ("type", pa.string()), ("args", pa.map_(pa.string(), pa.string())),
            *span("evidence"), ("attrs", pa.string())]),
        "events": pa.schema(key + [
            ("event_index", pa.int32()), ("type", pa.string()), *span("trigger"),
            ("args", pa.map_(pa.string(), pa.list_(pa.string()))), *span("evidence"), ("attrs", pa.string())]),
    }


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _span(prefix: str, m: dict | None) -> dict:
    m = m or {}
    return {f"{prefix}_start": m.get("start"), f"{prefix}_end": m.get("end"), f"{prefix}_text": m.get("text")}


def article_rows(position: int, record: dict) -> dict[str, list[dict]]:
    """The rows one contract Article gives each table."""
    key = {"article_id": record["id"], "position": position}
    error = record.get("error") or {}
    rows = {name: [] for name in TABLES}
    rows["articles"].append({
        **key, "schema": record["schema"], "meta": _json(record["meta"]), "warnings": record["warnings"],
        "error_type": error.get("type"), "error_message": error.get("message"),
        "entities": len(record["entities"]), "relations": len(record["relations"]),
        "events": len(record["events"])})
    for e in record["entities"]:
        rows["entities"].append({**key, "entity_id": e["id"], "type": e["type"], "name": e["name"],
                                 "attrs": _json(e["attrs"]), "mentions": len(e["mentions"])})
        rows["mentions"].extend({**key, "entity_id": e["id"], **m} for m in e["mentions"])
    for k, r in enumerate(record["relations"]):
        rows["relations"].append({**key, "relation_index": k, "type": r["type"], "args": list(r["args"].items()),
                                  **_span("evidence", r.get("evidence")), "attrs": _json(r.get("attrs") or {})})
    for k, ev in enumerate(record["events"]):
        rows["events"].append({**key, "event_index": k, "type": ev["type"], **_span("trigger", ev["trigger"]),
                               "args": [(role, list(ids)) for role, ids in ev["args"].items()],
                               **_span("evidence", ev.get("evidence")), "attrs": _json(ev.get("attrs") or {})})
    return rows


class ParquetOutput(_Buffered):
    """A folder of five Parquet tables, one part file per table per commit; takes JSON lines."""

    def __init__(self, path: str, run: dict):
        self.path = Path(path)
        self.progress = _Committed(self.path / "_progress.json", run)
        self.documents = 0   # committed
        self.parts = 0       # committed part files per table
        self.buffer: list[dict] = []

    def _part(self, table: str, n: int) -> Path:
        return self.path / table / f"part-{n:05d}.parquet"

    def open(self, resume: bool) -> int | None:
        if not resume:
            self.progress.remove()
        state = self.progress.load() if resume else None
        done = self.path / "_SUCCESS"
        if resume and state is None and done.exists():
            return None
        if state is not None:
            self.documents, self.parts = state["documents"], state["parts"]
        done.unlink(missing_ok=True)
        for table in TABLES:
            folder = self.path / table
            folder.mkdir(parents=True, exist_ok=True)
            for f in folder.iterdir():  # parts of an unfinished commit, or of an earlier run
                if f.name.endswith(".parquet.tmp") or (
                        f.name.startswith("part-") and f.suffix == ".parquet" and int(f.stem[5:]) >= self.parts):
                    f.unlink()
        return self.documents

    def commit(self) -> None:
        if not self.buffer:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq
        rows = {name: [] for name in TABLES}
        for k, line in enumerate(self.buffer):
            for name, more in article_rows(self.documents + k, json.loads(line)).items():
                rows[name].extend(more)
        for name, schema in _schemas().items():
            final = self._part(name, self.parts)
            tmp = final.with_name("." + final.name + ".tmp")  # hidden: dataset readers skip it
            pq.write_table(pa.Table.from_pylist(rows[name], schema=schema), tmp, compression="zstd")
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(tmp, final)
            _fsync_dir(final.parent)
        self.documents += len(self.buffer)
        self.parts += 1
        self.buffer = []
        self.progress.save(documents=self.documents, parts=self.parts)

    def close(self, complete: bool = True) -> None:
        self.commit()
        if complete:
            (self.path / "_SUCCESS").write_bytes(b"")
            self.progress.remove()


def make_output(path: str, fmt: str | None, run: dict):
    """The output for `-o PATH [--format]`: Parquet for --format parquet, else JSONL."""
    if fmt is None:
        fmt = "parquet" if path.endswith(("/", os.sep)) or Path(path).is_dir() else "jsonl"
    if fmt == "parquet":
        return ParquetOutput(path, run)
    if fmt == "jsonl":
        return JsonlOutput(path, run)
    raise ValueError(f"unknown output format {fmt!r}")
