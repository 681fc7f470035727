"""Articles back from the Parquet folder `extract run --format parquet` writes (io/writers.py).

The folder holds one table each for articles, entities, mentions, relations and events; every row
carries `article_id` and `position` (the document's place in the input), relation and event args
hold entity ids, attrs and meta are JSON strings. The records are rebuilt in input order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from ..records import Article, Entity, Event, Mention, Relation
from .read import OutputError

TABLES = ("articles", "entities", "mentions", "relations", "events")


def _rows(folder: Path, table: str) -> dict[int, list[dict]]:
    """A table's rows, by document position."""
    import pyarrow.parquet as pq
    path = folder / table
    if not path.is_dir() or not any(path.glob("*.parquet")):
        return {}
    by_position = defaultdict(list)
    for row in pq.read_table(path).to_pylist():
        by_position[row["position"]].append(row)
    return by_position


def _mention(row: dict, prefix: str) -> Mention | None:
    if row.get(f"{prefix}_start") is None:
        return None
    return Mention(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"])


def _loads(value, default):
    return json.loads(value) if isinstance(value, str) and value else default


def _args(value) -> dict:
    """A Parquet map comes back as [(key, value), ...] (or a dict, by reader)."""
    return dict(value.items() if isinstance(value, dict) else value or [])


def read_folder(folder) -> list[Article]:
    folder = Path(folder)
    if not (folder / "articles").is_dir():
        raise OutputError(f"{folder} is not an extract Parquet output (no articles table)")
    tables = {name: _rows(folder, name) for name in TABLES}
    articles = []
    for position in sorted(tables["articles"]):
        a = tables["articles"][position][0]
        mentions = defaultdict(list)
        for m in tables["mentions"].get(position, []):
            mentions[m["entity_id"]].append(Mention(m["start"], m["end"], m["text"]))
        entities = [Entity(e["entity_id"], e["type"], e["name"], mentions.get(e["entity_id"], []),
                           _loads(e["attrs"], {})) for e in tables["entities"].get(position, [])]
        relations = [Relation(r["type"], _args(r["args"]), _mention(r, "evidence"), _loads(r.get("attrs"), {}))
                     for r in sorted(tables["relations"].get(position, []), key=lambda r: r["relation_index"])]
        events = [Event(v["type"], _mention(v, "trigger"), {k: list(ids) for k, ids in _args(v["args"]).items()},
                        _mention(v, "evidence"), _loads(v.get("attrs"), {}))
                  for v in sorted(tables["events"].get(position, []), key=lambda v: v["event_index"])]
        error = {"type": a["error_type"], "message": a["error_message"]} if a.get("error_type") else None
        articles.append(Article(id=a["article_id"], meta=_loads(a.get("meta"), {}), entities=entities,
                                relations=relations, events=events, warnings=list(a.get("warnings") or []),
                                error=error, text=a.get("text")))
    return articles
