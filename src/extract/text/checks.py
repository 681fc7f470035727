"""What a document must be before the pipeline reads it; a clear error when it is not."""

from __future__ import annotations

import hashlib

from . import html
from .encoding import MIN_CYRILLIC_SHARE, cyrillic_share, decode  # noqa: F401  (MIN_CYRILLIC_SHARE: public)
from .errors import InputError

# Longer texts are refused (error type too_long), not cut: a cut article would give records that
# silently miss its end. 2 M characters is ~300 times a long news article.
DEFAULT_MAX_CHARS = 2_000_000

__all__ = ["DEFAULT_MAX_CHARS", "InputError", "check_text", "text_id"]


def text_id(text) -> str:
    """A stable id for a document that came without one."""
    data = text if isinstance(text, bytes) else str(text).encode("utf-8", "surrogatepass")
    return "sha1:" + hashlib.sha1(data).hexdigest()[:16]


def check_text(text, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, list[str]]:
    """The text to process and warnings about it; InputError when it cannot be processed."""
    warnings = []
    if isinstance(text, (bytes, bytearray)):
        text, warnings = decode(bytes(text))
    if text is None:
        raise InputError("no_text", "the document has no text")
    if not isinstance(text, str):
        raise InputError("not_text", f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty", "the text is empty")
    if len(text) > max_chars:
        raise InputError("too_long", f"the text has {len(text):,} characters, more than the limit of {max_chars:,}")
    if html.looks_like_html(text):
        text = html.to_text(text)
        warnings.append(html.HTML_WARNING)
        if not text.strip():
            raise InputError("empty", "the text is empty once its HTML markup is stripped")
    if not any(c.isalpha() for c in text[:20000]):
        raise InputError("no_letters", "the text has no letters")
    share = cyrillic_share(text[:20000])
    if share < MIN_CYRILLIC_SHARE:
        raise InputError("not_russian", f"the text does not look Russian ({share:.0%} of its letters are Cyrillic)")
    return text, warnings
