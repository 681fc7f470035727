"""MEETING events: participants, place, date, topic.

A verb («встретился», «побеседовал», «принял делегацию») has its participants as subject, «с»-
companion and, for a verb that receives a guest («принять», «встретить в аэропорту»), object. A noun («встреча», «переговоры», «саммит») has them as its
genitive («встреча министров»), «с» and «между» dependents, or as the subject of the verb it
hangs on («министры провели переговоры», «в ходе встречи министры обсудили»), the noun a
participle it hangs on describes («присутствовавший на заседании X») or who chairs it («под
председательством X»). A subject must be someone (`names_agent`); a verb without one takes the
subject of the sentence before (`dropped_subject`); «посол был принят министром» names both.
A noun that names its own actors, even unnamed ones, is not the meeting told before. The topic
is what «о»/«по» introduces («переговоры по ядерной проблеме») when it names an entity.
"""

from __future__ import annotations

from spacy.language import Language

from .arguments import (accusatives, active_subjects, actors, case_of, clusters_in, dependents, dropped_subject, governor,
                        index, is_agent, names_agent, passive_agents, phrase, place_and_date, reflexive_owner, subjects)
from . import triggers
from .base import lemma_key
from .event_stage import EventStage

COMPANION = {"с", "со"}
BETWEEN = {"между"}
TOPIC = {"о", "об", "по"}
CHAIR = {"председательство"}  # «под председательством X»: X leads the session
DOCUMENT_TYPES = {"DOCUMENT", "ORGANIZATION", "COUNTRY", "LOCATION"}


def _participle_bearer(verb):
    """The noun an active participle describes does what it tells: «депутат, присутствовавший на
    совещании», «депутаты, участвовавшие во встрече»."""
    if (verb.dep_ in ("acl", "amod") and verb.head != verb and verb.morph.get("VerbForm") == ["Part"]
            and verb.morph.get("Voice") != ["Pass"]):
        return verb.head
    return None


def _chairs(t) -> list:
    """Who chairs a session, «под председательством X», on the noun or on the verb it is the
    subject of («совещание проходило под председательством мэра»)."""
    places = [t] + ([t.head] if t.dep_ in ("nsubj", "nsubj:pass") and t.head != t else [])
    out = []
    for p in places:
        for c in p.children:
            if c.dep_ in ("obl", "nmod") and case_of(c) == "под" and c.lemma_.lower() in CHAIR:
                out += dependents(c, {"nmod"}, {""})
    return out


class Finder(EventStage):
    type = "MEETING"

    def roles(self, doc, t):
        heads = []
        dropped = []
        if t.pos_ == "VERB":
            heads += [h for h in subjects(t) if names_agent(doc, h)]
            if not subjects(t):
                dropped = dropped_subject(doc, t)  # «… Министр прилетел в Рим. Там встретился с …»
            heads += dependents(t, {"obl"}, COMPANION)
            if triggers.lexicon().get(lemma_key(t), ("", ""))[1] == "guest":
                # «посол был принят министром», «в аэропорту гостя встретил министр»: both met
                heads += accusatives(t) + passive_agents(t)
            scope = phrase(t)
        else:
            heads += dependents(t, {"nmod"}, {""} | COMPANION | BETWEEN)
            # «российско-китайские переговоры»: adjectives that are countries
            heads += [c for c in t.children if c.dep_ == "amod" and any(x.type == "COUNTRY" for x in index(doc).get(c.i, ()))]
            scope = phrase(t)
            verb = governor(t)
            if verb is not None and t.dep_ in ("obj", "obl", "nmod"):
                heads += [h for h in active_subjects(verb) if is_agent(doc, h)] + dependents(verb, {"obl"}, COMPANION)
                heads += [h for h in [_participle_bearer(verb)] if h is not None and is_agent(doc, h)]
                scope = scope + [x for x in phrase(verb) if x not in scope]
            heads += _chairs(t) + reflexive_owner(t)  # «после своей встречи с X»: the clause's subject
        participants = list(dropped)
        for h in heads:
            for c in actors(doc, h):
                if c not in participants:
                    participants.append(c)
        places, dates = place_and_date(doc, scope)
        topic = []
        for d in dependents(t, {"nmod", "obl"}, TOPIC):
            topic += [c for c in clusters_in(doc, phrase(d), DOCUMENT_TYPES) if c not in topic]
        args = {"participants": participants, "place": places, "date": dates}
        if topic:
            args["topic"] = topic
        # bare only when the noun names no actors at all: «встреча фермеров района» names its own,
        # though no entity, and is not the meeting told before
        return args, t.pos_ != "VERB" and not participants and not heads


@Language.factory("meetings")
def make(nlp, name):
    return Finder()
