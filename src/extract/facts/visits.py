"""VISIT events: visitor, destination, host, date; planned visits marked.

A verb («посетил», «прибыл», «приехал») has the visitor as its subject (or the noun a participle
modifies: «делегация, прибывшая …») and the destination as its object or its «в»/«на» phrase;
an organisation visited («посетила Министерство обороны») is the host. A noun («визит»,
«посещение», «приезд») has the visitor as its genitive («визит президента») or, with «свой», the
subject of its clause («в ходе своего визита в страну министр …»), the destination as
its «в»/«на» phrase, and may take both from the verb it hangs on («находится с визитом в
Бразилии», «совершил визит», «визит состоялся в Казахстан»). The host may also be named by
«по приглашению X», «к X» or as who receives the visitor there («прибыл в Минск, где его
принял X»). A subject that is no one (a building the parser made the subject) is no visitor;
a verb that drops its subject takes the one of the sentence before. A city visited brings its
country along when the article names it.
"""

from __future__ import annotations

from spacy.language import Language

from .arguments import (ABOUT, actors, antecedent, case_of, clusters_in, dependents, dropped_subject, index, names_agent,
                        objects, phrase, place_and_date, reflexive_owner, subjects)
from . import triggers
from .base import lemma_key
from .event_stage import EventStage

TO = {"в", "во", "на"}
HOST = {"к", "ко"}
PLACES = {"LOCATION", "COUNTRY"}


def _where(doc, head):
    """What a «в»/«на» phrase or an object names as visited: its places, else its organisations."""
    tokens = phrase(head)
    return clusters_in(doc, tokens, PLACES) or clusters_in(doc, tokens, {"ORGANIZATION"})


def _split(doc, clusters, destination, host):
    for c in clusters:
        target = destination if c.type in PLACES else host
        if c not in target:
            target.append(c)


def _with_countries(doc, places):
    """A city visited brings its country along («в Астане» → Астана, Казахстан)."""
    out = list(places)
    countries = {c.attrs.get("iso"): c for c in doc._.entities if c.type == "COUNTRY"}
    for p in places:
        iso = p.attrs.get("country") if p.type == "LOCATION" else None
        if iso and iso in countries and countries[iso] not in out:
            out.append(countries[iso])
    return out


def _receivers(doc, place) -> list:
    """«прибыл в Минск, где его принял президент Петров»: who receives the visitor at the place,
    the subject of a «где»-clause on it whose verb receives a guest (models/event_triggers.tsv,
    needs guest)."""
    out = []
    for clause in (c for c in place.children if c.dep_ == "acl:relcl"):
        hit = triggers.lexicon().get(lemma_key(clause))
        if hit and hit[1] == "guest" and triggers.is_guest(doc, clause):
            for s in subjects(clause, clauses=False):
                out += [c for c in actors(doc, s) if c not in out]
    return out


class Finder(EventStage):
    type = "VISIT"

    def roles(self, doc, t):
        visitor, destination, host = [], [], []
        verbs = []
        if t.pos_ == "VERB":
            verbs.append(t)
            if t.dep_ == "acl":  # «делегация, прибывшая в Москву»
                visitor += actors(doc, antecedent(t.head))
        else:
            for h in dependents(t, {"nmod"}, {""}) + reflexive_owner(t):  # «визит президента», «своего визита»
                visitor += [c for c in actors(doc, h) if c not in visitor]
            for h in dependents(t, {"nmod"}, TO):
                _split(doc, _where(doc, h), destination, host)
            for h in dependents(t, {"nmod"}, HOST):
                host += [c for c in actors(doc, h) if c not in host]
            if (t.dep_ in ("obj", "obl", "nsubj", "nsubj:pass") and t.head.pos_ in ("VERB", "AUX")
                    and case_of(t) not in ABOUT):  # «рассказал о визите»: the teller did not visit
                verbs.append(t.head)
        for v in verbs:
            if t.dep_ not in ("nsubj", "nsubj:pass") or v is t:
                # a visitor is someone: «собор» the parser made the subject of «посетил» is not
                for s in subjects(v):
                    if names_agent(doc, s):
                        visitor += [c for c in actors(doc, s) if c not in visitor]
                if not visitor and v is t and not any(names_agent(doc, s) for s in subjects(v)):
                    # «Орлов прилетел в Казань. Затем посетил завод» (a «subject» that is no one
                    # is the object the parser misread: «посетил другие храмы»)
                    visitor += dropped_subject(doc, v)
            for o in objects(v) if v is t else ():
                at_head = [c for c in index(doc).get(o.i, ()) if c.type in PLACES | {"ORGANIZATION"}]
                _split(doc, at_head or _where(doc, o), destination, host)
            for h in dependents(v, {"obl"}, TO):
                if h is t:
                    continue
                _split(doc, _where(doc, h), destination, host)
                host += [c for c in _receivers(doc, h) if c not in host]
            for h in dependents(v, {"obl"}, HOST):
                host += [c for c in actors(doc, h) if c not in host]
        scope = phrase(t) + [x for v in verbs if v is not t for x in phrase(v)]
        _, dates = place_and_date(doc, scope)
        destination = _with_countries(doc, destination)
        args = {"visitor": visitor, "destination": destination, "host": host, "date": dates}
        return args, t.pos_ != "VERB" and not visitor


@Language.factory("visits")
def make(nlp, name):
    return Finder()
