"""Progress of a batch run: a live bar on a terminal, plain log lines otherwise, a summary line.

The bar (tqdm) shows documents, documents/s, ETA and errors so far. When stderr is not a terminal
(a log file, a scheduler), a line every `every` seconds says the same in plain words. The total,
for the ETA, comes from a cheap count that runs beside the job (`count_documents`), when it can.
"""

from __future__ import annotations

import sys
import threading
import time
from datetime import timedelta


def _clock(seconds: float) -> str:
    return str(timedelta(seconds=round(seconds)))


class Progress:
    def __init__(self, done: int = 0, every: float = 30.0, stream=None, bar: bool | None = None):
        self.stream = stream or sys.stderr
        self.skipped = done          # written by an earlier run (resume)
        self.documents = 0           # this run
        self.errors = 0
        self.warnings = 0
        self.worker_deaths = 0
        self.total: int | None = None
        self.every = every
        self.started = time.monotonic()
        self.first_record: float | None = None
        self._last_log = self.started
        use_bar = self.stream.isatty() if bar is None else bar
        self._bar = None
        if use_bar:
            from tqdm import tqdm
            self._bar = tqdm(total=None, initial=done, unit="doc", file=self.stream, dynamic_ncols=True,
                             smoothing=0.1, postfix={"errors": 0})

    def set_total(self, total: int) -> None:
        self.total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def event(self, kind: str, **info) -> None:
        if kind == "worker_died":
            self.worker_deaths += 1
            self.note(f"a worker died ({info.get('cause')}); the {info.get('documents')} document(s) it held "
                      f"are retried one by one")

    def note(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(f"extract: {message}", file=self.stream)
        else:
            print(f"extract: {message}", file=self.stream, flush=True)

    def update(self, results) -> None:
        n = errors = warnings = 0
        for _, error, n_warnings in results:
            n += 1
            errors += error is not None
            warnings += n_warnings
        if n and self.first_record is None:
            self.first_record = time.monotonic() - self.started
        self.documents += n
        self.errors += errors
        self.warnings += warnings
        if self._bar is not None:
            if errors:
                self._bar.set_postfix(errors=self.errors, refresh=False)
            self._bar.update(n)
        elif time.monotonic() - self._last_log >= self.every:
            self._last_log = time.monotonic()
            print(f"extract: {self._status()}", file=self.stream, flush=True)

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.documents / elapsed if elapsed > 0 else 0.0

    def _status(self) -> str:
        done = self.skipped + self.documents
        rate = self.rate()
        of = f" / {self.total:,}" if self.total else ""
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {_clock(max(0, self.total - done) / rate)}"
        return f"{done:,}{of} documents, {rate:.1f} docs/s, {self.errors:,} errors{eta}"

    def close(self, outcome: str = "done", output: str = "") -> str:
        if self._bar is not None:
            self._bar.close()
        elapsed = time.monotonic() - self.started
        resumed = f" (after {self.skipped:,} written before)" if self.skipped else ""
        first = f", first record after {self.first_record:.1f} s" if self.first_record is not None else ""
        line = (f"extract: {outcome}: {self.documents:,} documents{resumed}, {self.errors:,} errors, "
                f"{self.warnings:,} warnings in {elapsed:.1f} s ({self.rate():.1f} docs/s{first})"
                + (f" -> {output}" if output else ""))
        print(line, file=self.stream, flush=True)
        return line


def count_in_background(count, progress: Progress) -> threading.Thread:
    """Count the input documents beside the job, for the ETA; a count that fails is no total."""
    def run():
        try:
            total = count()
        except Exception:  # noqa: BLE001 — the ETA is a nicety; the job does not depend on it
            return
        if total is not None:
            progress.set_total(total)
    thread = threading.Thread(target=run, name="extract-count", daemon=True)
    thread.start()
    return thread
