"""Quality of extract on annotated data, scored by the shared scorer, natasha beside it.

    python benchmarks/quality.py ../shared/data/factru-dev.jsonl [--baseline natasha]
    python benchmarks/quality.py ../shared/data/nerel-dev.jsonl --baseline natasha --all

Runs the pipeline on each document's id and text only (never its annotation), writes the
predictions to benchmarks/out/, scores them with ../shared/eval/score.py and prints precision,
recall and F1 per measure. NEREL never annotates reported speech, so the contract-like event rows
are printed twice: as scored, and scored without STATEMENT events (marked «no STATEMENT»).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"

# the rows the issues' quality bars name, first; --all prints every row
KEY_ROWS = [
    "factru.ner.exact.PER", "factru.ner.exact.ORG", "factru.ner.exact.LOC",
    "factru.ner_extra.POSITION+RANK~job.overlap",
    "factru.facts.who_position", "factru.facts.who_where", "factru.facts.meeting_pairs",
    "nerel.ner.exact.PER", "nerel.ner.exact.ORG", "nerel.ner.exact.LOC",
    "nerel.ner_extra.POSITION.overlap", "nerel.ner_extra.DATE.overlap",
    "nerel.relations.WORKS_AS", "nerel.relations.WORKPLACE",
    "nerel.events.trigger_contract_like", "nerel.events.participant_contract_like",
    "nerel.events.trigger_contract_like (no STATEMENT)", "nerel.events.participant_contract_like (no STATEMENT)",
]


def load_docs(path: Path, limit: int | None):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs.append({"id": d["id"], "text": d["text"]})  # id and text only
                if limit and len(docs) >= limit:
                    break
    return docs


def predict_extract(docs, workers: int):
    import extract
    ex = extract.Extractor()
    return [a.to_dict() for a in ex.pipe(docs, n_process=workers)]


def predict_natasha(docs):
    sys.path.insert(0, str(HERE))
    from natasha_baseline import natasha_article
    return [natasha_article(d["id"], d["text"]) for d in docs]


def score(scorer: Path, gold: Path, preds: list[dict], out: Path) -> dict:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    # score only the documents predicted (a --limit run): a filtered gold file beside the predictions
    ids = {p["id"] for p in preds}
    gold_sub = out.with_suffix(".gold.jsonl")
    with open(gold, encoding="utf-8") as fin, open(gold_sub, "w", encoding="utf-8") as fout:
        for line in fin:
            if line.strip() and json.loads(line)["id"] in ids:
                fout.write(line)
    res = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_sub), "--pred", str(out), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


# NEREL never annotates reported speech, so every STATEMENT trigger and speaker is a false
# positive of the contract-like event rows; these rows are also printed scored without them
UNSCORED_BY_NEREL = {"STATEMENT"}
EVENT_ROWS = ["nerel.events.trigger_contract_like", "nerel.events.participant_contract_like"]


def without_statements(scorer: Path, gold: Path, preds: list[dict], out: Path) -> dict:
    """The contract-like event rows for predictions without the event types NEREL never annotates."""
    kept = [dict(p, events=[e for e in p.get("events") or [] if e.get("type") not in UNSCORED_BY_NEREL])
            for p in preds]
    rows = flatten(score(scorer, gold, kept, out))
    return {f"{k} (no STATEMENT)": rows[k] for k in EVENT_ROWS if k in rows}


def flatten(res, prefix=""):
    """{'a.b.c': {'p','r','f1',...}} for every leaf measure."""
    rows = {}
    if isinstance(res, dict) and {"p", "r", "f1"} <= set(res):
        rows[prefix.rstrip(".")] = res
        return rows
    if isinstance(res, dict):
        for k, v in res.items():
            rows.update(flatten(v, f"{prefix}{k}."))
    return rows


def fmt(r):
    if r is None:
        return f"{'':>23}"
    return f"{r['p']:.3f} {r['r']:.3f} {r['f1']:.3f} ({r.get('n_gold', '?'):>4})"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="+", type=Path, help="annotated JSONL file(s) from ../shared/data")
    ap.add_argument("--baseline", choices=["natasha"], help="also run bare natasha and print it beside")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--all", action="store_true", help="print every measure, not only the key ones")
    ap.add_argument("--out", type=Path, default=HERE / "out")
    args = ap.parse_args(argv)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    for gold in args.data:
        docs = load_docs(gold, args.limit)
        t = time.time()
        preds = predict_extract(docs, args.workers)
        took = time.time() - t
        ours = flatten(score(args.scorer, gold, preds, args.out / f"{gold.stem}.extract.jsonl"))
        if any(k.startswith("nerel.events.") for k in ours):
            ours.update(without_statements(args.scorer, gold, preds, args.out / f"{gold.stem}.extract-no-statement.jsonl"))
        base = {}
        if args.baseline:
            base = flatten(score(args.scorer, gold, predict_natasha(docs), args.out / f"{gold.stem}.natasha.jsonl"))
        print(f"\n{gold.name}: {len(docs)} documents, extract took {took:.1f} s")
        print(f"{'measure':<56} {'extract  P     R     F1   (gold)':<30} {'natasha  P     R     F1' if base else ''}")
        names = sorted(ours) if args.all else [k for k in KEY_ROWS if k in ours]
        for name in names:
            print(f"{name:<56} {fmt(ours.get(name)):<30} {fmt(base.get(name)) if base else ''}")


if __name__ == "__main__":
    main()
