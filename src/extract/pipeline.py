"""Assembles the spaCy Language from the stages, in order; nothing else.

    razdel tokenizer → layout → slovnet morph → pymorphy3 lemmas → slovnet syntax → slovnet NER
    → entities (countries, places, organisations, people, ranks and posts, dates, documents)
    → coreference → facts (references, occupation, located_in, statements, meetings, visits, signings,
      appointments)
    → event groups (the records of one happening share a number)
"""

from __future__ import annotations

from functools import lru_cache

import spacy

from . import extensions  # noqa: F401  (registers the Doc._ attributes)
from .entities import coreference, countries, dates, documents, organisations, people, places, ranks_posts  # noqa: F401
from .facts import (appointments, event_groups, located_in, meetings, occupation, references,  # noqa: F401
                    signings, statements, visits)
from .tagging import lemma, morph, ner, syntax  # noqa: F401
from .text import layout  # noqa: F401
from .text import tokenizer  # noqa: F401  (registers the razdel tokenizer)

TAGGING = ("article_layout", "slovnet_morph", "pymorphy_lemmatizer", "slovnet_syntax", "slovnet_ner")
ENTITIES = ("countries", "places", "organisations", "people", "ranks_posts", "dates", "documents", "coreference")
FACTS = ("references", "occupation", "located_in", "statements", "meetings", "visits", "signings", "appointments",
         "event_groups")
STAGES = TAGGING + ENTITIES + FACTS


def build(batch_size: int = 32, stages: tuple[str, ...] = STAGES):
    # the razdel tokenizer by name: spaCy then never builds its own Russian one (0.2 s) to replace
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "extract.razdel"}}})
    for name in stages:
        config = {"batch_size": batch_size} if name.startswith("slovnet_") else {}
        nlp.add_pipe(name, config=config)
    return nlp


@lru_cache(maxsize=4)
def load(batch_size: int = 32):
    """The process's one pipeline (models load once per process)."""
    return build(batch_size)
