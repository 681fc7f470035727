"""Whether an event happened: attrs.modality of an event from the words around its trigger.

    fact      nothing says otherwise («встретился», «был подписан»)
    planned   scheduled or intended, or told in the future tense («планируется визит», «посетит»)
    possible  may happen, is discussed or offered («может состояться», «только обсуждается»)
    negated   did not or will not happen («не состоится», «встреча отменена», «не подписан»)

The markers (models/event_modality.tsv) count on the trigger's path up to its clause's verb
(«визит … может состояться»: визит ← состояться ← может) and on the words that modify a token on
that path («не», «запланированная», «предстоящий», the clause's «чтобы» or «если»). A noun that only sets the scene for another
verb («в ходе встречи … обсудили») does not take that verb's modality.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import read_tsv
from .base import lemma_key

RANK = {"fact": 0, "planned": 1, "possible": 2, "negated": 3}
# how a trigger (or a verb on its path) hangs on a word whose modality it takes
PATH_DEPS = {"nsubj", "nsubj:pass", "obj", "xcomp", "ccomp", "csubj", "conj", "root", "ROOT", "acl", "nmod"}
# "mark": the conjunction that opens the trigger's clause («чтобы подписать» is an aim, «если
# встреча состоится» a condition)
MODIFIER_DEPS = {"advmod", "aux", "aux:pass", "cop", "amod", "acl", "xcomp", "neg", "mark"}


@lru_cache(maxsize=1)
def markers() -> dict:
    return {r["lemma"]: r["modality"] for r in read_tsv("event_modality.tsv")}


def _own(token) -> str | None:
    """Modality a marker word carries by itself («не» only when it negates: not «не только»)."""
    lemma = lemma_key(token)
    m = markers().get(lemma)
    if lemma == "не":
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.lemma_.lower() in ("только", "раз", "менее", "более", "так"):
            return None
    return m


def _tense(token) -> str | None:
    if token.pos_ in ("VERB", "AUX") and "Fut" in token.morph.get("Tense"):
        return "planned"
    return None


def path(trigger) -> list:
    """The trigger and the words it hangs on up to its clause's verb."""
    out = [trigger]
    t = trigger
    for _ in range(4):
        if t.dep_ not in PATH_DEPS or t.head is t or t.dep_ in ("ROOT", "root"):
            break
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
            break  # «делегация, прибывшая …»: the noun does not govern the participle's modality
        if t.dep_ == "nmod" and t.head.dep_ in ("obl", "advmod"):
            break  # «по итогам встречи был подписан»: a circumstance, not the thing itself
        t = t.head
        out.append(t)
    return out


def modality(trigger) -> str:
    best = "fact"

    def note(m):
        nonlocal best
        if m and RANK[m] > RANK[best]:
            best = m

    for k, t in enumerate(path(trigger)):
        if k > 0:
            note(_own(t))
        note(_tense(t))
        for c in t.children:
            if c.dep_ in MODIFIER_DEPS or c.lemma_.lower() == "не":
                note(_own(c))
                if c.dep_ in ("aux", "aux:pass"):
                    note(_tense(c))
    return best
