"""Loads natasha's slovnet models and navec embeddings once per process (flat.py runs them).

The model files ship inside the natasha wheel (natasha/data/). We locate them without importing
natasha itself: natasha's package import pulls in pymorphy2 and its MorphVocab needs
pkg_resources, neither of which we want on the import path.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

EMBEDDING = "emb/navec_news_v1_1B_250K_300d_100q.tar"
MORPH = "model/slovnet_morph_news_v1.tar"
SYNTAX = "model/slovnet_syntax_news_v1.tar"
NER = "model/slovnet_ner_news_v1.tar"


@lru_cache(maxsize=1)
def natasha_data() -> Path:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("natasha is not installed: its wheel carries the slovnet models extract uses")
    path = Path(list(spec.submodule_search_locations)[0]) / "data"
    if not (path / EMBEDDING).is_file():
        raise FileNotFoundError(f"natasha's model files are missing under {path}")
    return path


@lru_cache(maxsize=1)
def embedding():
    from navec import Navec
    return Navec.load(str(natasha_data() / EMBEDDING))


def _with_navec(model):
    """The model on the shared navec embeddings, and on navec's own copy of the 250,000-word
    vocabulary: each slovnet model file carries the same list, and three more copies of it (with
    their word -> id dicts) cost ~55 MB in every worker process."""
    model = model.navec(embedding())
    words, shared = model.infer.encoder.words_vocab, embedding().vocab
    if words.items == shared.words:
        words.items, words.item_ids = shared.words, shared.word_ids
    return model


@lru_cache(maxsize=1)
def morph_model():
    from slovnet import Morph
    return _with_navec(Morph.load(str(natasha_data() / MORPH)))


@lru_cache(maxsize=1)
def syntax_model():
    from slovnet import Syntax
    return _with_navec(Syntax.load(str(natasha_data() / SYNTAX)))


@lru_cache(maxsize=1)
def ner_model():
    from slovnet import NER as SlovnetNER
    return _with_navec(SlovnetNER.load(str(natasha_data() / NER)))
