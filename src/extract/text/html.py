"""HTML in a text field, stripped to the text a reader sees (html-text, on lxml).

Detection asks for real HTML elements (lxml's list of tag names), so a stray `<` or `a < b` in
plain text is left alone. Block elements become line breaks, scripts and styles are dropped,
entities are decoded. Offsets of the records then refer to the stripped text, which the caller
says in the Article's warnings.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
HTML_WARNING = "the text was HTML: markup was stripped, and offsets refer to the stripped text"


@lru_cache(maxsize=1)
def _tag_names() -> frozenset:
    from lxml.html import defs
    return frozenset(defs.tags)


def looks_like_html(text: str) -> bool:
    names = _tag_names()
    return any(m.group(1).lower() in names for m in _TAG.finditer(text))


def to_text(html: str) -> str:
    """The visible text of an HTML fragment or page, paragraphs separated by blank lines."""
    import html_text
    return html_text.extract_text(html, guess_layout=True)
