"""`extract report`: one self-contained HTML page of a batch's records — no network, no server.

    extract report out.jsonl -o report.html                      # records written with --with-text
    extract report out.jsonl --input dump.jsonl -o report.html   # texts from the original input, by id

The page has a summary (counts, the people, organisations and countries in most articles, the event
timeline and who met whom, as inline SVG) and, for each article, its highlighted text beside its
records. A search box (a few lines of plain JS) filters the articles by entity name; `#q=name` in
the address pre-fills it.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections import Counter
from html import escape
from pathlib import Path

from .render import COLORS, EVENT_COLOR, LABELS, render, render_facts

TOP = 10

STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; background: #fff;
       margin: 0; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #e5e7eb; padding: .6rem 1.5rem;
         display: flex; gap: 1rem; align-items: center; z-index: 1; }
header h1 { font-size: 1.2rem; margin: 0; }
#q { flex: 0 1 24rem; font: inherit; padding: .3rem .6rem; border: 1px solid #9ca3af; border-radius: .4rem; }
#shown { color: #4b5563; }
main { padding: 0 1.5rem 3rem; max-width: 1400px; }
h2 { border-bottom: 2px solid #111827; padding-bottom: .2rem; margin-top: 1.6rem; }
.counts { display: flex; flex-wrap: wrap; gap: .6rem; }
.count { border: 1px solid #d1d5db; border-radius: .5rem; padding: .4rem .8rem; }
.count b { font-size: 1.3rem; display: block; }
.tops { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.tops ol { padding-left: 1.4rem; margin: .3rem 0; }
.chip { cursor: pointer; text-decoration: underline dotted; }
.chip:hover { background: #fef3c7; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.figures svg { max-width: 100%; height: auto; }
.doc { border: 1px solid #d1d5db; border-radius: .6rem; padding: .3rem 1rem 1rem; margin: 1rem 0; }
.doc h3 { margin: .5rem 0; font-size: 1rem; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.2rem; }
.records h4 { margin: .6rem 0 .2rem; font-size: .9rem; color: #374151; }
.records ul { margin: 0; padding-left: 1.1rem; }
.facts { border-collapse: collapse; font-size: .9rem; width: 100%; }
.facts td, .facts th { border-top: 1px solid #e5e7eb; padding: .2rem .4rem; text-align: left; vertical-align: top; }
.error { color: #b91c1c; }
.legend mark { padding: .1rem .4rem; border-radius: .3rem; margin-right: .3rem; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
"""

SCRIPT = """
// filter the articles by entity name; while a filter is on, the corpus summary steps aside
const q = document.getElementById('q'), docs = [...document.querySelectorAll('.doc')];
const summary = document.getElementById('summary');
function filter() {
  const v = q.value.trim().toLowerCase();
  let n = 0;
  for (const d of docs) { const hit = !v || d.dataset.entities.includes(v); d.hidden = !hit; n += hit; }
  summary.hidden = !!v;
  document.getElementById('shown').textContent = n + ' of ' + docs.length + ' articles';
}
q.addEventListener('input', filter);
for (const c of document.querySelectorAll('.chip'))
  c.addEventListener('click', () => { q.value = c.dataset.q; filter(); window.scrollTo(0, 0); });
const h = new URLSearchParams(location.hash.slice(1)).get('q');  // a shared link: report.html#q=name
if (h) q.value = h;
filter();
"""


def _texts_match(article, text: str) -> bool:
    """The text the records were made from: every mention's offsets land on its words."""
    return all(text[m.start:m.end] == m.text for e in article.entities for m in e.mentions)


