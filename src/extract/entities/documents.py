"""DOCUMENT mentions: named agreements, plans, treaties, memoranda, laws, with kind and period.

A document is a head noun from models/document_heads.tsv together with its dependents in the
syntax tree: the adjectives before it («Федеральный закон», «мирный договор») and the phrases
after it that say which document it is («о сотрудничестве в атомной энергетике», «между
Казахстаном и Китаем», «на 2024 год», «двухстороннего военного сотрудничества», a «quoted» title),
up to the end of the clause. A head without anything that specifies it («договор был подписан»)
is a reference, not a name, and is left to the fact stages; so is «в плане» («as regards»).

`period` is the value of a DATE inside the name introduced by «на» («на 2025–2027 годы» →
2025/2027), else null. The name is the phrase in the nominative, first letter as written.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..resources import read_tsv
from ..text.layout import body
from .gazetteer import fold, phrase_key
from .mention import Found, add
from .norm import phrase_nominative

# prepositions after a head that say what a document is about or binds
SPECIFYING = {"о", "об", "между", "по", "на"}
# dependents that continue a document's name
NAME_DEPS = {"nmod", "amod", "appos", "flat", "flat:name", "nummod", "det", "case", "cc", "conj", "obl"}
CLAUSE_END = {",", ";", ":", ".", "!", "?", "(", ")", "–", "—"}
QUOTES_OPEN, QUOTES_CLOSE = "«„\"“", "»“\"”"


@lru_cache(maxsize=1)
def heads() -> dict:
    """{tuple of lemma keys: kind}."""
    return {tuple(phrase_key(r["word"]).split()): r["kind"] for r in read_tsv("document_heads.tsv")}


def _head_at(doc, keys, i):
    """(end of the head phrase, kind) of a document head starting at token i, or None."""
    for n in (2, 1):
        key = tuple(keys[i:i + n])
        if len(key) == n and key in heads() and doc[i + n - 1].pos_ in ("NOUN", "PROPN"):
            return i + n, heads()[key]
    return None


def _descendants(token, limit):
    """Token indices of token and everything below it, up to limit. (spaCy's `subtree` trusts
    the parse to be a tree; a parser's output may hold a cycle, so walk with a visited set.)"""
    seen, todo = set(), [token]
    while todo:
        t = todo.pop()
        if t.i in seen or t.i >= limit:
            continue
        seen.add(t.i)
        todo.extend(t.children)
    return seen


def _extent(doc, head, limit, dates=()):
    """(start, end) of the document's name around its head token: a date in it ends it unless it
    is the period («на 2024 год»): «закон ... с 2019 года» is the law, then when."""
    for f in dates:
        if head.i < f.start < limit and not (doc[f.start].lower_ == "на" or doc[f.start - 1].lower_ == "на"):
            limit = f.start
            break
    start = head.i
    for t in reversed(list(head.lefts)):  # adjectives right before the head
        if t.i == start - 1 and t.dep_ in ("amod", "det") and t.pos_ in ("ADJ", "DET"):
            start = t.i
    inside = {head.i}
    for d in head.rights:
        if d.dep_ in NAME_DEPS or d.is_quote:
            inside.update(_descendants(d, limit))
    end = head.i + 1
    quoted = 0
    while end < limit and (end in inside or quoted):
        t = doc[end]
        if t.text in QUOTES_OPEN and not (t.text == '"' and quoted):
            quoted += 1
        elif t.text in QUOTES_CLOSE and quoted:
            quoted -= 1
        elif not quoted and (t.text in CLAUSE_END or t.pos_ in ("VERB", "AUX") or t.is_space):
            break
        end += 1
    while end > head.i + 1 and (doc[end - 1].is_punct and doc[end - 1].text not in QUOTES_CLOSE):
        end -= 1
    return start, end


def _specified(doc, start, head_end, end) -> bool:
    """Whether the words around the head say which document it is."""
    after = doc[head_end:end]
    if any(t.lower_ in SPECIFYING and t.dep_ == "case" for t in after):
        return True
    if any(t.text[:1] in QUOTES_OPEN for t in after[:1]):
        return True
    first = doc[start]
    named = first.text[:1].isupper() and not first.is_sent_start  # «Конституция США», «Уголовный кодекс»
    return named and (len(after) > 0 or start < head_end - 1)


class Finder:
    def __call__(self, doc):
        span = body(doc)
        orgs = {i for f in doc._.found if f.type == "ORGANIZATION" for i in range(f.start, f.end)}
        dates = sorted((f for f in doc._.found if f.type == "DATE"), key=lambda f: f.start)
        keys = [fold(t.lemma_) for t in doc]
        i = span.start
        while i < span.end:
            hit = None if i in orgs else _head_at(doc, keys, i)
            if hit is None:
                i += 1
                continue
            head_end, kind = hit
            head = doc[head_end - 1]
            if head.lower_ == "плане" and i > 0 and doc[i - 1].lower_ == "в":  # «в плане обучения»
                i = head_end
                continue
            start, end = _extent(doc, head, span.end, dates)
            start = min(start, i)
            if not _specified(doc, start, head_end, end):
                i = head_end
                continue
            add(doc, document_found(doc, start, end, kind, dates))
            i = end
        return doc


def document_found(doc, start, end, kind, dates) -> Found:
    span = doc[start:end]
    name = " ".join(phrase_nominative(span).split())
    if name and span.text[:1].isupper() != name[:1].isupper():
        name = (name[0].upper() if span.text[:1].isupper() else name[0].lower()) + name[1:]
    period = None
    for f in dates:
        if start <= f.start and f.end <= end and (doc[f.start].lower_ == "на" or doc[f.start - 1].lower_ == "на"):
            period = f.attrs.get("value")
            break
    return Found("DOCUMENT", start, end, name, {"kind": kind, "period": period},
                 key=f"DOCUMENT:{fold(name)}", source="documents")


@Language.factory("documents")
def make(nlp, name):
    return Finder()
