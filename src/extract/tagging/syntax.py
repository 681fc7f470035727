"""slovnet dependency syntax as a spaCy component: `token.head`, `token.dep_`.

The parse is written with one `Doc.from_array` call. Each razdel sentence is made one tree (see
`_make_tree`: extra roots, and cycles, hang on the first root as `parataxis`), so the sentences
spaCy derives from the tree stay the razdel sentences. Whitespace tokens hang on their neighbour.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language

from . import models
from ..text import columns
from .batching import SlovnetStage, run_model, sentence_words
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
    for sentence in sentence_words(doc):
        _make_tree(sentence, heads, rels)
    spaces = columns.spaces(doc)
    first = next((i for i, space in enumerate(spaces) if not space), 0)
    for i, space in enumerate(spaces):
        if i not in heads:  # whitespace: attach to the previous token, or the first word at the start
            heads[i] = i - 1 if i > 0 else first
            rels[i] = "dep" if heads[i] != i else "ROOT"
    arr = numpy.zeros((len(doc), 2), dtype="uint64")
    strings = doc.vocab.strings
    for i in range(len(doc)):
        arr[i, 0] = numpy.int64(heads[i] - i).astype("uint64")
        arr[i, 1] = strings.add(rels[i])
    doc.from_array([HEAD, DEP], arr)


def _make_tree(sentence: list[int], heads: dict, rels: dict) -> None:
    """One tree per razdel sentence. slovnet picks each word's head on its own, so a parse may
    have several roots, or none, with words whose heads go round in a cycle («Контроль» ->
    «часа» -> «Контроль»); spaCy would then join the sentence to its neighbour. The first root
    stays (or, with none, the first word of a cycle becomes it); other roots and cycles hang on
    it as `parataxis`."""
    words = [i for i in sentence if i in heads]
    if not words:
        return
    roots = [i for i in words if heads[i] == i]
    root = roots[0] if roots else None
    for r in roots[1:]:
        heads[r], rels[r] = root, "parataxis"
    reaches_root = {root} if root is not None else set()
    for i in words:
        path, j = [], i
        while j not in reaches_root and j not in path:
            path.append(j)
            j = heads[j]
        if j not in reaches_root:  # a cycle: cut it at its first word
            if root is None:
                root = j
                heads[j], rels[j] = j, "ROOT"
            else:
                heads[j], rels[j] = root, "parataxis"
        reaches_root.update(path)
        reaches_root.add(j)


@Language.factory("slovnet_syntax", default_config={"batch_size": 32})
def make_syntax(nlp, name, batch_size: int):
    return SlovnetSyntax(FlatSyntax(models.syntax_model()))
