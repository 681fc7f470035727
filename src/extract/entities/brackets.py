"""A name with another spelling of it in brackets: «Союз речных перевозчиков (СРП)»,
«Сан-Лоренцо (San Lorenzo)». The NER often tags the whole run as one span; it is two
mentions of one thing."""

from __future__ import annotations


def bracket_parts(doc, start, end) -> list[tuple[int, int]]:
    """Token spans of the name before «(» and of the bracketed name (up to «)» or a comma: «(King’s
    College London, KCL)» gives the first spelling); the span itself when it has no brackets."""
    opens = [t.i for t in doc[start:end] if t.text == "("]
    if not opens or opens[0] == start:
        return [(start, end)]
    i = opens[0]
    close = next((t.i for t in doc[i:end] if t.text == ")"), end)
    inner_end = next((t.i for t in doc[i + 1:close] if t.text == ","), close)
    parts = [(start, i)]
    if inner_end > i + 1:
        parts.append((i + 1, inner_end))
    return parts
