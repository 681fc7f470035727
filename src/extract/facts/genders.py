"""The gender the text itself gives each person, for the references stage.

The people stage guesses a person's gender from the name (pymorphy's first-name reading, else
slovnet's Gender of the name tokens), which fails on names it does not know: a foreign man's
name ending in «-а» or «-я» reads as feminine. Russian tells the gender again wherever the
person is the subject of a past-tense verb or a short form («Сангара был послом», «Сангара
возглавлял миссию», «назначена министром»): those agreements, when they outvote the other
gender, say what the name could not. A first name the dictionary knows keeps its gender.
"""

from __future__ import annotations

from ..extensions import once
from ..tagging.lemma import analyzer

GENDERS = {"Masc": "masc", "Fem": "femn"}
SUBJECT_DEPS = ("nsubj", "nsubj:pass")


def _agreement(token) -> str | None:
    """The gender a subject's predicate shows: the verb or short form it depends on, or that
    predicate's copula or auxiliary («был дипломатом», «была назначена»); a name in apposition
    to the subject («жена Анна Петрова работала …») agrees through it."""
    for _ in range(3):
        if token.dep_ not in ("appos", "flat", "flat:name") or token.head == token:
            break
        token = token.head
    head = token.head
    if head == token or token.dep_ not in SUBJECT_DEPS or head.morph.get("Number") == ["Plur"]:
        return None
    for word in [head] + [c for c in head.children if c.dep_ in ("cop", "aux", "aux:pass")]:
        if word.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if word.morph.get("Tense") != ["Past"] and word.morph.get("Variant") != ["Short"]:
            continue
        gender = GENDERS.get("".join(word.morph.get("Gender")))
        if gender:
            return gender
    return None


def _known_first_name(first) -> bool:
    """A first name the dictionary knows with its gender («Андрей», «Анна»): that gender holds
    even when a namesake's mentions were merged into the person (a brother and a sister who
    share the surname)."""
    for word in (first or "").split():
        mass = {"masc": 0.0, "femn": 0.0}
        for p in analyzer().parse(word):
            if "Name" in p.tag.grammemes and p.tag.gender in mass:
                mass[p.tag.gender] += p.score
        if max(mass.values()) >= 0.5:  # mostly read as a name of one gender, not a guess
            return True
    return False


def person_genders(doc) -> dict:
    """PERSON entity id -> masc / femn / None: the agreements' majority, else the name's guess."""
    return once(doc, "extract.facts.genders", _genders)


def _genders(doc) -> dict:
    out = {}
    for c in doc._.entities or []:
        if c.type != "PERSON":
            continue
        votes = {"masc": 0, "femn": 0}
        for f in c.found:
            span = doc[f.start:f.end]
            root = next((t for t in span if not f.start <= t.head.i < f.end or t.head == t), None)
            if root is None:
                continue
            gender = _agreement(root)
            if gender:
                votes[gender] += 1
        guess = c.attrs.get("gender")
        if votes["masc"] != votes["femn"] and not _known_first_name(c.attrs.get("first")):
            guess = max(votes, key=votes.get)
        out[c.id] = guess
    return out
