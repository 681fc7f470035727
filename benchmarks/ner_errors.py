"""NER errors of a prediction file, listed for reading: what was missed, what was wrong.

    python benchmarks/ner_errors.py ../shared/data/factru-dev.jsonl benchmarks/out/factru-dev.extract.jsonl
    python benchmarks/ner_errors.py ../shared/data/nerel-dev.jsonl benchmarks/out/nerel-dev.extract.jsonl \
        --cls ORG --kind fp --counts

Matches predictions to gold exactly as ../shared/eval/score.py does (its own functions, exact
mode) and prints each false negative (FN) and false positive (FP) with its context, or with
--counts the most frequent error texts. For studying errors on dev/train data; it changes nothing.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def factru_errors(sc, doc, pred):
    tokidx = sc._token_index(doc)
    gold = sc.factru_ner_gold(doc)
    preds = [{"cls": c, "span": (s, e), "toks": sc._pred_tokens(tokidx, s, e), "type": t}
             for c, s, e, t in sorted({(sc.PRED_NER[t], s, e, t) for t, s, e in pred.mentions_of_types(sc.PRED_NER)},
                                      key=lambda x: (x[1], x[2]))]

    def match(p, g):
        if p["cls"] not in g["classes"] or not p["toks"]:
            return False
        gs, ge = g["span"]
        return g["required"] <= p["toks"] and all(gs <= a and b <= ge for a, b in p["toks"])

    scored = [g for g in gold if g["scored"]]
    ignorable = [g for g in gold if not g["scored"]]
    adj = []
    for p in preds:
        own = [j for j, g in enumerate(scored) if g["cls"] == p["cls"] and match(p, g)]
        other = [j for j, g in enumerate(scored) if g["cls"] != p["cls"] and match(p, g)]
        adj.append(own + other)
    m = sc.max_matching(len(preds), adj)
    hit = set(m.values())
    for j, g in enumerate(scored):
        if j not in hit:
            near = [p for p in preds if sc.overlaps(p["span"], g["span"])]
            yield "fn", g["cls"], g["span"], near
    for i, p in enumerate(preds):
        if i not in m and not any(match(p, g) for g in ignorable):
            near = [g for g in gold if sc.overlaps(p["span"], g["span"])]
            yield "fp", p["cls"], p["span"], near


def nerel_errors(sc, doc, pred):
    text = doc["text"]
    gold = {}
    for e in doc.get("entities") or []:
        cls = sc.NEREL_NER.get(e["type"])
        if cls:
            cover, _ = sc.gold_entity_spans(e)
            gold.setdefault((cls, sc.trim_span(text, *cover)), e["type"])
    preds = {(sc.PRED_NER[t], sc.trim_span(text, s, e)): t for t, s, e in pred.mentions_of_types(sc.PRED_NER)}
    for (cls, span), t in gold.items():
        if (cls, span) not in preds:
            yield "fn", cls, span, [(c, s, preds[(c, s)]) for c, s in preds if sc.overlaps(s, span)]
    for (cls, span), t in preds.items():
        if (cls, span) not in gold:
            yield "fp", cls, span, [(c, s, gold[(c, s)]) for c, s in gold if sc.overlaps(s, span)]


def describe(text, near):
    out = []
    for x in near:
        if isinstance(x, dict):
            s, e = x["span"]
            out.append(f"{x.get('type') or x['cls']}:{text[s:e]!r}")
        else:
            c, (s, e), t = x
            out.append(f"{t}:{text[s:e]!r}")
    return "; ".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--cls", choices=["PER", "ORG", "LOC"])
    ap.add_argument("--kind", choices=["fn", "fp"])
    ap.add_argument("--counts", action="store_true", help="most frequent error texts instead of a list")
    args = ap.parse_args(argv)
    sc = load_scorer(args.scorer)
    preds = {a["id"]: a for a in read_jsonl(args.pred)}
    counts = collections.Counter()
    warn = collections.Counter()
    for doc in read_jsonl(args.gold):
        if doc["id"] not in preds:
            continue
        text = doc["text"]
        pred = sc.PredDoc(preds[doc["id"]], text, warn)
        errors = factru_errors(sc, doc, pred) if doc.get("source") == "factru" else nerel_errors(sc, doc, pred)
        for kind, cls, (s, e), near in errors:
            if (args.cls and cls != args.cls) or (args.kind and kind != args.kind):
                continue
            if args.counts:
                counts[(kind, cls, text[s:e])] += 1
                continue
            ctx = text[max(0, s - 40):s] + "[" + text[s:e] + "]" + text[e:e + 40]
            print(f"{doc['id']}\t{kind}\t{cls}\t{text[s:e]!r}\t{describe(text, near)}\t{ctx!r}")
    for (kind, cls, t), n in counts.most_common():
        print(f"{n}\t{kind}\t{cls}\t{t}")


if __name__ == "__main__":
    main()
