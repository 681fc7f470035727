"""extract: structured records from Russian news.

    >>> import extract
    >>> art = extract.extract("Министр иностранных дел Индии прибыл в Москву ...")
    >>> [(e.type, e.name) for e in art.entities]
"""

from .records import Article, Entity, Event, Mention, Relation, json_schema
from .extractor import Extractor, default_extractor

__version__ = "0.1.0"

__all__ = ["Article", "Entity", "Event", "Mention", "Relation", "Extractor", "extract", "load", "json_schema"]


def load(batch_size: int = 32):
    """The spaCy Language behind extract (built once per process)."""
    from .pipeline import load as _load
    return _load(batch_size)


def extract(text, *, id: str | None = None, meta: dict | None = None) -> Article:
    """Records of one article: entities, relations, events, with offsets into text."""
    return default_extractor().extract(text, id=id, meta=meta)
