"""COUNTRY mentions with ISO 3166-1 alpha-2 codes.

Names come from pycountry's Russian ISO 3166 translations, completed by models/countries.tsv
(short names, abbreviations such as КНР or РФ, and relative adjectives). A mention is any run of
words whose lemmas spell a known name, whether or not the NER tagged it.

A relative adjective is a mention of its state where it stands for the state: when it qualifies a
noun of the state as a party, its power, officials, forces, citizens, laws or press
(models/state_adjective_heads.txt: «китайская сторона», «российские власти», «британский
премьер», «американские и советские войска», «российское гражданство», «российские СМИ»), or the
name of a place that lies in it («в грузинском Батуми»). Then the adjective alone is the mention
(as NEREL marks it), and it joins the state's other mentions in one entity. Where it describes
nationality, origin or language («российский хоккеист», «британский фильм», «английский язык»)
it is no mention. Configured with adjectives=True the stage takes every relative adjective:
annotation schemes disagree there (NEREL marks nearly all COUNTRY, FactRuEval none).

An abbreviation that names several states (РК: Kazakhstan or Korea) is resolved by the article:
the reading whose country is otherwise mentioned most (by name, or through a city the place
lexicon places in it) wins; with no evidence the first listed reading stays.
"""

from __future__ import annotations

import gettext
from collections import Counter
from functools import lru_cache

import pycountry
from spacy.language import Language

from ..resources import read_list, read_tsv
from ..text.layout import body
from .gazetteer import find_phrases, fold, phrase_key
from .mention import Found, add
from .places import known_places
from .quotes import quoted_alone

LIST_SEPARATORS = {"•", "·", "|", ";"}  # no name runs across them


@lru_cache(maxsize=1)
def head_nouns() -> frozenset:
    """Nouns after which a state's adjective stands for the state (models/state_adjective_heads.txt)."""
    return frozenset(fold(w) for w in read_list("state_adjective_heads.txt"))


@lru_cache(maxsize=1)
def body_nouns() -> frozenset:
    """State bodies («правительство»): with the adjective they name an organisation, whose
    country the organisations stage records; the adjective is no mention of its own."""
    return frozenset(fold(w) for w in read_list("state_bodies.txt"))


@lru_cache(maxsize=1)
def country_names() -> dict:
    """ISO code -> the short Russian name an analyst expects."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    names = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        names[c.alpha_2] = ru.gettext(name)
    for row in read_tsv("countries.tsv"):
        if row["name"]:
            names[row["iso"]] = row["name"]
    return names


@lru_cache(maxsize=1)
def name_index() -> dict:
    """Lemma key -> tuple of ISO codes (more than one for an ambiguous abbreviation)."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    index: dict[str, list] = {}

    def put(text, iso):
        key = phrase_key(text)
        if key and iso not in index.setdefault(key, []):
            index[key].append(iso)

    for row in read_tsv("countries.tsv"):
        for alias in filter(None, row["aliases"].split("|") + [row["name"]]):
            put(alias, row["iso"])
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                put(ru.gettext(value), c.alpha_2)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def adjective_index() -> dict:
    return {fold(a): row["iso"] for row in read_tsv("countries.tsv")
            for a in row["adjectives"].split("|") if a}


@lru_cache(maxsize=None)
def genitive_name(iso: str) -> str:
    """A country's short name in the genitive («Япония» -> «Японии»; «США» stays), for names
    such as «Министерство иностранных дел Японии»."""
    from ..tagging.lemma import analyzer
    out = []
    for word in country_names().get(iso, iso).split():
        parse = next((p for p in analyzer().parse(word) if p.tag.case == "nomn"), None)
        inflected = parse.inflect({"gent"}) if parse is not None and not word.isupper() else None
        out.append(word if inflected is None else word[:1] + inflected.word[1:])
    return " ".join(out)


