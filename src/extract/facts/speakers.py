"""Who speaks: the speaker of a speech verb or of a statement noun, read from the tree.

A speaker is the subject itself: a person it names as itself (its name, an apposition, a
conjunct), else the person a post or pronoun there stands for (`references`), else the
organisation or country it is («МИД заявил»). A name that only owns or qualifies the subject
(«представитель X», «адвокат X», «мать X», «источники, близкие к X») is not the speaker; a
spokesman's word (models/speaker_proxies.txt) with no name of its own speaks for its owner. A
plural noun («коллеги», «критики», «источники») is a group and never one person. Words no one is
named as saying are not a statement; a speech verb in the first person («напомним», «отметим») is
the article's own voice, and a news outlet that reports («агентство сообщает») its source.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import read_list
from ..text.sentences import sentence_of
from .base import lemma_key
from .arguments import (actors, antecedent, case_of, clusters_in, dependents, index, own_people, person_of, phrase,
                        referred, subjects)


@lru_cache(maxsize=1)
def proxies() -> frozenset:
    return frozenset(read_list("speaker_proxies.txt"))


def _referred_people(doc, head) -> list:
    """Whom a post, rank or pronoun standing as the subject stands for (`references`); a plural
    noun («коллеги», «источники») stands for a group, never for one person."""
    found = referred(doc, head)
    if not found and head.pos_ in ("PRON", "DET"):  # «он заявил», «по её словам»
        found = [p for p in [person_of(doc, head)] if p is not None]
    if "Plur" in head.morph.get("Number") and head.pos_ not in ("PRON", "DET") and len(found) < 2:
        return []
    return found


def speakers_of(doc, head) -> list:
    """Who a subject (or the owner of «по словам») names as speaking: a person it names itself,
    else a person a post or pronoun there stands for, else an organisation or country it is
    («МИД заявил»), else, for a spokesman's word («пресс-служба», «представитель»,
    models/speaker_proxies.txt) with no name, whoever it speaks for."""
    head = antecedent(head)
    own, owners = own_people(doc, head)
    found = own or [p for p in _referred_people(doc, head) if p not in owners]
    if found:
        return found
    for t in [head] + [c for c in head.children if c.dep_ == "conj"]:
        found += [c for c in index(doc).get(t.i, ()) if c.type in ("ORGANIZATION", "COUNTRY") and c not in found]
    if found:
        return found
    if lemma_key(head) in proxies():
        for owner in dependents(head, {"nmod"}, {""}):
            found += [c for c in actors(doc, owner) if c not in found]
    return found


def _indefinite_source(doc, verb) -> list:
    """«сообщили в пресс-службе компании», «заявили в министерстве»: a plural verb with no subject
    names as its source the organisation it says the words came from."""
    if "Plur" not in verb.morph.get("Number") or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return []
    for c in verb.children:
        if c.dep_ == "obl" and case_of(c) in ("в", "во"):
            found = clusters_in(doc, phrase(c), {"ORGANIZATION"})
            if found:
                return found[:1]
    return []


def speaker(doc, verb) -> list:
    """Who speaks: the verb's subject (see speakers_of), else the first person named right after
    it («– сказал адмирал Иванов» parsed without a subject), else the organisation of an
    indefinite «сообщили в …». A verb in the first person («напомним», «отметим») is the
    article's own voice: no one's statement."""
    if "1" in verb.morph.get("Person"):
        return []
    found = []
    heads = subjects(verb, clauses=False)
    for s in heads:
        found += [c for c in speakers_of(doc, s) if c not in found]
    if not found and not heads:
        after = []
        for t in doc[verb.i + 1:sentence_of(verb.doc, verb.i).end]:
            if t.is_punct or t.lower_ == "что":
                break  # «сообщил, что Петров …»: Петров is who the words are about
            after.append(t)
        after = after[:4]
        found = clusters_in(doc, after, {"PERSON"})
        if not found:
            for t in after:
                p = person_of(doc, t)
                if p is not None:
                    found = [p]
                    break
        found = found or _indefinite_source(doc, verb)
    # a news outlet reporting («РИА Новости сообщает, что …») is where the article has the news
    # from, not someone stating a position
    return [c for c in found if not (c.type == "ORGANIZATION" and c.attrs.get("kind") == "media")]
