"""The words that report an event (models/event_triggers.tsv), and whether their context lets them.

A lexicon word is a trigger only with what its `needs` column asks for: «принять» with a guest
(«принял делегацию», not «принял решение»), «подписать» with a document (models/signed_documents.txt
or a DOCUMENT entity, also through a pronoun: «…законопроект, после чего его подписал»), «назначить» with a person or a post (not «назначен штраф», «назначил дату выборов»), «возглавить»
with an organisation or country, «беседа» when no speech verb cites it as an interview, «встречаться» not since a date,
«встреча» not between sports teams and «заседание» not of a court (gatherings.py).
"""

from __future__ import annotations

from functools import lru_cache

from ..entities.quotes import in_title
from ..resources import read_list, read_tsv
from ..text.layout import body
from ..text.sentences import sentence_of
from . import gatherings
from .arguments import CLAUSE_DEPS, accusatives, case_of, clusters_in, index, names_agent, objects, phrase, subjects
from .base import lemma_key

ARGUMENT_DEPS = {"obj", "nsubj", "nsubj:pass", "obl", "nmod", "iobj", "xcomp", "appos"}
POST_WORDS = {"должность", "пост", "место"}  # «назначен на должность / пост»
PERSONAL = {"он", "она", "они"}  # pronouns that stand for people
LED_PLACES = {"region", "district", "city"}  # kinds of place one is elected or appointed to lead
PHASE_VERBS = {"стать", "начать", "перестать", "продолжить", "продолжать"}  # «стал встречаться с …»
TIME_UNITS = {"год", "месяц", "неделя", "день"}  # a length of time with no preposition: «восемь лет»


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """lemma -> (event type, needs, family)."""
    return {r["lemma"]: (r["event"], r["needs"], r["family"]) for r in read_tsv("event_triggers.tsv")}


def family(token) -> str:
    """The kind of happening a trigger word names (models/event_triggers.tsv, column family)."""
    hit = lexicon().get(lemma_key(token))
    return hit[2] if hit else ""


@lru_cache(maxsize=1)
def signed_documents() -> frozenset:
    return frozenset(read_list("signed_documents.txt"))



def _neighbours(token):
    """The words an event word's arguments hang on: its dependents, and for a participle
    modifying a noun («назначенный министр», «подписанный документ») that noun."""
    out = [c for c in token.children if c.dep_ in ARGUMENT_DEPS]
    if token.dep_ in ("acl", "amod") and token.head is not token:
        out.append(token.head)
    return out


def _entity_types(doc, token) -> set:
    return {c.type for c in index(doc).get(token.i, ())}


def _admits_into(token) -> bool:
    """«приняли в партию», «принят на работу»: into a body or a job (accusative after
    «в»/«на»), not a guest received («принял в Кремле», locative)."""
    return any(c.dep_ in ("obl", "nmod") and case_of(c) in ("в", "во", "на") and c.morph.get("Case") == ["Acc"]
               for c in token.children)


def _is_guest_word(doc, c) -> bool:
    if c.pos_ == "PRON":  # «прибыл в Минск, где его принял президент»: whom «его» stands for
        c = _pronoun_antecedent(doc, c, skip_clause=True)
        if c is None:
            return False
    return (c.morph.get("Animacy") == ["Anim"] or lemma_key(c) == "делегация"
            or bool(_entity_types(doc, c) & {"PERSON", "ORGANIZATION", "COUNTRY"}))


def is_guest(doc, token) -> bool:
    """«принял делегацию», «принимает коллегу»: a guest received; not a thing accepted from
    someone («примет пост у предшественника», «принял решение»): an object behind a preposition
    is not received, and a plain inanimate object is what is accepted."""
    if _admits_into(token):
        return False
    # «решение было принято мэром»: what the passive says was accepted is a thing; «посол был
    # принят министром»: a guest
    passive = [c for c in token.children if c.dep_ == "nsubj:pass" and c.morph.get("Case") != ["Acc"]]
    if passive:
        return all(_is_guest_word(doc, c) for c in passive)
    objects_ = [c for c in accusatives(token) if not case_of(c)]
    if any(c.pos_ == "NOUN" and not _is_guest_word(doc, c) for c in objects_):
        return False
    return any(_is_guest_word(doc, c) for c in objects_)


def is_document_word(token) -> bool:
    return lemma_key(token) in {w.replace("ё", "е") for w in signed_documents()}


def _pronoun_antecedent(doc, pronoun, skip_clause: bool = False):
    """The noun a third-person pronoun object stands for: the nearest noun before it, in its
    sentence or the one before, of its gender and number («… одобрил законопроект, после чего
    его подписал президент»: законопроект); skip_clause: not a word of the pronoun's own clause."""
    if pronoun.pos_ != "PRON" or pronoun.morph.get("Person") != ["3"]:
        return None
    gender, number = pronoun.morph.get("Gender"), pronoun.morph.get("Number")
    sent = sentence_of(doc, pronoun.i)
    start = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
    for t in reversed(doc[start:pronoun.i]):
        if skip_clause and t.head == pronoun.head:
            continue  # an object pronoun is not a word of its own clause («Вечером его принял»)
        if t.pos_ == "NOUN" and t.morph.get("Number") == number and (number == ["Plur"] or t.morph.get("Gender") == gender):
            return t
    return None


