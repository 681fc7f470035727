"""extract: structured records from Russian news.

    >>> import extract
    >>> art = extract.extract("Министр иностранных дел Индии прибыл в Москву ...")
    >>> [(e.type, e.name) for e in art.entities]
"""

from .records import Article, Entity, Event, Mention, Relation, json_schema

__version__ = "0.1.0"

__all__ = ["Article", "Entity", "Event", "Mention", "Relation", "Extractor", "extract", "load", "json_schema",
           "frames", "read"]


def load(batch_size: int = 32):
    """The spaCy Language behind extract (built once per process)."""
    from .pipeline import load as _load
    return _load(batch_size)


def extract(text, *, id: str | None = None, meta: dict | None = None) -> Article:
    """Records of one article: entities, relations, events, with offsets into text."""
    from .extractor import default_extractor
    return default_extractor().extract(text, id=id, meta=meta)


def frames(articles):
    """The records of many articles as pandas DataFrames (needs the `explore` extra); see explore/frames.py."""
    from .explore.frames import frames as _frames
    return _frames(articles)


def read(path, *, as_frames: bool = False):
    """A batch's output (a JSONL file or a Parquet folder) back as Articles, or as frames."""
    from .explore.read import read as _read
    return _read(path, as_frames=as_frames)


def __getattr__(name):
    # imported when first used, not with the package: `Extractor` needs spaCy (a second of imports
    # the batch parent process, which only reads and writes, does without); `extract.plot` matplotlib
    if name in ("Extractor", "default_extractor"):
        from . import extractor
        return getattr(extractor, name)
    if name == "plot":
        import importlib
        return importlib.import_module(".plot", __name__)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