def attach_texts(articles, inputs, text_field="text", id_field="id") -> list[str]:
    """Give Articles without text their input text, joined by id; notes for texts that do not match.

    The input goes through the same reading and cleaning as in the run (decoding, HTML stripping), so
    the offsets of the records land on the text shown."""
    from ..io.readers import read_documents
    from ..text.checks import InputError, check_text
    wanted = {a.id: a for a in articles if a.text is None}
    notes = []
    for doc in read_documents(inputs, text_field=text_field, id_field=id_field):
        art = wanted.get(str(doc.get(id_field)))
        if art is None:
            continue
        try:
            text, _ = check_text(doc.get(text_field))
        except InputError:  # the run could not read it either: its record has the error
            continue
        if _texts_match(art, text):
            art.text = text
        else:
            notes.append(f"{art.id}: the input text does not match the records' offsets; shown without it")
    return notes


def _svg(draw, frames, size: tuple) -> str:
    """A matplotlib drawing as inline SVG (glyphs as paths: no fonts to fetch)."""
    from matplotlib.figure import Figure
    fig = Figure(figsize=size)
    draw(frames, ax=fig.add_subplot())
    buf = io.StringIO()
    # no RDF metadata block (creator, date): the page stays small and the same for the same records
    fig.savefig(buf, format="svg", facecolor="white", bbox_inches="tight",
                metadata={"Creator": None, "Date": None, "Format": None, "Type": None})
    svg = buf.getvalue()
    return svg[svg.find("<svg"):]


def _summary(articles, frames, table) -> str:
    from ..records import ENTITY_TYPES, EVENT_TYPES
    errors = sum(1 for a in articles if a.error)
    ent_types = Counter(frames.entities["type"]) if len(frames.entities) else Counter()
    ev_types = Counter(frames.events["type"]) if len(frames.events) else Counter()
    counts = [("articles", len(articles)), ("with errors", errors), ("entities", len(frames.entities)),
              ("relations", len(frames.relations)), ("events", len(frames.events))]
    counts += [(LABELS.get(t, t).lower(), ent_types[t]) for t in ENTITY_TYPES if ent_types[t]]
    counts += [(t.lower(), ev_types[t]) for t in EVENT_TYPES if ev_types[t]]
    boxes = "".join(f'<div class="count"><b>{n}</b>{escape(label)}</div>' for label, n in counts)
    tops = []
    for type_, title in (("PERSON", "People"), ("ORGANIZATION", "Organisations"), ("COUNTRY", "Countries")):
        rows = table[table["type"] == type_].head(TOP)
        items = "".join(f'<li><span class="chip" data-q="{escape(r["name"].lower())}">{escape(r["name"])}</span> '
                        f'<small>({r["articles"]} art., {r["mentions"]} mentions)</small></li>'
                        for _, r in rows.iterrows())
        tops.append(f"<div><h3>{title}</h3><ol>{items or '<li><em>none</em></li>'}</ol></div>")
    from .plot import edges, network, points, timeline
    dated = points(frames)
    figures = [_svg(timeline, frames, (10, 1.6 + 0.7 * dated["type"].nunique())) if len(dated)
               else "<p><em>no dated events</em></p>"]
    if len(edges(frames)):
        figures.append(_svg(network, frames, (6, 5.5)))
    figures = '<div class="figures">' + "".join(f"<div>{f}</div>" for f in figures) + "</div>"
    legend = "".join(f'<mark style="background:{COLORS[l]}">{l}</mark>' for l in COLORS) + \
        f'<mark style="background:{EVENT_COLOR}">EVENT</mark>'
    return (f'<section id="summary"><h2>Summary</h2><div class="counts">{boxes}</div>'
            f'<div class="tops">{"".join(tops)}</div><h3>Events</h3>{figures}'
            f'<p class="legend">Highlights: {legend}</p></section>')