def is_document(doc, token) -> bool:
    near = [c for c in _neighbours(token) if c.dep_ != "obl"]
    if not near and token.dep_ == "conj" and token.head is not token:  # «обсуждается и не подписан»
        near = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass", "obj")]
    near += [a for a in (_pronoun_antecedent(doc, c) for c in near if c.dep_ in ("obj", "nsubj:pass")) if a is not None]
    return any(is_document_word(c) or "DOCUMENT" in _entity_types(doc, c) for c in near)


def _is_title(token) -> bool:
    """«избранный губернатор», «всенародно избранным мэром»: a participle that only qualifies a
    post (nothing of its own but an adverb) names a standing, not an appointment the text
    reports («назначенный в мае директор», «назначенный Петровым директор» do)."""
    return (token.dep_ in ("amod", "acl") and token.head is not token and token.i < token.head.i
            and all(c.dep_ in ("advmod", "punct") for c in token.children))


def is_about_person(doc, token) -> bool:
    """«назначен министром», «назначил Петрова», «назначение на пост», «его назначение»;
    not «водителю назначен штраф» (a dative is who receives, not who is appointed), nor a
    title («избранный губернатор»)."""
    if _is_title(token):
        return False
    active = token.pos_ == "VERB" and token.morph.get("Voice") != ["Pass"] and token.morph.get("Variant") != ["Short"]
    for c in _neighbours(token):
        if c.dep_ in ("iobj",) or c.morph.get("Case") == ["Dat"]:
            continue
        if active and c.dep_ == "nsubj":
            continue  # «президент назначил дату выборов»: who appoints says nothing of whom
        if c.morph.get("Animacy") == ["Anim"] or lemma_key(c) in POST_WORDS:
            return True
        if _entity_types(doc, c) & {"PERSON", "POSITION"}:
            return True
    if any(c.dep_ in ("obl", "nmod") and case_of(c) in ("в", "во") and c.morph.get("Case") == ["Acc"]
           and _entity_types(doc, c) & {"ORGANIZATION"} for c in token.children):
        return True  # «избран в Сенат», «избрание в городскую думу»: a seat in a body
    if token.pos_ == "NOUN" and any(c.dep_ in ("det", "nmod") and c.lower_ in ("его", "её", "ее", "их")
                                    for c in token.children):  # «о его назначении»
        return True
    # «она была переизбрана», «стал мэром в 2010 году, через пять лет был переизбран»: a
    # passive whose subject (its own or shared) is someone
    if token.morph.get("Voice") == ["Pass"] or token.morph.get("Variant") == ["Short"]:
        if any(s.morph.get("Animacy") == ["Anim"] or (s.pos_ == "PRON" and lemma_key(s) in PERSONAL)
               or "PERSON" in _entity_types(doc, s) for s in subjects(token)):
            return True
    # «поздравил коллегу с назначением»: the person is the verb's object
    head = token.head
    if token.dep_ in ("obl", "nmod") and head is not token:
        return any(c.dep_ == "obj" and c.morph.get("Animacy") == ["Anim"] for c in head.children)
    return False


def dependents_of(token, dep: str, case: str) -> list:
    return [c for c in token.children if c.dep_ == dep and case_of(c) == case]


def has_destination(doc, token) -> bool:
    named = {"LOCATION", "COUNTRY", "ORGANIZATION", "PERSON"}
    for c in accusatives(token) if token.pos_ == "VERB" else dependents_of(token, "nmod", ""):
        if _entity_types(doc, c) & named:  # «посетил Казахстан», «посещение Израиля»
            return True
        if lemma_key(c) in place_heads():  # «посетил остров», «посетила посёлок» (models/place_heads.tsv)
            return True
    for c in token.children:
        if c.dep_ in ("obl", "nmod") and any(x.dep_ == "case" and x.lemma_ in ("в", "во", "на", "к", "ко") for x in c.children):
            if _entity_types(doc, c) & {"LOCATION", "COUNTRY", "ORGANIZATION", "PERSON"}:
                return True
            if place_kinds().get(lemma_key(c)) in LED_PLACES:  # «прибыл в северную столицу»
                return True
        if c.dep_ in ("obl", "nmod") and lemma_key(c) == "визит":
            return True
    return False


def is_done_by_someone(doc, token) -> bool:
    """«делегация прибыла», not «поезд, прибывший в город», «самолёт прибыл»: the verb's own
    subject, or the noun its participle describes, when there is one, is someone (an agent)."""
    if token.dep_ in ("acl", "amod") and token.head is not token and token.morph.get("VerbForm") == ["Part"]:
        return names_agent(doc, token.head)
    # a «subject» after the verb may be its object read as a nominative («посетил другие
    # святилища»): only one before the verb says who arrived
    own = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i]
    return not own or any(names_agent(doc, c) for c in own)


