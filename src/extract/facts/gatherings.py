"""Gatherings told with a meeting word that are not meetings of the record contract.

A sports fixture: «сборная Канады встретилась со сборной Швеции», «в субботу «Спартак»
встретится с «Зенитом»» — every side the trigger names is a team (models/other_gatherings.tsv,
kind team) or an organisation, none a person or a post, and a side is a team word or the report
is about sport (a sport word in the trigger's sentence or the one before); or the report is about
sport and the sides are players («обе теннисистки встречались в финале») or unnamed («лучший
игрок встречи»). «Президент встретился со сборной» stays a meeting: one side is a person.

A court hearing: «заседание суда», «судебное заседание», «до следующего заседания» in a report
on a trial — a session noun whose own words name a court, or which names no body of its own in a
sentence (or the one before) that speaks of a court.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import read_tsv
from ..text.sentences import sentence_of
from .arguments import active_subjects, case_of, dependents, governor, index, phrase, subjects
from .base import lemma_key

COMPANION = {"с", "со"}
SIDE_TYPES = {"PERSON", "POSITION"}


@lru_cache(maxsize=1)
def _words() -> dict:
    """kind -> lemmas (models/other_gatherings.tsv)."""
    out: dict = {}
    for r in read_tsv("other_gatherings.tsv"):
        out.setdefault(r["kind"], set()).add(r["word"].replace("ё", "е"))
    return out


def _context(doc, token) -> list:
    """The trigger's sentence and the one before it."""
    sent = sentence_of(doc, token.i)
    start = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
    return list(doc[start:sent.end])


def _mentions(doc, tokens, kind: str) -> bool:
    words = _words()[kind]
    return any(lemma_key(t) in words for t in tokens)


def _sides(t) -> list:
    """The words for the sides a meeting word names: subject and «с»-companion of a verb; a
    noun's genitive and «с»-companion, or the subject of the verb it hangs on («в ходе встречи
    министры обсудили»)."""
    if t.pos_ == "VERB":
        return subjects(t) + dependents(t, {"obl"}, COMPANION)
    sides = dependents(t, {"nmod"}, {""} | COMPANION)
    verb = governor(t)
    return sides + (active_subjects(verb) if verb is not None else [])


def is_not_fixture(doc, t) -> bool:
    sides = _sides(t)
    sport = _mentions(doc, _context(doc, t), "sport")
    if not sides:  # «лучший игрок встречи», «до встречи считалась фаворитом» in a match report
        return not sport
    teams, athletes = _words()["team"], _words()["athlete"]
    if sport and all(lemma_key(s) in athletes | teams for s in sides):
        return False  # «обе спортсменки встречались в финале»
    for s in sides:
        types = {c.type for c in index(doc).get(s.i, ())}
        if lemma_key(s) not in teams and (types & SIDE_TYPES or "ORGANIZATION" not in types):
            return True  # someone, or something that is no team: a meeting
    return not (any(lemma_key(s) in teams for s in sides) or sport)


def is_not_hearing(doc, t) -> bool:
    if _mentions(doc, [c for c in t.children if c.dep_ == "amod"], "court"):
        return False  # «судебное заседание»
    own = [c for c in t.children if c.dep_ == "nmod" and not case_of(c)]
    if own:  # «заседание правительства», «заседание Верховного суда»: the session's own body
        return not _mentions(doc, [x for c in own for x in phrase(c)], "court")
    return not _mentions(doc, _context(doc, t), "court")
