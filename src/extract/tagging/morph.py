"""slovnet morphology as a spaCy component: `token.pos_` and `token.morph` (UD tags)."""

from __future__ import annotations

from spacy.language import Language

from . import models
from .batching import SlovnetStage, run_model
from .flat import FlatMorph


class SlovnetMorph(SlovnetStage):
    def tag(self, batch):
        for doc, idx, tags in run_model(self.model, batch, lambda doc, idx: [doc[i].text for i in idx]):
            for i, (pos, feats) in zip(idx, tags):
                token = doc[i]
                token.pos_ = pos
                if feats:
                    token.set_morph(feats)


@Language.factory("slovnet_morph", default_config={"batch_size": 32})
def make_morph(nlp, name, batch_size: int):
    return SlovnetMorph(FlatMorph(models.morph_model()))
