"""slovnet morphology as a spaCy component: `token.pos_` and `token.morph` (UD tags)."""

from __future__ import annotations

from spacy.language import Language

from . import models
from .batching import run_model


class SlovnetMorph:
    def __init__(self, batch_size: int):
        self.model = models.morph_model(batch_size)

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 64):
        for batch in _chunks(docs, batch_size):
            for doc, idx, markup in run_model(self.model, batch, lambda doc, idx: [doc[i].text for i in idx]):
                for i, tok in zip(idx, markup.tokens):
                    token = doc[i]
                    token.pos_ = tok.pos
                    if tok.feats:
                        token.set_morph("|".join(f"{k}={v}" for k, v in sorted(tok.feats.items())))
            yield from batch


def _chunks(docs, size):
    batch = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@Language.factory("slovnet_morph", default_config={"batch_size": 32})
def make_morph(nlp, name, batch_size: int):
    return SlovnetMorph(batch_size)
