"""Clustering: every mention of one thing in an article becomes one entity.

Rules, in order of trust:
1. overlapping mentions of one type: the longer one stays (an ORG «Министерство обороны
   Казахстана» swallows a partial ORG «Министерство обороны»);
2. mentions with the same identity key (an ISO code, a lexicon entry) are one entity;
3. PERSON: a name joins the entity whose name it is part of (surname alone, first + last, an
   inflected form that normalised imperfectly), see `people.same_person`;
4. other types: mentions with the same normalised name (case-folded) are one entity.
Entities are numbered e1, e2, ... in order of their first mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from .gazetteer import fold
from .mention import Found
from .people import same_person


@dataclass
class Cluster:
    id: str
    type: str
    name: str
    attrs: dict
    found: list[Found] = field(default_factory=list)

    def first(self) -> int:
        return min(f.start for f in self.found)


def drop_overlaps(found: list[Found]) -> list[Found]:
    """Of overlapping mentions of one type keep the longest (the earliest on ties)."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        # a "nested" mention is a name inside a longer one of the same type, kept on purpose
        # («ООН» in «Совет Безопасности ООН»)
        if f.source == "nested" or not any(k.type == f.type and k.overlaps(f) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, -f.end))


def _richer(a: Found, b: Found, counts: dict) -> Found:
    """The mention whose name says more (more name parts), then for a person the name most
    mentions normalise to or are written as (a typo or a form the normaliser could not put in
    the nominative, «Олегом Пашутины», «Ральфа Хубертса» beside «Ральф Хубертс», is
    outvoted), then the longer text."""
    def weight(f):
        parts = sum(1 for k in ("first", "middle", "last") if f.attrs.get(k)) if f.type == "PERSON" else 0
        initials = sum(1 for k in ("first", "middle") if (f.attrs.get(k) or "").endswith("."))
        cyrillic = any("а" <= c <= "я" or c == "ё" for c in f.norm.lower())  # a Russian record names in Russian
        # an organisation goes by its full name where known, however often it is abbreviated
        votes = counts.get(f.norm, 0) if f.type == "PERSON" else 0
        return (parts - initials, cyrillic, votes, len(f.norm))
    return a if weight(a) >= weight(b) else b


def _first_name_only(f: Found) -> bool:
    return bool(f.attrs.get("first")) and not f.attrs.get("last") and len(f.norm.split()) == 1


def cluster(found: list[Found], doc=None) -> list[Cluster]:
    groups: list[list[Found]] = []
    by_key: dict[str, list[Found]] = {}
    # longest names first, so that a surname alone finds the full name it belongs to
    order = sorted(found, key=lambda f: (-len(f.norm.split()), f.start))
    for f in order:
        target = None
        if f.key and f.key in by_key:
            target = by_key[f.key]
        elif f.type == "PERSON":
            candidates = [g for g in groups if g[0].type == "PERSON" and any(same_person(f, x) for x in g)]
            if _first_name_only(f) and len(candidates) > 1:
                candidates = []  # «Виктор» when two people of the article are Виктор: nobody's
            if candidates:  # the nearest earlier mention's entity when a surname is shared
                target = min(candidates, key=lambda g: min(abs(x.start - f.start) for x in g))
        else:
            target = next((g for g in groups if g[0].type == f.type
                           and any(fold(x.norm) == fold(f.norm) for x in g)), None)
        if target is None:
            target = []
            groups.append(target)
        target.append(f)
        if f.key:
            by_key.setdefault(f.key, target)
    clusters = []
    for g in sorted(groups, key=lambda g: min(x.start for x in g)):
        counts: dict = {}  # votes for a name: mentions normalised to it, and mentions written so in the nominative
        for x in g:
            counts[x.norm] = counts.get(x.norm, 0) + 1
            span = doc[x.start:x.end] if doc is not None else ()
            if span and all(t.morph.get("Case") in ([], ["Nom"]) for t in span):  # written in the nominative
                counts[span.text] = counts.get(span.text, 0) + 1
        best = g[0]
        for x in g[1:]:
            best = _richer(best, x, counts)
        attrs = dict(best.attrs)
        if best.type == "PERSON":  # fill name parts the best mention lacks from the others
            for x in g:
                for k in ("first", "middle", "last"):
                    if not attrs.get(k) and x.attrs.get(k):
                        attrs[k] = x.attrs[k]
        c = Cluster(f"e{len(clusters) + 1}", best.type, best.norm, attrs, sorted(g, key=lambda x: x.start))
        clusters.append(c)
    return clusters


class Coreference:
    def __call__(self, doc):
        doc._.found = drop_overlaps(doc._.found)
        doc._.entities = cluster(doc._.found, doc)
        return doc


@Language.factory("coreference")
def make_coreference(nlp, name):
    return Coreference()
