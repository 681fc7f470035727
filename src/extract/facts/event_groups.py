"""Events that tell of one happening share `attrs.group`.

News names one meeting several times: the headline, the lead, «в ходе встречи …». Each mention
stays its own event record (its trigger and evidence are where the text says it), and the records
of one happening get the same group number, so that an analyst counts happenings, not mentions.

Two events of one type and modality are one happening when none of their roles contradict (two
non-empty role lists with nothing in common) and they share someone or something that defines the
happening (the people who met, the visitor or the destination, the document, the appointee). An
event that names none of those (the bare «по итогам встречи») joins a happening only when its place
and date are stated and match exactly one happening. A STATEMENT is one speaker's words each time
and is never grouped.

The article's main happening (attrs `main: true` on its records) is the one its headline or first
sentence tells of; failing that, the one told most often. Statements are not happenings here.
"""

from __future__ import annotations

from spacy.language import Language

from .frame import lead

# the roles that say which happening it is, per type
DEFINING = {
    "MEETING": ("participants",),
    "VISIT": ("visitor", "destination"),
    "SIGNING": ("document", "signatories"),
    "APPOINTMENT": ("person",),
}
SETTING = ("place", "date")


def _contradict(a, b) -> bool:
    return any(a.args.get(r) and b.args.get(r) and not set(a.args[r]) & set(b.args[r])
               for r in set(a.args) | set(b.args))


def _shares(a, b, roles) -> bool:
    return any(set(a.args.get(r) or ()) & set(b.args.get(r) or ()) for r in roles)


def _same_setting(a, b) -> bool:
    return all(a.args.get(r) and set(a.args[r]) == set(b.args.get(r) or ()) for r in SETTING)


def group_events(events) -> None:
    """Set attrs["group"] (1, 2, ... in order of first mention) on every event."""
    groups: list[list] = []
    for ev in sorted(events, key=lambda e: e.trigger.start):
        roles = DEFINING.get(ev.type)
        candidates = [g for g in groups if roles and g[0].type == ev.type
                      and g[0].attrs.get("modality") == ev.attrs.get("modality")
                      and not any(_contradict(ev, other) for other in g)]
        if any(ev.args.get(r) for r in roles or ()):
            match = next((g for g in candidates if any(_shares(ev, other, roles) for other in g)), None)
        else:
            settled = [g for g in candidates if any(_same_setting(ev, other) for other in g)]
            match = settled[0] if len(settled) == 1 else None
        if match is None:
            groups.append([ev])
        else:
            match.append(ev)
    for n, g in enumerate(groups, 1):
        for ev in g:
            ev.attrs["group"] = n


def mark_main(doc, events) -> None:
    """attrs["main"] = True on the records of the article's main happening."""
    told = [e for e in events if e.type != "STATEMENT"]
    if not told:
        return
    first = lead(doc)  # events before its end are in the headline, the dateline or the lead
    end = first.end_char if first is not None else 0
    in_lead = [e for e in told if e.trigger.start < end]
    if in_lead:
        main = min(in_lead, key=lambda e: e.trigger.start).attrs["group"]
    else:
        counts: dict[int, int] = {}
        for e in sorted(told, key=lambda e: e.trigger.start):
            counts[e.attrs["group"]] = counts.get(e.attrs["group"], 0) + 1
        main = max(counts, key=lambda g: counts[g])  # the first of the most told
    for e in told:
        if e.attrs["group"] == main:
            e.attrs["main"] = True


class EventGroups:
    def __call__(self, doc):
        if doc._.events:
            group_events(doc._.events)
            mark_main(doc, doc._.events)
        return doc


@Language.factory("event_groups")
def make(nlp, name):
    return EventGroups()
