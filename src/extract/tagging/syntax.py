"""slovnet dependency syntax as a spaCy component: `token.head`, `token.dep_`.

The parse is written with one `Doc.from_array` call. A razdel sentence whose parse has several
roots (or was cut into pieces for the model) gets its extra roots attached to the first one as
`parataxis`, so the sentences spaCy derives from the tree stay the razdel sentences. Whitespace
tokens hang on their neighbour.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language

from . import models
from .batching import SlovnetStage, run_model
from .flat import FlatSyntax


class SlovnetSyntax(SlovnetStage):
    def tag(self, batch):
        parses = {id(doc): ({}, {}) for doc in batch}
        for doc, idx, parse in run_model(self.model, batch):
            heads, rels = parses[id(doc)]
            for i, (h, rel) in zip(idx, parse):
                heads[i] = idx[h - 1] if h > 0 else i
                rels[i] = rel if h > 0 else "ROOT"
        for doc in batch:
            _write(doc, *parses[id(doc)])


def _write(doc, heads, rels):
    if not len(doc):
        return
    for sent in doc.sents:
        roots = [t.i for t in sent if t.i in heads and heads[t.i] == t.i]
        for r in roots[1:]:
            heads[r], rels[r] = roots[0], "parataxis"
    for t in doc:
        if t.i not in heads:  # whitespace: attach to the previous token, or the next at the start
            heads[t.i] = t.i - 1 if t.i > 0 else _first_word(doc)
            rels[t.i] = "dep" if heads[t.i] != t.i else "ROOT"
    arr = numpy.zeros((len(doc), 2), dtype="uint64")
    for i in range(len(doc)):
        arr[i, 0] = numpy.int64(heads[i] - i).astype("uint64")
        arr[i, 1] = doc.vocab.strings.add(rels[i])
    doc.from_array([HEAD, DEP], arr)


def _first_word(doc):
    return next((t.i for t in doc if not t.is_space), 0)


@Language.factory("slovnet_syntax", default_config={"batch_size": 32})
def make_syntax(nlp, name, batch_size: int):
    return SlovnetSyntax(FlatSyntax(models.syntax_model()))
