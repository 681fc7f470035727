"""A place's name that alone fills quotation marks names something else: a ship («лайнер
«Норвегия»»), a cafe («Сибирь»), a base or a club named after the place. Russian news quotes
the names of things, not of places («в Москве», never «в «Москве»»)."""

from __future__ import annotations

OPENING = {"«", "„", "“", '"'}
CLOSING = {"»", "“", "”", '"'}


def quoted_alone(doc, start: int, end: int) -> bool:
    """Tokens [start, end) are the whole text between a pair of quotation marks."""
    return (start > 0 and end < len(doc) and doc[start - 1].text in OPENING
            and doc[end].text in CLOSING)
