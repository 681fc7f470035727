"""The records of many articles as pandas DataFrames, one table per kind of record.

    f = extract.frames(articles)
    f.articles    one row per article: id, date, counts, error
    f.entities    one row per entity: name, type, ISO country, date value, first offsets
    f.mentions    one row per mention: entity, text, start/end offsets
    f.relations   one row per relation: each argument's name and id, the evidence
    f.events      one row per event: happening group, type, modality, trigger, date (and the article's),
                  each role's names (the rows of one happening told several times share `group`)
    f.roles       one row per event role filler: event, role, entity

Every table carries `article_id`; entities are identified by (article_id, entity_id), events by
(article_id, event). Names are the contract's canonical names; countries are ISO 3166-1 alpha-2;
dates are datetimes (the first day a value covers) beside the ISO value the text gave.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import pandas as pd

from ..records import Article
from .dates import article_date, first_day

ARTICLE_COLUMNS = ["article_id", "date", "date_source", "entities", "relations", "events", "warnings",
                   "error_type", "error_message"]
ENTITY_COLUMNS = ["article_id", "entity_id", "type", "name", "mentions", "start", "end",
                  "first", "middle", "last", "kind", "abbr", "country", "value", "date", "period", "attrs"]
MENTION_COLUMNS = ["article_id", "entity_id", "type", "name", "start", "end", "text"]
RELATION_ROLES = ["person", "position", "rank", "org", "country", "location"]
EVENT_ROLES = ["participants", "visitor", "host", "destination", "signatories", "parties", "document",
               "person", "position", "org", "appointer", "speaker", "topic", "place"]
EVENT_COLUMNS = ["article_id", "event", "group", "type", "modality", "date", "date_value", "article_date", "trigger",
                 "trigger_start", "trigger_end", *EVENT_ROLES, "evidence", "evidence_start", "evidence_end", "attrs"]
ROLE_COLUMNS = ["article_id", "event", "type", "modality", "role", "entity_id", "entity_type", "name",
                "country", "value", "date", "trigger"]


@dataclass
class Frames:
    """The tables of one batch of articles (attributes, or `frames["events"]`)."""
    articles: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    relations: pd.DataFrame
    events: pd.DataFrame
    roles: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    @property
    def names(self) -> list[str]:
        return [f.name for f in fields(self)]

    def __repr__(self):
        return "Frames(" + ", ".join(f"{n}={len(self[n])}" for n in self.names) + ")"


def as_articles(items) -> list[Article]:
    """Articles from Articles, contract dicts, or one Article."""
    if isinstance(items, (Article, dict)):
        items = [items]
    return [a if isinstance(a, Article) else Article.from_dict(a) for a in items]


def entity_country(entity) -> str | None:
    """The ISO code an entity belongs to: a country's own, or an organisation's or place's country."""
    if entity.type == "COUNTRY":
        return entity.attrs.get("iso")
    return entity.attrs.get("country")


def _entity_row(art: Article, e) -> dict:
    a = e.attrs
    first = min(e.mentions, key=lambda m: m.start) if e.mentions else None
    return {"article_id": art.id, "entity_id": e.id, "type": e.type, "name": e.name,
            "mentions": len(e.mentions), "start": first.start if first else None, "end": first.end if first else None,
            "first": a.get("first"), "middle": a.get("middle"), "last": a.get("last"),
            "kind": a.get("kind"), "abbr": a.get("abbr"), "country": entity_country(e),
            "value": a.get("value"), "date": first_day(a.get("value")), "period": a.get("period"), "attrs": dict(a)}


def _names(ents: dict, ids) -> str | None:
    """The names of the entities in a role, '; '-joined (None when the role is empty)."""
    if isinstance(ids, str):
        ids = [ids]
    names = [(ents[i].name if i in ents else i) for i in ids or [] if i]
    return "; ".join(names) if names else None


