"""razdel as a spaCy tokenizer: tokens, and sentence starts as `doc.sents`.

Each line of the input is split into sentences on its own (a news headline or dateline has no
final full stop, but the line break ends it), then each sentence into razdel tokens. Every run
of whitespace other than one plain space becomes a whitespace token, so `doc.text == text`.
"""

from __future__ import annotations

import re

from razdel import sentenize, tokenize
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..extensions import once

_LINE = re.compile(r"[^\n]+")
_TEXT = "extract.text"


def doc_text(doc) -> str:
    """The Doc's text: kept by the tokenizer (spaCy's `doc.text` joins every token on each access)."""
    return once(doc, _TEXT, lambda d: d.text)


def sentence_spans(text: str):
    """(start, end) character offsets of the sentences of text, line by line."""
    for line in _LINE.finditer(text):
        base = line.start()
        for sent in sentenize(line.group()):
            if sent.text.strip():
                yield base + sent.start, base + sent.stop


class RazdelTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = [], [], []
        pos = 0

        def gap(upto: int):
            # whitespace between the previous token and the next one
            nonlocal pos
            ws = text[pos:upto]
            if not ws:
                return
            if words and not spaces[-1] and ws[0] == " ":
                spaces[-1] = True
                ws = ws[1:]
            if ws:
                words.append(ws)
                spaces.append(False)
                starts.append(False if words[:-1] else None)
            pos = upto

        for s_start, s_end in sentence_spans(text):
            first = True
            for tok in tokenize(text[s_start:s_end]):
                start = s_start + tok.start
                gap(start)
                words.append(tok.text)
                spaces.append(False)
                starts.append(True if first else False)
                first = False
                pos = start + len(tok.text)
        gap(len(text))
        if starts and starts[0] is None:
            starts[0] = True
        if not words:
            return Doc(self.vocab, words=[], spaces=[])
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)
        doc.user_data[_TEXT] = text
        return doc

    # spaCy serialises tokenizers with the pipeline; ours has no state
    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


@registry.tokenizers("extract.razdel")
def make_tokenizer():
    def create(nlp):
        return RazdelTokenizer(nlp.vocab)
    return create
