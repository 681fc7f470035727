"""Every razdel sentence is one dependency tree, so spaCy's sentences are razdel's."""

from conftest import SAMPLES

from extract.tagging.batching import sentence_words
from extract.tagging.syntax import _make_tree


def test_cycle_without_root_gets_a_root():
    # word 1 -> 2 -> 1 (a cycle, no root), word 3 -> 2
    heads, rels = {1: 2, 2: 1, 3: 2}, {1: "nsubj", 2: "parataxis", 3: "obj"}
    _make_tree([1, 2, 3], heads, rels)
    assert [i for i in heads if heads[i] == i] == [1] and rels[1] == "ROOT"  # the cycle's first word
    assert heads[2] == 1 and heads[3] == 2


def test_extra_roots_and_cycles_hang_on_the_first_root():
    heads = {0: 0, 1: 0, 2: 3, 3: 2, 4: 4}
    rels = {0: "ROOT", 1: "obj", 2: "nmod", 3: "nmod", 4: "ROOT"}
    _make_tree([0, 1, 2, 3, 4], heads, rels)
    assert heads[4] == 0 and rels[4] == "parataxis"
    assert heads[2] == 0 and rels[2] == "parataxis" and heads[3] == 2


def test_spacy_sentences_are_razdel_sentences(extractor):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts.append("Предусмотрены три выходных дня — 18, 23 и 26 января.\n\n"
                 "Контроль времени — 2 часа на 40 ходов, далее 1 час на 20 ходов.")
    for text in texts:
        doc = extractor.extract(text).doc
        parsed = [[t.i for t in s if not t.is_space] for s in doc.sents]
        assert [s for s in parsed if s] == sentence_words(doc)
