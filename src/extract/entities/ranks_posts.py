"""RANK and POSITION mentions: lexicons in models/ plus the syntax of the post's complement.

A rank is a lexicon phrase (models/ranks.tsv), optionally followed by the service it belongs
to («полковник полиции», models/rank_services.txt). A post is a lexicon phrase (offices and
titles in models/posts.tsv, jobs and trades in models/occupations.txt; a hyphenated compound by
its first or last part, «врач-реаниматолог»; a participle used as a noun by the participle,
«управляющим делами») extended by its genitive complement from the dependency tree (a
participle's post also by its instrumental, «заведующий кафедрой»), as long as the
complement is common nouns: «главой оборонного ведомства РК» is the post «глава оборонного
ведомства» whose organisation or country is РК; «заместитель министра иностранных дел России»
is the post «заместитель министра иностранных дел» of России. The complement stops at a capital
letter or at an entity an earlier stage found (a country, organisation, place or person): those
are what the post belongs to, and `PostFound.of` points to them for the fact stages.

Names are the lexicon's nominative singular plus the complement as written, lower case
(«министрами обороны» → «министр обороны»). A word made from a post's name mentions that post
(«президентские выборы» → «президент», models/post_derivatives.tsv).

Not posts: a post word opening a quoted title («газета «Коммерсант»»), said of a country or a
thing («Норвегия является членом союза»), a group of members («представители партии»), a title
that is a common word in another sense without its holder's name («его папа»).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language

from ..resources import read_list, read_tsv
from ..tagging.lemma import analyzer
from ..text.layout import body
from .gazetteer import fold, phrase_key
from .mention import Found, add

MAX_WORDS = 8
# prefixes that mark a former or acting holder but do not change the post («экс-президент»)
FORMER = ("экс-",)
DEPUTY = "зам"  # «замгубернатора»: the short form of «заместитель» joined to the post it serves
NOUNISH = {"NOUN", "PROPN"}
POSSESSIVES = {"мои", "твои", "его", "ее", "их", "наш", "ваш", "свои"}  # folded lemmas: «й» is «и»
INFINITIVE_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")
# the kinds of entities a post belongs to: they end its complement
OWNER_TYPES = {"COUNTRY", "ORGANIZATION", "LOCATION", "PERSON"}


@dataclass
class PostFound(Found):
    """A POSITION or RANK mention with what the fact stages need (not serialised).

    head: token index of the post's head noun; complement: (start, end) tokens of the words added
    from its genitive complement, or None; of: (start, end) token spans of the found entities the
    post belongs to (an organisation, a country, a place); plural: the mention names a group
    («журналисты»), not one holder."""
    head: int = -1
    complement: tuple | None = None
    of: list = field(default_factory=list)
    plural: bool = False


@dataclass(frozen=True)
class Entry:
    type: str    # RANK or POSITION
    name: str    # nominative form as the lexicon writes it
    attrs: tuple  # (key, value) pairs for Found.attrs
    needs_of: bool = False    # a post only with a complement or an owner («глава»)
    relational: bool = False  # held under another post, which its complement may name («заместитель министра»)
    needs_owner: bool = False  # a post only with an organisation, country or person it belongs to
    needs_name: bool = False  # a title only right before its holder's name («папа Климент», «модель Анна Ли»)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """{tuple of word keys: Entry}; ranks win over posts with the same words («посол»), and the
    posts' own needs over the plain occupations (models/occupations.txt). Within one file an entry
    written as the key wins over one that only lemmatises to it: «ведущая» is read as the adjective
    «ведущий», which must keep the needs of the post «ведущий»."""
    entries = [Entry("POSITION", occupation, ()) for occupation in read_list("occupations.txt")]
    entries += [Entry("POSITION", row["post"], (), row["needs"] in ("of", "owner"), row["needs"] == "rel",
                      row["needs"] == "owner", row["needs"] == "name") for row in read_tsv("posts.tsv")]
    entries += [Entry("RANK", row["rank"], (("kind", row["kind"]),)) for row in read_tsv("ranks.tsv")]
    n_occupations = len(read_list("occupations.txt"))
    index, rank = {}, {}
    for n, entry in enumerate(entries):
        source = 2 if entry.type == "RANK" else (1 if n >= n_occupations else 0)
        lemmas, written = _keys(entry.name)
        for key, order in ((lemmas, (source, 0)), (written, (source, 1))):
            if key not in index or order >= rank[key]:
                index[key], rank[key] = entry, order
    return index


def _keys(phrase: str) -> tuple:
    """An entry's lemma key and its written (nominative) key: pymorphy3 lemmatises a noun made
    of a participle («нападающий», «командующий») to its verb out of context, to itself in it.
    A participle's verb is no key (word_key reads such a token as the participle), so that
    «управлять делами» is not the post «управляющий делами»."""
    lemmas = tuple(phrase_key(phrase).split())
    written = tuple(fold(w) for w in phrase.split())
    if len(lemmas) == len(written):
        lemmas = tuple(w if _is_infinitive(k) else k for k, w in zip(lemmas, written))
    return lemmas, written


@lru_cache(maxsize=1)
def services() -> dict:
    """{tuple of word keys of a service in the genitive: its text}."""
    return {tuple(fold(w) for w in s.split()): s for s in read_list("rank_services.txt")}


@lru_cache(maxsize=1)
def owner_nouns() -> frozenset:
    """Common nouns that name what a post belongs to («министр обороны страны»): they end the post."""
    return frozenset(phrase_key(w) for w in read_list("post_owner_nouns.txt"))


@lru_cache(maxsize=1)
def time_words() -> frozenset:
    from .dates import words
    return frozenset(k[0] for k, (kind, _) in words().items() if len(k) == 1 and kind in ("unit", "month", "season"))


def word_key(token) -> str:
    if token.text.isdigit():
        return token.text
    key = fold(token.lemma_ or token.text)
    if _is_infinitive(key) and token.morph.get("VerbForm") not in (["Fin"], ["Inf"], ["Conv"]):
        # a participle used as a noun («главным управляющим», «управляющего делами») is lemmatised to
        # its verb: its key is the participle itself, as the lexicon writes it
        key = _participle_key(token.lower_) or key
    for prefix in FORMER:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            key = key[len(prefix):]
    return key


@lru_cache(maxsize=20_000)
def _is_infinitive(key: str) -> bool:
    return key.endswith(INFINITIVE_ENDINGS) and any(p.tag.POS == "INFN" for p in analyzer().parse(key))


@lru_cache(maxsize=20_000)
def _participle_key(text: str) -> str | None:
    """The nominative masculine singular of a full participle («управляющим» → «управляющий»):
    a participle used as a noun names its holder by that form, as the lexicon writes it."""
    for p in analyzer().parse(text):
        if p.tag.POS == "PRTF":
            form = p.inflect({"nomn", "sing", "masc"})
            if form is not None:
                return fold(form.word)
    return None


@lru_cache(maxsize=20_000)
def _animate_noun(word: str) -> bool:
    """pymorphy3 reads the word as a noun naming a living being (a person, for a job title)."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in analyzer().parse(word.lower()))


