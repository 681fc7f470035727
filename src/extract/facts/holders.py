"""Who holds a post or rank, read from the words around the role mention in its sentence.

A role mention is a POSITION or RANK mention. Its *complement* is what follows it and depends on
it: «министр [обороны КНР]», «посол [Италии в Грузии]», «помощник [министра]». The person it stands
beside is its *holder*:

- apposition after: role (+ complement) (+ more roles) (+ the name's adjectives) + name —
  «министр обороны Перу адмирал Хуан Ортис», «депутат Думы, член комитета Иван Петров»; a
  genitive name right after the role is whose the role is, not its holder («адвокат Олега Сомова
  Андрей Лунин»); two roles of a plural subject are two people («Президент и первая леди
  Анна Сорель прибыли»);
- apposition before: name + «,» / «—» / «(» (+ «один из») + role, agreeing in case — «Иван
  Петров, министр финансов», «Юрий Малов (второй тренер)», «Виктор Ларин, один из директоров»;
- lists: a plural role followed by several names, each name possibly with its own complement —
  «министры обороны Перу и Чили Хуан Ортис и Мария Лопес», «руководители ведомств Казахстана
  генерал Иван Петров и Китая адмирал Ли Мин», «писатели, среди которых — X и Y»
  (models/list_openers.txt);
- the syntax: the name is an apposition of the role noun, or the role of the name;
- a predicate of holding a post: «X стал министром», «X назначен на должность министра»,
  «X, занимающий пост министра» (verbs in models/role_verbs.tsv, post nouns in
  models/post_nouns.txt);
- chains: a role coordinated with, or in apposition to, a bound role has the same holder.

A role that is itself the complement of another person noun («помощника министра Иванова») is not
bound to the name unless the name's case agrees with the role and not with the outer noun.
The references stage (facts/references.py) turns the holdings into `doc._.refers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.sentences import sentence_of
from ..entities.gazetteer import fold
from ..resources import read_list, read_tsv
from ..tagging.lemma import UD_GRAMMEMES, analyzer

ROLE_TYPES = ("POSITION", "RANK")
# the types whose mentions can sit in a post's complement and say where the post is
WHERE_TYPES = ("ORGANIZATION", "COUNTRY", "LOCATION")
APPOSITION_MARKS = {",", "—", "–", "-", "("}
CONJUNCTIONS = {"и", ","}
LIST_MARKS = {":", "—", "–"}
ONE = {"один", "одна", "одно"}  # «один из основателей»: one of the holders of a post
ROLE_JOINERS = {"и", ","}


@lru_cache(maxsize=1)
def role_verbs() -> dict:
    """Verb lemma -> who holds the post it gives: "subject" or "object" (models/role_verbs.tsv)."""
    return {fold(row["verb"]): row["holder"] for row in read_tsv("role_verbs.tsv")}


@lru_cache(maxsize=1)
def post_nouns() -> frozenset:
    """Nouns that name a post as such («должность», «пост»): «на должность министра»."""
    return frozenset(fold(w) for w in read_list("post_nouns.txt"))


@dataclass
class Role:
    """A POSITION or RANK mention with its cluster and the extent of its complement."""
    type: str
    start: int
    end: int
    cluster: str          # entity id of the POSITION/RANK
    comp_end: int         # token index after the complement (== end when there is none)
    embedded: bool        # the role is the complement of another person noun


@dataclass
class Holding:
    """role (a Role) stands for person (a PERSON entity id); `where` is the token range whose
    entities say where the post is (the role, its complement, or a name's own complement in a
    coordinated list)."""
    role: Role
    person: str
    rule: str
    where: tuple[int, int]


@dataclass(frozen=True)
class Name:
    """A span of tokens that names a person: a PERSON mention, or a pronoun resolved to one."""
    id: str
    start: int
    end: int


def name_index(doc) -> dict[int, Name]:
    """token index -> the PERSON mention covering it."""
    idx = {}
    for c in doc._.entities or []:
        if c.type == "PERSON":
            for f in c.found:
                for i in range(f.start, f.end):
                    idx.setdefault(i, Name(c.id, f.start, f.end))
    return idx


def _inside(t, lo, hi):
    return lo <= t.i < hi


def _depends_on(t, lo, hi, limit=6):
    """Whether t's chain of heads reaches a token in [lo, hi)."""
    for _ in range(limit):
        if _inside(t, lo, hi):
            return True
        if t.head == t:
            return False
        t = t.head
    return _inside(t, lo, hi)


