"""What every fact stage needs: the entity at a token, and evidence mentions."""

from __future__ import annotations

from spacy.tokens import Span

from ..text.sentences import sentence_of
from ..assemble import mention, span_mention
from ..text.tokenizer import doc_text
from ..records import Event, Mention, Relation  # noqa: F401  (re-exported for the fact modules)


def lemma_key(token) -> str:
    """A token's lemma as the fact lexicons list it: lower case, «ё» read as «е»."""
    return token.lemma_.lower().replace("ё", "е")


def entity_index(doc) -> dict:
    """token index -> the entities (clusters) with a mention covering that token."""
    index: dict[int, list] = {}
    for c in doc._.entities or []:
        for f in c.found:
            for i in range(f.start, f.end):
                index.setdefault(i, []).append(c)
    return index


def evidence(span) -> Mention:
    """The evidence mention of a fact: its sentence (or span), whitespace trimmed."""
    doc = span.doc
    start, end = span.start_char, span.end_char
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return mention(doc, start, end)


def event_at(type_: str, trigger, args: dict, evidence_span=None, **attrs) -> Event:
    """An event whose trigger is a token (or span), evidenced by its sentence unless told otherwise."""
    doc = trigger.doc
    span = trigger if isinstance(trigger, Span) else doc[trigger.i:trigger.i + 1]
    sent = evidence_span if evidence_span is not None else sentence_of(doc, span.start)
    return Event(type_, span_mention(span), {k: list(v) for k, v in args.items()}, evidence(sent), dict(attrs))


__all__ = ["entity_index", "lemma_key", "sentence_of", "evidence", "event_at", "span_mention", "mention", "Event", "Relation",
           "Mention"]
