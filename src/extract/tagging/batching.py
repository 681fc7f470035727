"""Sentences of many Docs as one stream of model inputs.

slovnet pads every batch to its longest item, so the sentences of a whole batch of Docs are
sorted by length before they meet a model, and very long sentences (tables, lists without
punctuation) are cut into pieces of at most MAX_TOKENS so that no input blows up the
syntax model's quadratic head scores.
"""

from __future__ import annotations

from spacy.util import minibatch

MAX_TOKENS = 128


def word_runs(docs, join_sentences: bool = False):
    """(doc index, token indices) for each model input: a sentence's non-space tokens, in pieces
    of at most MAX_TOKENS; with join_sentences, consecutive sentences share a piece up to that size
    (the NER reads a name at a sentence start better with the sentence before it)."""
    for d, doc in enumerate(docs):
        run: list[int] = []
        for sent in doc.sents:
            idx = [t.i for t in sent if not t.is_space]
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


def run_model(model, docs, make_item, join_sentences: bool = False):
    """Yield (doc, token indices, model output) over all sentence pieces, shortest first."""
    runs = [r for r in word_runs(docs, join_sentences) if r[1]]
    runs.sort(key=lambda r: len(r[1]))
    items = [make_item(docs[d], idx) for d, idx in runs]
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
