"""Dates for analysts: the contract's ISO values as points in time, and the date an article speaks of.

A DATE entity's `value` is ISO 8601 as precise as the text allows (`2024-04-25`, `2025-10`, `2024`,
periods `2024/2025`); for sorting and plotting it becomes the first day it covers.
"""

from __future__ import annotations

import re
from datetime import datetime

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

# input fields a batch commonly carries the publication date in (they reach the Article as meta)
META_DATE_FIELDS = ("date", "published", "pub_date", "published_at", "datetime", "time")


def first_day(value) -> datetime | None:
    """`2024-04-25` → 2024-04-25, `2025-10` → 2025-10-01, `2024/2025` → 2024-01-01; None if not a date."""
    if not isinstance(value, str):
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def is_day(value) -> bool:
    """A value precise to the day (`2024-04-25`), not a month, year or period."""
    return isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()) is not None


def article_date(article) -> tuple[datetime | None, str | None]:
    """When the article speaks from, and where that came from.

    The input's own date field (meta) when it has one; otherwise the first day-precise DATE in the text
    (news put the dateline first). None when neither says.
    """
    for key in META_DATE_FIELDS:
        when = first_day(str(article.meta.get(key))) if article.meta.get(key) is not None else None
        if when:
            return when, f"meta.{key}"
    dated = [e for e in article.entities if e.type == "DATE" and is_day(e.attrs.get("value"))]
    if dated:
        first = min(dated, key=lambda e: min((m.start for m in e.mentions), default=0))
        return first_day(first.attrs["value"]), "text"
    return None, None
