"""What quotation marks say about the words inside them.

- A place's name that alone fills quotation marks names something else: a ship («лайнер
  «Норвегия»»), a cafe («Сибирь»), a base or a club named after the place. Russian news quotes
  the names of things, not of places («в Москве», never «в «Москве»»).
- A name opens a quote it must close (`with_closing_quote`).
- Words in a quoted title report nothing (`in_title`)."""

from __future__ import annotations

OPENING = {"«", "„", "“", '"'}
CLOSING = {"»", "“", "”", '"'}


def quoted_alone(doc, start: int, end: int) -> bool:
    """Tokens [start, end) are the whole text between a pair of quotation marks."""
    return (start > 0 and end < len(doc) and doc[start - 1].text in OPENING
            and doc[end].text in CLOSING)


PAIRS = {"«": "»", "„": "“", "“": "”"}


def with_closing_quote(doc, start: int, end: int) -> int:
    """The end of span [start, end) taking the closing quote the span opens and the model left
    out («Ансамбль «Берёзка» read without its «»»)."""
    opened = [PAIRS[t.text] for t in doc[start:end] if t.text in PAIRS]
    closed = sum(1 for t in doc[start:end] if t.text in PAIRS.values() and t.text not in PAIRS)
    if len(opened) > closed and end < len(doc) and doc[end].text == opened[-1]:
        return end + 1
    return end


TITLE_LINKS = {"и", "или", ",", ")"}  # «в сериалах «A» (…) и «B»»: a title listed after another
MAX_TITLE = 12  # words a quoted title may hold


def in_title(doc, i: int) -> bool:
    """Token i lies inside a quoted title: quotation marks that follow a noun naming the thing
    («в сериале «Встреча в Вероне»», «книга «Визит дамы»») or another title in a list.
    Quoted speech opens after a colon, a dash or at the start of a sentence, and is not a title."""
    start = None
    for j in range(i - 1, max(i - MAX_TITLE, -1), -1):
        text = doc[j].text
        if text == '"':  # a straight quote opens when it is the odd one of its sentence
            first = doc[j].sent.start if doc.has_annotation("SENT_START") else 0
            if sum(1 for t in doc[first:j + 1] if t.text == '"') % 2 == 0:
                return False
            start = j
            break
        if text in CLOSING and text not in OPENING:
            return False
        if text in OPENING:
            start = j
            break
    if start is None or start == 0:
        return False
    if not any(doc[k].text in CLOSING for k in range(i + 1, min(start + MAX_TITLE + 1, len(doc)))):
        return False
    before = doc[start - 1]
    if before.pos_ in ("NOUN", "PROPN"):
        return True
    return before.text in TITLE_LINKS and start > 1 and doc[start - 2].text in CLOSING | {")"}
