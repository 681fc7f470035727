"""The sentences of a parsed Doc, computed once.

spaCy derives `doc.sents` and `token.sent` from the parse on every access, walking the tokens;
the fact stages ask for them thousands of times per article. After the syntax stage the
sentence boundaries no longer change, so they are listed once per Doc.
"""

from __future__ import annotations

from bisect import bisect_right

_KEY = "extract.sentences"


def sentences(doc) -> list:
    """The Doc's sentences as Spans (cached: call only after the syntax stage)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        spans = list(doc.sents)
        cached = doc.user_data[_KEY] = (spans, [s.start for s in spans])
    return cached[0]


def sentence_of(doc, i: int):
    """The sentence holding token i."""
    sentences(doc)
    spans, starts = doc.user_data[_KEY]
    return spans[max(bisect_right(starts, i) - 1, 0)]
