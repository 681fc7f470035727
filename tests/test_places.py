"""LOCATION entities: kind and country from the place lexicon, ISO 3166-2 regions or the name's
generic word; people, adjectives and organisations the NER misreads as places are not places."""

from conftest import by_name


def test_seed_astana_is_the_capital_of_kazakhstan_and_headlines_give_nothing(seed):
    astana = by_name(seed, "LOCATION", "Астана")
    assert astana.attrs == {"kind": "capital", "country": "KZ"}
    assert [m.text for m in astana.mentions] == ["Астане"]
    assert [e.name for e in seed.of_type("LOCATION")] == ["Астана"]  # not Алматы nor the river of the footer


def test_region_from_iso_3166_2_subdivisions(extractor):
    art = extractor.extract("Министр финансов земли Гессен подал в отставку.")
    hesse = by_name(art, "LOCATION", "Гессен")
    assert hesse.attrs == {"kind": "region", "country": "DE"}


def test_kind_from_the_generic_word_of_the_name(extractor):
    art = extractor.extract("В Курской области прошли учения. Жители Тверской области помогли.")
    kursk = by_name(art, "LOCATION", "Курская область")
    assert kursk.attrs["kind"] == "region"


def test_people_and_lone_adjectives_are_not_places(extractor):
    art = extractor.extract("Американцы хотели бы иметь уверенность в успехе. Москва приняла решение.")
    assert [e.name for e in art.of_type("LOCATION")] == ["Москва"]


def test_city_standing_for_its_state_stays_a_place(samples):
    hanoi = samples["hanoi-energy-memorandum-2025"]
    city = by_name(hanoi, "LOCATION", "Ханой")
    assert city.attrs == {"kind": "capital", "country": "VN"}
    assert {m.text for m in city.mentions} == {"Ханое", "Ханою"}
    assert not [e for e in hanoi.of_type("ORGANIZATION") if e.name == "Ханой"]


def test_samples_places(samples):
    assert by_name(samples["belgrade-chief-of-staff-appointed"], "LOCATION", "Белград").attrs["country"] == "RS"
    geneva = samples["geneva-talks-cancelled"]
    assert by_name(geneva, "LOCATION", "Женева").attrs == {"kind": "city", "country": "CH"}
    brasilia = samples["brasilia-ministers-meeting"]
    assert by_name(brasilia, "LOCATION", "Бразилиа").attrs == {"kind": "capital", "country": "BR"}
    assert by_name(brasilia, "LOCATION", "Буэнос-Айрес").attrs["country"] == "AR"


def test_a_first_name_is_not_the_city_nor_the_country(extractor):
    art = extractor.extract("Премию получил физик Питер Хиггс. Похищена картина Сальвадора Дали. "
                            "Делегация вылетела в Сальвадор.")
    assert art.of_type("LOCATION") == []
    assert [[m.text for m in e.mentions] for e in art.of_type("COUNTRY")] == [["Сальвадор"]]


def test_a_phrase_headed_by_no_kind_of_place_is_not_a_place(extractor):
    art = extractor.extract("В 19 часов по Московскому времени в Болгарии открыли год. "
                            "Похороны пройдут на Новодевичьем кладбище.")
    assert [(e.name, e.attrs["kind"]) for e in art.of_type("LOCATION")] == [("Новодевичье кладбище", "facility")]


def test_a_bracketed_spelling_after_a_place_is_not_taken_for_the_place(extractor):
    art = extractor.extract("Его госпитализировали в больницу Королевского колледжа Лондона (King’s College London, "
                            "KCL), где тест дал положительный результат.")
    london = by_name(art, "LOCATION", "Лондон")
    assert [m.text for m in london.mentions] == ["Лондона"]
