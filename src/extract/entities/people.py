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
from .norm import name_gender, name_nominative


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


def _only_reads_as(word: str, parts_of_speech: set, never: set) -> bool:
    """A dictionary word whose every likely pymorphy3 reading is of these parts of speech and
    has none of the grammemes `never` (a name, a surname …)."""
    if not analyzer().word_is_known(word.lower()):
        return False
    parses = [p for p in analyzer().parse(word) if p.score >= 0.05]
    return bool(parses) and all(p.tag.POS in parts_of_speech and not (never & p.tag.grammemes) for p in parses)


def _is_common_noun(word: str) -> bool:
    """A dictionary word that is never a name: «Император», «Принц», «Папа» before a name."""
    return _only_reads_as(word, {"NOUN"}, {"Name", "Surn", "Patr", "Geox", "Orgn"})


@lru_cache(maxsize=1)
def titles() -> frozenset:
    return frozenset(w.replace("ё", "е") for w in read_list("person_titles.txt"))


def _is_title(token) -> bool:
    return token.lemma_.replace("ё", "е") in titles()


def _reads_as_name(token) -> bool:
    """Whether a lone word can be a name: slovnet reads it as a proper noun in context, or
    pymorphy3 knows it as a name, or does not know it at all. Drops the NER's lone common
    words at line starts («Сцена», «Верхняя»)."""
    if token.pos_ == "PROPN" or not analyzer().word_is_known(token.text.lower()):
        return True
    return bool(_tags(token.text))


def _initial_before(doc, i: int) -> int | None:
    """Start of an initial («Б.», «Дж.») right before token i, written with or without a space."""
    if i >= 2 and doc[i - 1].text == "." and doc[i - 2].is_alpha and doc[i - 2].text[:1].isupper() \
            and len(doc[i - 2].text) <= 2:
        return i - 2
    if i >= 1 and _is_initial(doc[i - 1].text) and doc[i - 1].text.endswith("."):
        return i - 1
    return None


def with_initials(span):
    """The name with the initials written before it («А.Смитсон», «Дж. Браун»), which the NER often
    leaves out or tags as a name of their own."""
    doc, start = span.doc, span.start
    while (k := _initial_before(doc, start)) is not None:
        start = k
    return doc[start:span.end] if start != span.start else span


def _is_epithet(token) -> bool:
    """A capitalised adjective before a name at a sentence start («Восьмидесятилетний X»,
    «Опальный X»): a dictionary adjective with no reading as a name or a surname."""
    word = token.text
    if "летн" in word.lower() and word.lower().endswith(("ий", "яя", "ый", "ая")):
        return True  # an age, known or compounded («Шестидесятивосьмилетняя»)
    return len(word) >= 4 and _only_reads_as(word, {"ADJF", "PRTF"}, {"Name", "Surn", "Patr", "Geox"})


def _is_kin_or_role(token) -> bool:
    """A capitalised common noun for a person's role before a name at a line start («Сын», «Внук»,
    «Предшественник»): a dictionary noun with no name reading that slovnet does not read as a name."""
    return token.pos_ != "PROPN" and len(token.text) >= 4 and _only_reads_as(token.text, {"NOUN"}, {"Name", "Surn", "Patr"})


def _written(token) -> str:
    """How a name word is written in the name: an initial keeps its full stop."""
    doc = token.doc
    if len(token.text) <= 2 and token.text[:1].isupper() and token.i + 1 < len(doc) and doc[token.i + 1].text == ".":
        return token.text + "."
    return token.text


def person_from_span(span) -> Found | None:
    span = with_initials(span)
    words = [t for t in span if t.is_alpha or _is_initial(t.text) or "-" in t.text]
    # a title, role word or epithet the model took into the name («Император N», «Сын N»,
    # «Восьмидесятилетний N»)
    while len(words) > 1 and (_is_title(words[0]) or _is_kin_or_role(words[0]) or _is_epithet(words[0])):
        words = words[1:]
    if not words or (len(words) == 1 and not _reads_as_name(words[0])):
        return None
    gender = name_gender(words)
    nominative = [_written(t) if len(t.text) <= 2 else name_nominative(t, gender) for t in words]
    parts = split_name(nominative)
    parts["gender"] = gender
    return Found("PERSON", words[0].i, words[-1].i + 1, " ".join(nominative), parts, source="ner")


