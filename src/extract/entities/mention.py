"""`Found`: one entity mention as an entity stage found it, before clustering."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    type: str              # contract entity type (PERSON, ORGANIZATION, ...)
    start: int             # token index of the first token
    end: int               # token index after the last token
    norm: str              # this mention's normalised (nominative) form
    attrs: dict = field(default_factory=dict)
    key: str | None = None  # identity hint: mentions with one key are one entity (ISO code, lexicon id)
    source: str = ""        # the rule or model that found it, for debugging

    def span(self, doc):
        return doc[self.start:self.end]

    def overlaps(self, other: "Found") -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self):
        return self.end - self.start


def add(doc, found: Found):
    """Add a mention unless one of the same type already covers the same tokens."""
    for f in doc._.found:
        if f.type == found.type and f.start == found.start and f.end == found.end:
            return f
    doc._.found.append(found)
    return found
