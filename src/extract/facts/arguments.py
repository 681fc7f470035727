"""Finding an event's arguments around its trigger in the syntax tree (slovnet's UD parse).

An argument is a phrase: a dependent of the trigger (or of the verb that governs a noun trigger,
«провели переговоры», «в ходе встречи … обсудили») and everything below it except the clauses
it embeds. The entities an argument names are the clusters whose mentions fall inside it:
people first; organisations or countries stand in when no person is named («делегация Китая»).
A pronoun or a bare post («он», «министр обороны Казахстана», «стороны») names its people
through the `references` stage (doc._.refers) when it has resolved them; a post no one in the
article is said to hold stands in itself (`unheld_posts`). A verb with no subject takes the one
it shares (coordination, a comma clause that agrees, a «где»-clause on its place) or, as a main
verb, the one person the sentence before is about (`dropped_subject`).
"""

from __future__ import annotations

from ..extensions import once
from ..text.sentences import sentence_of, sentences
from ..tagging.lemma import analyzer
from .base import entity_index
from .genders import person_genders
from .references import referents

# dependents that open a clause of their own: their words are not part of the phrase above them
CLAUSE_DEPS = {"parataxis", "ccomp", "advcl", "acl:relcl", "csubj", "punct", "discourse", "vocative"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
POSSESSIVES = {"его": "Masc", "её": "Fem", "ее": "Fem"}  # «по её словам»
ABOUT = {"о", "об", "обо", "про"}  # what is told about: «рассказал о визите»
CLAUSE_OPENERS = {"который", "где", "куда", "откуда", "когда", "что", "чтобы", "если"}  # words that open a clause


def index(doc) -> dict:
    """token index -> clusters covering it, computed once per doc."""
    return once(doc, "extract.facts.entity_index", entity_index)


def phrase(token, stop: set | None = None) -> list:
    """The tokens of the phrase headed by token, without the clauses it embeds."""
    stop = CLAUSE_DEPS if stop is None else stop
    seen, todo = {token.i}, [token]
    out = []
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:  # a parse is not always a tree: never visit a word twice
            if c.i not in seen and c.dep_ not in stop and not (c.pos_ in ("VERB", "AUX") and c.dep_ == "conj"):
                seen.add(c.i)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def clusters_in(doc, tokens, types) -> list:
    """Clusters of the given types with a mention inside tokens, in text order, each once."""
    idx = index(doc)
    seen, out = set(), []
    for t in tokens:
        for c in idx.get(t.i, ()):
            if c.type in types and c.id not in seen:
                seen.add(c.id)
                out.append(c)
    return out


def case_of(token) -> str:
    """The preposition (lemma) a nominal dependent is introduced by, '' if none."""
    for c in token.children:
        if c.dep_ == "case":
            return c.lemma_.lower()
    return ""


def referred(doc, token) -> list:
    """The people (or, for «стороны», the states) a pronoun, post or rank stands for, as the
    `references` stage resolved them (doc._.refers)."""
    ids_ = referents(doc, token.i, token.i + 1) if doc._.refers else []
    by_id = {c.id: c for c in doc._.entities or []}
    return [by_id[i] for i in ids_ if i in by_id]


def _previous_subject(doc, pronoun):
    """A possessive the `references` stage does not read («по её словам»): the person of its
    gender who was the subject of the closest earlier sentence with a person subject."""
    gender = [POSSESSIVES[pronoun.lower_]]
    sents = [s for s in sentences(doc) if s.end <= pronoun.i]
    genders = person_genders(doc)
    for s in reversed(sents[-6:]):
        for t in s:
            if t.dep_ in SUBJECT_DEPS and t.head == s.root:
                people = clusters_in(doc, phrase(t), {"PERSON"})
                people = [p for p in people if not gender or not genders.get(p.id)
                          or genders[p.id][:1].lower() == gender[0][:1].lower()]
                if people:
                    return people[0]
    return None


def person_of(doc, token):
    """A person the token stands for: a resolved reference, or for a possessive the fallback."""
    hit = referred(doc, token)
    if hit:
        return hit[0]
    if token.pos_ in ("DET", "PRON") and token.lower_ in POSSESSIVES:
        return _previous_subject(doc, token)
    return None


def actors(doc, head, groups: bool = True) -> list:
    """The entities a phrase names as actors: its people; else whoever its head word refers to;
    else (groups=True) its organisations, then its countries («делегация Китая»), then the post
    its head word names when no one holds it in the article (`unheld_posts`)."""
    head = antecedent(head)
    tokens = phrase(head)
    people = clusters_in(doc, tokens, {"PERSON"})
    if len(people) > 1:  # «ТиДжей, сын Тито Джексона»: the phrase's own names before those it mentions
        own = clusters_in(doc, phrase(head, stop=set(CLAUSE_DEPS) | {"nmod", "obl", "acl"}), {"PERSON"})
        people = own or people
    if people:
        return people
    for t in [head] + [c for c in head.children if c.dep_ == "conj"]:
        hit = referred(doc, t) or [p for p in [person_of(doc, t)] if p is not None]
        people += [p for p in hit if p not in people]
    if people:
        return people
    at_head = [c for c in index(doc).get(head.i, ()) if c.type in ("ORGANIZATION", "COUNTRY")]
    if not groups:
        return at_head + [c for t in head.children if t.dep_ == "conj"
                          for c in index(doc).get(t.i, ()) if c.type in ("ORGANIZATION", "COUNTRY")]
    # a group is named by the phrase's own genitives («делегация Китая»), not by a place it is
    # in («посол в миде Чили»)
    tokens = [t for t in tokens if not any(a != head and a.dep_ in ("nmod", "obl") and case_of(a) not in ("", "между")
                                           for a in _up_to(t, head))]
    # each conjunct on its own: «делегации Египта и Иордании» names two groups
    conjuncts = [phrase(c) for c in tokens if c.dep_ == "conj" and c != head]
    inside = {t.i for part in conjuncts for t in part}
    parts = [[t for t in tokens if t.i not in inside]] + conjuncts
    out = []
    for part in parts:
        found = clusters_in(doc, part, {"ORGANIZATION"}) or clusters_in(doc, part, {"COUNTRY"})
        out += [c for c in found if c not in out]
    return out or unheld_posts(doc, head)


def _held(doc) -> set:
    """POSITION entity ids the article gives a named holder (a reference or an OCCUPATION)."""
    return once(doc, "extract.facts.held_posts", lambda d: (
        {r.entity for r in d._.refers or [] if r.entity and r.kind == "POSITION"}
        | {r.args.get("position") for r in d._.relations or [] if r.type == "OCCUPATION"}))


def unheld_posts(doc, head) -> list:
    """A post that stands for someone the article never names («глава государства прибыл …»,
    «совещание заместителей мэра»): the POSITION itself, the best an analyst can be told of
    who took part. Not a post the article gives to a named person anywhere: then the mention
    may be that person, and guessing whom is the references stage's work, not this one's."""
    out = []
    for t in [head] + [c for c in head.children if c.dep_ == "conj"]:
        out += [c for c in index(doc).get(t.i, ()) if c.type == "POSITION" and c.id not in _held(doc)
                and c not in out]
    return out


OWNER_DEPS = {"nmod", "obl", "iobj", "obj", "nmod:poss"}  # how a name that only owns or describes a phrase hangs


def own_people(doc, head) -> tuple[list, list]:
    """(own, owners): the people a noun phrase names as itself — its head's name, an apposition
    or a conjunct («глава ведомства Иван Петров», «Иван Петров, сын Олега Петрова») — and those it
    names only as whom it belongs to or who qualifies it («представитель Петрова», «сын Олега
    Петрова»)."""
    tokens = phrase(head)
    inside = {t.i for t in tokens}
    own, owners = [], []
    for c in clusters_in(doc, tokens, {"PERSON"}):
        for f in c.found:
            if not (f.start in inside or f.end - 1 in inside):
                continue
            root = next((t for t in doc[f.start:f.end] if not f.start <= t.head.i < f.end or t.head == t), None)
            if root is not None:
                is_own = root.i == head.i or root.dep_ not in OWNER_DEPS and not _genitive_apposition(root)
                (own if is_own else owners).append(c)
                break
    return own, owners


def _genitive_apposition(name) -> bool:
    """A name the parser made an apposition though it does not agree in case with its noun
    («заместительница Сергея Петрова»: genitive under a nominative): whose the noun is, not
    who it is. A name that does not inflect agrees with anything."""
    if name.dep_ != "appos" or name.head == name:
        return False
    mine, theirs = name.morph.get("Case"), name.head.morph.get("Case")
    return mine == ["Gen"] and bool(theirs) and theirs != ["Gen"]


def active_subjects(token) -> list:
    """Subject heads of a verb in the active voice (the doer), as `subjects`."""
    return [s for s in subjects(token) if s.dep_ != "nsubj:pass" and not
            (s.dep_ == "conj" and s.head.dep_ == "nsubj:pass")]


def _up_to(token, top) -> list:
    """token and the words above it up to (not including) top."""
    out, t = [], token
    for _ in range(12):
        if t == top or t.head == t:  # tokens are views: compare, never `is`
            break
        out.append(t)
        t = t.head
    return out


def is_agent(doc, token) -> bool:
    """A word that can stand for who does something: animate, an entity itself, a group word
    («делегация»), or resolved to people (`references`): not «отношения стран переживают …»."""
    return (token.morph.get("Animacy") == ["Anim"] or token.pos_ == "PRON"
            or any(c.type in ("PERSON", "ORGANIZATION", "COUNTRY") for c in index(doc).get(token.i, ()))
            or bool(referred(doc, token)) or token.lemma_.lower() in ("делегация", "сторона"))


def names_agent(doc, token) -> bool:
    """A subject that can take part in something: an agent word (`is_agent`), a body named by its
    own genitive («части Северного флота встретились с …») or a word for the person or body
    named in apposition to it; not a thing the parser made the subject («посетил … музеи: главный
    собор …» read with «собор» as the subject)."""
    return is_agent(doc, token) or any(
        c.dep_ == "nmod" and not case_of(c) and any(x.type in ("ORGANIZATION", "COUNTRY") for x in index(doc).get(c.i, ()))
        or c.dep_ in ("appos", "flat:name") and any(x.type in ("PERSON", "ORGANIZATION") for x in index(doc).get(c.i, ()))
        for c in token.children)  # «Звезда хоккея Иван Орлов прибыл», «Группа «Браво» прибыла»: a word for who is named beside it


def _embedded(verb, subject) -> bool:
    """A subject the parser hung on the verb from inside a clause that lies between them: a
    relative or subordinate word stands between («посетил завод, на котором работал Y»)."""
    a, b = sorted((verb.i, subject.i))
    return any(x.lemma_.lower() in CLAUSE_OPENERS for x in verb.doc[a + 1:b])


def _own_subjects(t) -> list:
    subj = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
    if len(subj) > 1:  # the parser took an accusative object for a second subject
        subj = [c for c in subj if c.morph.get("Case") != ["Acc"]] or subj[:1]
    if len(subj) > 1:  # or the subject of a clause it embeds
        subj = [c for c in subj if not _embedded(t, c)] or subj[:1]
    return subj


def _shares_subject(t, clauses: bool = True) -> bool:
    """A verb without a subject of its own that takes the subject of the verb above it:
    coordinated («прибыл и встретился»), an infinitive complement («решили встретиться»), a
    gerund («проводя совещание, мэр поручил …»), a «что»-clause that drops a repeated
    subject («министр сказал, что подпишет договор»; not «просил, чтобы подписали») or a clause
    joined by a comma that agrees with it («стал мэром в 2010 году, через пять лет был переизбран»)."""
    if t.head == t:
        return False
    if t.dep_ in ("conj", "xcomp"):
        return True
    if clauses and t.dep_ == "advcl":
        return t.morph.get("VerbForm") == ["Conv"]
    if clauses and t.dep_ == "parataxis" and t.pos_ in ("VERB", "AUX") and _says_one_person(t):
        # «стал мэром в 2010 году, через пять лет был переизбран»: a clause joined by a comma
        # that drops the subject it shares, agreeing with it
        return bool(_own_subjects(t.head)) and _agree(t, t.head)
    if clauses and t.dep_ == "ccomp" and t.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "что" for c in t.children):
        above = _own_subjects(t.head)
        return bool(above) and t.morph.get("Number") == above[0].morph.get("Number") and t.morph.get("Person") != ["1"]
    return False


