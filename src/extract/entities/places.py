"""LOCATION mentions: the NER's LOC spans that are not countries, with kind and country.

Kind and country come from models/places.tsv (capitals, large cities, regions) when it knows the
place, else from pycountry's ISO 3166-2 subdivisions with Russian names (a region and its
country); otherwise kind comes from the generic word of the name (models/place_heads.tsv:
«Курская область» → region) and country is null.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from spacy.language import Language

from ..resources import read_tsv
from ..tagging.lemma import analyzer
from ..text.layout import body
from .brackets import bracket_parts
from .gazetteer import find_phrases, fold, phrase_key, tokens_key
from .mention import Found, add
from .norm import phrase_nominative
from .quotes import quoted_alone


SETTLEMENT_KINDS = {"city", "village"}  # generic words a settlement's name does not start with
_CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


@lru_cache(maxsize=1)
def place_index() -> dict:
    """Lemma key -> (canonical name, iso or None, kind)."""
    index = {}
    for row in read_tsv("places.tsv"):
        value = (row["name"], row["iso"] or None, row["kind"] or "other")
        for alias in filter(None, [row["name"]] + row["aliases"].split("|")):
            index.setdefault(phrase_key(alias), value)
    return index


@lru_cache(maxsize=1)
def subdivision_index() -> dict:
    """Lemma key -> (name, iso, "region") of ISO 3166-2 subdivisions with a Russian name in
    pycountry's translations. Used only to describe a place the NER found: short or common names
    among them («Об», «Эн») must not make places of their own."""
    ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    index = {}
    for sub in pycountry.subdivisions:
        name = ru.gettext(sub.name)
        if name == sub.name or len(name) < 4 or not all(c.isalpha() and c.lower() in _CYRILLIC or not c.isalpha()
                                                        for c in name):
            continue
        index.setdefault(phrase_key(name), (name, sub.country_code, "region"))
    return index


@lru_cache(maxsize=1)
def head_kinds() -> dict:
    return {fold(row["word"]): row["kind"] for row in read_tsv("place_heads.tsv")}


def kind_of(span) -> str:
    kinds = head_kinds()
    for t in span:
        k = kinds.get(fold(t.lemma_))
        if k:
            return k
    return "other"


def known_places(doc, tokens):
    """(start, end, (name, iso, kind)) of lexicon places among tokens, capitalised only."""
    return [(s, e, v) for s, e, v in find_phrases(doc, tokens, place_index()) if doc[s].text[:1].isupper()]


def _known_adjective(word: str) -> bool:
    """A dictionary adjective («южный»), not an unknown name slovnet reads as one («Нью-Йорк»)."""
    if "-" in word or not analyzer().word_is_known(word.lower()):
        return False
    return analyzer().parse(word.lower())[0].tag.POS == "ADJF"


def _pronoun(word: str) -> bool:
    """A dictionary pronoun or pronominal adjective («все», «этот»), never a place's name."""
    parses = analyzer().parse(word.lower())
    return analyzer().word_is_known(word.lower()) and all(
        p.tag.POS == "NPRO" or "Apro" in p.tag for p in parses if p.score >= 0.1)


