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
    art = extractor.extract("Перестрелка произошла в армянском Гаваре. Армянские СМИ сообщили о пяти задержанных.")
    assert texts(by_name(art, "COUNTRY", "Армения")) == {"армянском", "Армянские"}
    assert by_name(art, "LOCATION", "Гавар")


def test_side_joins_the_country_named_later(extractor):
    art = extractor.extract("Казахстанская сторона предложила продлить соглашение. Делегация Казахстана прибыла утром.")
    kz = by_name(art, "COUNTRY", "Казахстан")
    assert texts(kz) >= {"Казахстанская", "Казахстана"}


def test_nationality_origin_and_language_are_not_mentions(extractor):
    art = extractor.extract("Российский хоккеист Пётр Жуков забил гол, британский фильм получил приз, "
                            "а интервью прошло на английском языке.")
    assert art.of_type("COUNTRY") == []


def test_adjective_inside_a_name_is_not_a_mention(extractor):
    art = extractor.extract("Японское правительство одобрило план. Сотрудники Российской академии наук подписали письмо.")
    assert art.of_type("COUNTRY") == []
    assert by_name(art, "ORGANIZATION", "Правительство Японии").attrs["country"] == "JP"


def test_a_place_name_alone_in_quotes_names_a_thing(extractor):
    art = extractor.extract("Двадцать лет назад состоялся первый полёт шаттла «Колумбия». Гости собрались в баре «Арктика».")
    assert art.of_type("COUNTRY") == []
    assert not any(e.name in ("Колумбия", "Арктика") for e in art.of_type("LOCATION"))


def test_space_station_is_a_place(extractor):
    art = extractor.extract("Экипаж вернётся с МКС в октябре. Работы на Международной космической станции продолжатся.")
    station = by_name(art, "LOCATION", "Международная космическая станция")
    assert station.attrs["kind"] == "station" and texts(station) == {"МКС", "Международной космической станции"}
    assert art.of_type("ORGANIZATION") == []


def test_list_separator_ends_a_name(extractor):
    art = extractor.extract("Заявки прислали федерации: Чили • Эквадор • Эль Сальвадор • Эфиопия • Грузия.")
    isos = {e.attrs["iso"] for e in art.of_type("COUNTRY")}
    assert {"SV", "ET"} <= isos


def test_generic_word_opening_a_line_is_not_in_the_name(extractor):
    art = extractor.extract("Суд вынес приговор.\nГород Павия, в тюрьме которого содержится осуждённый.")
    assert texts(by_name(art, "LOCATION", "Павия")) == {"Павия"}


def test_a_common_noun_opening_a_sentence_is_no_place(extractor):
    doc = extractor.extract("Знак в виде буквы «М» сломали ночью. Москва проснулась.").doc
    first = {t.text: t.i for t in doc}
    assert not_a_place(doc[0:1])  # «Знак»
    assert not not_a_place(doc[first["Москва"]:first["Москва"] + 1])