@lru_cache(maxsize=20_000)
def compound_post(text: str):
    """A hyphenated job title the lexicon lacks as a whole («врача-реаниматолога»,
    «писатель-фронтовик», «рок-музыканта»): (its nominative, the Entry of the part that is a
    post), or None. Each part is put in the nominative on its own."""
    parts = text.lower().split("-")
    if len(parts) < 2 or not all(parts) or not _animate_noun(parts[-1]):
        return None  # the last part makes the compound a person («поп-певец»), or a thing («премьер-лига»)
    index = lexicon()
    normal = [analyzer().parse(p)[0].normal_form for p in parts]
    for k in (0, len(parts) - 1):
        entry = index.get((fold(normal[k]),))
        if entry is not None and entry.type == "POSITION":
            return "-".join(normal), entry
    return None


def _set_off_after_a_person(token) -> bool:
    """«Иван Петров, управляющий банком»: the parser hangs a post set off by a comma on the
    person before it as a clause."""
    person = token.head
    named = person.pos_ == "PROPN" or any(c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" for c in person.children)
    return (token.dep_ == "acl" and person.i < token.i and person.morph.get("Animacy") == ["Anim"] and named
            and token.i > 0 and token.nbor(-1).text == ",")


def _is_post_word(token) -> bool:
    """A noun, or a substantivised adjective or participle («командующий», «полицейский», «главным
    управляющим»), not one modifying a noun; or a word that pymorphy3 reads only as a person,
    whatever the tagger took it for («боксёру», «лётчика»)."""
    if token.pos_ in NOUNISH:
        return True
    if token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "PROPN" and token.head.i > token.i \
            and token.head.morph.get("Animacy") == ["Anim"]:
        return True  # «Участковый Олег Сомов»: a substantivised adjective before a name, not its attribute
    if token.pos_ in ("ADJ", "VERB") and (token.dep_ not in ("amod", "acl") or _set_off_after_a_person(token)) \
            and (token.pos_ == "ADJ" or token.morph.get("VerbForm") == ["Part"]):
        return True
    return _only_a_person(token.lower_)  # «лётчика» tagged a participle, «боксёру» an adverb


@lru_cache(maxsize=20_000)
def _only_a_person(word: str) -> bool:
    """pymorphy3 reads the word only as an animate noun, whatever the tagger made of it."""
    parses = analyzer().parse(word)
    return bool(parses) and all(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses)


def _lexicon_matches(tokens, owned: set):
    """Longest lexicon phrases over the tokens: (start, end, Entry)."""
    index = lexicon()
    longest = max(len(k) for k in index)
    words = [t for t in tokens if not t.is_space and not t.is_punct]
    keys = [word_key(t) for t in words]
    res = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            run = words[i:i + n]
            if run[-1].i - run[0].i + 1 != n:  # the phrase's words must be adjacent
                continue
            entry = index.get(tuple(keys[i:i + n]))
            if n == 1:  # a word that is an entry as written («ведущая») is that entry, not its lemma's
                entry = index.get((fold(run[0].text),), entry)
            if entry is not None and any(_is_post_word(t) for t in run) and not (owned & {t.i for t in run}):
                hit = (run[0].i, run[-1].i + 1, entry)
                break
        w = words[i]
        if hit is None and keys[i].startswith(DEPUTY) and (keys[i][len(DEPUTY):],) in index \
                and _is_post_word(w) and w.i not in owned:
            # «замгубернатора», «замгенпрокурора»: a deputy of any post the lexicon knows
            hit = (w.i, w.i + 1, Entry("POSITION", w.lower_, (), relational=True))
        if hit is None and "-" in w.text and w.i not in owned and _is_post_word(w) \
                and (not w.text.split("-")[-1][:1].isupper() or w.is_sent_start):
            # a compound capitalised at its end mid-sentence is a name («Шарм-эш-Шейх»), not a
            # title named after a brand («YouTube-блогер»); an inanimate one is a thing
            compound = compound_post(words[i].text)
            if compound is not None:
                name, entry = compound
                hit = (words[i].i, words[i].i + 1, Entry("POSITION", name, (), entry.needs_of, entry.relational,
                                                         entry.needs_owner, entry.needs_name))
        if hit:
            res.append(hit)
            i += hit[1] - hit[0]
        else:
            i += 1
    return res


def _service(doc, end: int) -> int:
    """The end of a rank's service after token end («полиции», «медицинской службы»), or end."""
    for key, _ in sorted(services().items(), key=lambda kv: -len(kv[0])):
        n = len(key)
        if end + n <= len(doc) and tuple(fold(t.text) for t in doc[end:end + n]) == key:
            return end + n
    return end


def _is_post(token) -> bool:
    entry = lexicon().get((word_key(token),))
    return entry is not None and entry.type == "POSITION"


def _complement(doc, head, owned_by: dict, limit: int, relational: bool = False, bare: bool = False,
                persons: frozenset = frozenset()):
    """Tokens after head that continue the post's name: (end, owner spans).

    The genitive (or «по ...») dependents of the head, and theirs, while they are lower-case
    common words outside any other entity; an entity or a capitalised word there is what the
    post belongs to, and ends it. A bare post word («глава») keeps even a common noun that
    names its owner («глава государства», «глава региона»)."""
    included = set()
    owners = []
    inside = owned_by.get(head.i)  # the entity the post itself is part of («Совещание министров обороны»)

    def owner(i):
        span = owned_by.get(i)
        return span if span is not None and span != inside else None

    def add_owner(span):
        if span not in owners:
            owners.append(span)

    visited = set()  # a parser's output may hold a cycle
    participial = _participle_key(head.lower_) is not None

    def walk(h):
        if h.i in visited:
            return
        visited.add(h.i)
        for d in h.rights:
            if d.i >= limit:
                break
            if owner(d.i):
                if d.dep_ not in ("appos", "flat:name") and d.morph.get("Case") != ["Nom"]:
                    span = owner(d.i)
                    add_owner(span)  # «министр обороны КНР»; but «министр Иван Петров» is the holder
                    k = span[0]  # an owner named by description («главой оборонного ведомства РК»):
                    while k < span[1] and doc[k].text[:1].islower():  # its common words name the post too
                        included.add(k)
                        k += 1
                continue
            if h.i == head.i and d.pos_ == "NUM" and fold(d.lemma_ or "") == "один" and d.morph.get("Case") == ["Gen"] \
                    and d.dep_ == "nmod":
                before = len(included)  # «глава одного из крупнейших банков»: what «одного» is one of
                walk(d)
                if len(included) > before:
                    included.add(d.i)
                continue
            # «министр науки и высшего образования»: a conjunct of the complement, not of the post
            is_gen = d.morph.get("Case") == ["Gen"] and (d.dep_ == "nmod" or (d.dep_ == "conj" and h.i != head.i)) \
                and not any(c.dep_ == "case" for c in d.children)  # «блогер с миллионом подписчиков»
            # a participle's post governs its verb's instrumental («управляющий делами», «заведующий кафедрой»)
            is_gen = is_gen or (h.i == head.i and participial and d.morph.get("Case") == ["Ins"]
                                and d.dep_ in ("nmod", "obl", "obj") and d.i == _next_word(doc, head.i))
            prepositions = ("из",) if h.pos_ == "NUM" else ("по", "в")
            is_po = d.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in prepositions for c in d.children)
            if not (is_gen or is_po) or d.pos_ != "NOUN" or (word_key(d) in owner_nouns() and not (bare and h.i == head.i)) \
                    or word_key(d) in time_words():
                continue  # «тренер года» is an award, not a post
            if not relational and _is_post(d):
                continue  # «адвокат политика»: the complement is a person with a post of their own
            if d.text[:1].isupper() and not (inside and inside[0] <= d.i < inside[1]):
                continue  # a capitalised complement names the owner itself («глава Минобороны»)
            left = [t for t in d.lefts if t.dep_ in ("amod", "det", "nummod", "case", "cc")]
            if any(owner(t.i) or t.text[:1].isupper() or t.pos_ in ("VERB", "AUX") for t in left):
                for t in left:
                    if owner(t.i):
                        add_owner(owner(t.i))
                continue
            included.update(t.i for t in left)
            included.add(d.i)
            walk(d)

    for t in head.lefts:  # «северокорейский лидер», «китайский министр»
        if owner(t.i):
            add_owner(owner(t.i))
    walk(head)
    end = head.i + 1
    while end in included:  # contiguous from the head on
        end += 1
    # an owner right after the post («министр обороны КНР», «директор «Газпрома»») even when the
    # parse hung it elsewhere
    after = end
    while after < len(doc) and doc[after].text in OPENING_QUOTES:
        after += 1
    if after < len(doc) and owner(after) and doc[after].morph.get("Case") != ["Nom"] and after not in persons:
        add_owner(owner(after))
    return end, owners


