"""slovnet's three taggers run on one flat sequence per batch: our own forward pass of their weights.

slovnet's numpy executor pads every sentence of a batch to the longest one and runs each
convolution on a copied window matrix. The same arithmetic can run on all the sentences of a
batch laid end to end, separated by zero rows as wide as the convolution's padding: no row is
spent on padding to the longest sentence, and a layer is one matrix product plus
`kernel_size - 1` shifted additions on views, with no window copies. A sentence sees zeros beyond
its ends exactly as it does alone in slovnet (there, a short sentence in a batch also sees the
pad word's embedding on its right; tests check the tags agree).

The models share a cache word -> (word id, shape), since news repeats its words; the heads are
slovnet's own modules (morph projection, NER CRF, syntax head and relation scorers), called on
padded batches of sentences of similar length only where they need whole sentences.
"""

from __future__ import annotations

import numpy as np
from slovnet.conll import parse_conll_tag
from slovnet.shape import word_shape

MAX_CACHED_WORDS = 100_000  # the word cache is cleared when it grows past this
HEAD_BATCH = 64             # sentences per padded batch for the CRF and the syntax heads
CHUNK_WORDS = 4096          # words per flat sequence: bounds the temporaries (~3 KB per word)

# words vocabulary (by id) -> word -> (word id, shape): one cache for the models that share
# navec's vocabulary, which is all three
_CACHES: dict[int, dict[str, tuple[int, str]]] = {}


class WordCodes:
    """word -> (word id, shape id), as slovnet's encoder computes them, cached."""

    def __init__(self, words, shapes):
        self.words = words
        self.shape_ids = {shape: i for i, shape in enumerate(shapes.items)}
        self.unknown_shape = shapes.encode("<unk>")
        self.cache = _CACHES.setdefault(id(words), {})

    def __call__(self, words) -> tuple[np.ndarray, np.ndarray]:
        cache, shape_ids, unknown = self.cache, self.shape_ids, self.unknown_shape
        if len(cache) > MAX_CACHED_WORDS:
            cache.clear()
        word_ids, shapes = [], []
        for word in words:
            code = cache.get(word)
            if code is None:
                code = cache[word] = (self.words.encode(word.lower()), word_shape(word))
            word_ids.append(code[0])
            shapes.append(shape_ids.get(code[1], unknown))
        return np.array(word_ids, dtype=np.int64), np.array(shapes, dtype=np.int64)


class ConvLayer:
    """Conv1d -> ReLU -> BatchNorm1d of slovnet's CNN encoder, on rows of a flat sequence."""

    def __init__(self, layer):
        weight = layer.conv.weight.array              # filters x in x kernel
        self.filters, _, self.kernel = weight.shape
        self.padding = layer.conv.padding
        if self.kernel != 2 * self.padding + 1:
            raise ValueError("only 'same' convolutions (kernel = 2 * padding + 1) are supported")
        # one (in, kernel * filters) matrix: block t holds the weights of window offset t
        self.weight = np.ascontiguousarray(np.concatenate([weight[:, :, t].T for t in range(self.kernel)], axis=1))
        self.bias = layer.conv.bias.array
        norm = layer.norm
        self.scale = norm.weight.array / norm.std.array
        self.shift = norm.bias.array - norm.mean.array * self.scale

    def __call__(self, x: np.ndarray, gaps: np.ndarray) -> np.ndarray:
        rows, f, p = len(x), self.filters, self.padding
        products = x @ self.weight                      # rows x (kernel * filters)
        out = np.zeros((rows, f), dtype=x.dtype)
        inner = rows - 2 * p
        body = out[p:p + inner]
        for t in range(self.kernel):                    # out[j] = sum_t x[j - p + t] @ W_t
            body += products[t:t + inner, t * f:(t + 1) * f]
        body += self.bias
        np.maximum(out, 0, out=out)
        out *= self.scale
        out += self.shift
        out[gaps] = 0                                   # the separators stay zero for the next layer
        return out


