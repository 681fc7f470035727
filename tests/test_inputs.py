"""Bad input gets a clear error on its own Article, never a crash and never a lost document."""

import pytest


@pytest.mark.parametrize("text, kind", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    (None, "no_text"),
    (12.5, "not_text"),
    (b"\xff\xfe\xfa broken", "encoding"),
    ("The Prime Minister met the President of France in Paris on Monday.", "not_russian"),
    ("12345 67890 !!!", "no_letters"),
])
def test_bad_documents_become_error_articles(extractor, text, kind):
    art = extractor.extract(text, id="bad")
    assert art.error["type"] == kind and art.error["message"]
    assert art.entities == [] and art.id == "bad"


def test_too_long_text_is_refused_clearly():
    import extract
    ex = extract.Extractor(max_chars=1000)
    art = ex.extract("Москва. " * 200)
    assert art.error["type"] == "too_long" and "1,000" in art.error["message"]


def test_utf8_bytes_with_bom_are_read(extractor):
    art = extractor.extract("\ufeffВ Москве прошли переговоры.".encode("utf-8"))
    assert art.error is None


def test_a_batch_with_bad_documents_keeps_every_document_in_order(extractor):
    items = [{"id": str(i), "text": t} for i, t in enumerate(
        ["Путин прибыл в Пекин.", "", "Hello world, this is English text only.", 5, "Си Цзиньпин встретил гостя."])]
    arts = list(extractor.pipe(items))
    assert [a.id for a in arts] == ["0", "1", "2", "3", "4"]
    assert [a.error is None for a in arts] == [True, False, False, False, True]


def test_id_is_stable_hash_without_one(extractor):
    a = extractor.extract("В Москве прошли переговоры.")
    b = extractor.extract("В Москве прошли переговоры.")
    assert a.id == b.id and a.id.startswith("sha1:")
