"""slovnet NER as a spaCy component: PER / LOC / ORG spans in `doc.ents`.

The model reads runs of consecutive sentences as our razdel tokens (its own tokeniser is not
used, so no span needs snapping back), batched across Docs, and tags each token B-/I-/O.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from . import models
from .batching import SlovnetStage, run_model
from .flat import FlatNER


class SlovnetNER(SlovnetStage):
    def tag(self, batch):
        found = {id(doc): [] for doc in batch}
        for doc, idx, tags in run_model(self.model, batch, join_sentences=True):
            found[id(doc)].extend(bio_spans(doc, idx, tags))
        for doc in batch:
            doc.ents = filter_spans([part for s in found[id(doc)] for part in _split_at_line_breaks(s)])


def bio_spans(doc, idx, tags):
    """Spans of a BIO tag sequence over the tokens idx (an I- after another type opens a span)."""
    start = label = None
    last = None
    for i, tag in zip(idx, tags):
        part, _, type_ = tag.partition("-")
        if label is not None and (part != "I" or type_ != label):
            yield Span(doc, start, last + 1, label=label)
            label = None
        if part in ("B", "I") and label is None:
            start, label = i, type_
        last = i
    if label is not None:
        yield Span(doc, start, last + 1, label=label)


def _split_at_line_breaks(span):
    """A name never runs over a line break: the model reads several lines at once and may join
    a headline's last name with the next line's first."""
    doc, parts, start = span.doc, [], span.start
    for t in span:
        if t.is_space and "\n" in t.text:
            if t.i > start:
                parts.append(doc[start:t.i])
            start = t.i + 1
    if span.end > start:
        parts.append(doc[start:span.end])
    return [Span(doc, p.start, p.end, label=span.label) for p in parts]


@Language.factory("slovnet_ner", default_config={"batch_size": 32})
def make_ner(nlp, name, batch_size: int):
    return SlovnetNER(FlatNER(models.ner_model()))
