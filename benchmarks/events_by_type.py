"""Event rows of the shared scorer per event type: which types cost precision on a dataset.

    python benchmarks/quality.py ../shared/data/nerel-dev.jsonl        # writes benchmarks/out/
    python benchmarks/events_by_type.py benchmarks/out/nerel-dev.extract.jsonl

Re-scores the predictions quality.py wrote, keeping only the events of one type (or a set of
types) at a time; entities and relations are kept as they are. NEREL annotates meetings,
visits, signings and appointments as EVENT mentions but not reported speech, so every STATEMENT
trigger counts as a false positive in `events.trigger_contract_like`: this script shows the rows
with and without it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"
SELECTIONS = [
    ("all types", None),
    ("MEETING+VISIT+SIGNING", {"MEETING", "VISIT", "SIGNING"}),
    ("all but STATEMENT", {"MEETING", "VISIT", "SIGNING", "APPOINTMENT"}),
    ("MEETING", {"MEETING"}), ("VISIT", {"VISIT"}), ("SIGNING", {"SIGNING"}),
    ("APPOINTMENT", {"APPOINTMENT"}), ("STATEMENT", {"STATEMENT"}),
]
ROWS = ("trigger_contract_like", "participant_contract_like", "trigger", "place", "time")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path, help="predictions written by quality.py (X.extract.jsonl)")
    ap.add_argument("--gold", type=Path, help="gold JSONL (default: the X.extract.gold.jsonl beside pred)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = ap.parse_args(argv)
    gold = args.gold or args.pred.with_suffix(".gold.jsonl")
    arts = [json.loads(line) for line in open(args.pred, encoding="utf-8") if line.strip()]
    print(f"{'events kept':24s} " + " ".join(f"{r:>28s}" for r in ROWS[:2]))
    for name, types in SELECTIONS:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
            for a in arts:
                b = dict(a, events=[e for e in a["events"] if types is None or e["type"] in types])
                f.write(json.dumps(b, ensure_ascii=False) + "\n")
        res = subprocess.run([sys.executable, str(args.scorer), "--gold", str(gold), "--pred", f.name, "--json"],
                             capture_output=True, text=True, check=True)
        Path(f.name).unlink()
        ev = json.loads(res.stdout)["nerel"]["events"]
        cells = [f"P {ev[r]['p']:.3f} R {ev[r]['r']:.3f} F {ev[r]['f1']:.3f}" for r in ROWS[:2]]
        print(f"{name:24s} " + " ".join(f"{c:>28s}" for c in cells))


if __name__ == "__main__":
    main()