def complement_end(doc, start, end, stop: set[int]) -> int:
    """Token index after the words that follow a role and depend on it (genitive or
    prepositional complement); stops at a name, another role's start (unless it is syntactically
    inside the complement), punctuation and line breaks."""
    j = end
    sent_end = sentence_of(doc, start).end
    while j < sent_end:
        t = doc[j]
        if t.is_space or (t.is_punct and t.text not in {"«", "»", '"', "-"}) or j in stop:
            break
        genitive = t.morph.get("Case") == ["Gen"] and t.pos_ in ("NOUN", "PROPN", "ADJ")
        if not (_depends_on(t, start, end) or genitive):
            break
        j += 1
    return j


def roles(doc) -> list[Role]:
    """Every role mention with its complement, in text order."""
    people = name_index(doc)
    res = []
    found = [(c, f) for c in doc._.entities or [] if c.type in ROLE_TYPES for f in c.found]
    starts = {f.start for _, f in found}
    in_names = {i for c in doc._.entities or [] if c.type == "ORGANIZATION" for f in c.found
                for i in range(f.start + 1, f.end)}
    for c, f in sorted(found, key=lambda x: x[1].start):
        if f.start in in_names:  # a word of an organisation's name («Совет [министров иностранных дел]»)
            continue
        stop = set(people) | {s for s in starts if s > f.start}
        comp = complement_end(doc, f.start, f.end, stop - _descendant_starts(doc, f, starts))
        res.append(Role(c.type, f.start, f.end, c.id, comp, False))
    for r in res:
        r.embedded = _embedded(doc, r, res)
    return res


def _descendant_starts(doc, f, starts):
    """Role starts that are syntactically inside f's complement («помощник [министра]»)."""
    return {s for s in starts if s >= f.end and doc[s].head.i in range(f.start, f.end)
            and doc[s].dep_ in ("nmod", "obl")}


def head_token(doc, start, end):
    """The syntactic head of the tokens [start, end): the first whose head lies outside (spaCy's
    Span.root fails on the cyclic trees the parser sometimes gives)."""
    for i in range(start, end):
        h = doc[i].head.i
        if not (start <= h < end) or h == i:
            return doc[i]
    return doc[start]


def _embedded(doc, r, all_roles):
    """The role is the genitive complement of another person noun: «[помощника] министра»,
    «[заместитель] министра» when the outer noun is not itself a found role."""
    root = head_token(doc, r.start, r.end)
    head = root.head
    if head == root or root.dep_ != "nmod" or head.i >= r.start:
        return False
    outer = next((o for o in all_roles if o.start <= head.i < o.end), None)
    if outer is not None:
        return True
    return head.pos_ == "NOUN" and head.morph.get("Animacy") == ["Anim"]


def _left_edge(doc, r):
    """Where a role's words begin, with the adjectives and numerals before its head («Юрий Малов (второй
    тренер)», «бывший министр»)."""
    root = head_token(doc, r.start, r.end)
    k = r.start
    while k > 0 and doc[k - 1].head.i == root.i and doc[k - 1].dep_ in ("amod", "det", "nummod") \
            and doc[k - 1].i < root.i:
        k -= 1
    return k


def _can_agree(doc, r, name):
    """A holder after an oblique-case role can take that case: «писателя» is not held by a
    «Мария» («Марии» would be), while «адмирала Ли Мина», «министру Ли» can be."""
    case = _case(head_token(doc, r.start, r.end))
    grammeme = UD_GRAMMEMES.get(case) if case in ("Gen", "Dat", "Ins", "Loc") else None
    if grammeme is None or _acting(doc, r.start):
        return True
    word = doc[name.start].text
    return any(p.tag.case in (grammeme, "gen2", "loc2") if grammeme in ("gent", "loct") else p.tag.case == grammeme
               for p in analyzer().parse(word))


@lru_cache(maxsize=1)
def acting_words() -> frozenset:
    return frozenset(read_list("acting_words.txt"))


