"""Looking names up by their lemmas, so that any inflected form finds its entry.

A key is the lower-cased lemmas of a phrase's words, «ё» read as «е». Entries are lemmatised
out of context (pymorphy3's likeliest reading, nominative assumed), mentions in context
(slovnet's reading), and both land on the same key for the same name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from razdel import tokenize

from ..tagging.lemma import analyzer
from ..extensions import once
from ..text import columns


@lru_cache(maxsize=60_000)
def fold(s: str) -> str:
    """Lower case, «ё» as «е», «й» as «и», stress marks dropped (cached: called per token)."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")  # stress marks, and й/ё lose their marks
    return unicodedata.normalize("NFC", s).lower().replace("й", "и").replace("ё", "е")


@lru_cache(maxsize=50_000)
def word_lemma(word: str) -> str:
    if word.isupper() and len(word) > 1:  # abbreviations do not inflect on their own
        return fold(word)
    parses = analyzer().parse(word.lower())
    nominative = [p for p in parses if p.tag.case == "nomn"] or parses
    return fold(nominative[0].normal_form) if nominative else fold(word)


def phrase_key(text: str) -> str:
    """Key of a lexicon phrase."""
    return " ".join(word_lemma(t.text) for t in tokenize(text) if any(c.isalnum() for c in t.text))


def token_key(t) -> str:
    """The key word of one token: its folded lemma, or the folded text of an abbreviation."""
    return _key(t.text, t.lemma_)


def _key(text: str, lemma: str) -> str:
    return fold(text) if (text.isupper() and len(text) > 1) else fold(lemma)


def _is_word(t) -> bool:
    return any(c.isalnum() for c in t.text)


def tokens_key(tokens) -> str:
    """Key of a run of spaCy tokens (lemmas chosen in context)."""
    return " ".join(token_key(t) for t in tokens if _is_word(t))


def doc_keys(doc) -> list:
    """Every token's key word, computed once per Doc (None for punctuation and whitespace)."""
    return once(doc, "extract.token_keys", lambda d: [
        _key(text, lemma) if any(c.isalnum() for c in text) else None
        for text, lemma in zip(columns.texts(d), columns.lemmas(d))])


def prefix_index(index: dict) -> dict:
    """first key word -> the longest phrase (in words) of index that starts with it."""
    longest: dict[str, int] = {}
    for key in index:
        words = key.split(" ")
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


_PREFIXES: dict[int, tuple] = {}


def find_phrases(doc, tokens, index: dict, max_words: int = 6):
    """Longest non-overlapping runs of tokens whose key is in index: (start, end, value).

    A run starts and ends on a word (punctuation inside is allowed and skipped in the key) and
    never crosses a line break."""
    cached = _PREFIXES.get(id(index))
    if cached is None or cached[0] is not index:
        cached = _PREFIXES[id(index)] = (index, prefix_index(index))
    firsts = cached[1]
    keys = doc_keys(doc)
    lo, hi = tokens.start, tokens.end
    res = []
    i = lo
    while i < hi:
        first = keys[i]
        n_max = firsts.get(first, 0) if first is not None else 0
        hit = None
        if n_max:
            # the words from i on, up to n_max of them, stopping at whitespace tokens
            words, j = [], i
            while j < hi and len(words) < min(n_max, max_words):
                if doc[j].is_space:
                    break
                if keys[j] is not None:
                    words.append(j)
                j += 1
            for n in range(len(words), 0, -1):
                run = words[:n]
                value = index.get(" ".join(keys[k] for k in run))
                if value is not None:
                    hit = (i, run[-1] + 1, value)
                    break
        if hit:
            res.append(hit)
            i = hit[1]
        else:
            i += 1
    return res
