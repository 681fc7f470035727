"""LOCATED_IN (location, country): the state a place lies in, or an organisation belongs to.

A place's country, from what the text states, in one sentence:
- in brackets after the place: «в Бресте (Белоруссия)»;
- in the nominative after a comma, not as an item of a list: «в Лионе, Франция, прошёл…»
  (not «посетил Берлин, Францию и Италию»);
- in a locative phrase right after the place: «в Актау в Казахстане», «в городе Алеппо на севере
  Сирии», «Идлиб, на северо-западе Сирии»: only prepositions «в», «на», adjectives and nouns of a
  part of a country (models/country_parts.txt, the generic place words of models/place_heads.tsv)
  between them, all in the locative, the country in the locative after «в» or in the genitive
  after a part («из Москвы в Китай» is a direction, not a place);
- a state's adjective before the place or its generic word: «в казахстанском Актау», «в сирийском
  городе Алеппо» (models/countries.tsv adjectives);
- the country in the genitive after a generic place word just before the place: «в столице
  Казахстана Астане».
Otherwise the place lexicon's country (the LOCATION's `attrs.country`, from models/places.tsv or
ISO 3166-2) when the text states none for the place: what the text says beats the lexicon
(«Брест (Франция)» is not the Belarusian Brest).

An organisation's country (its `attrs.country`: «Министерство обороны Казахстана», «российский
МИД», the organisation lexicon) is the state it belongs to, for every kind but two:
- an international organisation has no country of its own; a state written in its name names a
  member or a subject («Комиссия ООН по Сирии»), not where it is;
- a body whose name names two states is of both, not of one («Союзное государство России и
  Белоруссии»);
- a body a state keeps in another state (models/missions_abroad.txt: «Посольство России»,
  «делегация Франции») is not in its sending state; «в Казахстане» right after its name says where
  it is («Посольство России в Казахстане»).

A relation needs the COUNTRY entity in the article (none is invented), one per (location, country)
pair; the evidence is the sentence that states it, or for a country known from a lexicon or a
name the sentence where the two are mentioned nearest, else the first mention's sentence.
Only the article body is read. `attrs["rule"]` names the rule.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..entities.countries import adjective_index
from ..entities.gazetteer import fold
from ..entities.places import head_kinds as place_head_kinds
from ..resources import read_list
from ..text.layout import body
from ..text.sentences import sentence_of
from .base import Relation, entity_index, evidence
from .holders import head_token

LOCATIVE_PREPOSITIONS = {"в", "во", "на"}
LIST_CONJUNCTIONS = {"и", "или", "а", "либо"}
MAX_GAP = 5  # words between a place and its country in a locative phrase


@lru_cache(maxsize=1)
def country_parts() -> frozenset:
    return frozenset(fold(w) for w in read_list("country_parts.txt"))


@lru_cache(maxsize=1)
def missions_abroad() -> frozenset:
    return frozenset(fold(w) for w in read_list("missions_abroad.txt"))


def _case(t):
    return (t.morph.get("Case") or [None])[0]


def _part_word(t) -> bool:
    """A noun that names a part of a country or a kind of place («севере», «провинции»)."""
    lemma = fold(t.lemma_)
    return lemma in country_parts() or lemma in place_head_kinds()


class LocatedInFinder:
    def __call__(self, doc):
        entities = doc._.entities or []
        by_iso = {c.attrs.get("iso"): c for c in entities if c.type == "COUNTRY" and c.attrs.get("iso")}
        if not by_iso:
            return doc
        end = body(doc).end
        at = entity_index(doc)
        found: dict[tuple, Relation] = {}
        stated: dict[str, set] = {}  # location id -> countries the text states for it

        def put(where, country, sent, rule):
            if where.id == country.id or fold(where.name) == fold(country.name):
                return  # a city-state is its own country
            stated.setdefault(where.id, set()).add(country.id)
            key = (where.id, country.id)
            if key not in found:
                found[key] = Relation("LOCATED_IN", {"location": where.id, "country": country.id},
                                      evidence(sent), {"rule": rule})

        for c in entities:
            if c.type not in ("LOCATION", "ORGANIZATION"):
                continue
            abroad = c.type == "ORGANIZATION" and self.mission_abroad(doc, c)
            for f in c.found:
                if f.end > end:
                    continue
                if c.type == "LOCATION":
                    hit = self.stated_country(doc, f, at, by_iso)
                else:  # «Посольство России в Казахстане»
                    hit = self.locative_country(doc, f.end, at, end, direct_only=True) if abroad else None
                if hit is not None:
                    country, rule = hit
                    put(c, country, sentence_of(doc, f.start), rule)

        for c in entities:
            iso = c.attrs.get("country")
            if iso not in by_iso:
                continue
            if c.type == "LOCATION":
                if stated.get(c.id) and by_iso[iso].id not in stated[c.id]:
                    continue  # the text puts the place elsewhere
                rule = "place-lexicon"
            elif c.type == "ORGANIZATION":
                if c.attrs.get("kind") == "international" or self.mission_abroad(doc, c) \
                        or self.joint_body(c, at):
                    continue
                rule = "organisation-country"
            else:
                continue
            sent = self.nearest_sentence(doc, c, by_iso[iso], end)
            if sent is not None:
                put(c, by_iso[iso], sent, rule)

        doc._.relations.extend(sorted(found.values(), key=lambda r: r.evidence.start))
        return doc

    # -- what the text states about a place ------------------------------------------------------

    def stated_country(self, doc, f, at, by_iso):
        """(country cluster, rule) the words around the place mention f state, else None."""
        end = body(doc).end
        return (self.bracketed_country(doc, f, at, end)
                or self.apposed_country(doc, f, at, end)
                or self.locative_country(doc, f.end, at, end)
                or self.adjective_country(doc, f, by_iso)
                or self.genitive_before(doc, f, at))

    @staticmethod
    def country_at(at, i):
        return next((c for c in at.get(i, []) if c.type == "COUNTRY"), None)

    def country_span(self, doc, at, i, end):
        """(country cluster, index after its mention) of a country mention starting at token i."""
        if i >= end:
            return None, i
        country = self.country_at(at, i)
        if country is None:
            return None, i
        # a name, not a state's adjective («По словам Сеула, северокорейский лидер…»)
        stop = next((f.end for f in country.found if f.start == i and doc[f.start].pos_ != "ADJ"), None)
        if stop is None:
            return None, i
        return country, stop

    def bracketed_country(self, doc, f, at, end):
        """«в Бресте (Белоруссия)», «Брест (Белоруссия, 1998)»."""
        if f.end + 1 >= end or doc[f.end].text != "(":
            return None
        country, stop = self.country_span(doc, at, f.end + 1, end)
        if country is None or stop >= len(doc) or doc[stop].text not in (")", ","):
            return None
        return country, "brackets"

    def apposed_country(self, doc, f, at, end):
        """«в Лионе, Франция, прошёл»: a country in the nominative after a comma that no conjunction
        or other place follows (then it is an item of a list: «Берлин, Франция и Италия»)."""
        if f.end + 1 >= end or doc[f.end].text != ",":
            return None
        country, stop = self.country_span(doc, at, f.end + 1, end)
        if country is None or _case(head_token(doc, f.end + 1, stop)) != "Nom":
            return None
        if self.list_goes_on(doc, at, stop, end):
            return None
        return country, "apposition"

    @staticmethod
    def list_goes_on(doc, at, i, end) -> bool:
        """Whether token i continues a list of places: a comma or a conjunction, then another place
        or country («Берлин, Франция и Италия», «в Лаосе, США и Бельгии»; not «у Кале во Франции и
        завершится»)."""
        if i >= end or not (doc[i].text == "," or doc[i].lower_ in LIST_CONJUNCTIONS):
            return False
        j = i + 1
        if j < end and doc[j].lower_ in LOCATIVE_PREPOSITIONS:
            j += 1
        return j < end and any(c.type in ("COUNTRY", "LOCATION") for c in at.get(j, []))

    def locative_country(self, doc, i, at, end, direct_only=False):
        """«в Актау в Казахстане», «Алеппо на севере Сирии», «Идлиб, на северо-западе Сирии»: from
        token i, an optional comma, then «в/на» + parts of a country in the locative, then the
        country (locative right after «в», genitive after a part). `direct_only`: «в» + the
        country only."""
        j = i
        if j < end and doc[j].text == "," and not direct_only:
            j += 1
        if j >= end or doc[j].lower_ not in LOCATIVE_PREPOSITIONS:
            return None
        prep = doc[j]
        j += 1
        parts = 0
        while j < end and j - i <= MAX_GAP and not direct_only:
            t = doc[j]
            if self.country_at(at, j) is not None:
                break
            if t.pos_ == "ADJ" and _case(t) == "Loc":
                j += 1
            elif t.pos_ == "NOUN" and _part_word(t) and _case(t) == "Loc":
                parts += 1
                j += 1
                # the country follows a part in the genitive; another preposition may not
                break
            else:
                return None
        country, stop = self.country_span(doc, at, j, end)
        if country is None:
            return None
        case = _case(head_token(doc, j, stop))
        if parts:
            if case != "Gen":
                return None
        elif prep.lower_ not in ("в", "во") or case != "Loc":
            return None
        if self.list_goes_on(doc, at, stop, end):
            return None  # «в Берлине, во Франции и в Италии», «в посольствах в Лаосе, США и Бельгии»
        return country, "locative"

    @staticmethod
    def adjective_country(doc, f, by_iso):
        """«в казахстанском Актау», «в сирийском городе Алеппо»: a state's adjective before the
        place, or before the generic word of the place, over other adjectives («в казахстанском
        портовом городе Актау»)."""
        adjectives = adjective_index()
        i = f.start - 1
        generic = False
        while i >= 0 and f.start - i <= 4:
            t = doc[i]
            if t.pos_ == "NOUN" and not generic and fold(t.lemma_) in place_head_kinds():
                generic = True
            elif t.pos_ == "ADJ" and (t.text[:1].islower() or t.is_sent_start):
                iso = adjectives.get(fold(t.lemma_))
                if iso is not None:
                    return (by_iso[iso], "adjective") if iso in by_iso else None
            else:
                return None
            i -= 1
        return None

    def genitive_before(self, doc, f, at):
        """«в столице Казахстана Астане»: a generic place word, the country in the genitive, the
        place."""
        if f.start < 2:
            return None
        country = self.country_at(at, f.start - 1)
        if country is None:
            return None
        first = next((g.start for g in country.found if g.start < f.start <= g.end), None)
        if first is None or first < 1:
            return None
        word = doc[first - 1]
        if word.pos_ != "NOUN" or fold(word.lemma_) not in place_head_kinds():
            return None
        if _case(head_token(doc, first, f.start)) != "Gen":
            return None
        return country, "genitive"

    # -- organisations ----------------------------------------------------------------------------

    @staticmethod
    def mission_abroad(doc, c) -> bool:
        """An embassy, a mission, a delegation: a body of one state in another."""
        return any(fold(head_token(doc, f.start, f.end).lemma_) in missions_abroad() for f in c.found)

    @staticmethod
    def joint_body(c, at) -> bool:
        """A body whose name names two states («Союзное государство России и Белоруссии», «Совет
        Россия — НАТО»): of both, in neither alone."""
        return any(len({x.id for i in range(f.start, f.end) for x in at.get(i, []) if x.type == "COUNTRY"}) > 1
                   for f in c.found)

    # -- evidence -----------------------------------------------------------------------------------

    @staticmethod
    def nearest_sentence(doc, where, country, end):
        """The sentence where `where` and `country` are mentioned nearest each other, else the
        sentence of the first mention of `where`; None when `where` is not in the body."""
        mine = [f for f in where.found if f.end <= end]
        if not mine:
            return None
        theirs = [g for g in country.found if g.end <= end]
        best = None
        for f in mine:
            sent = sentence_of(doc, f.start)
            for g in theirs:
                if sent.start <= g.start < sent.end:
                    gap = abs(g.start - f.start)
                    if best is None or gap < best[0]:
                        best = (gap, sent)
        return best[1] if best else sentence_of(doc, min(f.start for f in mine))


@Language.factory("located_in")
def make(nlp, name):
    return LocatedInFinder()