def _next_word(doc, i: int) -> int:
    """The index of the first token after i that is not whitespace."""
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _owned(doc) -> dict:
    """{token index: (start, end)} of the entities found so far that a post may belong to."""
    res = {}
    for f in doc._.found or []:
        if f.type in OWNER_TYPES:
            for i in range(f.start, f.end):
                res[i] = (f.start, f.end)
    return res


@lru_cache(maxsize=1)
def derivatives() -> dict:
    """{word key: post}: adjectives and nouns of tenure made from a post's name (models/post_derivatives.tsv)."""
    return {phrase_key(row["word"]): row["post"] for row in read_tsv("post_derivatives.tsv")}


@lru_cache(maxsize=1)
def organisation_words() -> frozenset:
    """Head words of organisation names (models/organisation_heads.tsv): «министерство», «партия»."""
    return frozenset(phrase_key(row["word"]) for row in read_tsv("organisation_heads.tsv"))


@lru_cache(maxsize=1)
def bodies() -> frozenset:
    """«совет», «кабинет», ...: «совет директоров» names a body, not a post (models/post_bodies.txt)."""
    return frozenset(phrase_key(w) for w in read_list("post_bodies.txt"))


OPENING_QUOTES = ("«", "\"", "„", "“")


def _in_a_title(doc, start: int) -> bool:
    """A capitalised post word mid-sentence that opens a quoted title («газета «Коммерсант»»,
    «сериал «Спасатели»») is part of a name, not a post. A quote that opens direct speech
    («сказал: «Министр ...»») is not a title."""
    t = doc[start]
    if not t.text[:1].isupper() or t.is_sent_start or start < 2:
        return False
    prev = doc[start - 1]
    return prev.text in OPENING_QUOTES and not prev.is_sent_start and doc[start - 2].text not in (":", "—", "–", "-")


