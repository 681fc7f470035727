"""APPOINTMENT events: person, position, org, date, and who appoints (appointer).

«назначен начальником штаба», «назначил Петрова министром», «избран председателем»: the person
is the passive subject or the object (or the noun a participle modifies: «назначенный в мае
министр»; not a bare title, «избранный губернатор»), the post is the instrumental complement or
«на должность/пост …», and an organisation named in the post («начальник Генерального штаба
Вооружённых сил») is the org. A noun («назначение»,
«избрание») has the person as its genitive or, after «поздравил X с назначением», as that verb's
object, or, as a time («до назначения послом он …»), the subject of the clause it dates.
«возглавил X»: the subject takes the lead of the organisation X. A passive with no subject takes
the noun the parser hung after it, else the one it shares, else the subject of the sentence
before (biographies: «В 2019 году назначен послом»).

The appointer is the subject of an active verb («президент назначил X», «сенат избрал X») or
whose act a passive names («назначен указом президента»); «возглавил» has none.

When the person is only a word for someone («коллегу», «генерала»), the `references` stage's map
names them; failing that, the person the article says holds that very post (an OCCUPATION with the
same position and country or org) is the one appointed.
"""

from __future__ import annotations

from spacy.language import Language

from ..text.sentences import sentence_of
from . import frame
from .arguments import (active_subjects, actors, antecedent, case_of, clusters_in, dependents, dropped_subject, index, objects,
                        own_people, person_of, phrase, place_and_date, subjects)
from .event_stage import EventStage

POST_WORDS = {"должность", "пост"}
LEADING = {"возглавить"}
ACTS = {"указ", "распоряжение", "приказ", "постановление", "решение"}  # «назначен указом президента»


def _post_heads(t):
    """Words naming the post: «назначен начальником», «на должность начальника», «министром»."""
    out = [c for c in t.children if c.dep_ == "xcomp"]
    out += [c for c in t.children if c.dep_ in ("obl", "nmod") and c.morph.get("Case") == ["Ins"]
            and c.morph.get("Animacy") == ["Anim"]]
    for c in t.children:
        if c.dep_ in ("obl", "nmod") and case_of(c) == "на":
            out.append(c)
    return out


def _people(doc, heads) -> list:
    out = []
    for h in heads:
        h = antecedent(h)
        # the phrase's own names, not one that describes them: «назначен Иван Орлов, сын Олега Орлова»
        found = own_people(doc, h)[0] or [p for p in [person_of(doc, h)] if p is not None]
        out += [p for p in found if p not in out]
    return out


def _misplaced_appointees(doc, t) -> list:
    """«назначил директором завода инженера Олега Смирнова»: an active verb with no
    object, whose appointee the parser hung inside the post phrase (an accusative read as a
    genitive): the people named there, not behind a preposition («вместо Петрова») nor in the
    description of another («… Анну Котову, дочь бывшего мэра Олега Котова»)."""
    out = []
    for h in _post_heads(t):
        for x in phrase(h):
            people = [c for c in index(doc).get(x.i, ()) if c.type == "PERSON"]
            if not people:
                continue
            path, up = [], x
            for _ in range(8):
                if up == h or up.head == up:
                    break
                path.append(up)
                up = up.head
            if any(case_of(a) for a in path):
                continue
            # a person above, unless only as a coordinated peer («Ивана Орлова, Олега Смирнова»)
            above = [a for child, a in zip(path, path[1:]) if child.dep_ != "conj"]
            if any(c not in people for a in above for c in index(doc).get(a.i, ()) if c.type == "PERSON"):
                continue
            if any(a.dep_ == "appos" and not index(doc).get(a.i) for a in path[1:]):
                continue  # under a described person: «…, дочь бывшего мэра Олега Котова»
            out += [c for c in people if c not in out]
    return out


def _misplaced_subject(t) -> list:
    """«Главой района избран бывший хоккеист Иван Орлов (Ivan Orlov), сообщила комиссия»: a
    passive with no subject, whose appointee the parser hung elsewhere (on «сообщила»); the
    first nominative animate noun after the verb in its clause, agreeing with it in number."""
    for x in t.doc[t.i + 1:sentence_of(t.doc, t.i).end]:
        if x.is_punct and x.text not in ("(", ")", "«", "»", '"'):
            break
        if (x.pos_ in ("NOUN", "PROPN") and x.morph.get("Case") == ["Nom"] and x.morph.get("Animacy") == ["Anim"]
                and not case_of(x) and x.morph.get("Number") == t.morph.get("Number")):
            return [x]
    return []


