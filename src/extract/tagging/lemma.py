"""Lemmas from pymorphy3, the parse chosen to agree with slovnet's POS and features.

pymorphy3 offers every reading of a word form; slovnet has already decided the part of speech,
case, number and gender in context. The reading that agrees best with those wins. Results are
cached per (form, POS, features), which in news text makes most lookups free.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS
from spacy.language import Language

# UD part of speech -> OpenCorpora parts of speech it may stand for
UD_POS = {
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF", "NUMR"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "AUX": {"VERB", "INFN"},
    "ADV": {"ADVB", "COMP", "PRED"}, "NUM": {"NUMR", "ADJF"}, "PRON": {"NPRO"},
    "DET": {"ADJF", "NPRO"}, "ADP": {"PREP"}, "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"},
    "PART": {"PRCL"}, "INTJ": {"INTJ"},
}
# UD feature values -> OpenCorpora grammemes
UD_GRAMMEMES = {
    "Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
    "Par": "gen2", "Voc": "voct", "Sing": "sing", "Plur": "plur",
    "Masc": "masc", "Fem": "femn", "Neut": "neut",
}


@lru_cache(maxsize=1)
def analyzer():
    """The process's one pymorphy3 analyser."""
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=20_000)  # pymorphy3 parses are heavy; the lemmatizer keeps its own cache of lemmas
def best_parse(word: str, pos: str = "", feats: str = ""):
    """The pymorphy3 reading of word that agrees best with a UD POS and features string."""
    parses = analyzer().parse(word)
    if not parses:
        return None
    wanted_pos = UD_POS.get(pos, set())
    wanted = {UD_GRAMMEMES[v] for v in (kv.split("=")[1] for kv in feats.split("|") if "=" in kv)
              if v in UD_GRAMMEMES}

    def agreement(p):
        score = 4 if p.tag.POS in wanted_pos else 0
        score += sum(1 for g in wanted if g in p.tag)
        if pos == "PROPN" and ({"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes):
            score += 1
        return score + p.score  # pymorphy's own probability breaks ties

    return max(parses, key=agreement)


def lemma(word: str, pos: str = "", feats: str = "") -> str:
    if not word.isalpha() and not any(c.isalpha() for c in word):
        return word
    p = best_parse(word.lower(), pos, feats)
    return p.normal_form if p is not None else word.lower()


class PymorphyLemmatizer:
    MAX_CACHED = 100_000

    def __init__(self):
        # (form hash, POS id, morph hash) -> lemma hash: a form seen before, which in news is most
        # of them, costs one dict lookup; the Doc is read and written as arrays, without making a
        # spaCy Token per word
        self.cache: dict = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        cache, strings = self.cache, doc.vocab.strings
        keys = doc.to_array([ORTH, POS, MORPH, IS_SPACE])
        lemmas = numpy.zeros((len(doc), 1), dtype=keys.dtype)  # whitespace has none, as before
        for i, (orth, pos, morph, space) in enumerate(keys.tolist()):
            if space:
                continue
            value = cache.get((orth, pos, morph))
            if value is None:
                t = doc[i]
                value = strings.add(lemma(t.text, t.pos_, str(t.morph)))
                if len(cache) < self.MAX_CACHED:
                    cache[(orth, pos, morph)] = value
            lemmas[i, 0] = value
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("pymorphy_lemmatizer")
def make_lemmatizer(nlp, name):
    return PymorphyLemmatizer()
