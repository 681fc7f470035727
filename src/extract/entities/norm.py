"""Normalising mentions to the nominative with pymorphy3.

A word slovnet reads as nominative is kept as written. Otherwise the pymorphy3 reading that
agrees with slovnet's features is inflected to the nominative (keeping number, and the gender of
a surname), and the original capitalisation is put back. A phrase is normalised around its
syntactic head: the head and the words agreeing with it change, the rest (genitive complements
such as «обороны Казахстана») stay as written.
"""

from __future__ import annotations

from ..tagging.lemma import UD_GRAMMEMES, analyzer, best_parse


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


# case endings a masculine name loses when pymorphy3 cannot read it at all («Хына» → Хын)
MASC_ENDINGS = {"Gen": ("а", "я"), "Acc": ("а", "я"), "Dat": ("у", "ю"), "Ins": ("ом", "ем")}
SOFT = {"я", "ю", "ем"}  # endings of a stem in «-й» or «-ь»
# cases slovnet and pymorphy3 tell apart least surely (a genitive and an animate accusative, a
# dative and a locative)
NEAR_CASES = {"Gen": {"gent", "accs"}, "Acc": {"accs", "gent"}, "Dat": {"datv", "loct"}, "Loc": {"loct", "datv"},
              "Ins": {"ablt"}}
VOWELS = set("аеёиоуыэюя")
NAME_KINDS = {"Name", "Surn", "Patr"}


def name_nominative(token, gender: str | None = None) -> str:
    """A word of a person's name in the nominative.

    A word pymorphy3 reads as a name of the person's gender in its case («Саши» → Саша) is
    inflected as `token_nominative` does. Otherwise the best noun or adjective reading in the
    word's case that can be a name of the person's gender («Холлстера» → Холлстер, «Полевого» →
    Полевой; not «Бертолуччи» as a feminine «бертолуччь», «Морриси» as «Моррися»). A word pymorphy3
    knows but cannot read so goes to `token_nominative` too. An unknown one with no such reading
    does not decline and stays as written («Марио Бертолуччи», «Анны Дюпре»), unless it has
    a masculine case ending, which it loses («Пак Чон Хына» → Хын, «Ансараем» → Ансарай). A
    hyphenated name changes part by part («Жану-Клоду» → Жан-Клод, «Холлстера-младшего» →
    Холлстер-младший), a part of up to three letters («Аль-», «-Ли») as written."""
    text = token.text
    case = (token.morph.get("Case") or ["Nom"])[0]
    if case == "Nom" or not text[:1].isupper() or text.isupper() or not gender:
        return token_nominative(token, gender)
    feats = str(token.morph)
    parts = text.split("-")
    if len(parts) > 1 and all(p.isalpha() for p in parts):
        return "-".join(_part_nominative(p, case, gender, feats) for p in parts)
    whole = _word_nominative(text, case, gender, feats)
    return token_nominative(token, gender) if whole is None else whole


def _in_case(p, case: str) -> bool:
    """A pymorphy3 reading in the UD case slovnet gives (an animate accusative reads as a genitive)."""
    want = UD_GRAMMEMES.get(case)
    return want is not None and (p.tag.case == want or (want == "accs" and p.tag.case == "gent"))


def _can_name(p, gender: str) -> bool:
    """A reading whose nominative can be a name of a person of this gender: not a feminine
    «-ь» noun for a man («фухиморь»), not a masculine noun ending in a consonant for a woman."""
    lemma = p.normal_form
    if gender == "masc":  # «Гриваля» is a man's «-ь» name; «Бертолуччи» no woman's «-ь» word,
        # nor «Морриси» a «Моррися» (a man's name in «-я» follows a vowel or «ь»: Илья, Гия), nor
        # «Холлстона» a neuter «холлстоно»
        return not ((p.tag.gender == "femn" and lemma.endswith("ь") and p.word.endswith(("и", "ью")))
                    or (len(lemma) > 1 and lemma.endswith("я") and lemma[-2] not in VOWELS | {"ь"})
                    or (p.tag.gender == "neut" and "Fixd" not in p.tag.grammemes))
    return not (p.tag.gender == "masc" and lemma[-1:] not in VOWELS)


