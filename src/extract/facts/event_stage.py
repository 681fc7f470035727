"""The loop every trigger-based event stage runs (meetings, visits, signings, appointments):

    trigger words (triggers.py) → roles from the tree (the module's `roles`) → modality
    (modality.py) → the article's place and date (frame.apply) → actors of a bare-noun mention
    from the event told before (frame.inherit) → doc._.events
"""

from __future__ import annotations

from ..text.sentences import sentence_of
from ..text.sentences import sentences as doc_sentences
from . import frame, triggers
from .arguments import phrase, place_and_date
from .base import event_at
from .modality import modality


# roles that name who acts; an unnamed post stands in there only for no one named (arguments.unheld_posts)
ACTOR_ROLES = {"participants", "visitor", "host", "parties", "signatories"}


def _stand_ins(clusters: list) -> list:
    """A role holds an unnamed post («глава государства прибыл …») rather than nothing, but not
    beside the people, organisations or countries it names: there a post is as often someone
    named whom the references stage could not link («инженер встретился с X», the article's own
    protagonist) as a crowd («мэр Орлов встретился с учителями школ»)."""
    named = [c for c in clusters if c.type != "POSITION"]
    return named or clusters


class EventStage:
    type: str = ""

    def roles(self, doc, trigger) -> tuple[dict, bool]:
        """(args: role -> clusters, bare: True when the trigger names none of its actors itself)."""
        raise NotImplementedError

    def frame_tokens(self, doc, trigger) -> list:
        """The words whose places and dates are the event's own: its sentence, but not the name
        of a document there («План … на 2024 год»: 2024 is the plan's period)."""
        named = {x.i for h in sentence_of(trigger.doc, trigger.i) if triggers.is_document_word(h) for x in phrase(h)}
        return [x for x in sentence_of(trigger.doc, trigger.i) if x.i not in named]

    def __call__(self, doc):
        if doc._.events is None:
            return doc
        events, bare, other_time, families, sentences = [], set(), set(), [], []
        sentence_at = {s.start: n for n, s in enumerate(doc_sentences(doc))}
        for t in triggers.find(doc, self.type):
            args, is_bare = self.roles(doc, t)
            # an entity whose name holds the trigger («Совещание министров обороны») is not its own actor
            args = {k: [c for c in v if not any(f.start <= t.i < f.end for f in c.found)] for k, v in args.items()}
            args = {k: _stand_ins(v) if k in ACTOR_ROLES else v for k, v in args.items()}
            m = modality(t)
            if m == "fact" and frame.shift(t) == "ahead" and "Past" not in t.head.morph.get("Tense"):
                m = "planned"  # «визит проходит накануне совещания»: the session is yet to come
            ev = event_at(self.type, t, {k: [c.id for c in v] for k, v in args.items()}, modality=m)
            places, dates = place_and_date(doc, self.frame_tokens(doc, t))
            frame.apply(doc, ev, t, places, dates)
            if is_bare:
                bare.add(len(events))
            if frame.shifted(t):
                other_time.add(len(events))
            events.append(ev)
            families.append(triggers.family(t))
            sentences.append(sentence_at.get(sentence_of(t.doc, t.i).start, 0))
        doc._.events.extend(frame.inherit(events, bare, other_time, families, sentences))
        return doc
