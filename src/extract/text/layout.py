"""The article's own structure: headline, dateline, and a trailing block of unrelated headlines.

News pages often end with links to other articles: a marker line («Читайте также») or simply a
run of headline + teaser pairs whose teasers are cut off with «...». Entities there belong to
other stories, so later stages read only the body (`body(doc)`); the block is named in the
Article's warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language

from .. import extensions
from ..resources import read_list
from .tokenizer import doc_text

_TEASER_END = re.compile(r"(\.\.\.|…)\s*$")
_DATELINE = re.compile(r"^\W*\d{1,2}[./]\d{1,2}[./]\d{2,4}(\s+\d{1,2}:\d{2})?\W*$|^\W*\d{1,2}:\d{2}\W*$")
_PARAGRAPH = re.compile(r"[^\n]+")
MIN_TEASERS = 2  # one line ending in "..." may be the article's own; two in a row are a list


@dataclass
class Layout:
    body_end: int            # character offset where the article body ends
    headline: tuple | None   # (start, end) of the first line when it reads as a headline
    dateline: tuple | None   # (start, end) of a date/time line near the top
    footer: tuple | None     # (start, end) of the trailing block, if any


def _paragraphs(text):
    return [(m.start(), m.end(), m.group().strip()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_layout(text: str) -> Layout:
    paras = _paragraphs(text)
    markers = {m.lower().rstrip(":") for m in read_list("footer_markers.txt")}
    footer_start = None
    # 1. an explicit marker line
    for start, end, line in paras:
        if line.lower().rstrip(":").strip() in markers:
            footer_start = start
            break
    # 2. a trailing run of teasers (each possibly preceded by its headline)
    if footer_start is None:
        k = len(paras)
        teasers = 0
        first = None
        while k > 0:
            start, end, line = paras[k - 1]
            if _TEASER_END.search(line):
                teasers += 1
                first = k - 1
                k -= 1
                # its headline: a line without final punctuation just before it
                if k > 0 and not re.search(r"[.!?…:]$", paras[k - 1][2]) and not _TEASER_END.search(paras[k - 1][2]):
                    first = k - 1
                    k -= 1
                continue
            if len(line) <= 3 and teasers:  # stray separators ("v", "•") inside the block
                first = k - 1
                k -= 1
                continue
            break
        if teasers >= MIN_TEASERS and first is not None and first > 0:
            # a short separator line just before the block belongs to it
            if first > 0 and len(paras[first - 1][2]) <= 3:
                first -= 1
            footer_start = paras[first][0]
    headline = dateline = None
    if paras and len(paras) > 1 and not re.search(r"[.!?…]$", paras[0][2]) and len(paras[0][2]) < 300:
        headline = (paras[0][0], paras[0][1])
    for start, end, line in paras[:3]:
        if _DATELINE.match(line):
            dateline = (start, end)
            break
    body_end = footer_start if footer_start is not None else len(text)
    footer = (footer_start, len(text)) if footer_start is not None else None
    return Layout(body_end, headline, dateline, footer)


def body(doc):
    """The tokens of the article body (everything before a trailing footer block)."""
    layout = doc._.layout
    if layout is None or layout.footer is None:
        return doc[:]
    end = extensions.once(doc, "extract.body_end_token",
                          lambda d: next((t.i for t in d if t.idx >= layout.body_end), len(d)))
    return doc[:end]


class LayoutFinder:
    def __call__(self, doc):
        extensions.init(doc)
        doc._.layout = find_layout(doc_text(doc))
        if doc._.layout.footer:
            doc._.warnings.append(
                f"trailing related-news block ignored from offset {doc._.layout.footer[0]}")
        return doc


@Language.factory("article_layout")
def make_layout(nlp, name):
    return LayoutFinder()
