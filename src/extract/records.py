"""The record contract (shared/records.md) as plain Python classes.

These classes only hold and serialise; the pipeline stages fill them (see assemble.py).
`to_dict()` gives exactly the contract's JSON shape; fields may be added, never renamed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

SCHEMA_VERSION = "extract/1"

ENTITY_TYPES = ("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "DATE", "POSITION", "RANK", "DOCUMENT")
RELATION_TYPES = ("OCCUPATION", "HAS_RANK", "LOCATED_IN")
EVENT_TYPES = ("MEETING", "VISIT", "SIGNING", "APPOINTMENT", "STATEMENT")


@dataclass
class Mention:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict) -> "Mention":
        return cls(d["start"], d["end"], d["text"])

    def __repr__(self):
        return f"Mention({self.start}:{self.end} {self.text!r})"


@dataclass
class Entity:
    id: str
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "name": self.name,
                "mentions": [m.to_dict() for m in self.mentions], "attrs": dict(self.attrs)}

    @classmethod
    def from_dict(cls, d: dict) -> "Entity":
        return cls(d["id"], d["type"], d["name"], [Mention.from_dict(m) for m in d.get("mentions", [])],
                   dict(d.get("attrs") or {}))

    def __repr__(self):
        return f"Entity({self.id} {self.type} {self.name!r} x{len(self.mentions)} {self.attrs})"


@dataclass
class Relation:
    type: str
    args: dict
    evidence: Mention | None = None
    attrs: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {"type": self.type, "args": dict(self.args),
             "evidence": self.evidence.to_dict() if self.evidence else None}
        if self.attrs:
            d["attrs"] = dict(self.attrs)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Relation":
        ev = d.get("evidence")
        return cls(d["type"], dict(d["args"]), Mention.from_dict(ev) if ev else None, dict(d.get("attrs") or {}))


@dataclass
class Event:
    type: str
    trigger: Mention
    args: dict
    evidence: Mention | None = None
    attrs: dict = field(default_factory=dict)  # e.g. modality: fact | planned | possible | negated

    def to_dict(self) -> dict:
        d = {"type": self.type, "trigger": self.trigger.to_dict(),
             "args": {k: list(v) for k, v in self.args.items()},
             "evidence": self.evidence.to_dict() if self.evidence else None}
        if self.attrs:
            d["attrs"] = dict(self.attrs)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Event":
        ev = d.get("evidence")
        return cls(d["type"], Mention.from_dict(d["trigger"]), {k: list(v) for k, v in d["args"].items()},
                   Mention.from_dict(ev) if ev else None, dict(d.get("attrs") or {}))


@dataclass
class Article:
    id: str
    meta: dict = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: dict | None = None
    text: str | None = field(default=None, repr=False)  # the input text; not serialised
    doc: object = field(default=None, repr=False, compare=False)  # the spaCy Doc behind it, when kept

    def to_dict(self, *, text: bool = False) -> dict:
        """The contract's JSON shape; `text=True` adds the optional `text` field (the input text), which
        lets records be shown highlighted later (`extract report`) without the original input."""
        d = {"schema": SCHEMA_VERSION, "id": self.id, "meta": dict(self.meta),
             "entities": [e.to_dict() for e in self.entities],
             "relations": [r.to_dict() for r in self.relations],
             "events": [e.to_dict() for e in self.events],
             "warnings": list(self.warnings), "error": self.error}
        if text and self.text is not None:
            d["text"] = self.text
        return d

    def to_json(self, *, text: bool = False, **kwargs) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(text=text), **kwargs)

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        return cls(id=d["id"], meta=dict(d.get("meta") or {}),
                   entities=[Entity.from_dict(e) for e in d.get("entities", [])],
                   relations=[Relation.from_dict(r) for r in d.get("relations", [])],
                   events=[Event.from_dict(e) for e in d.get("events", [])],
                   warnings=list(d.get("warnings") or []), error=d.get("error"), text=d.get("text"))

    @classmethod
    def failed(cls, id: str, error_type: str, message: str, meta: dict | None = None) -> "Article":
        """The one record a document that cannot be processed still yields."""
        return cls(id=id, meta=dict(meta or {}), error={"type": error_type, "message": message})

    # conveniences for analysts
    def entity(self, id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == id), None)

    def of_type(self, type: str) -> list[Entity]:
        return [e for e in self.entities if e.type == type]

    # views for notebooks, made by explore/ (imported lazily: records need neither pandas nor matplotlib)
    def frames(self):
        """This article's records as pandas DataFrames (`extract.frames`)."""
        from .explore.frames import frames
        return frames([self])

    def _repr_html_(self) -> str:
        from .explore.render import render, render_facts
        return render(self) + render_facts(self)


@lru_cache(maxsize=1)
def json_schema() -> dict:
    """The JSON Schema of one Article, shipped in the package."""
    return json.loads(resources.files("extract").joinpath("schema/article.schema.json").read_text("utf-8"))
