"""A batch's output back in Python: contract JSONL (plain or .gz), or the batch's Parquet folder."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from ..records import Article


class OutputError(ValueError):
    """Something that is not extract's output."""


def read_jsonl(path) -> list[Article]:
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    articles = []
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise OutputError(f"line {n} of {path.name} is not JSON: {e.msg}") from None
            if not isinstance(record, dict) or "entities" not in record or "id" not in record:
                raise OutputError(f"line {n} of {path.name} is not an extract Article (no id/entities)")
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