def _acting(doc, start):
    """«и. о. главы», «врио губернатора», «исполняющий обязанности министра»: an acting post, in
    the genitive whatever its holder's case."""
    words = {fold(t.text).replace(".", "") for t in doc[max(0, start - 2):start]}
    if words & acting_words():
        return True
    # «и. о.» is cut into letters and dots by the tokenizer
    letters = "".join(t.text for t in doc[max(0, start - 4):start]).lower().replace(".", "").replace(" ", "")
    return start > 0 and doc[start - 1].text in (".", "о", "о.") and letters.endswith("ио") \
        and fold(letters[-2:]) in acting_words()


def _one_of(doc, k):
    """Index of the mark before «один из» ending at token k («…, [одному из] президентов»), if any."""
    if k >= 2 and fold(doc[k].text) == "из" and fold(doc[k - 1].lemma_) in ONE:
        return k - 2
    return None


def _cases_agree(a, b):
    """An apposition agrees in case with its name (unknown cases agree with anything; a dash
    apposition «Петров — министр» is nominative on both sides anyway)."""
    ca, cb = _case(a), _case(b)
    return ca is None or cb is None or ca == cb


def _case(tok):
    c = tok.morph.get("Case")
    return c[0] if c else None


def _name_at(people, i):
    hit = people.get(i)
    return hit if hit and hit.start == i else None


def _skip_roles(doc, j, role_at):
    """After a role: further roles (with their adjectives) and their complements («министр обороны КНР адмирал»,
    «депутат собрания, сопредседатель движения», «директор и совладелец агентства»). A plural and
    a singular role joined by a comma or «и» are items of a list of people, not two posts of one
    («представители ведомства, глава области Иван Петров»)."""
    prev = next((r for r in role_at.values() if r.comp_end == j), None)
    while j < len(doc):
        k = _past_role_modifiers(doc, j, role_at)
        if k in role_at:
            prev = role_at[k]
            j = prev.comp_end
        elif doc[j].text in ROLE_JOINERS and j + 1 in role_at and not _two_subjects(doc, j) \
                and (prev is None or _plural(doc, prev) == _plural(doc, role_at[j + 1])):
            j += 1
        else:
            break
    return j


def _past_role_modifiers(doc, j, role_at):
    """Past the adjectives of the role that starts after them («наблюдатель от ООН [бельгийский]
    дипломат»); j itself when there are none."""
    k = j
    while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].dep_ == "amod" and doc[k].head.i > k:
        k += 1
    return k if k > j and k in role_at and doc[j].head.i in range(k, role_at[k].end) else j


@lru_cache(maxsize=1)
def list_openers() -> tuple:
    return tuple(tuple(fold(w) for w in line.split()) for line in read_list("list_openers.txt"))


def _skip_name_modifiers(doc, j, people):
    """Past a closing quote and the adjectives of the name that follows («[«]король
    нефтяного рынка» [80-летний] Стэнли Вонг»)."""
    k = j
    while k < len(doc) and k not in people:
        t = doc[k]
        if t.text in ("»", '"') or (t.pos_ == "ADJ" and t.dep_ in ("amod", "nummod") and t.head.i in people):
            k += 1
        else:
            break
    return k if k in people else j


def _skip_list_opener(doc, j):
    """Past the punctuation and words that open a list of names after a plural post."""
    def marks(k):
        while k < len(doc) and (doc[k].text in LIST_MARKS | {","}
                                or (doc[k].is_space and "\n" not in doc[k].text)):
            k += 1
        return k
    k = marks(j)
    for words in list_openers():
        if tuple(fold(t.text) for t in doc[k:k + len(words)]) == words:
            return marks(k + len(words))
    return k if k > j and doc[j].text in LIST_MARKS else j


def _another_subject_within(doc, r):
    """The role's complement holds «и» + a second role of a plural subject (the complement a
    coordinated pair shares, «директор и совладелец агентства», is fine)."""
    for k in range(r.end, r.comp_end):
        t = doc[k]
        if t.text == "и" and t.head.dep_ == "conj" and r.start <= t.head.head.i < r.end \
                and _two_subjects(doc, k):
            return True
    return False


