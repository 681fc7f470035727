"""STATEMENT events named by a noun: «МИД выступил с заявлением», «стороны сделали совместное
заявление», «заявление опубликовано Белым домом», «в заявлении ведомства говорится …».

The noun (models/statement_nouns.txt) is the trigger. Whose statement it is:

    its genitive                     «заявление МИД», «в заявлении Белого дома»
    the subject of the verb it is    «X сделал заявление», «X выступил с заявлением»
      the object of (or «с» phrase)
    the agent of a passive verb      «заявление опубликовано Белым домом»
    the statement named just before  «В заявлении говорится …» after «X сделал заявление»
                                     (within NEAR sentences)

A noun that points back («такое заявление», «это заявление») names a statement already told:
it makes no new record.

An application filed with someone is not a statement: «написал заявление об уходе», «подал
заявление в полицию» (models/filing_verbs.txt, or an «в»/«на» accusative: to whom it is filed).
The evidence is the quote that follows the noun in its sentence, else the sentence. Modality
is the noun's and its verb's («выступит с заявлением»: planned; «не сделал заявления»: negated).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_list
from ..text.layout import body
from ..text.sentences import sentence_of
from ..text.sentences import sentences as doc_sentences
from ..text.tokenizer import doc_text
from .arguments import active_subjects, case_of, dependents, index, passive_agents
from .base import event_at, lemma_key
from .modality import RANK, modality

BACK_REFERENCE = {"такой", "этот", "данный", "подобный", "тот"}  # determiners that point back
NEAR = 3  # sentences a bare «заявление» looks back for the statement it names again
QUOTE = re.compile(r"«([^«»]{12,})»")


@lru_cache(maxsize=1)
def nouns() -> frozenset:
    return frozenset(read_list("statement_nouns.txt"))


@lru_cache(maxsize=1)
def filing_verbs() -> frozenset:
    return frozenset(read_list("filing_verbs.txt"))



def _verb_of(token):
    """The verb the noun is the object, «с»-phrase or passive subject of, else None."""
    head = token.head
    if head == token or head.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ in ("obj", "nsubj:pass") or token.dep_ == "obl" and case_of(token) in ("с", "со"):
        return head
    return None


def is_filed(doc, token) -> bool:
    """«написал заявление», «подал заявление в суд»: an application, not words said («в субботу»
    is when, not where to)."""
    verb = _verb_of(token) or (token.head if token.head != token and token.head.pos_ == "VERB" else None)
    if verb is not None and lemma_key(verb) in filing_verbs():
        return True
    places = [token] + ([verb] if verb is not None else [])
    return any(c.dep_ in ("obl", "nmod") and case_of(c) in ("в", "во", "на") and c.morph.get("Case") == ["Acc"]
               and not any(x.type == "DATE" for x in index(doc).get(c.i, ()))
               for p in places for c in p.children)


def is_named_again(token) -> bool:
    """«Такое заявление он сделал после …», «это заявление»: the statement just told (by a quote
    or a speech verb) named again, not another one."""
    return any(c.dep_ in ("det", "amod") and lemma_key(c) in BACK_REFERENCE for c in token.children)


def authors(doc, token, speakers_of) -> list:
    """Whose statement the noun names (see the module docstring); speakers_of reads a phrase."""
    heads = dependents(token, {"nmod"}, {""})
    verb = _verb_of(token)
    if not heads and verb is not None:
        heads = passive_agents(verb) if token.dep_ == "nsubj:pass" else active_subjects(verb)
    found = []
    for h in heads:
        found += [c for c in speakers_of(doc, h) if c not in found]
    return found


def _modality(token) -> str:
    """The noun's own markers and those of the verb that makes it («выступит с заявлением»:
    planned; «не сделал заявления»: negated)."""
    found = [modality(token)] + [modality(v) for v in [_verb_of(token)] if v is not None]
    return max(found, key=RANK.get)


def _evidence(doc, token):
    """The quoted words after the noun in its sentence («… говорится: «…»»), else the sentence."""
    sent = sentence_of(doc, token.i)
    start = token.idx + len(token.text)
    m = QUOTE.search(doc_text(doc), start, sent.end_char)
    if m and len(m.group(1).split()) >= 3:
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and len(span):
            return span
    return sent


def find(doc, speakers_of) -> list:
    """STATEMENT events of the statement nouns in the article body."""
    events = []
    sentence_at = {s.start: n for n, s in enumerate(doc_sentences(doc))}
    last = None  # (sentence number, speaker ids) of the statement named before
    for t in body(doc):
        if t.pos_ != "NOUN" or lemma_key(t) not in nouns() or is_filed(doc, t) or is_named_again(t):
            continue
        n = sentence_at.get(sentence_of(doc, t.i).start, 0)
        who = [c.id for c in authors(doc, t, speakers_of)]
        if not who and last is not None and n - last[0] <= NEAR:
            who = list(last[1])  # «В заявлении говорится …»: the one just told of
        if not who:
            continue
        events.append(event_at("STATEMENT", t, {"speaker": who}, evidence_span=_evidence(doc, t),
                               modality=_modality(t)))
        last = (n, who)
    return events
