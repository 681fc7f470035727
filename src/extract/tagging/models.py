"""Loads natasha's slovnet models and navec embeddings once per process (flat.py runs them).

The model files ship inside the natasha wheel (natasha/data/). We locate them without importing
natasha itself: natasha's package import pulls in pymorphy2 and its MorphVocab needs
pkg_resources, neither of which we want on the import path.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
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


class Vocabulary:
    """item <-> id of a model's vocabulary; unknown items get the `<unk>` id."""

    def __init__(self, items: list[str], ids: dict | None = None):
        self.items = items
        self.ids = ids if ids is not None else {item: i for i, item in enumerate(items)}
        self.unk_id = self.ids.get("<unk>")

    def encode(self, item: str) -> int:
        return self.ids.get(item, self.unk_id)

    def decode(self, id: int) -> str:
        return self.items[id]

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class Tagger:
    """What one slovnet model file holds, ready for flat.py: the network (slovnet's modules on the
    shared navec embeddings) and its vocabularies of words, word shapes and output labels (tags,
    or syntactic relations)."""
    network: object
    words: Vocabulary
    shapes: Vocabulary
    labels: Vocabulary


def _load(name: str, network_class, labels_id: str) -> Tagger:
    """A slovnet model file read without slovnet's own executor: each file carries the same
    250,000-word list as navec, and a dict of it costs 0.1 s and ~18 MB per model, so navec's
    list and dict serve when the lists are equal."""
    from gzip import decompress

    from slovnet.exec.pack import Pack, vocab_name

    with Pack(str(natasha_data() / name)) as pack:
        pack.load_meta().check_protocol()
        network = pack.load_model(network_class)
        arrays = dict(pack.load_arrays(network.weights))
        words, shapes, labels = (decompress(pack.read(vocab_name(v))) for v in ("word", "shape", labels_id))
    network = network.inject_arrays(arrays).inject_navec(embedding())
    # compared as bytes: 250,000 strings made only to be dropped would stay in the allocator's arenas
    words = _navec_words() if words == _navec_words_bytes() else _vocabulary(words)
    return Tagger(network, words, _vocabulary(shapes), _vocabulary(labels))


def _vocabulary(packed: bytes) -> Vocabulary:
    return Vocabulary(packed.decode("utf8").splitlines())


@lru_cache(maxsize=1)
def _navec_words() -> Vocabulary:
    vocab = embedding().vocab
    return Vocabulary(vocab.words, vocab.word_ids)


@lru_cache(maxsize=1)
def _navec_words_bytes() -> bytes:
    return "\n".join(embedding().vocab.words).encode("utf8")


@lru_cache(maxsize=1)
def morph_model() -> Tagger:
    from slovnet.exec.model import Morph
    return _load(MORPH, Morph, "tag")


@lru_cache(maxsize=1)
def syntax_model() -> Tagger:
    from slovnet.exec.model import Syntax
    return _load(SYNTAX, Syntax, "rel")


@lru_cache(maxsize=1)
def ner_model() -> Tagger:
    from slovnet.exec.model import NER as NERNetwork
    return _load(NER, NERNetwork, "tag")
