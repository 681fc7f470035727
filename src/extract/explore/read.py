"""A batch's output back in Python: contract JSONL (plain or .gz), or the batch's Parquet folder."""

from __future__ import annotations

import gzip
import json
from itertools import chain
from pathlib import Path

from ..records import Article


class OutputError(ValueError):
    """Something that is not extract's output."""


def _records(path: Path):
    """The JSON objects of a file: one per line (JSONL), or indented one after another (`extract --pretty`)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        first = f.readline()
        if first.strip() == "{":  # --pretty output: objects spread over lines
            text, decoder, at = first + f.read(), json.JSONDecoder(), 0
            while True:
                while at < len(text) and text[at].isspace():
                    at += 1
                if at == len(text):
                    return
                try:
                    record, at = decoder.raw_decode(text, at)
                except json.JSONDecodeError as e:
                    raise OutputError(f"{path.name} is not JSON at line {e.lineno}: {e.msg}") from None
                yield record
        for n, line in enumerate(chain([first], f), 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise OutputError(f"line {n} of {path.name} is not JSON: {e.msg}") from None


def read_jsonl(path) -> list[Article]:
    """Articles from contract JSONL (plain or .gz), or the indented JSON of `extract --pretty`."""
    path = Path(path)
    articles = []
    for n, record in enumerate(_records(path), 1):
        if not isinstance(record, dict) or "entities" not in record or "id" not in record:
            raise OutputError(f"record {n} of {path.name} is not an extract Article (no id/entities)")
        articles.append(Article.from_dict(record))
    return articles


def read(path, *, as_frames: bool = False):
    """Articles (or, with `as_frames`, their frames) from a JSONL file or a Parquet folder."""
    path = Path(path)
    if path.is_dir():
        from .parquet import read_folder
        articles = read_folder(path)
    elif path.exists():
        articles = read_jsonl(path)
    else:
        raise FileNotFoundError(f"no such file or folder: {path}")
    if as_frames:
        from .frames import frames
        return frames(articles)
    return articles