def _word_nominative(text, case, gender, feats):
    """One name word in the nominative, or None where pymorphy3's reading as a name will do."""
    low = text.lower()
    readings = analyzer().parse(low)
    known = analyzer().word_is_known(low)
    if any(NAME_KINDS & p.tag.grammemes and _in_case(p, case) and _can_name(p, gender)
           and (known or p.tag.gender is None or str(p.tag.gender) == gender or "ms-f" in p.tag.grammemes)
           for p in readings):
        return None  # a name pymorphy3 knows, or guesses for the person's gender
    # a guess that the word does not decline says nothing: the guesser offers one for anything
    fitting = [p for p in readings if p.tag.POS in ("NOUN", "ADJF") and _in_case(p, case) and _can_name(p, gender)
               and (known or "Fixd" not in p.tag.grammemes)]
    if fitting:
        # a noun before an adjective reading («Милой» is Мила, not милая; «Полевого» has no noun)
        best = max(fitting, key=lambda p: (p.tag.POS == "NOUN", p.score))
        wanted = {"nomn", "sing"} | ({gender} if best.tag.POS == "ADJF" else set())
        inflected = best.inflect(wanted) or best.inflect({"nomn"})
        return text if inflected is None else restore_case(_as_written(inflected.word, low), text)
    if known:
        # a word pymorphy3 knows in a case slovnet often takes for this one («Зое»: dative
        # read as locative) is inflected as usual; one it knows in no such case is a foreign
        # name that does not decline («Жан-Клода Маше», not the dative of Маша)
        near = NEAR_CASES.get(case, set())
        if any(p.tag.case in near for p in readings) or low[-1] not in VOWELS:
            return None
    elif gender == "masc":
        for ending in MASC_ENDINGS.get(case, ()):
            if low.endswith(ending) and len(low) > len(ending) + 1:
                stem = text[:-len(ending)]
                if ending in SOFT:  # «Ансарая» → Ансарай, «Гриваля» → Гриваль
                    stem += "й" if stem[-1].lower() in VOWELS else "ь"
                return stem
    return text


def _as_written(word: str, written: str) -> str:
    """pymorphy3's «ё» where the text writes «е» («Федорова» → Федоров, not Фёдоров)."""
    return "".join("е" if c == "ё" and i < len(written) and written[i] == "е" else c for i, c in enumerate(word))


def _part_nominative(text, case, gender, feats):
    """A part of a hyphenated name: its own name reading in whatever case it reads («Жану»
    dative, though slovnet gave the whole word another case), else as any name word."""
    if len(text) <= 3:
        return text  # «Аль-», «-Ли», «Ибн-»: a particle or a short name that does not decline
    names = [p for p in analyzer().parse(text.lower()) if NAME_KINDS & p.tag.grammemes and _can_name(p, gender)
             and (str(p.tag.gender) == gender or "ms-f" in p.tag.grammemes)]
    if not names:
        word = _word_nominative(text, case, gender, feats)
        return text if word is None else word
    # a name reading for the person's gender, in the word's case first («Гриваля»: the man's
    # Гриваль, never a woman's name Гриваля)
    best = max(names, key=lambda p: (_in_case(p, case), p.score))
    if best.tag.case in (None, "nomn"):
        return text
    inflected = best.inflect({"nomn", "sing"}) or best.inflect({"nomn"})
    return text if inflected is None else restore_case(inflected.word, text)


def name_gender(tokens) -> str | None:
    """masc / femn of a person: from the pymorphy reading of a first name, patronymic or surname
    in the case slovnet reads the word in («Милана Петровича» in the genitive is Милан, not
    Милана); else slovnet's Gender when its name words agree on one («Дэвида Холлстера»); else
    a first-name reading in any case."""
    # each part of a hyphenated name on its own («Анны-Марии»)
    parses = [(t, analyzer().parse(part)) for t in tokens for part in t.text.split("-") if part]
    found = _reading_gender(parses, in_case=True)
    if found:
        return found
    genders = {g for t in tokens for g in t.morph.get("Gender") if g in ("Masc", "Fem")}
    if len(genders) == 1:
        return "masc" if genders == {"Masc"} else "femn"
    return _reading_gender(parses, in_case=False)


def _reading_gender(parses, in_case: bool) -> str | None:
    for t, readings in parses:
        case = (t.morph.get("Case") or [""])[0]
        for p in readings:
            # an indeclinable reading («Амаду» as a woman's name) fits every case: no evidence
            if in_case and ("Fixd" in p.tag.grammemes or not _in_case(p, case)):
                continue
            kinds = {"Name", "Patr", "Surn"} if in_case else {"Name"}  # in its case a patronymic tells too
            if kinds & p.tag.grammemes and p.score > 0.1 and p.tag.gender in ("masc", "femn"):
                return str(p.tag.gender)  # a plain str: pymorphy3 returns its own grammeme type
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
