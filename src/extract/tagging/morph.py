"""slovnet morphology as a spaCy component: `token.pos_` and `token.morph` (UD tags)."""

from __future__ import annotations

import numpy
from spacy.attrs import MORPH, POS
from spacy.language import Language

from . import models
from .batching import SlovnetStage, run_model
from .flat import FlatMorph


class SlovnetMorph(SlovnetStage):
    def __init__(self, model):
        super().__init__(model)
        self.ids: dict = {}  # (POS, features) -> (POS id, morphology hash)

    def tag(self, batch):
        arrays = {id(doc): numpy.zeros((len(doc), 2), dtype="uint64") for doc in batch}
        for doc, idx, tags in run_model(self.model, batch):
            arr = arrays[id(doc)]
            for i, tag in zip(idx, tags):
                ids = self.ids.get(tag)
                if ids is None:
                    pos, feats = tag
                    ids = self.ids[tag] = (doc.vocab.strings.add(pos), doc.vocab.morphology.add(feats) if feats else 0)
                arr[i] = ids
        for doc in batch:  # one write per Doc, no spaCy Token per word
            if len(doc):
                doc.from_array([POS, MORPH], arrays[id(doc)])


@Language.factory("slovnet_morph", default_config={"batch_size": 32})
def make_morph(nlp, name, batch_size: int):
    return SlovnetMorph(FlatMorph(models.morph_model()))