BRACKETS = {"(", ")", "[", "]"}


def bracket_parts(span):
    """«Томас Вайнер (Thomas Weiner)»: the name and its bracketed spelling are two mentions."""
    parts, start = [], span.start
    for t in span:
        if t.text in BRACKETS:
            if t.i > start:
                parts.append(span.doc[start:t.i])
            start = t.i + 1
    if span.end > start:
        parts.append(span.doc[start:span.end])
    return parts


NAMED_AFTER = {"имени", "им"}  # «театр имени А. П. Чехова»: a person inside an organisation's name


def named_after(span):
    """PERSON spans after «имени» / «им.»: initials and capitalised name words."""
    doc = span.doc
    for t in span:
        if t.lower_ not in NAMED_AFTER:
            continue
        j, words = t.i + 1, []
        if j < span.end and doc[j].text == ".":
            j += 1
        while j < span.end and len(words) < 4:
            w = doc[j]
            if _is_initial(w.text) or (w.is_alpha and w.text[:1].isupper()):
                words.append(w)
                j += 1
            elif w.text == "." and words and _is_initial(words[-1].text + "."):
                j += 1
            else:
                break
        if not words or _is_initial(words[-1].text):
            continue
        has_initials = len(words) > 1 and len(words[0].text) <= 2
        if has_initials or words[-1].pos_ == "PROPN" or not _is_common_noun(words[-1].text):
            yield doc[words[0].i:words[-1].i + 1]


def propagate_surnames(doc, span):
    """A surname the NER tagged in one place is the same person where it stands alone untagged
    (often at the start of a text or paragraph, where the model sees least context)."""
    known = {}
    for f in doc._.found:
        if f.type == "PERSON" and f.attrs.get("last") and len(f) > 1:
            known.setdefault(f.attrs["last"], f)
    if not known:
        return
    covered = set()
    for f in doc._.found:
        covered.update(range(f.start, f.end))
    for t in span:
        if t.i in covered or not t.is_alpha or not t.text[:1].isupper() or len(t.text) < 3:
            continue
        last = next((k for k in known if _stem_match(t.text, k)), None)
        if last is None or _is_common_noun(t.text):
            continue
        found = person_from_span(doc[t.i:t.i + 1])
        if found is not None:
            found.source = "propagation"
            add(doc, found)


class PeopleFinder:
    def __call__(self, doc):
        span = body(doc)
        for ent in span.ents:
            if ent.label_ == "PER":
                parts = [p for p in (person_from_span(part) for part in bracket_parts(ent)) if p is not None]
                for p in parts:
                    if len(parts) > 1:  # the spellings of one name are one person
                        p.key = f"person@{ent.start}"
                    add(doc, p)
        for name in named_after(span):
            found = person_from_span(name)
            if found is not None:
                found.source = "named_after"
                add(doc, found)
        propagate_surnames(doc, span)
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


def _first_name_alone(alone: Found, full: Found) -> bool:
    """«Виктор» after «Виктор Орлов»: a first name by itself, the full name's first name (the
    clustering takes it only when one person of the article has that first name)."""
    first, other = alone.attrs.get("first"), full.attrs.get("first")
    return bool(first and other and not first.endswith(".") and len(alone.norm.split()) == 1
                and _stem_match(first, other))


def same_person(a: Found, b: Found) -> bool:
    """Whether two PERSON mentions can name one person: no name part disagrees, the surname agrees."""
    la, lb = a.attrs.get("last"), b.attrs.get("last")
    fa, fb = a.attrs.get("first"), b.attrs.get("first")
    if la and lb:
        if not _stem_match(la, lb):
            return False
    elif la and fb and not lb:  # «Дун» alone may have been read as a first name
        return (_stem_match(la, fb) and not fa) or _first_name_alone(b, a)
    elif lb and fa and not la:
        return (_stem_match(lb, fa) and not fb) or _first_name_alone(a, b)
    elif not (la or lb):
        return bool(fa and fb and _stem_match(fa, fb))
    if fa and fb:
        if fa.endswith(".") or fb.endswith("."):  # an initial: «Дж.» is Джордж, not Дэйзи
            ia, ib = fa.rstrip(".").lower(), fb.rstrip(".").lower()
            return ia.startswith(ib) or ib.startswith(ia)
        return _stem_match(fa, fb)
    return True
