"""STATEMENT events: quotes with their speaker.

The forms news uses for reported speech, each giving the quoted words (the event's evidence),
the speech verb (its trigger) and the speaker (the verb's subject):

    – Quote, – сказал X.              a paragraph opened by a dash, closed by dash + speech verb
    «Quote», – заявил X.  /  X заявил: «Quote».   guillemets next to a speech verb
    X заявил, что …                   a speech verb with a «что»-clause
    По словам X, …                    the rest of the sentence is X's (after X's description)
    X сделал заявление                a statement noun (statement_nouns.py)

The speaker is read by speakers.py: the subject itself (a person, a post or pronoun standing for
one, an organisation or country: «МИД заявил»), not a name that only owns it («представитель
X»). Words no one is named as saying are not recorded. Speech verbs are listed in
models/speech_verbs.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

from ..text.sentences import sentence_of
from ..resources import read_list
from ..text.layout import body
from ..text.tokenizer import doc_text
from . import statement_nouns
from .arguments import ids, phrase
from .base import event_at, lemma_key
from .speakers import speaker, speakers_of

DASHES = "–—-"
QUOTE = re.compile(r"«([^«»]{12,})»")
MIN_WORDS = 3  # guillemets around fewer words are a name («Газпром»), not a quote


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset:
    return frozenset(w.replace("ё", "е") for w in read_list("speech_verbs.txt"))


def is_speech(token) -> bool:
    return token.pos_ == "VERB" and lemma_key(token) in speech_verbs()


def _span(doc, start_char, end_char):
    return doc.char_span(start_char, end_char, alignment_mode="expand")


def _closing_verb(doc, start_char, end_char):
    """A dash followed by a speech verb within [start, end): («…, – подчеркнул он»), the last one."""
    span = _span(doc, start_char, end_char)
    if span is None:
        return None, None
    hit = None
    for t in span:
        if t.text in DASHES and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if is_speech(nxt) and t.i > span.start:
                hit = (t, nxt)
    return hit if hit else (None, None)


class Finder:
    def __call__(self, doc):
        if doc._.events is None:
            return doc
        text = doc_text(doc)
        end = body(doc).end_char if len(doc) else 0
        used: set[int] = set()  # speech verbs already read as closing a quote
        events = []

        def emit(verb, quote_start, quote_end, who):
            if not who:
                return  # words no one in the article is said to have spoken: not a statement
            while quote_end > quote_start and text[quote_end - 1] in " ,.–—-\n":
                quote_end -= 1
            while quote_start < quote_end and text[quote_start] in " –—-\n":
                quote_start += 1
            ev_span = _span(doc, quote_start, quote_end)
            if ev_span is None or not len(ev_span):
                return
            used.add(verb.i)
            events.append(event_at("STATEMENT", verb, {"speaker": ids(who)}, evidence_span=ev_span,
                                   modality="fact"))

        # 1. dash-quoted paragraphs
        for m in re.finditer(r"[^\n]+", text[:end]):
            line = m.group()
            if not line.lstrip() or line.lstrip()[0] not in DASHES:
                continue
            dash, verb = _closing_verb(doc, m.start(), m.end())
            if verb is not None:
                emit(verb, m.start(), dash.idx, speaker(doc, verb))
        # 2. guillemets beside a speech verb
        for m in QUOTE.finditer(text[:end]):
            if len(m.group(1).split()) < MIN_WORDS:
                continue
            after = _span(doc, m.end(), min(m.end() + 40, end))
            verb = None
            if after is not None:
                words = [t for t in after if not t.is_space][:3]
                if len(words) >= 2 and any(t.text in DASHES for t in words[:2]):
                    verb = next((t for t in words if is_speech(t)), None)
            if verb is None:  # «X заявил: «…»»
                before = _span(doc, max(0, m.start() - 60), m.start())
                words = [t for t in before if not t.is_space] if before is not None else []
                if words and words[-1].text == ":":
                    verb = next((t for t in reversed(words[:-1]) if is_speech(t)), None)
            if verb is not None and verb.i not in used:
                emit(verb, m.start(1), m.end(1), speaker(doc, verb))
        # 3. «X заявил, что …» and 4. «по словам X, …»
        for t in body(doc):
            if is_speech(t) and t.i not in used:
                clauses = [c for c in t.children if c.dep_ == "ccomp"
                           and any(m.dep_ == "mark" and m.lower_ == "что" for m in c.children)]
                who = speaker(doc, t)
                if clauses and who:
                    sub = phrase(clauses[0], stop=set())  # not .subtree: a parse may have cycles
                    mark = next(x for x in sub if x.dep_ == "mark" and x.lower_ == "что")
                    sub = [x for x in sub if x.i > mark.i]  # the words said, after «что»
                    if sub:
                        emit(t, sub[0].idx, sub[-1].idx + len(sub[-1].text), who)
            elif t.lemma_.lower() == "слово" and "Plur" in t.morph.get("Number") and \
                    any(c.dep_ == "case" and c.lower_ == "по" for c in t.children):
                who = []
                for c in t.children:
                    if c.dep_ in ("nmod", "det", "appos"):
                        who += [x for x in speakers_of(doc, c) if x not in who]
                sent = sentence_of(t.doc, t.i)
                # the words said start after the comma that closes «по словам X, описание X,»
                last = max(x.i for x in phrase(t))
                comma = next((x for x in doc[last + 1:sent.end] if x.text == ","), None)
                if comma is not None and comma.i + 1 < sent.end:
                    emit(t, comma.idx + 1, sent.end_char, who)
        events += statement_nouns.find(doc, speakers_of)
        doc._.events.extend(sorted(events, key=lambda e: e.trigger.start))
        return doc


@Language.factory("statements")
def make(nlp, name):
    return Finder()
