"""Normalising mentions to the nominative with pymorphy3.

A word slovnet reads as nominative is kept as written. Otherwise the pymorphy3 reading that
agrees with slovnet's features is inflected to the nominative (keeping number, and the gender of
a surname), and the original capitalisation is put back. A phrase is normalised around its
syntactic head: the head and the words agreeing with it change, the rest (genitive complements
such as «обороны Казахстана») stay as written.
"""

from __future__ import annotations

from ..tagging.lemma import analyzer, best_parse


def restore_case(word: str, model: str) -> str:
    """word with the capitalisation pattern of model (UPPER, Title, Title-Title, lower)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


def token_nominative(token, gender: str | None = None) -> str:
    """One token in the nominative (for names: gender 'masc' or 'femn' when known)."""
    text = token.text
    if not any(c.isalpha() for c in text) or text.isupper():
        return text
    case = token.morph.get("Case")
    if not case or case == ["Nom"]:
        return text
    parse = best_parse(text.lower(), token.pos_, str(token.morph))
    if parse is None or parse.tag.case in (None, "nomn"):
        return text
    wanted = {"nomn"}
    if parse.tag.number == "plur":
        wanted.add("plur")
    if gender and parse.tag.POS == "NOUN" and ({"Surn", "Name", "Patr"} & parse.tag.grammemes):
        wanted.add(gender)
    inflected = parse.inflect(wanted) or parse.inflect({"nomn"})
    if inflected is None:
        return text
    return restore_case(inflected.word, text)


CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def name_gender(tokens) -> str | None:
    """masc / femn of a person from the pymorphy reading of a first name, patronymic or surname
    in the case slovnet reads the word in («Милана Петровича» in the genitive is Милан, not
    Милана), else of a first name in any case, else slovnet's Gender."""
    parses = [(t, analyzer().parse(t.text)) for t in tokens]
    for in_case in (True, False):
        for t, readings in parses:
            case = CASES.get((t.morph.get("Case") or [""])[0])
            for p in readings:
                # an indeclinable reading («Амаду» as a woman's name) fits every case: no evidence
                if in_case and (case is None or "Fixd" in p.tag.grammemes
                                or p.tag.case != case and not (case == "accs" and p.tag.case == "gent")):
                    continue
                kinds = {"Name", "Patr", "Surn"} if in_case else {"Name"}  # in its case a patronymic tells too
                if kinds & p.tag.grammemes and p.score > 0.1 and p.tag.gender in ("masc", "femn"):
                    return str(p.tag.gender)  # a plain str: pymorphy3 returns its own grammeme type
    for t in tokens:
        g = t.morph.get("Gender")
        if g == ["Masc"]:
            return "masc"
        if g == ["Fem"]:
            return "femn"
    return None


def phrase_nominative(span) -> str:
    """A noun phrase in the nominative: its head and the words agreeing with it change."""
    words = [t for t in span if not t.is_space]
    if not words:
        return span.text
    heads = [t for t in words if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    head = heads[0] if heads else words[0]
    changed = {head.i}
    head_case = head.morph.get("Case")
    for t in words:
        if t.i != head.i and t.head.i == head.i and t.dep_ in ("amod", "det", "nummod") and t.i < head.i \
                and t.morph.get("Case") == head_case:
            changed.add(t.i)
    gender = None
    out = []
    for t in span:
        if t.i in changed:
            out.append(token_nominative(t, gender))
        else:
            out.append(t.text)
        out.append(t.whitespace_)
    return "".join(out).strip()
