"""In-article references for roles: which person a post, rank or pronoun stands for, and whom
«стороны» names. The relation and event stages read the result from `doc._.refers`.

Each `Reference` says which tokens refer to which entities, of what kind, and by which rule,
so that every link can be explained:

1. a post or rank beside a name stands for that name (facts/holders.py: apposition, lists,
   syntax, predicates of holding a post) — kind POSITION / RANK, rule as in holders.py;
2. a post or rank with no name beside it, as the subject of its sentence, stands for the latest
   person introduced earlier with a compatible role — rule «anaphora». Compatible: the same post
   or rank entity, or posts that share a content word («министр обороны Казахстана» ~ «глава
   оборонного ведомства РК»), or only the same head word («министр») when one person has such a
   post; never when the two name different countries, nor a person named in the role's own
   sentence («X встретился с министром обороны» is not X). A plural post («министры»,
   «руководители») stands for every compatible person, when they are a few;
   a subject post with no compatible antecedent stands for the one person named in the nearest
   earlier sentence that names anyone — rule «description» («Агентство уточняет, что менеджер
   подал в отставку»);
3. «он» / «она» stand for the nearest earlier person of that gender (as the verbs agreeing with
   the person tell, facts/genders.py, else as the name suggests) who is the subject of a
   sentence (within three sentences), else the nearest earlier person of that gender, never a
   word of the pronoun's own clause — kind pronoun;
4. «стороны» (without an adjective: «китайская сторона» is a country) stand for the people, else
   the countries, of the nearest sentence that names at least two — kind sides.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from ..text.sentences import sentences, sentence_of
from ..entities.gazetteer import fold
from .affiliation import affiliation, content_stems
from .genders import person_genders
from .holders import Name, head_token, holdings, name_index, names_many, roles

PRONOUN_GENDER = {"он": "masc", "она": "femn"}
SIDES = "сторона"
BACK_SENTENCES = 3  # how far back a pronoun or «стороны» looks for its antecedent
MAX_GROUP = 4  # a plural post stands for at most this many people introduced earlier


@dataclass
class Reference:
    start: int                 # token span of the referring words
    end: int
    targets: list[str]         # entity ids it stands for
    kind: str                  # POSITION, RANK, pronoun, sides
    rule: str                  # the rule that made the link (see the module docstring)
    entity: str | None = None  # the POSITION / RANK entity of a role reference
    where: tuple | None = field(default=None)  # token range whose entities say where the post is


def referents(doc, start: int, end: int) -> list[str]:
    """Entity ids that the tokens [start, end) stand for by a reference (empty when none)."""
    res = []
    for r in doc._.refers or []:
        if r.start < end and start < r.end:
            res += [t for t in r.targets if t not in res]
    return res


def _mentions(doc, types):
    """(start, end, entity id) of every mention of entities of these types."""
    return sorted((f.start, f.end, c.id) for c in doc._.entities or [] if c.type in types for f in c.found)


class RoleProfile:
    """What a role mention says about its holder: its entity, head word, content words and
    countries."""

    def __init__(self, doc, role, where=None):
        self.role = role
        root = head_token(doc, role.start, role.end)
        self.sent = sentence_of(doc, role.start).start
        self.head = fold(root.lemma_)
        self.stems = content_stems(doc, role.start, role.comp_end, skip_head=root.i)
        # where the post is: its organisation (named, or the country's body it names) and country
        found = affiliation(doc, role.start, role.end, where or (role.start, role.comp_end))
        entities = {c.id: c for c in doc._.entities or []}
        self.orgs = {found["org"]} if "org" in found else set()
        self.isos = {entities[i].attrs.get("iso") or entities[i].attrs.get("country")
                     for k, i in found.items() if k != "location"} - {None}
        self.plural = names_many(root)
        self.feminine = root.morph.get("Gender") == ["Fem"] and not self.plural

    def agreement(self, other: "RoleProfile") -> int:
        """How surely two role mentions can name one holder: 2 the same post or rank (or posts of
        one organisation), 1 posts sharing a content word («министр обороны» ~ «глава оборонного
        ведомства»), 0 only the same head word («министр» ~ «министр обороны»), -1 not at all
        (other kinds, different countries or organisations, different content words)."""
        if self.role.type != other.role.type:
            return -1
        if self.isos and other.isos and not (self.isos & other.isos):
            return -1
        if self.orgs and other.orgs and not (self.orgs & other.orgs):
            return -1  # «глава комиссии» and «глава правительства»: posts of two bodies
        if self.role.cluster == other.role.cluster or (self.orgs & other.orgs and self.role.type == "POSITION"):
            return 2
        if self.stems & other.stems:
            return 1
        if self.head[:5] == other.head[:5] and not (self.stems and other.stems):
            return 0
        return -1

    def compatible(self, other: "RoleProfile") -> bool:
        return self.agreement(other) >= 0


class ReferenceFinder:
    def __call__(self, doc):
        refers = []
        held = holdings(doc)
        for h in held:
            refers.append(Reference(h.role.start, h.role.end, [h.person], h.role.type, h.rule,
                                    entity=h.role.cluster, where=h.where))
        refers += self.role_anaphora(doc, held)
        pronouns = self.pronouns(doc, refers)
        refers += pronouns
        # «Он является депутатом»: a predicate of holding a post with a pronoun for its subject
        names = name_index(doc) | {p.start: Name(p.targets[0], p.start, p.end) for p in pronouns}
        bound = {r.start for r in refers if r.kind in ("POSITION", "RANK")}
        for h in holdings(doc, names, skip=bound, rules=("predicate",)):
            refers.append(Reference(h.role.start, h.role.end, [h.person], h.role.type, "predicate-pronoun",
                                    entity=h.role.cluster, where=h.where))
        refers += self.sides(doc, refers)
        doc._.refers = sorted(refers, key=lambda r: (r.start, r.end))
        return doc

    @staticmethod
    def role_anaphora(doc, held):
        bound = {h.role.start for h in held}
        known = [(RoleProfile(doc, h.role, h.where), h.person) for h in held]
        people = _mentions(doc, ("PERSON",))
        genders = person_genders(doc)
        res = []
        for role in roles(doc):
            if role.start in bound or role.embedded:
                continue
            if not _is_subject(head_token(doc, role.start, role.end)):
                continue  # «в семье врача», «против сотрудников банка»: no one in particular
            me = RoleProfile(doc, role)
            sent = sentence_of(doc, role.start)
            named_here = {e for s, _, e in people if sent.start <= s < sent.end}
            earlier = [(p, person) for p, person in known
                       if p.role.start < role.start and p.sent < sent.start and person not in named_here
                       and me.compatible(p) and _gender_agrees(me, genders.get(person))]
            # a bare head word («министр») is enough only when one person could be meant
            if not me.plural and len({person for p, person in earlier if me.agreement(p) > 0}) == 0 and \
                    len({person for _, person in earlier}) > 1:
                earlier = []
            if not earlier:
                # a definite description as the subject («менеджер подал в отставку», «премьер
                # вернулся к работе») stands for the person its paragraph is about: the one
                # person of the nearest earlier sentence that names someone, unless their roles
                # disagree. A rank alone says too little («адмирал» is never guessed this way),
                # and a post of a named organisation («председатель Центробанка») is someone of
                # its own.
                target = None if me.plural or role.type == "RANK" or me.orgs else \
                    _salient_person(doc, role, people, named_here)
                if target is None or not _gender_agrees(me, genders.get(target)):
                    continue
                if any(person == target and p.isos and me.isos and not me.compatible(p) for p, person in known):
                    continue
                res.append(Reference(role.start, role.end, [target], role.type, "description",
                                     entity=role.cluster, where=(role.start, role.comp_end)))
                known.append((me, target))
                continue
            if me.plural:
                # «министры обсудили»: the few people who hold the post, not a crowd of them
                targets = list(dict.fromkeys(person for _, person in earlier))
                if not 2 <= len(targets) <= MAX_GROUP:
                    continue
            else:
                targets = [max(earlier, key=lambda x: x[0].role.start)[1]]
            res.append(Reference(role.start, role.end, targets, role.type, "anaphora",
                                 entity=role.cluster, where=(role.start, role.comp_end)))
            known += [(me, t) for t in targets]
        return res

    @staticmethod
    def _person_slots(doc, refers):
        """(token, entity id, is subject) of every token standing for a person: names and role
        references."""
        slots = [(s, e) for s, _, e in _mentions(doc, ("PERSON",))]
        slots += [(r.start, t) for r in refers if r.kind in ("POSITION", "RANK", "pronoun")
                  for t in r.targets]
        return sorted(set(slots))

    def pronouns(self, doc, refers):
        slots = self._person_slots(doc, refers)
        genders = person_genders(doc)
        res = []
        sents = list(sentences(doc))
        sent_no = {s.start: n for n, s in enumerate(sents)}
        for t in doc:
            gender = PRONOUN_GENDER.get(fold(t.lemma_))
            if t.pos_ != "PRON" or gender is None or t.dep_ in ("det", "nmod:poss") or _in_quotes(doc, t.i):
                continue  # inside «…» the speaker talks of someone the quote names
            n = sent_no[sentence_of(t.doc, t.i).start]
            clause = _clause(t)
            by_sentence = []
            for back in range(0, BACK_SENTENCES + 1):
                if n - back < 0:
                    break
                s = sents[n - back]
                # not a word of the pronoun's own clause: «министр назначил его» — «его» is not the minister
                cands = [(i, e) for i, e in slots if s.start <= i < min(s.end, t.i)
                         and genders.get(e) in (gender, None) and _clause(doc[i]) != clause]
                by_sentence.append(cands)
            # the nearest subject first (who the text is about), else the nearest mention
            subjects = next(([c for c in cands if _is_subject(doc[c[0]])] for cands in by_sentence
                             if any(_is_subject(doc[i]) for i, _ in cands)), None)
            nearest = next((cands for cands in by_sentence if cands), None)
            pick = (subjects or nearest or [None])[0]
            if pick is not None:
                rule = "nearest-subject" if subjects else "nearest-person"
                res.append(Reference(t.i, t.i + 1, [pick[1]], "pronoun", rule))
                slots.append((t.i, pick[1]))
        return res

    def sides(self, doc, refers):
        slots = self._person_slots(doc, refers)
        countries = [(s, e) for s, _, e in _mentions(doc, ("COUNTRY",))]
        sents = list(sentences(doc))
        sent_no = {s.start: n for n, s in enumerate(sents)}
        res = []
        for t in doc:
            if fold(t.lemma_) != SIDES or t.morph.get("Number") != ["Plur"]:
                continue
            if any(c.dep_ == "amod" and fold(c.lemma_) not in ("оба", "обе") for c in t.children):
                continue
            n = sent_no[sentence_of(t.doc, t.i).start]
            for back in range(0, BACK_SENTENCES + 1):
                if n - back < 0:
                    break
                s = sents[n - back]
                for pool in (slots, countries):
                    ids = list(dict.fromkeys(e for i, e in pool if s.start <= i < min(s.end, t.i)))
                    if len(ids) >= 2:
                        res.append(Reference(t.i, t.i + 1, ids, "sides", "nearest-parties"))
                        break
                else:
                    continue
                break
        return res


def _gender_agrees(profile, gender):
    """A feminine role noun («шахматистка», «певица») stands only for a woman; a masculine one
    («министр», «директор») for anyone, as Russian names women's posts in the masculine."""
    return not (profile.feminine and gender == "masc")