def subjects(token, clauses: bool = True) -> list:
    """Subject heads of a verb (and of the verb it is coordinated with or depends on, when it
    has none of its own: «решили встретиться», «прибыл и встретился», see `_shares_subject`;
    clauses=False: not into a gerund or a «что»-clause, for speech verbs: «заявив, что …» is
    the main verb's statement, not one of its own)."""
    t = token
    for _ in range(3):
        subj = _own_subjects(t)
        if subj:
            return subj + [x for s in subj for x in s.children if x.dep_ == "conj"]
        if _shares_subject(t, clauses):
            t = t.head
        elif clauses and _place_clause(t) is not None:
            t = _place_clause(t)
        else:
            break
    return []


PLACE_RELATIVES = {"где", "куда"}


def _place_clause(t):
    """«Министр посетил Минск, где встретился с президентом»: a «где»-clause with no subject of
    its own, on a place the verb above it goes to or acts in, shares that verb's subject. The
    verb above, else None."""
    if t.dep_ != "acl:relcl" or t.pos_ != "VERB" or t.head == t:
        return None
    if not any(c.dep_ == "advmod" and c.lemma_.lower() in PLACE_RELATIVES for c in t.children):
        return None
    place = t.head
    if place.dep_ in ("obj", "obl") and place.head != place and place.head.pos_ in ("VERB", "AUX") \
            and t.morph.get("Number") == place.head.morph.get("Number"):
        return place.head
    return None


