"""Per-Doc lists of token attributes, read once.

The rule stages scan every token of an article several times, and spaCy makes a new Token object
on every `doc[i]` or iteration; plain lists of strings, filled once per Doc from arrays, cost a
list index instead. `lemmas` is meant for the stages after the lemmatizer; the others never change.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH

_KEY = "extract.columns."


def _column(doc, name: str, attr: int) -> list:
    key = _KEY + name
    cached = doc.user_data.get(key)
    if cached is None:
        strings = doc.vocab.strings
        values = doc.to_array([attr]).tolist() if len(doc) else []
        cached = doc.user_data[key] = [strings[h] for h in values] if attr != IS_SPACE else [bool(v) for v in values]
    return cached


def texts(doc) -> list[str]:
    return _column(doc, "texts", ORTH)


def lowers(doc) -> list[str]:
    return _column(doc, "lowers", LOWER)


def lemmas(doc) -> list[str]:
    return _column(doc, "lemmas", LEMMA)


def spaces(doc) -> list[bool]:
    return _column(doc, "spaces", IS_SPACE)
