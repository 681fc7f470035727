"""The sentences of a parsed Doc, computed once.

spaCy derives `doc.sents` and `token.sent` from the parse on every access, walking the tokens;
the fact stages ask for them thousands of times per article. After the syntax stage the
sentence boundaries no longer change, so they are listed once per Doc.
"""

from __future__ import annotations

from bisect import bisect_right

from ..extensions import once

_KEY = "extract.sentences"


def _spans_and_starts(doc) -> tuple:
    spans = list(doc.sents)
    return spans, [s.start for s in spans]


def sentences(doc) -> list:
    """The Doc's sentences as Spans (cached: call only after the syntax stage)."""
    return once(doc, _KEY, _spans_and_starts)[0]


def sentence_of(doc, i: int):
    """The sentence holding token i."""
    spans, starts = once(doc, _KEY, _spans_and_starts)
    return spans[max(bisect_right(starts, i) - 1, 0)]