def _a_thing(token) -> bool:
    """A common noun that pymorphy3 does not read as a living being («страна», «компания»); a
    name it does not know («Карвенс») is no thing."""
    if token.pos_ not in NOUNISH or _animate_noun(token.text):
        return False
    known = token.pos_ == "NOUN" or analyzer().word_is_known(token.lower_)
    return known and any(p.tag.POS == "NOUN" for p in analyzer().parse(token.lower_))


COPULAS = {"являться", "быть", "стать", "становиться", "оставаться"}


def _subjects(head) -> list:
    """The subjects a post noun is said of: its own («X — член ...») or its copula's («X является
    членом»), not those of a clause it only takes part in («у бойцов не было патронов»)."""
    clause = head
    res = [t for t in head.children if t.dep_ in ("nsubj", "nsubj:pass")]
    predicative = head.morph.get("Case") in (["Ins"], ["Nom"]) and not any(c.dep_ == "case" for c in head.children)
    if predicative and head.dep_ in ("obl", "xcomp", "obj") and fold(head.head.lemma_ or "") in COPULAS:
        clause = head.head
        res += [t for t in clause.children if t.dep_ in ("nsubj", "nsubj:pass")]
    if any(fold(t.lemma_ or "") == "которыи" for t in res) and clause.dep_ == "acl:relcl":
        res.append(clause.head)  # «страна, которая является членом»: what «которая» stands for
    return res


