"""An Article as highlighted text (spaCy's displacy) and its relations and events as a table.

Entities are coloured by type; event triggers are marked in red with their event type. displacy
draws one highlight per stretch of text, so where mentions overlap («Министерство обороны Казахстана»
holds «Казахстана») the longer one is drawn. Needs spaCy only (no pandas), so `Article._repr_html_`
works wherever extract does.
"""

from __future__ import annotations

from html import escape

# label shown after each highlight, and its colour: light enough for black text on a white page
LABELS = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "COUNTRY": "COUNTRY", "LOCATION": "PLACE",
          "DATE": "DATE", "POSITION": "POST", "RANK": "RANK", "DOCUMENT": "DOC"}
COLORS = {"PERSON": "#bfdbfe", "ORG": "#bbf7d0", "COUNTRY": "#a5f3fc", "PLACE": "#99f6e4", "DATE": "#e5e7eb",
          "POST": "#fef08a", "RANK": "#fed7aa", "DOC": "#ddd6fe"}
EVENT_COLOR = "#fca5a5"
EVENT_TYPES = ("MEETING", "VISIT", "SIGNING", "APPOINTMENT", "STATEMENT")


def colors() -> dict:
    return COLORS | {t: EVENT_COLOR for t in EVENT_TYPES}


def spans(article) -> list[dict]:
    """Non-overlapping highlights: entity mentions and event triggers, the longer winning an overlap."""
    found = [(m.start, m.end, LABELS.get(e.type, e.type)) for e in article.entities for m in e.mentions]
    found += [(ev.trigger.start, ev.trigger.end, ev.type) for ev in article.events if ev.trigger]
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    kept: list[tuple] = []
    for start, end, label in found:
        if end > start and all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, label))
    return [{"start": s, "end": e, "label": label} for s, e, label in sorted(kept)]


def render(article, text: str | None = None) -> str:
    """The article's text as HTML with its entities highlighted and its events marked.

    `text` is the input text when the Article does not carry it (records read back from JSONL)."""
    from spacy import displacy
    text = text if text is not None else article.text
    if text is None:
        return (f'<div class="entities"><em>{escape(article.id)}: the text is not available '
                f'(records read from output without their input)</em></div>')
    # jupyter=False: in a notebook displacy would display by itself and return None; we return the HTML
    return displacy.render({"text": text, "ents": spans(article), "title": None}, style="ent", manual=True,
                           jupyter=False, options={"colors": colors()})


def _role_names(article, ids) -> str:
    ids = [ids] if isinstance(ids, str) else ids or []
    return ", ".join(escape(article.entity(i).name if article.entity(i) else str(i)) for i in ids)


def render_facts(article) -> str:
    """The article's relations and events as an HTML table: type, trigger, each role's names."""
    rows = []
    for r in article.relations:
        args = "; ".join(f"{escape(k)}: {_role_names(article, v)}" for k, v in r.args.items() if v)
        rows.append(f'<tr class="relation"><td>{escape(r.type)}</td><td></td><td>{args}</td></tr>')
    for ev in article.events:
        modality = ev.attrs.get("modality")
        kind = escape(ev.type) + (f" <small>({escape(modality)})</small>" if modality and modality != "fact" else "")
        args = "; ".join(f"{escape(k)}: {_role_names(article, v)}" for k, v in ev.args.items() if v)
        rows.append(f'<tr class="event"><td>{kind}</td><td>{escape(ev.trigger.text)}</td><td>{args}</td></tr>')
    if not rows:
        return '<p class="facts"><em>no relations or events</em></p>'
    return ('<table class="facts"><thead><tr><th>fact</th><th>trigger</th><th>who, what, where, when</th></tr>'
            '</thead><tbody>' + "".join(rows) + "</tbody></table>")
