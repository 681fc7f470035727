"""DOCUMENT entities: the head noun with the words that name the document, kind and period."""

from conftest import by_name


def documents(article):
    return {e.name: e for e in article.entities if e.type == "DOCUMENT"}


def test_seed_plan(seed):
    plan = by_name(seed, "DOCUMENT",
                   "План двухстороннего военного сотрудничества между Казахстаном и Китаем на 2024 год")
    assert plan.attrs == {"kind": "plan", "period": "2024"}
    # «в плане обучения кадров» is «as regards», not a plan
    assert len(documents(seed)) == 1


def test_samples_documents(samples):
    hanoi = documents(samples["hanoi-energy-memorandum-2025"])
    memo = next(e for n, e in hanoi.items() if n.startswith("Меморандум о взаимопонимании между"))
    assert memo.attrs == {"kind": "memorandum", "period": "2025/2027"}
    assert hanoi["меморандум о сотрудничестве в атомной энергетике"].attrs["kind"] == "memorandum"
    brasilia = documents(samples["brasilia-ministers-meeting"])
    assert brasilia["Соглашение о военно-техническом сотрудничестве между Бразилией и Аргентиной"].attrs == {
        "kind": "agreement", "period": None}
    geneva = documents(samples["geneva-talks-cancelled"])
    assert geneva["мирный договор между двумя странами"].attrs["kind"] == "treaty"
    assert [m.text for m in geneva["мирный договор между двумя странами"].mentions] == [
        "мирного договора между двумя странами"]


def test_law_with_a_quoted_title_and_an_inflected_agreement(extractor):
    a = extractor.extract("Депутаты приняли Федеральный закон «О защите персональных данных». Стороны "
                          "обсудили выполнение Соглашения о свободной торговле, подписанного в 2019 году.")
    docs = documents(a)
    assert docs["Федеральный закон «О защите персональных данных»"].attrs["kind"] == "law"
    assert docs["Соглашение о свободной торговле"].attrs == {"kind": "agreement", "period": None}


def test_unnamed_references_are_not_documents(extractor):
    a = extractor.extract("Договор был подписан вчера. В плане подготовки кадров есть успехи. "
                          "Стороны выполнили план.")
    assert not documents(a)
