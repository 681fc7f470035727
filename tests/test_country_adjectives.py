"""A state's relative adjective where it stands for the state (its side, power, officials, forces,
press, or a place in it) is a COUNTRY mention clustered with the state's name; where it describes
nationality, origin or language it is none. Plus the place fixes made beside it: names alone in
quotes, a space station, list separators, a generic word opening a place's name."""

from conftest import by_name

from extract.entities.places import not_a_place


def texts(entity):
    return {m.text for m in entity.mentions}


def test_power_and_officials_join_the_country(extractor):
    art = extractor.extract("Переговоры в Лондоне затянулись. Российские власти ответили, что визит в "
                            "Россию возможен, а британский премьер обсудит его с парламентом Великобритании.")
    assert texts(by_name(art, "COUNTRY", "Россия")) == {"Российские", "Россию"}
    assert texts(by_name(art, "COUNTRY", "Великобритания")) >= {"британский", "Великобритании"}


def test_coordinated_adjectives_before_forces(extractor):
    art = extractor.extract("Ветераны вспомнили встречу американских и советских войск на Эльбе в 1945 году.")
    found = {e.attrs["iso"]: texts(e) for e in art.of_type("COUNTRY")}
    assert found == {"US": {"американских"}, "SU": {"советских"}}


def test_press_and_a_place_in_the_state(extractor):
    art = extractor.extract("Пожар начался в грузинском Батуми. Грузинские СМИ сообщили о трёх пострадавших.")
    assert texts(by_name(art, "COUNTRY", "Грузия")) == {"грузинском", "Грузинские"}
    assert by_name(art, "LOCATION", "Батуми")


def test_side_joins_the_country_named_later(extractor):
    art = extractor.extract("Казахстанская сторона предложила продлить соглашение. Делегация Казахстана прибыла утром.")
    kz = by_name(art, "COUNTRY", "Казахстан")
    assert texts(kz) >= {"Казахстанская", "Казахстана"}


def test_nationality_origin_and_language_are_not_mentions(extractor):
    art = extractor.extract("Российский хоккеист Пётр Жуков забил гол, британский фильм получил приз, "
                            "а интервью прошло на английском языке.")
    assert art.of_type("COUNTRY") == []


def test_adjective_inside_a_name_is_not_a_mention(extractor):
    art = extractor.extract("Японское правительство одобрило план. "
                            "Сотрудники Российской академии наук подписали письмо.")
    assert art.of_type("COUNTRY") == []
    assert by_name(art, "ORGANIZATION", "Правительство Японии").attrs["country"] == "JP"


def test_a_place_name_alone_in_quotes_names_a_thing(extractor):
    art = extractor.extract("Туристы отплыли из порта на лайнере «Норвегия». "
                            "Вечером они собрались в кафе «Сибирь».")
    assert art.of_type("COUNTRY") == []
    assert not any(e.name in ("Норвегия", "Сибирь") for e in art.of_type("LOCATION"))


def test_space_station_is_a_place(extractor):
    art = extractor.extract("Экипаж вернётся с МКС в октябре. Работы на Международной космической станции продолжатся.")
    station = by_name(art, "LOCATION", "Международная космическая станция")
    assert station.attrs["kind"] == "station" and texts(station) == {"МКС", "Международной космической станции"}
    assert art.of_type("ORGANIZATION") == []


def test_list_separator_ends_a_person_span(extractor):
    # the NER sometimes reads a bulleted run of countries as one person; a name never crosses «•»
    from spacy.tokens import Span
    from extract.entities.countries import CountryFinder
    doc = extractor.extract("В турнире участвуют команды: Перу • Эль Сальвадор • Эфиопия • Непал.").doc
    at = {t.text: t.i for t in doc}
    doc.ents = [Span(doc, at["Эль"], at["Эфиопия"] + 1, label="PER")]
    doc._.found = []
    CountryFinder()(doc)
    assert {f.attrs["iso"] for f in doc._.found} >= {"SV", "ET"}
    # a country's name inside a real person's name stays part of it
    doc = extractor.extract("Картину Сальвадора Дали продали на аукционе.").doc
    doc._.found = []
    CountryFinder()(doc)
    assert doc._.found == []


def test_generic_word_opening_a_line_is_not_in_the_name(extractor):
    from extract.entities.places import PlaceFinder
    doc = extractor.extract("Спасатели завершили работу.\nГород Кострома, где прошли учения, готовится к празднику.").doc
    i = next(t.i for t in doc if t.text == "Город")
    assert PlaceFinder.without_generic_word(doc, i, i + 2) == i + 1
    assert PlaceFinder.without_generic_word(doc, i + 1, i + 2) == i + 1
    assert texts(by_name(extractor.extract(doc.text), "LOCATION", "Кострома")) == {"Кострома"}


def test_a_common_noun_opening_a_sentence_is_no_place(extractor):
    doc = extractor.extract("Погода в выходные испортилась. Москва проснулась.").doc
    first = {t.text: t.i for t in doc}
    assert not_a_place(doc[0:1])  # «Погода»
    assert not not_a_place(doc[first["Москва"]:first["Москва"] + 1])
