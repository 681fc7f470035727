"""LOCATION mentions: the NER's LOC spans that are not countries, with kind and country.

Kind and country come from models/places.tsv (capitals, large cities, regions) when it knows the
place; otherwise kind is "other" and country null.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..resources import read_tsv
from ..text.layout import body
from .gazetteer import find_phrases, phrase_key, tokens_key
from .mention import Found, add
from .norm import phrase_nominative


@lru_cache(maxsize=1)
def place_index() -> dict:
    """Lemma key -> (canonical name, iso or None, kind)."""
    index = {}
    for row in read_tsv("places.tsv"):
        value = (row["name"], row["iso"] or None, row["kind"] or "other")
        for alias in filter(None, [row["name"]] + row["aliases"].split("|")):
            index.setdefault(phrase_key(alias), value)
    return index


def known_places(doc, tokens):
    """(start, end, (name, iso, kind)) of lexicon places among tokens, capitalised only."""
    return [(s, e, v) for s, e, v in find_phrases(doc, tokens, place_index()) if doc[s].text[:1].isupper()]


class PlaceFinder:
    def __call__(self, doc):
        span = body(doc)
        claimed = [f for f in doc._.found if f.type == "COUNTRY"]
        index = place_index()
        for ent in span.ents:
            if ent.label_ != "LOC" or any(f.start < ent.end and ent.start < f.end for f in claimed):
                continue
            hit = index.get(tokens_key(ent))
            if hit:
                name, iso, kind = hit
            else:
                name, iso, kind = phrase_nominative(ent), None, "other"
            add(doc, Found("LOCATION", ent.start, ent.end, name, {"kind": kind, "country": iso},
                           key=f"place:{name.lower()}" if hit else None, source="ner"))
        # lexicon places the NER missed
        for start, end, (name, iso, kind) in known_places(doc, span):
            if any(f.start < end and start < f.end for f in doc._.found):
                continue
            add(doc, Found("LOCATION", start, end, name, {"kind": kind, "country": iso},
                           key=f"place:{name.lower()}", source="lexicon"))
        return doc


@Language.factory("places")
def make_places(nlp, name):
    return PlaceFinder()