def _common_noun(word: str) -> bool:
    """A dictionary word none of whose readings is a proper name («знак», not «Урал»)."""
    low = word.lower()
    return analyzer().word_is_known(low) and not any(
        {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"} & p.tag.grammemes for p in analyzer().parse(low))


def quoted_thing(doc, start: int, end: int) -> bool:
    """«Норвегия», «Сибирь»: a place's name alone in quotes names a ship, a cafe, a club;
    after a generic place word («посёлок «Заречный»») it is the place."""
    if not quoted_alone(doc, start, end):
        return False
    return not (start > 1 and fold(doc[start - 2].lemma_) in head_kinds())


def not_a_place(ent) -> bool:
    """NER LOC spans that name no place: people («Американцы», «Палестинцы»: an animate noun),
    a pronoun or a common noun capitalised at a sentence start («Все», «Погода»),
    a lone adjective («Южная», «Кипрское» cut from the noun they qualify), a domain name («.РФ»),
    a phrase headed by a lower-case word that names no kind of place (models/place_heads.tsv)."""
    words = [t for t in ent if any(c.isalnum() for c in t.text)]
    if not words:
        return True
    # «Все пришли вовремя»: a pronoun opening a sentence
    if len(words) == 1 and _pronoun(words[0].text):
        return True
    # «Погода испортилась»: a common noun capitalised only because it opens a sentence
    if len(words) == 1 and words[0].is_sent_start and _common_noun(words[0].text) \
            and tokens_key(ent) not in place_index():
        return True
    if all(t.pos_ == "ADJ" and _known_adjective(t.text) for t in words):
        return True
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text == "." and not doc[ent.start - 1].whitespace_:
        return True  # «.РФ»: a domain name
    head = next((t for t in words if not (ent.start <= t.head.i < ent.end) or t.head.i == t.i), words[-1])
    if head.pos_ in ("NOUN", "PROPN") and head.morph.get("Animacy") == ["Anim"] \
            and head.morph.get("Number") == ["Plur"] and len(words) == 1:
        return True
    # «по Московскому времени»: a name headed by a common word that is no kind of place
    return head.text.islower() and fold(head.lemma_) not in head_kinds()


class PlaceFinder:
    @staticmethod
    def first_line(ent) -> tuple[int, int]:
        """The part of a NER span before a line break («Землю\n\nВсе»: a name does not cross lines)."""
        for t in ent:
            if t.is_space and "\n" in t.text and t.i > ent.start:
                return ent.start, t.i
        return ent.start, ent.end

    @staticmethod
    def without_generic_word(doc, start, end) -> int:
        """«Город Кострома» opening a line: the NER took the capitalised generic word into the name;
        the name is what follows it (a settlement's name never starts with «город», «село»)."""
        first = doc[start]
        if end - start > 1 and first.text[:1].isupper() and doc[start + 1].text[:1].isupper() \
                and head_kinds().get(fold(first.lemma_)) in SETTLEMENT_KINDS:
            return start + 1
        return start

    def __call__(self, doc):
        span = body(doc)
        claimed = [f for f in doc._.found if f.type == "COUNTRY"]
        index = place_index()
        for ent in span.ents:
            if ent.label_ != "LOC":
                continue
            # «Осло (Oslo Business School, OBS)»: what the brackets spell may be something else
            # (here the college); the place is the name before them
            s, e = bracket_parts(doc, *self.first_line(ent))[0]
            s = self.without_generic_word(doc, s, e)
            part = doc[s:e]
            if quoted_thing(doc, s, e):
                continue
            if any(f.start < e and s < f.end for f in claimed):
                continue
            hit = index.get(tokens_key(part))
            if not hit and not_a_place(part):
                continue
            if hit:
                name, iso, kind = hit
            else:
                sub = subdivision_index().get(tokens_key(part))
                name = phrase_nominative(part)
                iso, kind = (sub[1], sub[2]) if sub else (None, kind_of(part))
            add(doc, Found("LOCATION", s, e, name, {"kind": kind, "country": iso},
                           key=f"place:{fold(name)}" if hit else None, source="ner"))
        # lexicon places the NER missed
        people = [e for e in span.ents if e.label_ == "PER"]
        for start, end, (name, iso, kind) in known_places(doc, span):
            if any(f.start < end and start < f.end for f in doc._.found):
                continue
            if quoted_thing(doc, start, end):
                continue
            # «Питер Хиггс», «София Ротару»: a first name, not the city
            if any(p.start < end and start < p.end for p in people):
                continue
            add(doc, Found("LOCATION", start, end, name, {"kind": kind, "country": iso},
                           key=f"place:{fold(name)}", source="lexicon"))
        return doc


@Language.factory("places")
def make_places(nlp, name):
    return PlaceFinder()
