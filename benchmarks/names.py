"""How well PERSON names are put in the nominative: extract's first and last name against the
normalised names the annotators wrote.

    python benchmarks/quality.py ../shared/data/factru-dev.jsonl ../shared/data/nerel-dev.jsonl
    python benchmarks/names.py benchmarks/out/factru-dev.extract.jsonl benchmarks/out/nerel-dev.extract.jsonl

Reads the predictions quality.py wrote and the gold beside them (X.extract.gold.jsonl).
- FactRuEval: every Person object with a `firstname` or `lastname` attribute;
- NEREL: every PERSON mention whose Wikidata link carries a name («Иван Петров»,
  «Петров, Иван»).
The gold person is matched to the extract PERSON entity that has a mention overlapping one of
its mentions; its `first` and `last` are then compared (case and «ё» folded) with the gold
first and last name (FactRuEval) or with the words of the Wikidata name (NEREL, where the
label's word order varies). A person extract did not find is counted apart, not as an error.
`--errors N` prints N wrong names.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path


def fold(s: str | None) -> str:
    return (s or "").lower().replace("ё", "е").strip()


def words(s: str) -> set:
    return {fold(w) for w in re.findall(r"[\w\-’']+", s or "")}


def overlapping(entities, spans):
    for e in entities:
        if e["type"] != "PERSON":
            continue
        if any(m["start"] < b and a < m["end"] for m in e["mentions"] for a, b in spans):
            return e
    return None


def factru_people(gold):
    """(mention spans, first, last) of each Person object with a normalised name."""
    mentions = {m["id"]: (m["start"], m["end"]) for m in gold.get("entities") or []}
    for obj in gold.get("coref") or []:
        attrs = obj.get("attrs") or {}
        first, last = (attrs.get("firstname") or [None])[0], (attrs.get("lastname") or [None])[0]
        if not (first or last):
            continue
        spans = [mentions[i] for i in obj.get("mention_ids") or [] if i in mentions]
        if spans:
            yield spans, {"first": first, "last": last}


def nerel_people(gold):
    """(mention span, the words of its Wikidata name) of each linked PERSON mention."""
    for e in gold.get("entities") or []:
        if e["type"] != "PERSON":
            continue
        names = [x.get("name") for x in e.get("links") or []
                 if x.get("name") and fold(x["name"]) != "нет данных"]  # «no data»: nothing to compare
        if names:
            yield [(e["start"], e["end"])], {"words": words(names[0])}


def check(entity, expected) -> list:
    """The name parts extract got wrong."""
    attrs = entity.get("attrs") or {}
    wrong = []
    for part in ("first", "last"):
        ours = fold(attrs.get(part))
        if not ours or ours.endswith("."):
            continue  # a part extract does not claim, or an initial
        if "words" in expected:
            if not words(ours) <= expected["words"]:
                wrong.append(part)
        elif expected.get(part) and words(ours) != words(expected[part]):
            wrong.append(part)
    return wrong


def score(pred_path: Path, gold_path: Path, show: int):
    golds = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                golds[d["id"]] = d
    found = missed = right = 0
    errors = []
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            gold = golds.get(art["id"])
            if gold is None:
                continue
            people = factru_people(gold) if gold.get("source") == "factru" else nerel_people(gold)
            for spans, expected in people:
                entity = overlapping(art.get("entities") or [], spans)
                if entity is None:
                    missed += 1
                    continue
                found += 1
                wrong = check(entity, expected)
                if wrong:
                    text = gold["text"]
                    errors.append((entity["name"], expected.get("words") or expected,
                                   [text[a:b] for a, b in spans][:3]))
                else:
                    right += 1
    print(f"{pred_path.name}: {found} gold people found ({missed} not found); "
          f"name right {right}/{found} = {right / max(found, 1):.3f}")
    for name, expected, texts in errors[:show]:
        print(f"    {name!r:40} expected {expected}  mentions {texts}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", nargs="+", type=Path, help="predictions written by quality.py (X.extract.jsonl)")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong names")
    args = ap.parse_args(argv)
    for pred in args.pred:
        score(pred, pred.with_suffix(".gold.jsonl"), args.errors)


if __name__ == "__main__":
    main()