def _two_subjects(doc, j):
    """«Президент и первая леди Анна Сорель прибыли»: roles joined by «и» as the subject of
    a plural verb are two people, not two posts of one."""
    if doc[j].text != "и" or doc[j - 1].morph.get("Number") == ["Plur"]:
        return False
    verb = doc[j].head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.morph.get("Number") == ["Plur"]


def holdings(doc, names: dict[int, Name] | None = None, skip: set[int] = frozenset(),
             rules=("after", "before", "syntax", "predicate", "chain")) -> list[Holding]:
    """Every role mention bound to the person(s) it stands beside, by the rules above.
    `names` defaults to the PERSON mentions; roles starting at a token in `skip` are left out."""
    people = name_index(doc) if names is None else names
    rs = [r for r in roles(doc) if r.start not in skip]
    role_at = {r.start: r for r in rs}
    res: list[Holding] = []
    bound: dict[int, list[str]] = {}

    def bind(r, person, rule, where=None):
        held = bound.setdefault(r.start, [])
        if person in held or (held and not _plural(doc, r)):
            return
        held.append(person)
        res.append(Holding(r, person, rule, where or (r.start, r.comp_end)))

    for r in rs:
        if r.embedded or "after" not in rules:
            continue
        # 1. apposition after: role (+ complement) (+ roles) + name (+ more names for a plural role)
        j = _skip_roles(doc, r.comp_end, role_at)
        listing = False
        if _plural(doc, r):  # «экс-президенты: X, Y», «писатели, среди которых — X и Y»
            k, j = j, _skip_list_opener(doc, j)
            listing = j > k
        j = _skip_name_modifiers(doc, j, people)
        hit = _name_at(people, j)
        if hit is not None and _owner_name(doc, r, hit, people):
            # «адвокат Олега Сомова Андрей Лунин»: a genitive name is whose the role is;
            # a name right after it holds the role
            hit = _name_at(people, hit.end)
        if hit is not None and not listing and not _can_agree(doc, r, hit):
            hit = None  # «дочь знаменитого писателя Мария Шукшина»: she is not the writer
        if hit is not None and _another_subject_within(doc, r):
            hit = None  # «Президент и первая леди Анна Сорель прибыли»: she is not the president
        if hit is not None:
            for x in rs:
                if r.start <= x.start < j and not x.embedded:
                    bind(x, hit.id, "apposition-after")
            listed = _coordinated(doc, r, hit, people, role_at, bind)
            if listed:
                _distribute(doc, r, [(hit.id, None)] + listed, bind, res)
    by_comp_end = {}
    for r in rs:
        if r.embedded or r.start in bound:
            by_comp_end.setdefault(r.comp_end, r)
            continue
        # 2. apposition before: name + «,» / «—» / «(» + role; or a role that follows another
        # role of the same name («Петров, депутат Думы, член комитета»)
        k = _left_edge(doc, r) - 1
        # a plural role is not one name's apposition («по предложению Петрова, депутаты …»),
        # unless it says «один из» («Виктор Ларин, один из директоров компании»)
        single = not _plural(doc, r)
        one_of = _one_of(doc, k)
        if one_of is not None:
            k, single = one_of, True
        if "before" in rules and single and k >= 1 and doc[k].text in APPOSITION_MARKS:
            hit = people.get(k - 1)
            prev = by_comp_end.get(k)
            if hit is not None and hit.end == k and (
                    one_of is not None or _cases_agree(doc[hit.start], head_token(doc, r.start, r.end))):
                bind(r, hit.id, "apposition-before")
            elif prev is not None and bound.get(prev.start) and not _plural(doc, prev):
                bind(r, bound[prev.start][0], "apposition-before")
        elif "before" in rules and single and k >= 1 and doc[k].text == "и" and not _two_subjects(doc, k):
            # «Петров — политик и лидер партии»: a second role joined to a role of the name
            prev = by_comp_end.get(k) or by_comp_end.get(k + 1)
            if prev is not None and prev.start < k and bound.get(prev.start) and not _plural(doc, prev):
                bind(r, bound[prev.start][0], "apposition-before")
        if r.start not in bound and "syntax" in rules and single:
            # 3. the syntax: the name hangs on the role noun as an apposition, or the role on the name
            hit = _syntactic_holder(doc, r, people)
            if hit is not None:
                bind(r, hit, "syntax")
        if r.start not in bound and "predicate" in rules:
            # 4. a predicate of holding a post: «X стал министром», «назначен на должность министра»
            hit = _predicate_holder(doc, r, people)
            if hit is not None:
                bind(r, hit, "predicate")
        by_comp_end.setdefault(r.comp_end, r)
    # a role coordinated with, or in apposition to, a bound role has its holder («занимает должность
    # руководителя совета, а также заместителя председателя комитета»; «полковник запаса, ветеран флота»);
    # a plural role beside it names other people («Петров, представители Думы, …»)
    if "chain" in rules:
        changed = True
        while changed:
            changed = False
            for r in rs:
                if r.embedded or r.start in bound:
                    continue
                root = head_token(doc, r.start, r.end)
                if root.dep_ not in ("conj", "appos") or root.i < root.head.i:
                    continue
                other = next((x for x in rs if x.start <= root.head.i < x.end and bound.get(x.start)), None)
                if other is not None and not _plural(doc, other) and not _plural(doc, r):
                    bind(r, bound[other.start][0], "chain")
                    changed = True
    # a role embedded in another person noun binds only when the name's case says so
    for r in rs:
        if not r.embedded or r.start in bound or "after" not in rules:
            continue
        j = _skip_roles(doc, r.comp_end, role_at)
        hit = _name_at(people, j)
        if hit is None:
            continue
        root = head_token(doc, r.start, r.end)
        pc, rc, oc = _case(doc[j]), _case(root), _case(root.head)
        hangs = doc[j].head.i == root.i and doc[j].dep_ == "appos" and _can_agree(doc, r, hit)
        if (pc and pc == rc and pc != oc) or hangs:
            # the case says so, or the parser hangs the name on this role («преемником первой
            # женщины-мэра Анны Сорель»)
            bind(r, hit.id, "apposition-after")
    return sorted(res, key=lambda h: h.role.start)


