"""RANK and POSITION mentions (lexicons in models/ plus the syntax)."""

from __future__ import annotations

from spacy.language import Language


class Finder:
    def __call__(self, doc):
        return doc


@Language.factory("ranks_posts")
def make(nlp, name):
    return Finder()
