"""PERSON mentions from the NER's PER spans: nominative names split into first / middle / last.

Which word is which comes from pymorphy3's name grammemes (Name, Patr, Surn) and the word order
of the name; Chinese, Korean and Vietnamese names put the surname first, which a lexicon of
common East-Asian surnames (models/east_asian_surnames.txt) recognises.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..resources import read_list
from ..tagging.lemma import analyzer
from ..text.layout import body
from .mention import Found, add
from .norm import name_gender, token_nominative


@lru_cache(maxsize=1)
def east_asian_surnames() -> frozenset:
    return frozenset(read_list("east_asian_surnames.txt"))


def _tags(word: str) -> set:
    """Name grammemes pymorphy3 gives a word with some confidence (Name, Surn, Patr).

    A first name or patronymic must be in pymorphy3's dictionary; a surname may be guessed from
    its ending («-ов», «-ский»), as most surnames are not in any dictionary."""
    known = analyzer().word_is_known(word.lower())
    res = set()
    for p in analyzer().parse(word):
        if p.score >= 0.05:
            res |= ({"Name", "Surn", "Patr"} if known else {"Surn"}) & p.tag.grammemes
    return res


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def split_name(words: list[str]) -> dict:
    """first / middle / last of a name given as nominative words (initials allowed)."""
    parts = {"first": None, "middle": None, "last": None}
    if not words:
        return parts
    tags = [_tags(w) for w in words]
    n = len(words)
    if n == 1:
        key = "first" if ("Name" in tags[0] and "Surn" not in tags[0]) else "last"
        parts[key] = words[0]
        return parts
    if words[0] in east_asian_surnames() and "Name" not in tags[1] and not _is_initial(words[0]):
        parts["last"], parts["first"] = words[0], " ".join(words[1:])
        return parts
    initials = [w for w in words if _is_initial(w)]
    if initials:  # «В. В. Путин», «Путин В. В.»
        rest = [w for w in words if not _is_initial(w)]
        parts["first"] = initials[0]
        parts["middle"] = initials[1] if len(initials) > 1 else None
        parts["last"] = " ".join(rest) or None
        return parts
    if n == 2:
        if "Surn" in tags[0] and "Name" in tags[1] and "Name" not in tags[0]:
            parts["last"], parts["first"] = words
        else:
            parts["first"], parts["last"] = words
        return parts
    # three or more words: Name Patr Surn, or Surn Name Patr
    if "Patr" in tags[2] and "Name" in tags[1]:
        parts["last"], parts["first"], parts["middle"] = words[0], words[1], " ".join(words[2:])
    elif "Patr" in tags[1]:
        parts["first"], parts["middle"], parts["last"] = words[0], words[1], " ".join(words[2:])
    else:
        parts["first"], parts["last"] = " ".join(words[:-1]), words[-1]
    return parts


def person_from_span(span) -> Found | None:
    words = [t for t in span if t.is_alpha or _is_initial(t.text) or "-" in t.text]
    if not words:
        return None
    gender = name_gender(words)
    nominative = [token_nominative(t, gender) for t in words]
    parts = split_name(nominative)
    parts["gender"] = gender
    return Found("PERSON", words[0].i, words[-1].i + 1, " ".join(nominative), parts, source="ner")


BRACKETS = {"(", ")", "[", "]"}


def bracket_parts(span):
    """«Джошуа Вольф (Joshua Wolf)»: the name and its bracketed spelling are two mentions."""
    parts, start = [], span.start
    for t in span:
        if t.text in BRACKETS:
            if t.i > start:
                parts.append(span.doc[start:t.i])
            start = t.i + 1
    if span.end > start:
        parts.append(span.doc[start:span.end])
    return parts


class PeopleFinder:
    def __call__(self, doc):
        for ent in body(doc).ents:
            if ent.label_ != "PER":
                continue
            parts = [p for p in (person_from_span(part) for part in bracket_parts(ent)) if p is not None]
            for p in parts:
                if len(parts) > 1:  # the spellings of one name are one person
                    p.key = f"person@{ent.start}"
                add(doc, p)
        return doc


@Language.factory("people")
def make_people(nlp, name):
    return PeopleFinder()


def _stem_match(a: str, b: str) -> bool:
    """Two forms of one name word: equal, or equal but for an inflectional ending."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    n = min(len(a), len(b))
    return n >= 4 and a[:n - 2] == b[:n - 2] and abs(len(a) - len(b)) <= 2 and a[:3] == b[:3]


def same_person(a: Found, b: Found) -> bool:
    """Whether two PERSON mentions can name one person: no name part disagrees, the surname agrees."""
    la, lb = a.attrs.get("last"), b.attrs.get("last")
    fa, fb = a.attrs.get("first"), b.attrs.get("first")
    if la and lb:
        if not _stem_match(la, lb):
            return False
    elif la and fb and not lb:  # «Дун» alone may have been read as a first name
        return _stem_match(la, fb) and not fa
    elif lb and fa and not la:
        return _stem_match(lb, fa) and not fb
    elif not (la or lb):
        return bool(fa and fb and _stem_match(fa, fb))
    if fa and fb:
        if fa.endswith(".") or fb.endswith("."):
            return fa[0].lower() == fb[0].lower()
        return _stem_match(fa, fb)
    return True