def _plural(doc, r):
    return names_many(head_token(doc, r.start, r.end))


def names_many(root) -> bool:
    """A role noun names several holders: plural, or counted by a numeral other than one
    («четыре депутата», «два журналиста» are singular in form)."""
    if root.morph.get("Number") == ["Plur"]:
        return True
    return any(c.dep_ in ("nummod", "nummod:gov") and c.pos_ == "NUM" and fold(c.lemma_) not in ONE
               and c.text != "1" for c in root.children)


def _coordinated(doc, r, first, people, role_at, bind):
    """A plural role followed by a coordinated list of names, each name possibly preceded by
    its own complement and roles («министры обороны Перу и Чили Хуан Ортис и Мария Лопес»,
    «руководители ведомств Казахстана генерал Иван Петров и Китая адмирал Ли Мин»): every name
    holds the role; a name's own complement says where its post is."""
    listed: list = []
    if not _plural(doc, r):
        return listed
    sent_end = sentence_of(doc, r.start).end
    j = _skip_aside(doc, first.end)
    while j < sent_end and doc[j].text in CONJUNCTIONS:
        own = k = j + 1
        while k < sent_end and k not in role_at and _name_at(people, k) is None and \
                doc[k].morph.get("Case") == ["Gen"] and not doc[k].is_punct:
            k += 1
        comp = (own, k)
        k = _skip_roles(doc, k, role_at)
        hit = _name_at(people, k)
        if hit is None:
            break
        for x in role_at.values():
            if comp[1] <= x.start < k:
                bind(x, hit.id, "apposition-after")
        listed.append((hit.id, comp if comp[1] > comp[0] else None))
        j = _skip_aside(doc, hit.end)
    return listed


def _skip_aside(doc, j):
    """Past a bracketed aside after a name in a list: «Иван Орлов (1990—2000 годы), …»."""
    if j < len(doc) and doc[j].text == "(":
        depth = 0
        for k in range(j, min(len(doc), j + 30)):
            depth += {"(": 1, ")": -1}.get(doc[k].text, 0)
            if depth == 0:
                return k + 1
    return j


