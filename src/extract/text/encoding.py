"""Bytes to text: UTF-8 (with or without a BOM), else the encoding charset-normalizer detects.

Russian dumps still come in Windows-1251 (and KOI8-R): those are decoded, with a warning naming the
encoding. A detection is trusted only when the decoded text reads as Cyrillic; anything else is
undecodable and becomes an `encoding` error, never mojibake passed on to the models.
"""

from __future__ import annotations

import re

from .errors import InputError

MIN_CYRILLIC_SHARE = 0.3  # of all letters; below it a detected decoding is rejected as noise
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LETTER = re.compile(r"[^\W\d_]")


def cyrillic_share(text: str) -> float:
    letters = _LETTER.findall(text)
    return len(_CYRILLIC.findall(text)) / len(letters) if letters else 0.0


def decoded_as(encoding: str) -> str:
    return f"the text is not UTF-8; it was decoded as {encoding} (detected)"


def detect(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for non-UTF-8 bytes, if it gives Russian text."""
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is not None and cyrillic_share(str(best)[:20000]) >= MIN_CYRILLIC_SHARE:
        return best.encoding
    return None


def decode(data: bytes) -> tuple[str, list[str]]:
    """The text of `data` and warnings about how it was decoded; InputError when it cannot be."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        utf8_error = f"{e.reason} at byte {e.start}"
    encoding = detect(data)
    if encoding is not None:
        return data.decode(encoding, "replace"), [decoded_as(encoding)]
    raise InputError("encoding", f"the text is not valid UTF-8 ({utf8_error}) and no other encoding "
                                 f"gives Russian text")
