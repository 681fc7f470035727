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
from ..tagging.lemma import analyzer


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


def _known_adjective(word: str) -> bool:
    """A dictionary adjective («южный»), not an unknown name slovnet reads as one («Нью-Йорк»)."""
    if "-" in word or not analyzer().word_is_known(word.lower()):
        return False
    return analyzer().parse(word.lower())[0].tag.POS == "ADJF"


def not_a_place(ent) -> bool:
    """NER LOC spans that name no place: people («Американцы», «Палестинцы»: an animate noun)
    a lone adjective («Южная», «Кипрское» cut from the noun they qualify), a domain name («.РФ»)."""
    words = [t for t in ent if any(c.isalnum() for c in t.text)]
    if not words:
        return True
    if all(t.pos_ == "ADJ" and _known_adjective(t.text) for t in words):
        return True
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text == "." and not doc[ent.start - 1].whitespace_:
        return True  # «.РФ»: a domain name
    head = next((t for t in words if not (ent.start <= t.head.i < ent.end) or t.head.i == t.i), words[-1])
    return (head.pos_ in ("NOUN", "PROPN") and head.morph.get("Animacy") == ["Anim"]
            and head.morph.get("Number") == ["Plur"] and len(words) == 1)


class PlaceFinder:
    def __call__(self, doc):
        span = body(doc)
        claimed = [f for f in doc._.found if f.type == "COUNTRY"]
        index = place_index()
        for ent in span.ents:
            if ent.label_ != "LOC" or any(f.start < ent.end and ent.start < f.end for f in claimed):
                continue
            hit = index.get(tokens_key(ent))
            if not hit and not_a_place(ent):
                continue
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
