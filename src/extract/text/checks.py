"""What a document must be before the pipeline reads it; a clear error when it is not."""

from __future__ import annotations

import hashlib
import re

DEFAULT_MAX_CHARS = 2_000_000
MIN_CYRILLIC_SHARE = 0.3  # of all letters; below it the text is not Russian news
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?>")


class InputError(ValueError):
    """A document that cannot be processed; `kind` goes to the Article's error.type."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def text_id(text) -> str:
    """A stable id for a document that came without one."""
    data = text if isinstance(text, bytes) else str(text).encode("utf-8", "surrogatepass")
    return "sha1:" + hashlib.sha1(data).hexdigest()[:16]


def check_text(text, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, list[str]]:
    """The text to process and warnings about it; InputError when it cannot be processed."""
    warnings = []
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError("encoding", f"text is not valid UTF-8 ({e.reason} at byte {e.start})") from None
    if text is None:
        raise InputError("no_text", "the document has no text")
    if not isinstance(text, str):
        raise InputError("not_text", f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty", "the text is empty")
    if len(text) > max_chars:
        raise InputError("too_long", f"the text has {len(text):,} characters, more than the limit of {max_chars:,}")
    letters = _LETTER.findall(text[:20000])
    if not letters:
        raise InputError("no_letters", "the text has no letters")
    share = len(_CYRILLIC.findall(text[:20000])) / len(letters)
    if share < MIN_CYRILLIC_SHARE:
        raise InputError("not_russian", f"the text does not look Russian ({share:.0%} of its letters are Cyrillic)")
    if _TAG.search(text):
        warnings.append("the text contains HTML markup; it was read as plain text")
    return text, warnings
