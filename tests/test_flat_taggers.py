"""Our flat-sequence forward pass (tagging/flat.py) gives slovnet's own tags on real text.

slovnet's own API and executor, fed one sentence at a time, pads nothing, so it is the reference for
what the weights compute; the flat pass runs all sentences together and must agree token for token.
"""

import pytest
import razdel
from conftest import SAMPLES
from slovnet import NER, Morph, Syntax

from extract.tagging import flat, models


@pytest.fixture(scope="module")
def sentences():
    sents = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sents += [[t.text for t in razdel.tokenize(s.text)] for s in razdel.sentenize(text)]
    sents = [s for s in sents if s]
    assert len(sents) > 30
    return sorted(sents, key=len)


def alone(api_class, path, sents):
    """slovnet's own API and executor on the same model file, one sentence per batch."""
    api = api_class.load(str(models.natasha_data() / path)).navec(models.embedding())
    infer = api.infer
    return [out for s in sents for out in infer.decoder(infer.process(infer.encoder([s])))]


def test_morph_matches_slovnet(sentences):
    want = [[(pos, "|".join(f"{k}={v}" for k, v in sorted(feats.items())))
             for pos, feats in map(flat.parse_conll_tag, tags)] for tags in alone(Morph, models.MORPH, sentences)]
    assert list(flat.FlatMorph(models.morph_model()).map(sentences)) == want


def test_ner_matches_slovnet(sentences):
    got = list(flat.FlatNER(models.ner_model()).map(sentences))
    assert got == [list(tags) for tags in alone(NER, models.NER, sentences)]
    assert any(t.endswith("PER") for tags in got for t in tags)


def test_syntax_matches_slovnet(sentences):
    want = [[(int(h), rel) for h, rel in zip(heads, rels)]
            for _, heads, rels in alone(Syntax, models.SYNTAX, sentences)]
    assert list(flat.FlatSyntax(models.syntax_model()).map(sentences)) == want


def test_chunks_and_empty_input(sentences, monkeypatch):
    """Outputs do not depend on how the flat sequence is cut; an empty word list is refused."""
    model = models.morph_model()
    whole = list(flat.FlatMorph(model).map(sentences))
    monkeypatch.setattr(flat, "CHUNK_WORDS", 7)
    assert list(flat.FlatMorph(model).map(sentences)) == whole
    with pytest.raises(ValueError):
        list(flat.FlatMorph(model).map([["Да"], []]))
