"""Where a post is: the organisation, country and place that the words of a post name.

- the organisations, countries and places named in the post's complement or overlapping the
  post itself («министр обороны [Казахстана]», «глава [оборонного ведомства Китая]»,
  «мэр [Москвы]»);
- a country adjective on the post or in its complement, when the article names that country
  («российский президент», «глава российского государства»);
- an organisation's country is the post's country when the complement names only the
  organisation («председатель правления [Сбербанка]»);
- «страна», «государство» in the post's words (models/country_words.txt) stand for the country
  named just before («В Чили … президент страны»);
- an organisation of another state than the post's country is not the post's («руководители
  оборонных ведомств Казахстана X и Китая Y»: Y's is the Chinese body);
- a post whose complement names only a country is the post of the ministry or body of that
  country the article names, when they share a content word («министр обороны КНР» → the Chinese
  defence ministry named elsewhere in the article).

Used by the references stage (to compare role mentions) and the occupation stage (the relation's
org / country / location).
"""

from __future__ import annotations

from functools import lru_cache

from ..text.sentences import sentences
from ..entities.countries import adjective_index
from ..entities.gazetteer import fold
from ..resources import read_list
from .holders import WHERE_TYPES, head_token


def entities_in(doc, lo, hi, types):
    """Clusters of the given types with a mention overlapping tokens [lo, hi), in text order."""
    hits = []
    for c in doc._.entities or []:
        if c.type not in types:
            continue
        starts = [f.start for f in c.found if f.start < hi and lo < f.end]
        if starts:
            hits.append((min(starts), c))
    return [c for _, c in sorted(hits, key=lambda x: x[0])]


def affiliation(doc, start: int, end: int, where: tuple | None = None) -> dict:
    """{"org", "country", "location": entity id} of the post at tokens [start, end) whose
    complement spans `where` (see the module docstring)."""
    lo, hi = where or (start, end)
    root = head_token(doc, start, end)

    def named(types):
        # in the complement, or in the post itself («глава [оборонного ведомства] Китая»)
        inside = entities_in(doc, start, end, types)
        return inside + [c for c in entities_in(doc, lo, hi, types) if c not in inside]

    orgs, countries, places = named(("ORGANIZATION",)), named(("COUNTRY",)), named(("LOCATION",))
    by_iso = {c.attrs.get("iso"): c for c in doc._.entities or [] if c.type == "COUNTRY"}
    # «российский президент»: a country adjective on the post names the country when the
    # article names that country (the entity the relation points to)
    # («глава российского государства», «главный тренер российской сборной»: in the complement)
    adjectives = adjective_index()
    words = [c for c in root.children if c.dep_ == "amod" and c.i < start]
    words += [t for t in doc[min(lo, start):max(hi, end)] if t.pos_ == "ADJ"]
    for t in words:
        countries += [c for c in entities_in(doc, t.i, t.i + 1, ("COUNTRY",)) if c not in countries]
        iso = adjectives.get(fold(t.lemma_))
        if iso in by_iso and by_iso[iso] not in countries:
            countries.append(by_iso[iso])
    if not countries and not orgs:  # «президент страны», «глава государства»: the country named nearby
        countries += _country_nearby(doc, start, min(lo, start), max(hi, end))
    org = orgs[0] if orgs else None
    country = countries[0] if countries else None
    if country is None and org is not None and org.attrs.get("country") in by_iso:
        country = by_iso[org.attrs["country"]]
    if org is not None and country is not None and org.attrs.get("country") not in (None, country.attrs.get("iso")):
        # «руководители оборонных ведомств Казахстана X и Китая Y»: Y's post is of China, so its
        # body is the Chinese one the same words name, not the Kazakh ministry
        org = _body_of(doc, start, end, None, country, own_words=True)
    elif org is None and country is not None:
        org = _body_of(doc, start, end, where, country)
    res = {}
    if org is not None:
        res["org"] = org.id
    if country is not None:
        res["country"] = country.id
    if places:
        res["location"] = places[0].id
    return res


@lru_cache(maxsize=1)
def country_words() -> frozenset:
    return frozenset(fold(w) for w in read_list("country_words.txt"))


def _country_nearby(doc, start, lo, hi):
    """The country a «страна» / «государство» in the post's words stands for: the last one named
    before it in its sentence or the sentence before, else the first one named after it in its
    sentence."""
    if not any(fold(t.lemma_) in country_words() for t in doc[lo:hi]):
        return []
    sents = list(sentences(doc))
    n = next(k for k, s in enumerate(sents) if s.start <= start < s.end)
    lo_scope = sents[n - 1].start if n > 0 else sents[n].start
    mentions = sorted((f.start, c) for c in doc._.entities or [] if c.type == "COUNTRY" for f in c.found)
    before = [c for i, c in mentions if lo_scope <= i < start]
    after = [c for i, c in mentions if hi <= i < sents[n].end]
    return before[-1:] or after[:1]


def _body_of(doc, start, end, where, country, own_words=False):
    """The organisation of `country` named in the article whose name shares a content word
    with the post («министр обороны» ~ «Министерство обороны»); own_words: the post's words
    count even where they name another body."""
    root = head_token(doc, start, end)
    stems = content_stems(doc, start, (where or (start, end))[1], skip_head=root.i, keep_names=own_words)
    if not stems:
        return None
    iso = country.attrs.get("iso")
    for c in doc._.entities or []:
        if c.type != "ORGANIZATION" or c.attrs.get("country") != iso:
            continue
        for f in c.found:
            if stems & content_stems(doc, f.start, f.end, keep_names=True):
                return c
    return None


def content_stems(doc, lo, hi, skip_head=None, keep_names=False):
    """Stems of the content words of a role and its complement, names of places and
    organisations left out (unless keep_names): the words that say which post it is («обороны»,
    «оборонного» → «оборон»)."""
    places = set() if keep_names else {i for c in doc._.entities or [] if c.type in WHERE_TYPES
                                       for f in c.found for i in range(f.start, f.end)}
    return {fold(t.lemma_)[:5] for t in doc[lo:hi]
            if t.pos_ in ("NOUN", "ADJ") and t.i not in places and t.i != skip_head and len(t.text) > 2}
