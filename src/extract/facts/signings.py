"""SIGNING events: document, parties, signatories, place, date.

«подписать»/«заключить» (and «подписание», «заключение») with a document: the DOCUMENT entity
the object (or the passive subject: «был подписан План …») names. The parties are the states or
organisations the document binds, read from its own name («… между Казахстаном и Китаем»,
«соглашение с Китаем») or from the signing verb's subject (the instrumental of a passive: «подписан президентом») and «с»-phrase when those are states
or organisations («Россия и Вьетнам подписали меморандум»); people there are the signatories.
"""

from __future__ import annotations

from spacy.language import Language

from . import triggers
from .arguments import (active_subjects, actors, case_of, clusters_in, dependents, index, objects, passive_agents,
                        phrase, place_and_date)
from .event_stage import EventStage

BINDS = {"между", "с", "со"}
GROUPS = {"ORGANIZATION", "COUNTRY"}


def _document_heads(t):
    """The words naming what is signed: object, passive subject, or a noun's genitive."""
    heads = objects(t) if t.pos_ == "VERB" else []
    heads += [c for c in t.children if c.dep_ == "nsubj:pass"]
    if t.pos_ != "VERB":
        heads += dependents(t, {"nmod"}, {""})
    if t.dep_ in ("acl", "amod") and t.head is not t:  # «подписанный документ»
        heads.append(t.head)
    if not heads and t.dep_ == "conj" and t.head is not t:  # «обсуждается и не подписан»
        heads = [c for c in t.head.children if c.dep_ in ("nsubj:pass", "nsubj", "obj")]
    return heads


def _add(target, clusters):
    for c in clusters:
        if c not in target:
            target.append(c)


def _named(doc, t) -> set:
    """Token indices of the signed document's name: a date there is its period, not the signing's."""
    out = set()
    for h in _document_heads(t):
        if triggers.is_document_word(h) or any(c.type == "DOCUMENT" for c in index(doc).get(h.i, ())):
            out |= {x.i for x in phrase(h)}
    for f in (f for c in doc._.entities or [] if c.type == "DOCUMENT" for f in c.found):
        if any(f.start <= i < f.end for i in out):
            out |= set(range(f.start, f.end))
    return out


class Finder(EventStage):
    type = "SIGNING"

    def frame_tokens(self, doc, trigger):
        named = _named(doc, trigger)
        return [x for x in super().frame_tokens(doc, trigger) if x.i not in named]

    def roles(self, doc, t):
        document, parties, signatories = [], [], []
        for h in _document_heads(t):
            if not (triggers.is_document_word(h) or any(c.type == "DOCUMENT" for c in index(doc).get(h.i, ()))):
                continue
            tokens = phrase(h)
            _add(document, clusters_in(doc, tokens, {"DOCUMENT"}))
            # «План … сотрудничества между Казахстаном и Китаем»: anywhere in the document's name
            for b in [x for x in tokens if x.dep_ in ("nmod", "conj") and case_of(x) in BINDS]:
                _add(parties, [c for c in actors(doc, b) if c.type in GROUPS])
                for conj in (x for x in b.children if x.dep_ == "conj"):
                    _add(parties, [c for c in actors(doc, conj) if c.type in GROUPS])
            _add(parties, [c for c in clusters_in(doc, [x for x in h.children if x.dep_ == "amod"], {"COUNTRY"})])
        doers = []
        verb = t if t.pos_ == "VERB" else (t.head if t.dep_ in ("obj", "obl") and t.head.pos_ == "VERB" else None)
        if verb is not None:
            for s in active_subjects(verb) + passive_agents(verb):  # «подписан министрами двух стран»
                doers += actors(doc, s)
            for h in dependents(verb, {"obl"}, BINDS):
                doers += actors(doc, h)
        for c in doers:
            _add(signatories if c.type in ("PERSON", "POSITION") else parties, [c])  # a post: an unnamed signatory
        named = _named(doc, t)
        places, dates = place_and_date(doc, [x for x in phrase(verb if verb is not None else t) if x.i not in named])
        args = {"document": document, "parties": parties, "signatories": signatories,
                "place": places, "date": dates}
        return args, t.pos_ != "VERB" and not (parties or signatories)


@Language.factory("signings")
def make(nlp, name):
    return Finder()