class FlatEncoder:
    """Embeddings and CNN encoder of one slovnet model over many sentences at once."""

    def __init__(self, model):
        self.word, self.shape = model.emb.word, model.emb.shape
        self.layers = [ConvLayer(layer) for layer in model.encoder.layers]
        self.gap = max(layer.padding for layer in self.layers)

    def __call__(self, word_ids: np.ndarray, shape_ids: np.ndarray, lengths: list[int]):
        """Encoder output rows of every token (in order), and each sentence's first row in it."""
        emb = np.concatenate((self.word(word_ids), self.shape.weight.array[shape_ids]), axis=-1)
        gap, n = self.gap, len(lengths)
        starts = gap + np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64) + gap * np.arange(n)
        rows = int(starts[-1] + lengths[-1] + gap) if n else gap
        positions = np.concatenate([np.arange(s, s + k) for s, k in zip(starts, lengths)]) if n else []
        x = np.zeros((rows, emb.shape[1]), dtype=emb.dtype)
        x[positions] = emb
        used = np.zeros(rows, dtype=bool)
        used[positions] = True
        gaps = ~used
        for layer in self.layers:
            x = layer(x, gaps)
        return x[positions], np.cumsum([0] + list(lengths[:-1])).astype(np.int64)


def _padded(rows: np.ndarray, offsets, lengths):
    """(batch x longest x dim) zero-padded copy of the sentences' rows, and the mask of real tokens."""
    longest = max(lengths)
    batch = np.zeros((len(lengths), longest, rows.shape[1]), dtype=rows.dtype)
    mask = np.zeros((len(lengths), longest), dtype=bool)
    for b, (o, k) in enumerate(zip(offsets, lengths)):
        batch[b, :k] = rows[o:o + k]
        mask[b, :k] = True
    return batch, mask


class FlatTagger:
    """Common part: word lists in, encoder rows out; subclasses decode them."""

    def __init__(self, tagger):
        self.model, self.labels = tagger.network, tagger.labels
        self.codes = WordCodes(tagger.words, tagger.shapes)
        self.encoder = FlatEncoder(tagger.network)

    def encode(self, items: list[list[str]]):
        lengths = [len(words) for words in items]
        word_ids, shape_ids = self.codes([w for words in items for w in words])
        rows, offsets = self.encoder(word_ids, shape_ids, lengths)
        return rows, offsets, lengths

    def map(self, items):
        """One output per item (a non-empty list of words), in order; best fed sorted by length."""
        chunk, size = [], 0
        for words in items:
            if not words:
                raise ValueError("a model input has no words")
            chunk.append(words)
            size += len(words)
            if size >= CHUNK_WORDS:
                yield from self.decode(*self.encode(chunk))
                chunk, size = [], 0
        if chunk:
            yield from self.decode(*self.encode(chunk))


class FlatMorph(FlatTagger):
    """Yields, per item, one (UD POS, sorted 'Feat=Value|...' string) per word."""

    def __init__(self, tagger):
        super().__init__(tagger)
        self.tags = [_ud(tag) for tag in self.labels.items]

    def decode(self, rows, offsets, lengths):
        ids = self.model.head(rows).argmax(-1)
        tags = self.tags
        for o, k in zip(offsets, lengths):
            yield [tags[i] for i in ids[o:o + k]]


def _ud(tag: str) -> tuple[str, str]:
    pos, feats = parse_conll_tag(tag)
    return pos, "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


class FlatNER(FlatTagger):
    """Yields, per item, one BIO tag per word (CRF decoded over each item)."""

    def decode(self, rows, offsets, lengths):
        emissions = self.model.head(rows)
        crf, vocab = self.model.head.crf, self.labels
        for k in range(0, len(lengths), HEAD_BATCH):
            batch, mask = _padded(emissions, offsets[k:k + HEAD_BATCH], lengths[k:k + HEAD_BATCH])
            for ids in crf.decode(batch, mask):
                yield [vocab.decode(i) for i in ids]


class FlatSyntax(FlatTagger):
    """Yields, per item, one (head: 0 for the root, else the 1-based word number; relation) per word."""

    def decode(self, rows, offsets, lengths):
        head, rel, vocab = self.model.head, self.model.rel, self.labels
        for k in range(0, len(lengths), HEAD_BATCH):
            part = lengths[k:k + HEAD_BATCH]
            x, mask = _padded(rows, offsets[k:k + HEAD_BATCH], part)
            head_ids = head.decode(head(x), mask)
            rel_ids = rel.decode(rel(x, head_ids), mask)
            for b, size in enumerate(part):
                yield [(int(h), vocab.decode(r)) for h, r in zip(head_ids[b, :size], rel_ids[b, :size])]