def _agree(a, b) -> bool:
    """Two verbs that could share one subject: same number, and same gender (past) or person."""
    if a.morph.get("Number") != b.morph.get("Number"):
        return False
    for feat in ("Gender", "Person"):
        if a.morph.get(feat) and b.morph.get(feat):
            return a.morph.get(feat) == b.morph.get(feat)
    return False


def _says_one_person(verb) -> bool:
    """A finite verb or short participle in the singular that names a masculine or feminine
    doer or a third person («посетил», «назначена», «посетит»); not «было решено» (impersonal)
    nor «посетили» (an indefinite «they»)."""
    morph = verb.morph
    if morph.get("Number") != ["Sing"]:
        return False
    if morph.get("VerbForm") == ["Fin"]:
        return morph.get("Gender") in (["Masc"], ["Fem"]) or morph.get("Person") == ["3"]
    return morph.get("Variant") == ["Short"] and morph.get("Gender") in (["Masc"], ["Fem"])


def dropped_subject(doc, verb) -> list:
    """The people a main verb with no subject at all is about: the one person who is the
    subject of the sentence before («Министр Орлов прилетел в Казань в понедельник. На следующий
    день посетил завод»; biographies: «В 2019 году назначен послом»). Russian drops a subject the
    previous sentence gave; a sentence whose subject is no person, or a person of another gender
    than the verb's, has moved on and names no one."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or not _says_one_person(verb):
        return []
    if any(c.dep_ in SUBJECT_DEPS | {"csubj", "expl"} for c in verb.children):
        return []
    sents = sentences(doc)
    sent = sentence_of(doc, verb.i)
    n = next((k for k, s in enumerate(sents) if s.start == sent.start), 0)
    if n == 0:
        return []
    before = sents[n - 1]
    # the sentence's root, found by hand: Span.root raises on a parse that is not a tree
    root = next((x for x in before if x.head == x or not before.start <= x.head.i < before.end), None)
    if root is None:
        return []
    subj = _own_subjects(root)
    if len(subj) != 1:
        return []
    people = [c for c in actors(doc, subj[0], groups=False) if c.type == "PERSON"]
    gender = {"Masc": "masc", "Fem": "femn"}.get("".join(verb.morph.get("Gender")))
    genders = person_genders(doc)
    if len(people) != 1 or gender and genders.get(people[0].id) not in (gender, None):
        return []
    return people


def reflexive_owner(token) -> list:
    """«во время своего визита», «после своей встречи с …»: «свой» stands for the subject of
    the clause the noun is in; the subject heads of that clause's verb, else nothing."""
    if not any(c.dep_ in ("det", "amod", "nmod") and c.lemma_.lower() == "свой" for c in token.children):
        return []
    t = token
    for _ in range(4):
        if t.head == t:
            return []
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return subjects(t)
    return []


