"""Entities across articles: the same person, organisation or country in many articles as one row.

Within one article the pipeline already made one entity per real-world thing. Across articles there is
no context to compare, so the rule is by name and type, and conservative: it would rather show one
person twice than fold two people into one.

- COUNTRY: same ISO code.
- PERSON: same last name (case and ё/е folded) **and** the same first name. Different first names stay
  apart (Иван Петров ≠ Олег Петров). An initial («И. Петров») joins a full first name only when exactly one
  person with that surname has a first name starting with it. Where both middle names are known and differ,
  the people stay apart. A surname alone («Петров», first name unknown) never joins a full name: it is
  kept as its own row, since any of several Petrovs may be meant.
- ORGANIZATION, LOCATION: same normalised name; where their countries are known and differ they stay
  apart (two «Министерство обороны» of two states); one with no country joins a same-named one only
  when all those with a country agree on it.
- DATE, POSITION, RANK, DOCUMENT: same normalised name (a DATE by its ISO value).

The normalised name is case-folded, ё → е, quotes dropped, dashes and spaces unified.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from .frames import Frames, frames as make_frames

_QUOTES = re.compile(r"[«»\"“”„'`]")
_DASHES = re.compile(r"\s*[‐-―−-]\s*")
_SPACES = re.compile(r"\s+")

COLUMNS = ["key", "type", "name", "articles", "mentions", "first_seen", "last_seen", "country",
           "names", "article_ids"]


def normal(name) -> str:
    if not isinstance(name, str):
        return ""
    name = _QUOTES.sub("", name.casefold().replace("ё", "е"))
    return _SPACES.sub(" ", _DASHES.sub("-", name)).strip()


def _is_initial(first: str) -> bool:
    return first.endswith(".") or len(first) <= 1


def _join_unspecified(values: list, known: set) -> list:
    """Each value, or for a missing one the single known value when there is exactly one."""
    only = next(iter(known)) if len(known) == 1 else None
    return [v if v else only for v in values]


def _person_keys(rows: pd.DataFrame) -> pd.Series:
    keys = pd.Series(index=rows.index, dtype=object)
    last = rows["last"].map(normal)
    first = rows["first"].map(normal)
    middle = rows["middle"].map(normal)
    no_last = last == ""
    keys[no_last] = "PERSON:" + rows.loc[no_last, "name"].map(normal)
    for surname, group in rows[~no_last].groupby(last[~no_last]):
        firsts = first[group.index]
        full = {f for f in firsts if f and not _is_initial(f)}
        for i in group.index:
            f = firsts[i]
            if not f:
                keys[i] = f"PERSON:{surname}|?"  # surname only: kept apart from every full name
                continue
            if _is_initial(f):
                matches = {g for g in full if g.startswith(f.rstrip("."))}
                f = next(iter(matches)) if len(matches) == 1 else f
            keys[i] = f"PERSON:{surname}|{f}"
        # middle names split a (surname, first name) only where two known ones differ
        for key, same in group.groupby(keys[group.index]):
            middles = middle[same.index]
            known = {m for m in middles if m and not _is_initial(m)}
            if len(known) > 1:
                for i in same.index:
                    m = middles[i]
                    if m and _is_initial(m):
                        hits = {k for k in known if k.startswith(m.rstrip("."))}
                        m = next(iter(hits)) if len(hits) == 1 else m
                    keys[i] = f"{key}|{m or '?'}"
    return keys


def _named_keys(rows: pd.DataFrame, type_: str) -> pd.Series:
    keys = pd.Series(index=rows.index, dtype=object)
    names = rows["name"].map(normal)
    for name, group in rows.groupby(names):
        countries = list(group["country"].where(group["country"].notna(), None))
        joined = _join_unspecified(countries, {c for c in countries if c})
        for i, c in zip(group.index, joined):
            keys[i] = f"{type_}:{name}|{c or '?'}"
    return keys


def keys(entities: pd.DataFrame) -> pd.Series:
    """The corpus-wide key of each row of an entities frame: rows with one key are one real-world thing."""
    out = pd.Series(index=entities.index, dtype=object)
    for type_, rows in entities.groupby("type"):
        if type_ == "PERSON":
            out[rows.index] = _person_keys(rows)
        elif type_ == "COUNTRY":
            iso = rows["country"].where(rows["country"].notna(), rows["name"].map(normal))
            out[rows.index] = "COUNTRY:" + iso.astype(str)
        elif type_ in ("ORGANIZATION", "LOCATION"):
            out[rows.index] = _named_keys(rows, type_)
        elif type_ == "DATE":
            value = rows["value"].where(rows["value"].notna(), rows["name"].map(normal))
            out[rows.index] = "DATE:" + value.astype(str)
        else:
            out[rows.index] = type_ + ":" + rows["name"].map(normal)
    return out


def canonical_name(names: pd.Series) -> str:
    """The name most articles use; among equals the longest (the fullest form)."""
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], len(n)))


def consolidate(articles_or_frames) -> pd.DataFrame:
    """One row per real-world entity over a corpus: counts, first/last seen (article dates), name variants.

    Sorted by the number of articles, most first. Rows are keyed as `keys()` says (see the module docs)."""
    f = articles_or_frames if isinstance(articles_or_frames, Frames) else make_frames(articles_or_frames)
    ents = f.entities
    if ents.empty:
        return pd.DataFrame(columns=COLUMNS)
    ents = ents.assign(key=keys(ents))
    dates = f.articles.set_index("article_id")["date"]
    ents["seen"] = ents["article_id"].map(dates)
    rows = []
    for key, g in ents.groupby("key", sort=False):
        countries = g["country"].dropna()
        rows.append({"key": key, "type": g["type"].iloc[0], "name": canonical_name(g["name"]),
                     "articles": g["article_id"].nunique(), "mentions": int(g["mentions"].sum()),
                     "first_seen": g["seen"].min(), "last_seen": g["seen"].max(),
                     "country": countries.mode().iloc[0] if len(countries) else None,
                     "names": sorted(set(g["name"])), "article_ids": list(dict.fromkeys(g["article_id"]))})
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], ignore_index=True)