def _article(art) -> str:
    names = " | ".join(sorted({e.name.lower() for e in art.entities}))
    if art.error:
        body = f'<p class="error">{escape(art.error.get("type", ""))}: {escape(art.error.get("message", ""))}</p>'
        return f'<article class="doc" data-entities=""><h3>{escape(art.id)}</h3>{body}</article>'
    groups = []
    for type_ in LABELS:
        ents = [e for e in art.entities if e.type == type_]
        if ents:
            items = "".join(f'<li><span class="chip" data-q="{escape(e.name.lower())}">{escape(e.name)}</span>'
                            f' <small>×{len(e.mentions)}</small></li>' for e in ents)
            groups.append(f"<h4>{LABELS[type_]}</h4><ul>{items}</ul>")
    records = "".join(groups) + "<h4>Relations and events</h4>" + render_facts(art)
    if art.warnings:
        records += '<h4>Warnings</h4><ul class="warnings">' + "".join(
            f"<li>{escape(w)}</li>" for w in art.warnings) + "</ul>"
    return (f'<article class="doc" data-entities="{escape(names)}"><h3>{escape(art.id)}</h3>'
            f'<div class="cols"><div class="text">{render(art)}</div><aside class="records">{records}</aside></div>'
            f'</article>')


def build(articles, title: str = "extract report", max_articles: int | None = 500, notes=()) -> str:
    """The report page for `articles` (Articles with `.text` where available) as one HTML string."""
    from .consolidate import consolidate
    from .frames import frames as make_frames
    articles = list(articles)
    frames = make_frames(articles)
    table = consolidate(frames)
    shown = articles if max_articles is None else articles[:max_articles]
    more = len(articles) - len(shown)
    notes = list(notes) + ([f"{more} more articles are counted in the summary but not shown"] if more else [])
    note_html = "".join(f"<li>{escape(n)}</li>" for n in notes)
    return (f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>'
            f'<body><header><h1>{escape(title)}</h1>'
            f'<input id="q" type="search" placeholder="filter by entity, e.g. a name" aria-label="filter by entity">'
            f'<span id="shown"></span></header><main>{_summary(articles, frames, table)}'
            + (f'<ul class="notes">{note_html}</ul>' if notes else "")
            + '<section id="articles"><h2>Articles</h2>' + "".join(_article(a) for a in shown)
            + f"</section></main><script>{SCRIPT}</script></body></html>")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="extract report",
                                description="A self-contained HTML page of extract's output: summary, timeline, "
                                            "and each article's highlighted text beside its records.")
    p.add_argument("outputs", nargs="+", metavar="OUTPUT", help="extract's output: JSONL file(s) or Parquet folder(s)")
    p.add_argument("-o", "--output", default="report.html", help="the HTML file to write (default: report.html)")
    p.add_argument("--input", nargs="+", default=[], metavar="INPUT",
                   help="the original input (.txt/.jsonl) for records written without --with-text; joined by id")
    p.add_argument("--text-field", default="text", help="JSONL field of --input holding the text (default: text)")
    p.add_argument("--id-field", default="id", help="JSONL field of --input holding the id (default: id)")
    p.add_argument("--title", default="extract report")
    p.add_argument("--max-articles", type=int, default=500,
                   help="articles shown in full (all are counted in the summary; default 500)")
    return p


def main(argv=None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    for path in args.outputs + args.input:
        if not Path(path).exists():
            parser.error(f"no such file: {path}")
    try:
        import matplotlib  # noqa: F401
        import pandas  # noqa: F401
    except ImportError as e:
        print(f"extract report needs the 'explore' extra (pip install 'extract[explore]'): {e}", file=sys.stderr)
        return 2
    matplotlib.use("Agg")
    from .read import OutputError, read
    try:
        articles = [a for path in args.outputs for a in read(path)]
    except OutputError as e:
        print(f"extract report: {e}", file=sys.stderr)
        return 2
    notes = attach_texts(articles, args.input, args.text_field, args.id_field) if args.input else []
    missing = sum(1 for a in articles if a.text is None and not a.error)
    if missing:
        notes.append(f"{missing} articles have no text (write the output with --with-text, or pass --input)")
    html = build(articles, title=args.title, max_articles=args.max_articles, notes=notes)
    Path(args.output).write_text(html, encoding="utf-8")
    print(f"extract report: {len(articles)} articles → {args.output}", file=sys.stderr)
    return 0
