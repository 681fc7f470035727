"""The spaCy pipeline on natasha's models: tokens, sentences, morphology, lemmas, syntax, NER."""

import spacy

import extract


def test_load_returns_a_spacy_language_with_registered_stages():
    nlp = extract.load()
    assert isinstance(nlp, spacy.Language)
    for stage in ("slovnet_morph", "pymorphy_lemmatizer", "slovnet_syntax", "slovnet_ner", "people", "coreference"):
        assert stage in nlp.pipe_names
    assert extract.load() is nlp  # loaded once per process


def test_tokens_and_sentences_keep_the_text():
    nlp = extract.load()
    text = "Министр прибыл в Астану.  Встреча прошла 25.04.2024!\n\nЗаголовок без точки\nВторая строка"
    doc = nlp(text)
    assert doc.text == text
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents == ["Министр прибыл в Астану.", "Встреча прошла 25.04.2024!", "Заголовок без точки", "Вторая строка"]
    assert "25.04.2024" in [t.text for t in doc]


def test_hyphenated_words_are_one_token():
    doc = extract.load()("Генерал-полковник прибыл в Санкт-Петербург.")
    assert [t.text for t in doc][:2] == ["Генерал-полковник", "прибыл"]


def test_morphology_lemmas_and_syntax():
    doc = extract.load()("Министр обороны встретился с главой оборонного ведомства.")
    t = {tok.text: tok for tok in doc}
    assert t["Министр"].pos_ == "NOUN" and t["Министр"].morph.get("Case") == ["Nom"]
    assert t["встретился"].lemma_ == "встретиться"
    assert t["главой"].lemma_ == "глава"
    assert t["оборонного"].lemma_ == "оборонный"
    assert t["Министр"].head.text == "встретился" and t["Министр"].dep_ == "nsubj"
    assert t["обороны"].head.text == "Министр"
    assert t["встретился"].dep_ == "ROOT"


def test_ner_spans_in_doc_ents():
    doc = extract.load()("Президент Франции Эмманюэль Макрон прилетел в Пекин по приглашению МИД Китая.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Эмманюэль Макрон", "PER") in ents
    assert ("Пекин", "LOC") in ents


def test_pipe_batches_many_docs_in_order():
    nlp = extract.load()
    texts = [f"Документ номер {i} подписан в Москве." for i in range(40)]
    docs = list(nlp.pipe(texts))
    assert [d.text for d in docs] == texts
    assert all(any(e.label_ == "LOC" for e in d.ents) for d in docs)


def test_very_long_sentence_is_parsed_in_pieces():
    text = " ".join(["слово"] * 1000) + "."
    doc = extract.load()(text)
    assert len(list(doc.sents)) == 1
    assert all(t.dep_ for t in doc if not t.is_space)
