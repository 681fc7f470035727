"""Looking names up by their lemmas, so that any inflected form finds its entry.

A key is the lower-cased lemmas of a phrase's words, «ё» read as «е». Entries are lemmatised
out of context (pymorphy3's likeliest reading, nominative assumed), mentions in context
(slovnet's reading), and both land on the same key for the same name.
"""

from __future__ import annotations

import unicodedata

from razdel import tokenize

from ..tagging.lemma import analyzer


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")  # stress marks, and й/ё lose their marks
    return unicodedata.normalize("NFC", s).lower().replace("й", "и").replace("ё", "е")


def word_lemma(word: str) -> str:
    if word.isupper() and len(word) > 1:  # abbreviations do not inflect on their own
        return fold(word)
    parses = analyzer().parse(word.lower())
    nominative = [p for p in parses if p.tag.case == "nomn"] or parses
    return fold(nominative[0].normal_form) if nominative else fold(word)


def phrase_key(text: str) -> str:
    """Key of a lexicon phrase."""
    return " ".join(word_lemma(t.text) for t in tokenize(text) if any(c.isalnum() for c in t.text))


def tokens_key(tokens) -> str:
    """Key of a run of spaCy tokens (lemmas chosen in context)."""
    return " ".join(fold(t.text) if (t.text.isupper() and len(t.text) > 1) else fold(t.lemma_)
                    for t in tokens if any(c.isalnum() for c in t.text))


def find_phrases(doc, tokens, index: dict, max_words: int = 6):
    """Longest non-overlapping runs of tokens whose key is in index: (start, end, value)."""
    words = [t for t in tokens if not t.is_space]
    res = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(max_words, len(words) - i), 0, -1):
            run = words[i:i + n]
            if run[-1].i - run[0].i + 1 != n:  # do not jump over whitespace tokens like newlines
                continue
            if not (run[0].text[:1].isalnum() and run[-1].text[-1:].isalnum()):
                continue
            value = index.get(tokens_key(run))
            if value is not None:
                hit = (run[0].i, run[-1].i + 1, value)
                break
        if hit:
            res.append(hit)
            i += hit[1] - hit[0]
        else:
            i += 1
    return res