class CountryFinder:
    def __init__(self, adjectives: bool = False):
        # every relative adjective of a state («российский хоккеист» too) as a mention of it. Off
        # by default: NEREL annotates such adjectives as COUNTRY, FactRuEval and most NER schemes
        # do not (on FactRuEval dev it costs LOC precision 0.96 -> 0.81, on NEREL dev it raises LOC
        # recall 0.74 -> 0.84); by default only adjectives that stand for the state are mentions
        self.adjectives = adjectives

    def __call__(self, doc):
        span = body(doc)
        hits = find_phrases(doc, span, name_index())
        places = known_places(doc, span)
        found = []
        for start, end, isos in hits:
            tokens = doc[start:end]
            # a lower-case common word is not a name («штаты» of a company, «америка» in a title is)
            if not any(t.text[:1].isupper() for t in tokens):
                continue
            if self.part_of_place(doc, start, end, places):
                continue
            # «Сальвадора Дали»: a word of a person's full name (not a run of a list the NER took
            # for one name: «Перу • Чили»)
            if any(e.label_ == "PER" and len(e) > end - start and e.start <= start and end <= e.end
                   and not any(t.text in LIST_SEPARATORS for t in e) for e in doc.ents):
                continue
            # «зона .РФ»: a domain name, not the state
            if start > 0 and doc[start - 1].text == "." and not doc[start - 1].whitespace_:
                continue
            # «лайнер «Норвегия»»: a quoted name is a ship's or a club's, not the state's
            if quoted_alone(doc, start, end):
                continue
            found.append((start, end, isos, "lexicon"))
        adjectives = adjective_index()
        taken = {i for start, end, _, _ in found for i in range(start, end)}
        for t in span:
            if t.i in taken or t.pos_ != "ADJ" or fold(t.lemma_) not in adjectives:
                continue
            if self.adjectives:
                found.append((t.i, t.i + 1, (adjectives[fold(t.lemma_)],), "adjective"))
            elif self.stands_for_state(doc, t, adjectives):
                found.append((t.i, t.i + 1, (adjectives[fold(t.lemma_)],), "actor"))
        cities = [v[1] for _, _, v in places if v[1]]
        resolved = self.resolve(found, cities)
        names = country_names()
        for start, end, iso, source in resolved:
            add(doc, Found("COUNTRY", start, end, names.get(iso, doc[start:end].text),
                           {"iso": iso}, key=f"country:{iso}", source=source))
        return doc

    @staticmethod
    def stands_for_state(doc, adj, adjectives) -> bool:
        """«российские власти», «американских и советских войск»: the adjective (or the first of
        coordinated state adjectives) qualifies a noun of models/state_adjective_heads.txt or the
        name of a place in the state, and is no word of a name the NER found («Российская академия
        наук»)."""
        noun, dep = adj.head, adj.dep_
        # «американских и советских войск»: the second adjective hangs on the first
        while dep == "conj" and noun.pos_ == "ADJ" and fold(noun.lemma_) in adjectives \
                and noun.head.i != noun.i:
            noun, dep = noun.head, noun.dep_
        if dep != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(e.label_ in ("ORG", "PER") and e.start <= adj.i < e.end for e in doc.ents):
            return False
        # «в грузинском Батуми»: before a place's name the adjective says which state it lies in
        if noun.pos_ == "PROPN" and noun.i == adj.i + 1 \
                and any(e.label_ == "LOC" and e.start <= noun.i < e.end and e.start > adj.i for e in doc.ents):
            return True
        lemma = fold(noun.lemma_)
        return lemma in head_nouns() and lemma not in body_nouns()

    @staticmethod
    def part_of_place(doc, start, end, places) -> bool:
        """«Латинская Америка», «Южную Америку»: the country's name is a word of a longer place name
        (a known place, or a NER place whose word before it is a capitalised adjective)."""
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in places):
            return True
        for ent in doc.ents:
            if ent.label_ == "LOC" and ent.start < start and end <= ent.end:
                prev = doc[start - 1]
                if prev.pos_ == "ADJ" and prev.text[:1].isupper():
                    return True
        return False

    @staticmethod
    def resolve(found, cities=()):
        """Pick one ISO code for each ambiguous mention from the article's other country mentions
        and the countries of the places it names."""
        evidence = Counter(isos[0] for _, _, isos, _ in found if len(isos) == 1)
        evidence.update(cities)
        res = []
        for start, end, isos, source in found:
            iso = max(isos, key=lambda c: (evidence[c], -isos.index(c))) if len(isos) > 1 else isos[0]
            res.append((start, end, iso, source))
        return res


@Language.factory("countries")
def make_countries(nlp, name, adjectives: bool = False):
    return CountryFinder(adjectives=adjectives)
