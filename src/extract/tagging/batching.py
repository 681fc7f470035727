"""Sentences of many Docs as one stream of model inputs.

slovnet pads every batch to its longest item, so the sentences of a whole batch of Docs are
sorted by length before they meet a model, and very long sentences (tables, lists without
punctuation) are cut into pieces of at most MAX_TOKENS so that no input blows up the
syntax model's quadratic head scores.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.util import minibatch

from ..extensions import once
from ..text import columns

MAX_TOKENS = 128
_SENTENCES = "extract.sentence_words"


def sentence_words(doc) -> list[list[int]]:
    """Indices of each razdel sentence's non-space tokens, from the tokenizer's sentence starts,
    listed once per Doc: the three models read them, and the syntax stage makes each one tree."""
    return once(doc, _SENTENCES, _sentence_words)


def _sentence_words(doc) -> list[list[int]]:
    starts = doc.to_array([SENT_START]).tolist() if len(doc) else []
    out, current = [], []
    for i, (start, space) in enumerate(zip(starts, columns.spaces(doc))):
        if start == 1 and current:
            out.append(current)
            current = []
        if not space:
            current.append(i)
    if current:
        out.append(current)
    return out


def word_runs(docs, join_sentences: bool = False):
    """(doc index, token indices) for each model input: a sentence's non-space tokens, in pieces
    of at most MAX_TOKENS; with join_sentences, consecutive sentences share a piece up to that size
    (the NER reads a name at a sentence start better with the sentence before it)."""
    for d, doc in enumerate(docs):
        run: list[int] = []
        for idx in sentence_words(doc):
            if join_sentences and run and len(run) + len(idx) <= MAX_TOKENS:
                run += idx
                continue
            if run:
                yield d, run
            run = []
            for k in range(0, len(idx), MAX_TOKENS):
                run = idx[k:k + MAX_TOKENS]
                if k + MAX_TOKENS < len(idx):
                    yield d, run
                    run = []
        if run:
            yield d, run


def run_model(model, docs, join_sentences: bool = False):
    """Yield (doc, token indices, model output) over all sentence pieces, shortest first."""
    runs = [r for r in word_runs(docs, join_sentences) if r[1]]
    runs.sort(key=lambda r: len(r[1]))
    texts = [columns.texts(doc) for doc in docs]
    items = [[texts[d][i] for i in idx] for d, idx in runs]
    for (d, idx), out in zip(runs, model.map(items)):
        yield docs[d], idx, out


class SlovnetStage:
    """A spaCy component around one slovnet model: `pipe` hands it whole batches of Docs, so
    that the sentences of many documents share the model's batches; `tag` writes one batch."""

    def __init__(self, model):
        self.model = model

    def __call__(self, doc):
        self.tag([doc])
        return doc

    def pipe(self, docs, batch_size: int = 64):
        for batch in minibatch(docs, batch_size):
            self.tag(batch)
            yield from batch

    def tag(self, batch):
        raise NotImplementedError
