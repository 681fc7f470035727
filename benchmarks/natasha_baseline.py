"""Bare natasha on the same documents, for comparison: NER spans as single-mention entities.

Importing natasha pulls in pymorphy2 (patched by natasha's own import); this module is used only by
the benchmarks, never by the package.
"""

from __future__ import annotations

from functools import lru_cache

TYPES = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}


@lru_cache(maxsize=1)
def models():
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
    emb = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)


def natasha_doc(text: str, full: bool = True):
    """natasha's Doc with segment + NER (and morph + syntax when full)."""
    from natasha import Doc
    segmenter, morph, syntax, ner = models()
    doc = Doc(text)
    doc.segment(segmenter)
    if full:
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
    doc.tag_ner(ner)
    return doc


def natasha_article(doc_id: str, text: str) -> dict:
    doc = natasha_doc(text, full=False)
    entities = []
    for n, span in enumerate(doc.spans, 1):
        entities.append({"id": f"e{n}", "type": TYPES[span.type], "name": span.text,
                         "mentions": [{"start": span.start, "end": span.stop, "text": text[span.start:span.stop]}],
                         "attrs": {}})
    return {"schema": "extract/1", "id": doc_id, "meta": {}, "entities": entities, "relations": [],
            "events": [], "warnings": [], "error": None}
