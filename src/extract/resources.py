"""Where the data the package ships lives, and how a lexicon file is read.

Lexicons are the files of the repository's top-level `models/`; a wheel carries them as
`extract/models/`, an editable install or a source checkout reads them from `models/` itself.
Every lexicon is a UTF-8 TSV whose leading `#` lines say where its entries come from.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def models_dir() -> Path:
    for candidate in (_PACKAGE / "models", _PACKAGE.parents[1] / "models"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("extract's lexicons (models/) are not installed beside the package")


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict, ...]:
    """Rows of models/NAME as dicts keyed by the header line (the first non-comment line)."""
    with open(models_dir() / name, encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in rows)


@lru_cache(maxsize=None)
def read_list(name: str) -> tuple[str, ...]:
    """Non-comment, non-empty lines of models/NAME."""
    with open(models_dir() / name, encoding="utf-8") as f:
        return tuple(s for s in (line.strip() for line in f) if s and not s.startswith("#"))
