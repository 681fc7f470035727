"""What an article states once and its events share.

- The place and date of the lead: news opens with where and when («В Астане …», «20 ноября 2024
  года в Бразилиа …», or a dateline «25.04.2024 12:17» under the headline). Events that happened
  (modality fact) and whose own sentence names no place or date take the article's.
- An event named again by a bare noun («в ходе встречи», «мой визит») is the one told before:
  it takes the participants of the closest earlier event of its type that has them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..extensions import once
from ..text.sentences import sentences
from ..resources import read_tsv
from ..text.layout import body
from .arguments import case_of, clusters_in, index, locative

# roles each event type reads from the frame: (place role, date role)
FRAMED = {"MEETING": ("place", "date"), "VISIT": ("destination", "date"), "SIGNING": ("place", "date")}
# roles a bare-noun mention of an event takes from the event told before
ACTOR_ROLES = {"MEETING": ("participants",), "VISIT": ("visitor", "host", "destination"),
               "SIGNING": ("parties", "signatories", "document"),
               "APPOINTMENT": ("person", "position", "org", "appointer")}


OPENER = 6  # words at the start of the lead where a where-and-when opener stands
NEAR = 3  # sentences a bare event noun looks back for the event whose actors it takes


@dataclass
class Frame:
    place: list = field(default_factory=list)   # cluster ids
    date: list = field(default_factory=list)    # cluster ids


def lead(doc):
    """The first sentence of the body after the headline and the dateline."""
    layout = doc._.layout
    skip_to = 0
    for part in (layout.headline, layout.dateline) if layout else ():
        if part:
            skip_to = max(skip_to, part[1])
    span = body(doc)
    for s in sentences(doc):
        if s.start_char >= skip_to and s.start < span.end and any(t.is_alpha for t in s):
            return s
    return None


def frame(doc) -> Frame:
    """The place and date the article states once for the events it frames (computed once per Doc)."""
    return once(doc, "extract.facts.frame", _frame)


def _frame(doc) -> Frame:
    f = Frame()
    layout = doc._.layout
    if layout and layout.dateline:
        a, b = layout.dateline
        f.date = [c.id for c in clusters_in(doc, [t for t in doc if a <= t.idx < b], {"DATE"})]
    first = lead(doc)
    if first is not None:
        root = first.root
        for t in first:
            # a place the lead's main verb happens in: «В Астане … посетила», not «визит в Казахстан»
            opener = t.i - first.start < OPENER and t.dep_ in ("obl", "nmod")  # «20 ноября в Бразилиа …»
            if (t.head == root and t.dep_ == "obl" or opener) and case_of(t) in ("в", "во") and locative(t):
                places = [c for c in index(doc).get(t.i, ()) if c.type == "LOCATION"]
                if places:
                    f.place = [places[0].id]
                    break
        if not f.date:
            dates = [c for t in first if t.head == root or t.head.head == root
                     for c in index(doc).get(t.i, ()) if c.type == "DATE"]
            if dates:
                f.date = [dates[0].id]
    return f


@lru_cache(maxsize=1)
def shifts() -> dict:
    """preposition -> ahead | behind (models/frame_shifts.tsv)."""
    return {r["words"]: r["when"] for r in read_tsv("frame_shifts.tsv")}


def shift(trigger) -> str | None:
    """«накануне совещания» → ahead, «после визита» → behind, else None."""
    words = [c for c in trigger.children if c.dep_ in ("case", "fixed")]
    words += [f for c in words for f in c.children if c.dep_ == "fixed"]
    if not words:
        return None
    phrase = " ".join(w.text.lower() for w in sorted(words, key=lambda w: w.i))
    return shifts().get(phrase) or next((shifts()[w.text.lower()] for w in words if w.text.lower() in shifts()), None)


def shifted(trigger) -> bool:
    """The event is set at another time than the article's («накануне совещания»)."""
    return shift(trigger) is not None


def apply(doc, event, trigger, sentence_places: list, sentence_dates: list):
    """Give a happened event without its own place/date the article's, unless its sentence
    names another place or date."""
    roles = FRAMED.get(event.type)
    if not roles or event.attrs.get("modality", "fact") != "fact" or shifted(trigger):
        return event
    f = frame(doc)
    own_sentence_has_place = any(c.id not in f.place for c in sentence_places)
    own_sentence_has_date = any(c.id not in f.date for c in sentence_dates)
    place_role, date_role = roles
    if not event.args.get(place_role) and not own_sentence_has_place and f.place:
        event.args[place_role] = list(f.place)
        if event.type == "VISIT":  # a city visited brings its country along
            city = next((c for c in doc._.entities if c.id == f.place[0]), None)
            iso = city.attrs.get("country") if city is not None else None
            country = next((c for c in doc._.entities if c.type == "COUNTRY" and c.attrs.get("iso") == iso), None)
            if iso and country is not None:
                event.args[place_role].append(country.id)
    if not event.args.get(date_role) and not own_sentence_has_date and f.date:
        event.args[date_role] = list(f.date)
    return event


def inherit(events: list, bare: set, other_time: set = frozenset(), families: list | None = None,
            sentences: list | None = None) -> list:
    """A bare-noun mention («в ходе встречи»; its index in `bare`) takes the actors of the
    closest earlier event of its type that names them, when it names none itself and both have
    the same modality and family (families[k]: talks and a meeting are one, a session another);
    never from an event set at another time («накануне совещания»), nor from one told more than
    NEAR sentences before (sentences[k]: the sentence index of event k), where the article has
    moved on and a bare «встреча» may name another one or the event in general."""
    families = families or [""] * len(events)
    for k, ev in enumerate(events):
        roles = ACTOR_ROLES.get(ev.type)
        if not roles or k not in bare or any(ev.args.get(r) for r in roles[:2] if r != "position"):
            continue
        for j in range(k - 1, -1, -1):
            before = events[j]
            if sentences is not None and sentences[k] - sentences[j] > NEAR:
                continue
            if j not in other_time and families[j] == families[k] and (before.type == ev.type and any(before.args.get(r) for r in roles[:2])
                    and before.attrs.get("modality", "fact") == ev.attrs.get("modality", "fact")):
                for r in roles:
                    if not ev.args.get(r) and before.args.get(r):
                        ev.args[r] = list(before.args[r])
                break
    return events
