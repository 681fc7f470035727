"""ORGANIZATION mentions: the NER's ORG spans and the organisation lexicon, normalised.

The name is the nominative of the whole phrase. An ORG span followed by the genitive of a
country («Министерство обороны» + «Казахстана») is one organisation of that country: the NER often
cuts such names in two. Kind comes from the lexicon or from the head word
(models/organisation_heads.tsv); country from the lexicon or a country named inside the name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..resources import read_tsv
from ..text.layout import body
from .gazetteer import find_phrases, fold, phrase_key, tokens_key
from .mention import Found, add
from .norm import phrase_nominative


@lru_cache(maxsize=1)
def org_index() -> dict:
    """Lemma key of an abbreviation, full name or alias -> lexicon row."""
    index = {}
    for row in read_tsv("organisations.tsv"):
        for alias in filter(None, [row["abbr"], row["name"]] + row["aliases"].split("|")):
            index.setdefault(phrase_key(alias), row)
    return index


@lru_cache(maxsize=1)
def head_kinds() -> dict:
    kinds = {}
    for row in read_tsv("organisation_heads.tsv"):
        kinds.setdefault(fold(row["word"]), row["kind"])
    return kinds


def kind_of(span) -> str:
    kinds = head_kinds()
    for t in span:
        k = kinds.get(fold(t.lemma_))
        if k:
            return k
    return "other"


class OrganisationFinder:
    def __call__(self, doc):
        span = body(doc)
        countries = [f for f in doc._.found if f.type == "COUNTRY"]
        index = org_index()
        spans = []
        for ent in span.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            # «Министерство обороны» + «Казахстана»: a genitive country right after the name
            nxt = next((c for c in countries if c.start == end), None)
            if nxt is not None and doc[nxt.start].morph.get("Case") == ["Gen"]:
                end = nxt.end
            spans.append((start, end, "ner"))
        for start, end, row in find_phrases(doc, span, index):
            if not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, "lexicon"))
        for start, end, source in spans:
            words = doc[start:end]
            row = index.get(tokens_key(words))
            inner = [c for c in countries if start <= c.start and c.end <= end]
            country = (row or {}).get("country") or (inner[0].attrs["iso"] if inner else None)
            if row:
                name = row["name"]
                if inner and not row.get("country"):  # «Минобороны РФ»: the lexicon name + the country
                    name = f"{row['name']} {doc[inner[0].start:inner[0].end].text}"
                attrs = {"kind": row["kind"] or "other", "abbr": row["abbr"] or None, "country": country}
                key = f"org:{fold(row['name'])}:{country or ''}"
            else:
                name = phrase_nominative(words)
                attrs = {"kind": kind_of(words), "abbr": None, "country": country}
                key = None
            # an organisation that is only a country's name is that country, not an ORG
            if inner and inner[0].start == start and inner[0].end == end:
                continue
            add(doc, Found("ORGANIZATION", start, end, name, attrs, key=key, source=source))
        return doc


@Language.factory("organisations")
def make_organisations(nlp, name):
    return OrganisationFinder()
