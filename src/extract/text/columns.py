"""Per-Doc lists of token attributes, read once.

The rule stages scan every token of an article several times, and spaCy makes a new Token object
on every `doc[i]` or iteration; plain lists of strings, filled once per Doc from arrays, cost a
list index instead. `lemmas` is meant for the stages after the lemmatizer; the others never change.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH

from ..extensions import once

_KEY = "extract.columns."


def _values(doc, attr: int) -> list[int]:
    return doc.to_array([attr]).tolist() if len(doc) else []


def _strings(doc, attr: int) -> list[str]:
    strings = doc.vocab.strings
    return [strings[h] for h in _values(doc, attr)]


def texts(doc) -> list[str]:
    return once(doc, _KEY + "texts", lambda d: _strings(d, ORTH))


def lowers(doc) -> list[str]:
    return once(doc, _KEY + "lowers", lambda d: _strings(d, LOWER))


def lemmas(doc) -> list[str]:
    return once(doc, _KEY + "lemmas", lambda d: _strings(d, LEMMA))


def spaces(doc) -> list[bool]:
    return once(doc, _KEY + "spaces", lambda d: [bool(v) for v in _values(d, IS_SPACE)])
