"""Exploring extract's records: pandas frames, corpus-wide entities, highlighted text, plots, the HTML report.

    >>> from extract import explore
    >>> f = explore.frames(articles)           # .articles .entities .mentions .relations .events .roles
    >>> explore.consolidate(articles)          # one row per person / organisation / country over the corpus
    >>> explore.render(article)                # highlighted text as HTML (displacy)

`render` needs spaCy only; the rest needs the `explore` extra (pandas; matplotlib for `extract.plot`).
"""

from .render import render, render_facts

try:
    from .consolidate import consolidate
    from .frames import Frames, frames
    from .read import read
except ImportError as _missing:  # no pandas: rendering still works, the tables say what to install
    _why = _missing

    def _needs_pandas(*args, **kwargs):
        raise ImportError(f"this needs the 'explore' extra (pip install 'extract[explore]'): {_why}")

    consolidate = frames = read = _needs_pandas

__all__ = ["frames", "read", "consolidate", "render", "render_facts"]
