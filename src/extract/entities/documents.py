"""DOCUMENT mentions: named agreements, plans, treaties, memoranda, laws, with kind and period."""

from __future__ import annotations

from spacy.language import Language


class Finder:
    def __call__(self, doc):
        return doc


@Language.factory("documents")
def make(nlp, name):
    return Finder()
