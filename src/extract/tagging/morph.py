"""slovnet morphology as a spaCy component: `token.pos_` and `token.morph` (UD tags)."""

from __future__ import annotations

from spacy.language import Language

from . import models
from .batching import SlovnetStage, run_model


class SlovnetMorph(SlovnetStage):
    def tag(self, batch):
        for doc, idx, markup in run_model(self.model, batch, lambda doc, idx: [doc[i].text for i in idx]):
            for i, tok in zip(idx, markup.tokens):
                token = doc[i]
                token.pos_ = tok.pos
                if tok.feats:
                    token.set_morph("|".join(f"{k}={v}" for k, v in sorted(tok.feats.items())))


@Language.factory("slovnet_morph", default_config={"batch_size": 32})
def make_morph(nlp, name, batch_size: int):
    return SlovnetMorph(models.morph_model(batch_size))