@lru_cache(maxsize=1)
def organisation_heads() -> frozenset:
    return frozenset(r["word"].lower() for r in read_tsv("organisation_heads.tsv"))


@lru_cache(maxsize=1)
def place_kinds() -> dict:
    """Generic place word -> its kind (models/place_heads.tsv)."""
    return {r["word"].lower().replace("ё", "е"): r["kind"] for r in read_tsv("place_heads.tsv")}


@lru_cache(maxsize=1)
def place_heads() -> frozenset:
    return frozenset(place_kinds())


def is_leading(doc, token) -> bool:
    """«возглавил министерство», «возглавил концерн «Нефтегаз»», «его возглавил Петров» (a body
    named before): an organisation or country led, by name or by the word for one
    (models/organisation_heads.tsv); not «возглавил список», «возглавил колонну»."""
    for c in objects(token):
        named = {x.type for x in clusters_in(doc, phrase(c, stop=CLAUSE_DEPS | {"acl", "acl:relcl"}),
                                             {"ORGANIZATION", "COUNTRY", "PERSON"})}
        if named & {"ORGANIZATION", "COUNTRY"} and "PERSON" not in _entity_types(doc, c):
            return True
        if lemma_key(c) in organisation_heads() or (c.pos_ == "PRON" and lemma_key(c) in ("он", "она", "оно")):
            return True
        # «возглавил Кемеровскую область», «впервые возглавил регион»: a region or city led
        if "LOCATION" in _entity_types(doc, c) or place_kinds().get(lemma_key(c)) in LED_PLACES:
            return True
    return False


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset:
    return frozenset(w.replace("ё", "е") for w in read_list("speech_verbs.txt"))


def is_uncited(doc, token) -> bool:
    """A conversation a speech verb cites as where words were said («рассказал в беседе с
    журналистом», «признался в беседе с ведущим») is an interview, not a meeting."""
    head = token.head
    return not (token.dep_ in ("obl", "nmod") and head != token and head.pos_ == "VERB"
                and lemma_key(head) in speech_verbs())


def is_occasion(doc, token) -> bool:
    """«встречались в Риге», not «встречаются с прошлого года», «встречался восемь лет» nor
    «стал встречаться с актёром»: a relation that holds since a date, for a length of time or
    from a turn in one's life (they date)."""
    if token.dep_ == "xcomp" and token.head is not token and lemma_key(token.head) in PHASE_VERBS:
        return False
    for c in token.children:
        if c.dep_ in ("obl", "nmod") and case_of(c) in ("с", "со") and _entity_types(doc, c) & {"DATE"}:
            return False
        if (c.dep_ in ("obl", "obj") and not case_of(c) and lemma_key(c) in TIME_UNITS
                and "DATE" in _entity_types(doc, c)):  # «восемь лет», «несколько месяцев»
            return False
    return True


NEEDS = {"": lambda doc, t: True, "uncited": is_uncited, "occasion": is_occasion, "guest": is_guest, "document": is_document,
         "person": is_about_person, "org": is_leading, "destination": has_destination,
         "agent": is_done_by_someone, "no_fixture": gatherings.is_not_fixture, "no_hearing": gatherings.is_not_hearing}


@lru_cache(maxsize=1)
def generic_heads() -> dict:
    """noun -> whether an event noun in its genitive is a kind of act too (models/generic_event_heads.tsv)."""
    return {r["word"].replace("ё", "е"): r["genitive"] == "yes" for r in read_tsv("generic_event_heads.tsv")}


def is_kind_of_act(token) -> bool:
    """«право назначать министров», «процесс назначения», «шансы возглавить бюро»: an event word
    hung on a noun for a right, a procedure or a chance (models/generic_event_heads.tsv) names a
    kind of act, not one that happened; so does a subject of «считается» under such a noun
    («задачей считается избрание»). «задача визита» is the aim of a visit that happens: the
    lexicon says which nouns take the event word's genitive too."""
    head = token.head
    if head is token:
        return False
    heads = generic_heads()
    if token.dep_ in ("acl", "xcomp") and lemma_key(head) in heads:
        return True
    if token.dep_ == "nmod" and heads.get(lemma_key(head)):
        return True
    return token.dep_ in ("nsubj", "nsubj:pass") and any(
        c.dep_ in ("obl", "xcomp", "nmod") and lemma_key(c) in heads for c in head.children)


def find(doc, event_type: str) -> list:
    """Trigger tokens of one event type in the article body, in text order."""
    out = []
    for t in body(doc):
        hit = lexicon().get(lemma_key(t))
        if hit is None or hit[0] != event_type or t.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN"):
            continue
        if in_title(doc, t.i):  # «в сериале «Встреча в Вероне»»: a title, not a report
            continue
        if is_kind_of_act(t):  # «право назначать министров»: no happening
            continue
        if all(NEEDS.get(need, NEEDS[""])(doc, t) for need in hit[1].split(",")):
            out.append(t)
    return out
