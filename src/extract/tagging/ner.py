"""slovnet NER as a spaCy component: PER / LOC / ORG spans in `doc.ents`.

The model reads runs of consecutive sentences (it tokenises them itself with razdel), batched
across Docs; its character spans are snapped to our tokens.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from . import models
from .batching import SlovnetStage, run_model


class SlovnetNER(SlovnetStage):
    def tag(self, batch):
        found = {id(doc): [] for doc in batch}
        texts = {id(doc): doc.text for doc in batch}  # Doc.text joins all tokens: once per doc

        def sentence_text(doc, idx):
            return texts[id(doc)][doc[idx[0]].idx:doc[idx[-1]].idx + len(doc[idx[-1]])]

        for doc, idx, markup in run_model(self.model, batch, sentence_text, join_sentences=True):
            base = doc[idx[0]].idx
            for span in markup.spans:
                s = doc.char_span(base + span.start, base + span.stop, label=span.type,
                                  alignment_mode="expand")
                if s is not None:
                    found[id(doc)].extend(_split_at_line_breaks(s))
        for doc in batch:
            doc.ents = filter_spans(found[id(doc)])


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
    return SlovnetNER(models.ner_model(batch_size))