def _not_a_post(doc, start: int, head, things: frozenset = frozenset(), persons: frozenset = frozenset()) -> bool:
    """«во главе (с)» is a construction, not the post «глава»; «совет директоров», «кабинет
    министров» name a body of holders, not a post; a post noun in apposition to a thing is not a
    person's post."""
    if start > 0 and doc[start - 1].lower_ in ("во", "в") and doc[start].lower_ == "главе":
        return True
    if _in_a_title(doc, start):
        return True
    if any(t.i in things or (t.i not in persons and _a_thing(t)) for t in _subjects(head)):
        return True  # «Норвегия является членом союза»: a country's membership, not a person's post
    if head.dep_ == "appos" and head.head.i < head.i and head.head.morph.get("Animacy") == ["Inan"] \
            and not any(c.dep_ == "case" for c in head.head.children) \
            and head.head.i not in things:  # after a named organisation it is more likely a list the parser misread
        return True  # «страны – члены ШОС»: said of a thing, not a person (but «по образованию – врач»)
    if start > 1 and doc[start - 1].text in ("-", "–", "—") and doc[start - 2].pos_ == "NOUN" \
            and doc[start - 2].morph.get("Animacy") == ["Inan"] \
            and doc[start - 2].morph.get("Case") == head.morph.get("Case"):
        return True  # the same, however the parser attached it
    return (head.morph.get("Number") == ["Plur"] and head.morph.get("Case") == ["Gen"]
            and head.head.i < start and word_key(head.head) in bodies())  # not «председатель совета директоров»


