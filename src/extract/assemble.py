"""From a processed spaCy Doc to the contract's Article."""

from __future__ import annotations

from .records import Article, Entity, Mention
from .text.tokenizer import doc_text

PERSON_ATTRS = ("first", "middle", "last")


def mention(doc, start_char: int, end_char: int) -> Mention:
    return Mention(start_char, end_char, doc_text(doc)[start_char:end_char])


def span_mention(span) -> Mention:
    return Mention(span.start_char, span.end_char, span.text)


def entity_record(doc, cluster) -> Entity:
    attrs = dict(cluster.attrs)
    if cluster.type == "PERSON":
        attrs = {k: attrs.get(k) for k in PERSON_ATTRS} | {k: v for k, v in attrs.items() if k not in PERSON_ATTRS}
    mentions = []
    seen = set()
    for f in cluster.found:
        span = doc[f.start:f.end]
        if (span.start_char, span.end_char) not in seen:
            seen.add((span.start_char, span.end_char))
            mentions.append(span_mention(span))
    return Entity(cluster.id, cluster.type, cluster.name, mentions, attrs)


def article(doc, id: str, meta: dict | None = None, keep_doc: bool = False) -> Article:
    return Article(
        id=id,
        meta=dict(meta or {}),
        entities=[entity_record(doc, c) for c in doc._.entities or []],
        relations=list(doc._.relations or []),
        events=list(doc._.events or []),
        warnings=list(doc._.warnings or []),
        text=doc_text(doc),
        doc=doc if keep_doc else None,
    )
