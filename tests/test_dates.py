"""DATE entities: ISO 8601 values as precise as the text, relative dates against the publication date."""

import json

from conftest import by_name


def dates(article):
    return {m.text: e.attrs.get("value") for e in article.entities if e.type == "DATE" for m in e.mentions}


def test_seed_dateline_date(seed):
    day = by_name(seed, "DATE", "2024-04-25")
    assert day.attrs["value"] == "2024-04-25"
    assert [m.text for m in day.mentions] == ["25.04.2024"]


def test_seed_plan_period_and_nothing_from_the_footer(seed):
    assert dates(seed).get("на 2024 год") == "2024"
    assert "2025-10" not in {v for v in dates(seed).values()}
    footer = seed.doc._.layout.footer[0]
    assert all(m.start < footer for e in seed.entities if e.type == "DATE" for m in e.mentions)
    # «накануне Совещания» is «on the eve of the meeting», not «yesterday»
    assert "накануне" not in dates(seed)


def test_explicit_dates(extractor):
    a = extractor.extract("Переговоры прошли 25 апреля 2024 года. В октябре 2025 года стороны встретятся "
                          "снова. Программа рассчитана на 2025–2027 годы, а фестиваль пройдёт с 22 по 27 "
                          "сентября 2026 года. Документ подписан 03.02.2025. В 1950-х годах здесь был порт.")
    d = dates(a)
    assert d["25 апреля 2024 года"] == "2024-04-25"
    assert d["В октябре 2025 года"] == "2025-10"
    assert d["на 2025–2027 годы"] == "2025/2027"
    assert d["с 22 по 27 сентября 2026 года"] == "2026-09-22/2026-09-27"
    assert d["03.02.2025"] == "2025-02-03"
    assert d["В 1950-х годах"] == "1950/1959"


def test_relative_dates_resolved_from_meta(extractor):
    text = "Вчера министр прибыл в Минск. В прошлом году он был там дважды, а в среду проведёт переговоры."
    a = extractor.extract(text, meta={"date": "2024-04-25"})  # a Thursday
    d = dates(a)
    assert d["Вчера"] == "2024-04-24"
    assert d["В прошлом году"] == "2023"
    assert d["в среду"] == "2024-04-24"
    rel = next(e for e in a.entities if e.type == "DATE" and e.name == "2023")
    assert rel.attrs["relative"] is True
    assert a.meta == {"date": "2024-04-25"}


def test_relative_dates_resolved_from_the_dateline(extractor):
    a = extractor.extract("Министры встретились в Ханое\n\n12.03.2025 09:40\n\nВо вторник министры обсудили "
                          "поставки. В мае стороны подпишут соглашение.")
    d = dates(a)
    assert d["Во вторник"] == "2025-03-11"
    assert d["В мае"] == "2025-05"


def test_relative_dates_without_a_publication_date_keep_their_text(extractor):
    a = extractor.extract("Вчера министр прибыл в Минск.")
    day = next(e for e in a.entities if e.type == "DATE")
    assert day.attrs["value"] is None and day.name == "вчера"
    json.dumps(day.attrs)


def test_durations(extractor):
    a = extractor.extract("Он работал в компании в течение пяти лет и более 10 лет преподавал.")
    durations = {e.name: e.attrs.get("duration") for e in a.entities if e.type == "DATE"}
    assert durations == {"в течение пяти лет": "P5Y", "более 10 лет": "P10Y"}


def test_not_dates(extractor):
    a = extractor.extract("На митинг пришли 2000 человек. 45-летний водитель в 19 лет получил права.")
    assert not dates(a)


def test_samples_dates(samples):
    hanoi = dates(samples["hanoi-energy-memorandum-2025"])
    assert hanoi["12.03.2025"] == "2025-03-12"
    assert hanoi["на 2025–2027 годы"] == "2025/2027"
    assert hanoi["на осень"] == "2025"  # the season of the dateline's year
    belgrade = dates(samples["belgrade-chief-of-staff-appointed"])
    assert belgrade["3 февраля 2025 года"] == "2025-02-03"
    assert belgrade["В среду"] is None  # no dateline, no meta: a date in the text is not the publication's
    brasilia = dates(samples["brasilia-ministers-meeting"])
    assert brasilia["20 ноября 2024 года"] == "2024-11-20" and brasilia["В 2025 году"] == "2025"