def _relation_rows(art: Article) -> list[dict]:
    rows, ents = [], {e.id: e for e in art.entities}
    for n, r in enumerate(art.relations, 1):
        row = {"article_id": art.id, "relation": n, "type": r.type}
        for role, eid in r.args.items():
            ent = ents.get(eid) if isinstance(eid, str) else None
            row[role] = ent.name if ent else eid
            row[f"{role}_id"] = eid
        country = ents.get(r.args.get("country")) if isinstance(r.args.get("country"), str) else None
        row["country_iso"] = entity_country(country) if country else None
        ev = r.evidence
        row.update(evidence=ev.text if ev else None, evidence_start=ev.start if ev else None,
                   evidence_end=ev.end if ev else None, attrs=dict(r.attrs))
        rows.append(row)
    return rows


def _event_rows(art: Article, article_date) -> tuple[list[dict], list[dict]]:
    events, roles, ents = [], [], {e.id: e for e in art.entities}
    for n, ev in enumerate(art.events, 1):
        modality = ev.attrs.get("modality")
        dates = [ents[i] for i in ev.args.get("date", []) if i in ents]
        value = next((d.attrs.get("value") for d in dates if d.attrs.get("value")), None)
        row = {"article_id": art.id, "event": n, "group": ev.attrs.get("group"), "type": ev.type,
               "modality": modality, "date": first_day(value), "date_value": value, "article_date": article_date,
               "trigger": ev.trigger.text,
               "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end}
        for role, ids in ev.args.items():
            if role != "date":
                row[role] = _names(ents, ids)
        ed = ev.evidence
        row.update(evidence=ed.text if ed else None, evidence_start=ed.start if ed else None,
                   evidence_end=ed.end if ed else None, attrs=dict(ev.attrs))
        events.append(row)
        for role, ids in ev.args.items():
            for eid in ([ids] if isinstance(ids, str) else ids or []):
                ent = ents.get(eid)
                value = ent.attrs.get("value") if ent else None
                roles.append({"article_id": art.id, "event": n, "type": ev.type, "modality": modality,
                              "role": role, "entity_id": eid, "entity_type": ent.type if ent else None,
                              "name": ent.name if ent else None, "country": entity_country(ent) if ent else None,
                              "value": value, "date": first_day(value), "trigger": ev.trigger.text})
    return events, roles


def _frame(rows: list[dict], columns: list[str], dates=("date",)) -> pd.DataFrame:
    """A table with the known columns first (present even when empty), then any others the rows bring."""
    extra = [c for row in rows for c in row if c not in columns]
    df = pd.DataFrame(rows, columns=list(dict.fromkeys(columns + extra)))
    for col in dates:
        if col in df:
            df[col] = pd.to_datetime(df[col])
    return df


def frames(articles) -> Frames:
    """pandas DataFrames of the records of `articles` (Articles or contract dicts)."""
    arts = as_articles(articles)
    a_rows, e_rows, m_rows, r_rows, v_rows, role_rows = [], [], [], [], [], []
    for art in arts:
        when, source = article_date(art)
        err = art.error or {}
        a_rows.append({"article_id": art.id, "date": when, "date_source": source,
                       "entities": len(art.entities), "relations": len(art.relations), "events": len(art.events),
                       "warnings": len(art.warnings), "error_type": err.get("type"),
                       "error_message": err.get("message")})
        for e in art.entities:
            e_rows.append(_entity_row(art, e))
            m_rows.extend({"article_id": art.id, "entity_id": e.id, "type": e.type, "name": e.name,
                           "start": m.start, "end": m.end, "text": m.text} for m in e.mentions)
        r_rows.extend(_relation_rows(art))
        ev, roles = _event_rows(art, when)
        v_rows.extend(ev)
        role_rows.extend(roles)
    relation_columns = ["article_id", "relation", "type"] + [c for r in RELATION_ROLES for c in (r, f"{r}_id")] + \
        ["country_iso", "evidence", "evidence_start", "evidence_end", "attrs"]
    return Frames(articles=_frame(a_rows, ARTICLE_COLUMNS), entities=_frame(e_rows, ENTITY_COLUMNS),
                  mentions=_frame(m_rows, MENTION_COLUMNS), relations=_frame(r_rows, relation_columns),
                  events=_frame(v_rows, EVENT_COLUMNS, dates=("date", "article_date")),
                  roles=_frame(role_rows, ROLE_COLUMNS))
