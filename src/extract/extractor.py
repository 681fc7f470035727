"""`Extractor`: texts in, Articles out, one per input, in input order, errors kept per document."""

from __future__ import annotations

from typing import Iterable, Iterator

from . import assemble
from .io.readers import unpack
from .records import Article
from .text.checks import DEFAULT_MAX_CHARS, InputError, check_text, text_id


class Extractor:
    """Loads the pipeline once; `extract` one text or `pipe` many.

    Items for `pipe` are strings or dicts with `text` (and optionally `id`; every other field
    goes to the Article's `meta`). `keep_doc=True` keeps the spaCy Doc on `Article.doc`.
    """

    def __init__(self, batch_size: int = 32, max_chars: int = DEFAULT_MAX_CHARS, keep_doc: bool = False,
                 text_field: str = "text", id_field: str = "id"):
        from .pipeline import load
        self.nlp = load(batch_size)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.keep_doc = keep_doc
        self.text_field = text_field
        self.id_field = id_field

    def options(self) -> dict:
        """What a worker process needs to build the same Extractor."""
        return {"batch_size": self.batch_size, "max_chars": self.max_chars,
                "text_field": self.text_field, "id_field": self.id_field}

    def extract(self, text, *, id: str | None = None, meta: dict | None = None) -> Article:
        return next(self._process([(text, id, meta, [])]))

    def pipe(self, items: Iterable, batch_size: int | None = None, n_process: int = 1) -> Iterator[Article]:
        batch_size = batch_size or self.batch_size
        triples = (self._unpack(item, n) for n, item in enumerate(items))
        if n_process == 1:
            # batches grow 1, 2, 4, ... up to batch_size: the first record comes as soon as the
            # first document is done, and later batches are large enough to share model batches
            buf, size = [], 1
            for t in triples:
                buf.append(t)
                if len(buf) >= size:
                    yield from self._process(buf)
                    buf, size = [], min(size * 2, batch_size)
            if buf:
                yield from self._process(buf)
        else:
            from .parallel import pipe_articles
            yield from pipe_articles(triples, n_process, batch_size, self.options())

    def _unpack(self, item, n: int):
        return unpack(item, self.text_field, self.id_field)

    def _process(self, items) -> Iterator[Article]:
        """Articles for (text, id, meta, warnings) items: bad inputs become error Articles, good
        ones go through nlp.pipe together; if the batch fails, each document is retried alone."""
        ready, results = [], [None] * len(items)
        for k, (text, doc_id, meta, read_warnings) in enumerate(items):
            doc_id = doc_id if doc_id is not None else text_id(text if text is not None else "")
            try:
                if isinstance(text, InputError):  # the reader could not make a document of it
                    raise text
                clean, warnings = check_text(text, self.max_chars)
                warnings[:0] = read_warnings
            except InputError as e:
                results[k] = Article.failed(doc_id, e.kind, str(e), meta)
                continue
            ready.append((k, clean, doc_id, meta, warnings))
        try:
            docs = list(self.nlp.pipe(self._make_doc(t[1], t[3]) for t in ready))
        except Exception:  # one bad document must not sink its batch: isolate it
            docs = [self._one(t[1], t[3]) for t in ready]
        for (k, clean, doc_id, meta, warnings), doc in zip(ready, docs):
            if isinstance(doc, Exception):
                results[k] = Article.failed(doc_id, "internal", f"{type(doc).__name__}: {doc}", meta)
                continue
            art = assemble.article(doc, doc_id, meta, keep_doc=self.keep_doc)
            art.warnings[:0] = warnings
            results[k] = art
        yield from results

    def _make_doc(self, text: str, meta: dict | None):
        """The tokenised Doc with the input's meta on `doc._.meta`, so that stages can read it
        (the dates stage resolves «вчера» against meta["date"]); nlp.pipe accepts Docs."""
        doc = self.nlp.make_doc(text)
        doc._.meta = dict(meta or {})
        return doc

    def _one(self, text, meta=None):
        try:
            return self.nlp(self._make_doc(text, meta))
        except Exception as e:  # noqa: BLE001 — recorded on the document's Article
            return e


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT
