"""OCCUPATION (person, position, org, country, location) and HAS_RANK (person, rank) relations.

Who holds which role comes from the references stage (`doc._.refers`, kinds POSITION and
RANK): a post beside a name, in a list of names, in a predicate, or standing for a person
introduced earlier. Where the post is (org, country, location) comes from the words that
complement it (facts/affiliation.py).

«X возглавляет Y» / «X, руководящий Y» (verbs in models/heading_verbs.txt) gives an OCCUPATION
with the organisation and no position. A rank is an occupation too (both the
rank tables and the annotated news corpora treat «полковник», «адмирал», «посол» as what a person
does): besides HAS_RANK it gives an OCCUPATION whose `position` is the RANK entity, with the
service its complement names, marked `attrs["by"] = "rank"`. The evidence of a relation is the sentence of the role;
`attrs["rule"]` names the rule that bound the person to the role (see facts/references.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..text.sentences import sentence_of
from ..entities.gazetteer import fold
from ..resources import read_list
from .affiliation import affiliation
from .base import Relation, evidence
from .restated_posts import merge_restated


@lru_cache(maxsize=1)
def heading_verbs() -> frozenset:
    return frozenset(fold(w) for w in read_list("heading_verbs.txt"))


class OccupationFinder:
    def __call__(self, doc):
        rels = []
        for ref in doc._.refers or []:
            if ref.kind == "RANK":
                where = affiliation(doc, ref.start, ref.end, ref.where)
                for person in ref.targets:
                    rels.append(Relation("HAS_RANK", {"person": person, "rank": ref.entity},
                                         evidence(sentence_of(doc, ref.start)), {"rule": ref.rule}))
                    # a rank is also what its holder does for a living, in the service its
                    # complement names («генерал-майор полиции», «подполковник ВВС»)
                    rels.append(Relation("OCCUPATION", {"person": person, "position": ref.entity} | where,
                                         evidence(sentence_of(doc, ref.start)), {"rule": ref.rule, "by": "rank"}))
            if ref.kind == "POSITION":
                where = affiliation(doc, ref.start, ref.end, ref.where)
                for person in ref.targets:
                    args = {"person": person, "position": ref.entity} | where
                    rels.append(Relation("OCCUPATION", args, evidence(sentence_of(doc, ref.start)),
                                         {"rule": ref.rule}))
        rels += self.heads_of(doc)
        doc._.relations.extend(consolidate(doc, merge_restated(doc, rels)))
        return doc

    @staticmethod
    def heads_of(doc):
        """«X возглавляет Y», «X, возглавляющий Y»: X works at Y, post unnamed."""
        people = {i: c for c in doc._.entities or [] if c.type == "PERSON" for f in c.found
                  for i in range(f.start, f.end)}
        orgs = {i: c for c in doc._.entities or [] if c.type == "ORGANIZATION" for f in c.found
                for i in range(f.start, f.end)}
        rels = []
        for t in doc:
            if fold(t.lemma_) not in heading_verbs():
                continue
            # the object, or the name it introduces («возглавляет компанию «Техносфера»»)
            objects = [c for c in t.children if c.dep_ in ("obj", "obl", "iobj")]
            objects += [g for c in objects for g in c.children if g.dep_ in ("appos", "flat:name", "nmod")]
            org = next((orgs[c.i] for c in objects if c.i in orgs), None)
            if org is None:
                continue
            holder = next((people[c.i] for c in t.children
                           if c.dep_ in ("nsubj", "nsubj:pass") and c.i in people), None)
            if holder is None and t.dep_ in ("acl", "amod", "acl:relcl") and t.head.i in people:
                holder = people[t.head.i]
            if holder is None:
                continue
            args = {"person": holder.id, "position": None, "org": org.id}
            if org.attrs.get("country"):
                iso = org.attrs["country"]
                country = next((c for c in doc._.entities
                                if c.type == "COUNTRY" and c.attrs.get("iso") == iso), None)
                if country is not None:
                    args["country"] = country.id
            rels.append(Relation("OCCUPATION", args, evidence(sentence_of(t.doc, t.i)), {"rule": "heads"}))
        return rels


def consolidate(doc, rels):
    """One relation per (type, arguments). An OCCUPATION that says less than another of the same
    person is dropped: the same post with fewer of org / country / place, or a bare post that
    another of the person's posts spells out in full («министр» beside «министр обороны»)."""
    seen, unique = set(), []
    for r in rels:
        key = (r.type, tuple(sorted((k, v) for k, v in r.args.items() if v)))
        if key not in seen:
            seen.add(key)
            unique.append(r)
    names = {c.id: c.name.lower().split() for c in doc._.entities or []}

    def facts(r):
        return {(k, v) for k, v in r.args.items() if v and k not in ("person", "position")}

    def says_less(r, o):
        if o is r or o.type != "OCCUPATION" or o.args["person"] != r.args["person"]:
            return False
        p, q = r.args.get("position"), o.args.get("position")
        if p == q or p is None:
            return facts(r) < facts(o) or (p is None and q is not None and facts(r) <= facts(o))
        bare, full = names.get(p, []), names.get(q, [])
        return len(bare) < len(full) and full[:len(bare)] == bare and facts(r) <= facts(o)

    return [r for r in unique if not (r.type == "OCCUPATION" and any(says_less(r, o) for o in unique))]


@Language.factory("occupation")
def make(nlp, name):
    return OccupationFinder()