def passive_agents(verb) -> list:
    """Who does what a passive verb or participle tells, named in the instrumental without a
    preposition («договор был подписан министрами двух стран», «приказ, подписанный директором»)."""
    if verb.morph.get("Voice") != ["Pass"]:
        return []
    out = [c for c in verb.children if c.dep_ in ("obl", "nmod", "obl:agent") and not case_of(c)
           and c.morph.get("Case") == ["Ins"] and c.pos_ in ("NOUN", "PROPN")]
    return out + [x for o in out for x in o.children if x.dep_ == "conj"]


def objects(token) -> list:
    """Direct objects of a verb, and an accusative the parser took for a second subject."""
    out = [c for c in token.children if c.dep_ == "obj"]
    subj = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if len(subj) > 1:
        out += [c for c in subj if c.morph.get("Case") == ["Acc"]]
    return out + [x for o in out for x in o.children if x.dep_ == "conj"]


def accusatives(verb) -> list:
    """Objects of a verb, and animate accusatives the parser hung elsewhere in its phrase
    («принимает в Белом доме своего коллегу» with «коллегу» under «доме»)."""
    out = objects(verb)
    if out or verb.morph.get("Voice") == ["Pass"] or any(c.dep_ == "nsubj:pass" for c in verb.children):
        return out  # «примет пост у …», «решение было принято …»: nothing misplaced to look for
    for t in phrase(verb):
        if (t != verb and t not in out and t.pos_ in ("NOUN", "PROPN") and t.morph.get("Case") == ["Acc"]
                and t.morph.get("Animacy") == ["Anim"] and not case_of(t)):
            out.append(t)
    return out