def _owner_name(doc, r, name, people):
    """A genitive name right after a role whose own case is another is whose the role is, not
    its holder: «адвокат [Олега Сомова] Андрей Лунин», «первый заместитель [Петрова]».
    A holder agrees with its role in case («министр Иванов», «министру Иванову»)."""
    role_case = _case(head_token(doc, r.start, r.end))
    if _case(doc[name.start]) != "Gen" or role_case not in ("Nom", "Dat", "Ins", "Loc"):
        return False
    # an initial has no case, and the parser guesses one for the surname after it: «Директор
    # музея А. Воронова» holds the post when the surname can agree with the role
    first = doc[name.start].text
    if len(first) == 1 and first.isupper() and _name_at(people, name.end) is None:
        grammeme = UD_GRAMMEMES[role_case]
        words = [t.text for t in doc[name.start:name.end] if t.is_alpha and len(t.text) > 1]
        if words and all(any(p.tag.case == grammeme for p in analyzer().parse(w)) for w in words):
            return False
    return True


def _distribute(doc, r, names, bind, res):
    """Bind the other names of a list to the plural role. Where a name has no complement of
    its own and the role's complement lists as many places as there are names («министры обороны
    Перу и Чили Хуан Ортис и Мария Лопес»), the n-th name gets the n-th place."""
    places = sorted({(f.start, f.end) for c in doc._.entities or [] if c.type in WHERE_TYPES
                     for f in c.found if r.end <= f.start and f.end <= r.comp_end})
    respectively = len(places) == len(names) and all(own is None for _, own in names)
    for n, (person, own) in enumerate(names):
        where = places[n] if respectively else own
        if n == 0:
            first = next((h for h in res if h.role.start == r.start and h.person == person), None)
            if first is not None and where is not None:
                first.where = where
            continue
        bind(r, person, "coordinated", where)


def _syntactic_holder(doc, r, people):
    root = head_token(doc, r.start, r.end)
    # the name is an apposition / flat part of the role noun, after the role
    for child in root.children:
        if child.dep_ in ("appos", "flat:name") and child.i >= r.comp_end:
            hit = people.get(child.i)
            if hit is not None and not _between_has_person(people, r.comp_end, hit.start):
                return hit.id
    # the role is an apposition of the name: «Петров, бывший министр»
    if root.dep_ == "appos":
        hit = people.get(root.head.i)
        if hit is not None:
            return hit.id
    return None


def _between_has_person(people, lo, hi):
    return any(lo <= i < hi for i in people)


def _name_of(tok, people):
    """The name a token stands for: its own, or that of its apposition («республиканец [Джон
    Бенер]»)."""
    if tok.i in people:
        return people[tok.i].id
    for child in tok.children:
        if child.dep_ in ("appos", "flat:name") and child.i in people:
            return people[child.i].id
    return None


def _predicate_holder(doc, r, people):
    """«X стал министром», «X назначен министром», «X занял пост министра», «X, назначенный на
    должность министра», «X согласился занять пост министра»: the role (or the post noun it
    complements) depends on a verb of holding a post whose person object, else subject (or, for a
    participle, whose head; for an infinitive, the subject of the verb it completes) is a name."""
    t = head_token(doc, r.start, r.end)
    for child in t.children:  # a copular predicate: the role noun has the subject itself
        if child.dep_ in ("nsubj", "nsubj:pass") and child.i < r.start:
            hit = _name_of(child, people)
            if hit is not None:
                return hit
    if fold(t.head.lemma_) in post_nouns() and t.dep_ == "nmod":
        t = t.head
    verb = t.head
    holder = role_verbs().get(fold(verb.lemma_))
    if verb == t or holder is None:
        return None
    # «назначил Петрова министром»: the person object holds the post, the subject gives it;
    # in the passive («Петров назначен министром») the subject holds it
    passive = verb.morph.get("Voice") == ["Pass"]
    deps = ("obj",) if holder == "object" and not passive else ("nsubj", "nsubj:pass", "obj")
    for child in verb.children:
        if child.dep_ in deps:
            hit = _name_of(child, people)
            if hit is not None:
                return hit
    if verb.dep_ in ("acl", "amod", "acl:relcl"):  # «Петров, назначенный на должность министра»
        return _name_of(verb.head, people)
    if verb.dep_ == "xcomp":  # «Петров согласился занять пост премьер-министра»
        for child in verb.head.children:
            if child.dep_ in ("nsubj", "nsubj:pass"):
                return _name_of(child, people)
    return None