class Finder:
    def __call__(self, doc):
        span = body(doc)
        owned_by = _owned(doc)
        persons = frozenset(i for f in doc._.found if f.type == "PERSON" for i in range(f.start, f.end))
        things = frozenset(i for f in doc._.found if f.type in ("COUNTRY", "ORGANIZATION")
                           for i in range(f.start, f.end))
        people = set()
        for f in doc._.found:
            if f.type == "PERSON":  # the NER may take a title into the name: «Император N»
                i = f.start
                while i < f.end - 1 and ((word_key(doc[i]),) in lexicon()
                                         or (word_key(doc[i]), word_key(doc[i + 1])) in lexicon()
                                         or (doc[i].pos_ == "ADJ" and (word_key(doc[i + 1]),) in lexicon())):
                    i += 1  # «Святейший Патриарх N»: an honorific adjective before the title too
                people.update(range(i, f.end))
        covered = set()  # tokens of a post already read, with its complement
        self._derivatives(doc, span, owned_by)
        for start, end, entry in _lexicon_matches(span, people):
            if start in covered:
                continue
            head = doc[end - 1]
            if entry.type == "RANK":
                rank_end = _service(doc, end)
                name = entry.name if rank_end == end else f"{entry.name} {doc[end:rank_end].text.lower()}"
                if rank_end == end and " " not in entry.name:
                    comp_end, _ = _complement(doc, head, owned_by, span.end)
                    if comp_end > end:  # «капитан команды» is a post, not a rank
                        self._post(doc, start, end, Entry("POSITION", entry.name, ()), head, owned_by, span.end,
                                   persons)
                        continue
                add(doc, PostFound("RANK", start, rank_end, name, dict(entry.attrs), key=None,
                                   source="ranks", head=head.i))
                continue
            if _not_a_post(doc, start, head, things, persons):
                continue
            found = self._post(doc, start, end, entry, head, owned_by, span.end, persons)
            if found is not None:
                covered.update(range(found.start, found.end))
        return doc

    def _post(self, doc, start, end, entry, head, owned_by, limit, persons=frozenset()):
        comp_end, owners = _complement(doc, head, owned_by, limit, entry.relational, entry.needs_of,
                                       persons)
        described = any(t.dep_ == "amod" and t.pos_ == "ADJ" for t in head.lefts)  # «китайский лидер»
        # the holder's name right after the post («игроки Максим Сидоров и Олег Козлов», «папа Климент»),
        # not after a possessive («его папа Иван»: a father)
        named = comp_end in persons and not (start > 0 and {word_key(doc[start - 1]), fold(doc[start - 1].text)}
                                             & POSSESSIVES)
        if entry.needs_name and not (named or owners or (doc[start].text[:1].isupper() and not doc[start].is_sent_start)):
            return None  # «папа Климент», «папы Коптской церкви», «встреча с Папой»
        if entry.needs_owner and named:
            pass  # «игроки Максим Сидоров и Олег Козлов»
        elif entry.needs_owner and head.morph.get("Number") == ["Plur"]:
            return None  # «представители партии», «члены клуба»: a group of people, not a post they hold
        elif entry.needs_of and comp_end == end and not owners and not (described and not entry.needs_owner):
            return None
        elif entry.needs_owner and not owners and not any(word_key(t) in organisation_words()
                                                           for t in doc[end:comp_end]):
            return None  # «представители общины» are not a post; «представитель министерства» is
        name = entry.name.lower()
        complement = None
        if comp_end > end:
            complement = (end, comp_end)
            name = " ".join([name] + [t.lower_ for t in doc[end:comp_end] if not t.is_space])
        plural = head.morph.get("Number") == ["Plur"]
        found = add(doc, PostFound("POSITION", start, comp_end, name, {}, source="posts", head=head.i,
                                   complement=complement, of=owners, plural=plural))
        if entry.relational and complement:
            self._superior(doc, complement, owners)
        return found

    def _derivatives(self, doc, span, owned_by):
        """«президентские выборы», «во время президентства»: a word made from a post's name
        mentions the post (models/post_derivatives.tsv), outside the name of an organisation,
        country or place («Королевский флот»)."""
        index = derivatives()
        for t in span:
            post = index.get(word_key(t))
            if post is None or t.i in owned_by or t.pos_ not in ("ADJ", "NOUN"):
                continue
            add(doc, PostFound("POSITION", t.i, t.i + 1, post, {}, source="post_derivative", head=t.i,
                               plural=t.morph.get("Number") == ["Plur"]))

    def _superior(self, doc, complement, owners):
        """The post a deputy or aide serves is a post of its own, inside the longer one:
        «министра иностранных дел» in «заместитель министра иностранных дел России» (source
        "nested", which the coreference keeps beside the longer mention)."""
        start, end = complement
        for t in doc[start:end]:
            entry = lexicon().get((word_key(t),))
            if entry is not None and entry.type == "POSITION" and t.pos_ in NOUNISH:
                name = " ".join([entry.name.lower()] + [w.lower_ for w in doc[t.i + 1:end] if not w.is_space])
                add(doc, PostFound("POSITION", t.i, end, name, {}, source="nested", head=t.i,
                                   complement=(t.i + 1, end) if t.i + 1 < end else None, of=owners,
                                   plural=t.morph.get("Number") == ["Plur"]))
                return


@Language.factory("ranks_posts")
def make(nlp, name):
    return Finder()