def antecedent(token):
    """«который» stands for the noun its clause modifies («министром …, который находится …»)."""
    if token.lemma_.lower() == "который":
        t = token
        for _ in range(4):
            if t.dep_ == "acl:relcl" or t.head == t:
                break
            t = t.head
        if t.dep_ == "acl:relcl":
            return t.head
    return token


def governor(token):
    """The verb a noun trigger is the object or circumstance of («провели переговоры», «в ходе
    встречи обсудили»): its subject took part. Not the verb of «по итогам встречи был подписан»,
    where the noun only dates a passive."""
    head = token.head
    if (token.dep_ in ("obj", "obl") and head != token and head.pos_ in ("VERB", "AUX")
            and case_of(token) not in ABOUT):  # «рассказал о встрече»: who tells is not who met
        return head
    return None


def dependents(token, deps: set, cases: set | None = None) -> list:
    """Dependents of token with one of deps, optionally only those introduced by a preposition in cases."""
    out = []
    for c in token.children:
        if c.dep_ in deps and (cases is None or case_of(c) in cases):
            out.append(c)
            out.extend(x for x in c.children if x.dep_ == "conj")
    return out


def locative(token) -> bool:
    """In the prepositional case («в Астане»), or a name that does not inflect («в Бразилиа»)."""
    if token.morph.get("Case") == ["Loc"]:
        return True
    return any("Fixd" in p.tag or "loct" in p.tag for p in analyzer().parse(token.text))


def place_and_date(doc, tokens):
    """LOCATION (or a COUNTRY introduced by «в»/«на») and DATE clusters among tokens."""
    places, dates = [], []
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN") and case_of(t) in ("в", "во", "на") and locative(t):
            places += [c for c in clusters_in(doc, phrase(t), {"LOCATION", "COUNTRY"}) if c not in places]
    places = [p for p in places if p.type == "LOCATION"] or places
    dates = clusters_in(doc, tokens, {"DATE"})
    return places, dates


def ids(clusters) -> list[str]:
    out = []
    for c in clusters:
        if c is not None and c.id not in out:
            out.append(c.id)
    return out