def _appointers(doc, t, person) -> list:
    """Who appoints or elects: the subject of an active verb («президент назначил X», «сенат
    избрал X») or whose act a passive names («назначен указом президента»); never the
    appointee. A post word stands as the post («президент России», not Russia) unless the
    references stage knows who holds it."""
    if t.lemma_.lower() in LEADING:
        return []  # «возглавил X»: the subject leads, no one appoints
    heads = []
    if t.pos_ == "VERB" and t.dep_ not in ("acl", "amod") and t.morph.get("Voice") != ["Pass"] \
            and t.morph.get("Variant") != ["Short"]:
        heads += active_subjects(t)
    for act in t.children:
        if act.dep_ == "obl" and not case_of(act) and act.morph.get("Case") == ["Ins"] and act.lemma_.lower() in ACTS:
            heads += [g for g in dependents(act, {"nmod"}, {""}) if g.morph.get("Case") == ["Gen"]]
    out = []
    for h in heads:
        found = actors(doc, h, groups=False) or [c for c in index(doc).get(h.i, ()) if c.type == "POSITION"]
        out += [c for c in found if c not in out and c not in person]
    return out


def _holder(doc, positions, places):
    """The person the article says holds one of these posts, in one of these places if named."""
    for r in doc._.relations or []:
        if r.type != "OCCUPATION" or r.args.get("position") not in positions:
            continue
        where = {r.args.get("org"), r.args.get("country"), r.args.get("location")} - {None}
        if not places or where & places:
            person = next((c for c in doc._.entities if c.id == r.args.get("person")), None)
            if person is not None:
                return person
    return None


class Finder(EventStage):
    type = "APPOINTMENT"

    def roles(self, doc, t):
        person, post_tokens, org = [], [], []
        lemma = t.lemma_.lower()
        if lemma in LEADING:
            person = _people(doc, subjects(t))
            org = [c for o in objects(t) for c in index(doc).get(o.i, ()) if c.type in ("ORGANIZATION", "COUNTRY")]
        elif t.pos_ in ("VERB", "ADJ") or t.dep_ in ("acl", "amod"):
            heads = [c for c in t.children if c.dep_ == "nsubj:pass"] or objects(t)
            if t.dep_ in ("acl", "amod"):  # «назначенный министр»
                heads.append(t.head)
            if not heads and t.morph.get("Voice") == ["Pass"] or not heads and t.morph.get("Variant") == ["Short"]:
                heads = subjects(t)
            passive = t.morph.get("Voice") == ["Pass"] or t.morph.get("Variant") == ["Short"]
            if not heads and passive:
                heads = _misplaced_subject(t)
            person = _people(doc, heads)
            for h in _post_heads(t):
                post_tokens += phrase(h)
            if not heads and t.morph.get("Voice") != ["Pass"]:
                person = _misplaced_appointees(doc, t)
            if not heads and passive and t.dep_ not in ("acl", "amod"):
                person = dropped_subject(doc, t)  # «В 2019 году назначен послом»
        else:
            person = _people(doc, dependents(t, {"nmod"}, {""}) + dependents(t, {"det"}))  # «его назначение»
            for h in dependents(t, {"nmod"}, {"на"}):
                post_tokens += phrase(h)
            verb = t.head if t.dep_ in ("obl", "nmod") and t.head.pos_ == "VERB" else None
            if not person and verb is not None:  # «поздравил коллегу с назначением»
                person = _people(doc, objects(verb))
            whose = [c for c in t.children if c.dep_ == "nmod" and not case_of(c) and c.morph.get("Case") == ["Gen"]]
            if not person and verb is not None and frame.shift(t) and not whose:
                # «До назначения послом он преподавал …», «После избрания новый мэр провёл
                # совещание …»: a time told by one's own appointment; the clause's subject
                person = _people(doc, active_subjects(verb))
        positions = clusters_in(doc, post_tokens, {"POSITION"})
        if not org:
            org = clusters_in(doc, post_tokens, {"ORGANIZATION"})
        if not person and positions:
            places = {c.id for c in clusters_in(doc, post_tokens, {"ORGANIZATION", "COUNTRY", "LOCATION"})}
            holder = _holder(doc, {c.id for c in positions}, places)
            person = [holder] if holder is not None else []
        _, dates = place_and_date(doc, phrase(t))
        args = {"person": person, "position": positions, "org": org, "date": dates,
                "appointer": _appointers(doc, t, person)}
        # «поздравил с назначением» with no one named: the appointment told before
        return args, t.pos_ == "NOUN" and not person


@Language.factory("appointments")
def make(nlp, name):
    return Finder()
