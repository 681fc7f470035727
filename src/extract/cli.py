"""The `extract` command: argument parsing only; the work happens in the modules it calls.

    extract FILE...            .txt files, JSONL (id/text fields), or - for stdin → contract JSONL
    extract run INPUT... -o OUT   the batch entry point (see batch.py)
    extract report OUT.jsonl -o report.html   a static HTML page of the records (see explore/report.py)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .io.readers import read_documents, ReaderError


def _quick_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="extract",
        description="Structured records from Russian news: people, posts, organisations, countries, "
                    "places, dates, documents, events. Writes one JSON Article per input document.",
        epilog="Sub-commands: 'extract run --help' for batch jobs.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help=".txt file (one article), .jsonl/.jsonl.gz file (one article per line), or - for stdin")
    p.add_argument("-o", "--output", help="write JSONL here instead of stdout")
    p.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    p.add_argument("--id-field", default="id", help="JSONL field holding the id (default: id)")
    p.add_argument("--pretty", action="store_true", help="indented JSON (one article per block, not JSONL)")
    p.add_argument("--with-text", action="store_true",
                   help="add each input text to its record (field 'text'), for 'extract report'")
    p.add_argument("--batch-size", type=int, default=32, help=argparse.SUPPRESS)
    return p


def quick(argv) -> int:
    parser = _quick_parser()
    args = parser.parse_args(argv)
    for f in args.files:
        if f != "-" and not Path(f).exists():
            parser.error(f"no such file: {f}")
    from .extractor import Extractor
    extractor = Extractor(batch_size=args.batch_size, text_field=args.text_field, id_field=args.id_field)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        items = read_documents(args.files, text_field=args.text_field, id_field=args.id_field)
        for article in extractor.pipe(items):
            if args.pretty:
                out.write(article.to_json(text=args.with_text, indent=2) + "\n")
            else:
                out.write(article.to_json(text=args.with_text) + "\n")
            out.flush()
    except ReaderError as e:
        print(f"extract: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "run":
        from .batch import main as run_main
        return run_main(argv[1:])
    if argv and argv[0] == "report":
        from .explore.report import main as report_main
        return report_main(argv[1:])
    return quick(argv)


if __name__ == "__main__":
    sys.exit(main())