def _salient_person(doc, role, people, named_here):
    """The person a subject role noun with no name in its sentence stands for (see above): the
    one person named in the nearest earlier sentence that names anyone (none when it names two)."""
    root = head_token(doc, role.start, role.end)
    if root.dep_ not in ("nsubj", "nsubj:pass") or named_here:
        return None
    sents = list(sentences(doc))
    n = next(k for k, s in enumerate(sents) if s.start <= role.start < s.end)
    for back in range(1, 3):
        if n - back < 0:
            return None
        s = sents[n - back]
        here = {e for a, _, e in people if s.start <= a < s.end}
        if len(here) > 1:  # two people in the sentence: which one is meant is not clear
            return None
        if here:
            return here.pop()
    return None


def _in_quotes(doc, i, window=80):
    """Whether token i is inside a «…» quotation opened in its paragraph."""
    depth = 0
    for k in range(i - 1, max(-1, i - window), -1):
        text = doc[k].text
        if "\n" in text:
            break
        depth += {"«": 1, "»": -1}.get(text, 0)
    return depth > 0


def _clause(tok):
    """The verb (or root) heading the clause a token is in."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return tok.i
        tok = tok.head
    return tok.i


def _is_subject(tok):
    """The token, or the role noun it is an apposition of, is a subject; or it is what a verbless
    sentence presents («Другой кандидат — Иван Петров.»: the parser hangs the name on the noun)."""
    first = tok
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubj:pass"):
            return True
        if tok.head == tok:
            return tok != first and _verbless(tok)
        if tok.dep_ not in ("appos", "flat:name", "flat", "parataxis"):
            return False
        tok = tok.head
    return False


def _verbless(root) -> bool:
    """A sentence root that is a common noun with no verb or copula of its own (not a bare name
    line: a caption, an interview's speaker label)."""
    return root.pos_ == "NOUN" and not any(
        c.pos_ in ("VERB", "AUX") or c.dep_ in ("cop", "nsubj", "nsubj:pass") for c in root.children)


@Language.factory("references")
def make(nlp, name):
    return ReferenceFinder()
