"""One post of one person named twice: the mentions become one POSITION entity.

An article often names a person's post once in full and again in other words: «спикер палаты
общин» and «первая женщина-спикер», «глава Чили Мануэль Рохас … Президент пообещал».
Entity clustering joins post mentions only by their words, so these are two POSITION entities
and would give two OCCUPATION relations for one job. Two posts of the same person are read as
one job when

- one name begins the other («спикер» ~ «спикер палаты общин» ~ «женщина-спикер»;
  not «министр финансов» ~ «министр обороны»), or
- one of them says where the post is and the other, with no place of its own, refers to the
  person by a post without naming them (rule «description» or «anaphora» of
  facts/references.py: «Президент пообещал …» about the head of state introduced before),

and what they say of where the post is does not disagree. A post of an organisation that no one
is said to hold («выборы президента федерации ФИВБ») is a mention of the one person's post that
it restates in that organisation («президент ФИВБ Иван Петров»). Only posts that no one else in the
article holds are joined (a post shared by two people is a post as such, not this person's), and
ranks keep their own entity. The joined entity keeps the name of the post that says more.
"""

from __future__ import annotations

from ..entities.gazetteer import fold
from ..entities.ranks_posts import lexicon
from .affiliation import affiliation
from .holders import roles

WHERE_KEYS = ("org", "country", "location")
REFERRING_RULES = ("description", "anaphora")


def _core(name: str) -> list[str]:
    """The words of a post's name, a compound's descriptive first part left out
    («женщина-спикер» → «спикер»; «премьер-министр», whose parts are posts, stays whole)."""
    words = name.split()
    if words and "-" in words[0]:
        first, _, rest = words[0].partition("-")
        if (fold(first),) not in lexicon():
            words = [rest] + words[1:]
    return words


def _restates(a: str, b: str) -> bool:
    """One post's name begins the other's («спикер» ~ «спикер палаты общин»; never
    «министр финансов» ~ «министр обороны»)."""
    x, y = _core(a), _core(b)
    n = min(len(x), len(y))
    return n > 0 and x[:n] == y[:n]


def _where(rel) -> dict:
    return {k: rel.args[k] for k in WHERE_KEYS if rel.args.get(k)}


def _agree(a: dict, b: dict) -> bool:
    return all(a[k] == b[k] for k in a.keys() & b.keys())


def merge_restated(doc, rels: list) -> list:
    """Join the POSITION entities of the posts one person holds that name one job (see the
    module docstring); the relations then point to the kept entity."""
    clusters = {c.id: c for c in doc._.entities or [] if c.type == "POSITION"}
    holders: dict[str, set] = {}
    for r in rels:
        if r.type == "OCCUPATION" and r.args.get("position") in clusters:
            holders.setdefault(r.args["position"], set()).add(r.args["person"])
    for ref in doc._.refers or []:
        if ref.entity in clusters and ref.kind == "POSITION":
            holders.setdefault(ref.entity, set()).update(ref.targets)
    own = [r for r in rels if r.type == "OCCUPATION" and r.args.get("position") in clusters
           and len(holders.get(r.args["position"], ())) == 1]
    into: dict[str, str] = {}
    for r in own:
        for o in own:
            p, q = r.args["position"], o.args["position"]
            if p == q or o.args["person"] != r.args["person"] or q in into or p in into or q in into.values():
                continue
            wr, wo = _where(r), _where(o)
            if not _agree(wr, wo):
                continue
            same_head = _restates(clusters[p].name, clusters[q].name)
            referring = not wo and wr and o.attrs.get("rule") in REFERRING_RULES
            if not (same_head or referring):
                continue
            # keep the post that says more: more of where it is, else the longer name
            if (len(wo), len(clusters[q].name)) > (len(wr), len(clusters[p].name)):
                continue  # the pair is seen the other way round too
            into[q] = p
    _unheld(doc, clusters, holders, own, into)
    if not into:
        return rels
    for q, p in into.items():
        clusters[p].found.extend(clusters[q].found)
        clusters[p].found.sort(key=lambda f: f.start)
    doc._.entities = [c for c in doc._.entities if c.id not in into]
    for ref in doc._.refers or []:
        if ref.entity in into:
            ref.entity = into[ref.entity]
    for r in rels:
        if r.type == "OCCUPATION" and r.args.get("position") in into:
            r.args["position"] = into[r.args["position"]]
    return rels


def _unheld(doc, clusters, holders, own, into):
    """A post no one is said to hold that restates the post one person holds, in the same
    organisation («выборы президента федерации волейбола ФИВБ» beside «президент ФИВБ Иван
    Петров»), is a mention of that person's post."""
    orgs = {}
    for role in roles(doc):
        if role.cluster in clusters and role.cluster not in holders:
            org = affiliation(doc, role.start, role.end, (role.start, role.comp_end)).get("org")
            orgs.setdefault(role.cluster, set()).add(org)
    for q, found in orgs.items():
        if len(found) != 1 or None in found or q in into or q in into.values():
            continue
        org = next(iter(found))
        held = {r.args["position"] for r in own if r.args.get("org") == org
                and _restates(clusters[r.args["position"]].name, clusters[q].name)}
        held -= set(into)
        if len(held) == 1:
            into[q] = held.pop()
