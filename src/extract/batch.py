"""`extract run`: the batch entry point, over dumps of any size.

    extract run INPUT... -o OUTPUT [--workers N] [--resume] [--format jsonl|parquet]
                [--max-chars N] [--id-field F] [--text-field F] [--dask ADDRESS|local]

Reads the inputs as a stream (io/readers.py), has worker processes run the pipeline
(parallel.py, or a Dask cluster: dask.py), writes every document's record in input order in
commits that a crash cannot corrupt (io/writers.py), and reports progress (progress.py).
Every input document yields exactly one record; one that cannot be processed has `error` set.
Exit codes: 0 done (whatever the documents' errors), 2 usage or resume errors, 1 workers that
cannot start, 130 stopped by Ctrl-C or SIGTERM (`--resume` goes on from there).
"""

from __future__ import annotations

import argparse
import faulthandler
import signal
import sys
from itertools import islice
from pathlib import Path

from .io.readers import ReaderError, check_paths, count_documents, read_documents
from .io.writers import ResumeError, make_output
from .text.checks import DEFAULT_MAX_CHARS

COMMIT_EVERY = 500   # documents per commit (and per Parquet part file)
TASK_SIZE = 16       # documents a worker takes at a time (and passes through nlp.pipe together)
# documents per worker before a fresh fork replaces it: bounds the growth of caches and spaCy's
# string store over long runs; not often, since a fresh worker starts with cold caches
RECYCLE_AFTER = 10_000
DOCUMENT_TIMEOUT = 600.0  # seconds per document: a 2 M-character text takes a few minutes, news ~0.1 s


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="extract run",
        description="Run extract over article dumps with all cores: one record per input document, in "
                    "input order, resumable after a crash.",
        epilog="Inputs: .jsonl/.jsonl.gz (one JSON object per line), .csv/.tsv (header row), .parquet, "
               "folders of .txt files (recursively; id = relative path), .txt files. Fields other than "
               "the id and text go to each record's meta.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", required=True,
                   help="OUT.jsonl (OUT.jsonl.gz: compressed), or a folder for --format parquet")
    p.add_argument("--format", choices=("jsonl", "parquet"),
                   help="jsonl (default) or parquet: a folder with articles, entities, mentions, relations "
                        "and events tables")
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: all cores); each loads the models once")
    p.add_argument("--resume", action="store_true",
                   help="go on with an interrupted run into the same output: documents already written are "
                        "skipped")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                   help=f"longer texts get a too_long error record, not cut (default {DEFAULT_MAX_CHARS:,})")
    p.add_argument("--text-field", default="text", help="field holding the text (default: text)")
    p.add_argument("--id-field", default="id",
                   help="field holding the id (default: id; without one: FILE:LINE or FILE:row N)")
    p.add_argument("--timeout", type=float, default=DOCUMENT_TIMEOUT,
                   help=f"seconds a worker may spend per document before it is killed; the document is "
                        f"retried alone, then recorded as an error (default {DOCUMENT_TIMEOUT:g}; 0: none)")
    p.add_argument("--recycle-after", type=int, default=RECYCLE_AFTER,
                   help=f"documents a worker process handles before a fresh one replaces it, which keeps "
                        f"memory flat over long runs (default {RECYCLE_AFTER}; 0: never)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a "
                        "LocalCluster of --workers processes; needs extract[dask]")
    p.add_argument("--commit-every", type=int, default=COMMIT_EVERY,
                   help=f"documents per commit / Parquet part file (default {COMMIT_EVERY})")
    p.add_argument("--batch-size", type=int, default=TASK_SIZE, help=argparse.SUPPRESS)
    p.add_argument("--log-every", type=float, default=30.0,
                   help="seconds between progress lines when stderr is not a terminal (default 30)")
    return p


def _chunked(items, size):
    """Lists of `size` items; the first ones smaller (1, 2, 4, ...) so that the first record comes
    as soon as the models are loaded, not after a whole chunk."""
    buf, limit = [], 1
    for item in items:
        buf.append(item)
        if len(buf) >= limit:
            yield buf
            buf, limit = [], min(size, limit * 2)
    if buf:
        yield buf


class _Stop:
    """First Ctrl-C / SIGTERM: stop after the documents in hand, committed. Second: at once."""

    def __init__(self):
        self.requested = False

    def __call__(self, signum, frame):
        # no printing here: the handler may interrupt a write to stderr (the main loop says it)
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def install(self):
        signal.signal(signal.SIGINT, self)
        signal.signal(signal.SIGTERM, self)


def main(argv=None) -> int:
    ap = parser()
    args = ap.parse_args(argv)
    try:
        check_paths(args.inputs)
    except ReaderError as e:
        ap.error(str(e))
    if args.resume and "-" in args.inputs:
        ap.error("--resume cannot re-read stdin; give the input as a file")
    if args.workers is not None and args.workers < 1:
        ap.error("--workers must be at least 1")
    if args.commit_every < 1 or args.batch_size < 1:
        ap.error("--commit-every must be at least 1")

    from .parallel import WorkersFailed, default_workers, ordered_map
    from .progress import Progress, count_in_background

    workers = args.workers or default_workers()
    run = {"inputs": [p if p == "-" else str(Path(p).resolve()) for p in args.inputs],
           "text_field": args.text_field, "id_field": args.id_field, "max_chars": args.max_chars}
    output = make_output(args.output, args.format, {**run, "format": args.format or "jsonl"})
    try:
        done = output.open(args.resume)
    except (ResumeError, ValueError, OSError) as e:
        print(f"extract run: {e}", file=sys.stderr)
        return 2
    if done is None:
        print(f"extract run: {args.output} is already complete; nothing to resume", file=sys.stderr)
        return 0

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # `kill -USR1 PID`: where is it now?
    progress = Progress(done=done, every=args.log_every)
    stop = _Stop()
    if done:
        progress.note(f"resuming after the {done:,} documents already written to {args.output}")
    count_in_background(lambda: count_documents(args.inputs, args.text_field, args.id_field), progress)
    from .io.readers import unpack
    items = (unpack(d, args.text_field, args.id_field)
             for d in islice(read_documents(args.inputs, args.text_field, args.id_field), done, None))
    options = {"batch_size": args.batch_size, "max_chars": args.max_chars}
    chunks = _chunked(items, args.batch_size)
    if args.dask:
        from .dask import ordered_map_on_cluster
        results = ordered_map_on_cluster(chunks, args.dask, workers, options, events=progress.event)
    else:
        results = ordered_map(chunks, workers, options, events=progress.event, preload=True,
                              stop=lambda: stop.requested, timeout=args.timeout or None,
                              recycle_after=args.recycle_after or None)

    stop.install()
    outcome, code = "done", 0
    try:
        for chunk in results:
            for result in chunk:
                output.write([result[0]])
                if (output.documents + output.pending()) % args.commit_every == 0:
                    output.commit()
            progress.update(chunk)
            if stop.requested:
                break
        if stop.requested:
            progress.note("stopping: what is done is committed")
            outcome, code = "stopped (extract run ... --resume goes on from here)", 130
            results.close()
            output.close(complete=False)
        else:
            output.close(complete=True)
    except KeyboardInterrupt:
        outcome, code = "stopped at once (extract run ... --resume goes on from the last commit)", 130
        results.close()
    except (WorkersFailed, OSError, EOFError) as e:  # workers that cannot start, a full disk...
        outcome, code = f"failed: {e}", 1
        results.close()
        try:
            output.close(complete=False)
        except OSError:
            pass
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    progress.close(outcome, output=args.output)
    return code


if __name__ == "__main__":
    sys.exit(main())
