"""PERSON entities: nominative names, first/middle/last, every mention in one entity."""

from conftest import by_name


def test_seed_people_are_one_entity_each_with_nominative_names(seed):
    dun = by_name(seed, "PERSON", "Дун Цзюнь")
    assert dun.attrs["last"] == "Дун" and dun.attrs["first"] == "Цзюнь"  # surname first
    assert {m.text for m in dun.mentions} >= {"Дун Цзюнь", "Дун Цзюня"}
    ruslan = by_name(seed, "PERSON", "Руслан Жаксылыков")
    assert ruslan.attrs["first"] == "Руслан" and ruslan.attrs["last"] == "Жаксылыков"
    assert ruslan.attrs["middle"] is None
    assert {m.text for m in ruslan.mentions} >= {"Русланом Жаксылыковым", "Руслан Жаксылыков"}
    assert len(seed.of_type("PERSON")) == 2  # nobody from the trailing headlines


def test_inflected_forms_and_surname_alone_join_one_person(extractor):
    text = ("Министр иностранных дел Франции Жан-Ив Ле Дриан прибыл в Москву. Сергей Лавров встретил "
            "Ле Дриана в аэропорту. Переговоры Лаврова и министра продлились три часа.")
    art = extractor.extract(text)
    lavrov = by_name(art, "PERSON", "Сергей Лавров")
    assert {m.text for m in lavrov.mentions} == {"Сергей Лавров", "Лаврова"}


def test_russian_full_name_with_patronymic(extractor):
    art = extractor.extract("Указ подписал председатель правительства Михаил Владимирович Мишустин.")
    p = by_name(art, "PERSON", "Михаил Владимирович Мишустин")
    assert (p.attrs["first"], p.attrs["middle"], p.attrs["last"]) == ("Михаил", "Владимирович", "Мишустин")


def test_female_surname_normalised_in_the_feminine(extractor):
    art = extractor.extract("Журналисты задали вопросы Марии Захаровой на брифинге в Москве.")
    p = by_name(art, "PERSON", "Мария Захарова")
    assert p.attrs["last"] == "Захарова"


def test_gender_read_in_the_case_of_the_mention(extractor):
    # «Милана» alone reads best as the woman's name in the nominative; in the genitive beside a
    # masculine surname it is Милан
    art = extractor.extract("Премьер-министра Сербии Милана Петровича в аэропорту встретил министр.")
    assert by_name(art, "PERSON", "Милан Петрович").attrs["gender"] == "masc"
    art = extractor.extract("Министр встретился с Миланой Петровой.")
    assert by_name(art, "PERSON", "Милана Петрова").attrs["gender"] == "femn"


def test_a_misprinted_mention_does_not_name_the_person(extractor):
    # the name most mentions normalise to wins over a longer misprint («Олегом Пашутины»)
    art = extractor.extract("Министр Олег Пашутин прибыл в Минск. Олег Пашутин встретился с мэром города. "
                            "Вечером с Олегом Пашутины встретились студенты.")
    p = by_name(art, "PERSON", "Олег Пашутин")
    assert {m.text for m in p.mentions} == {"Олег Пашутин", "Олегом Пашутины"}


def test_a_name_written_in_the_nominative_beats_one_the_normaliser_left_inflected(extractor):
    art = extractor.extract("По словам премьер-министра земли Гессен Ральфа Хубертса, это трагедия. "
                            "Премьер-министр земли Гессен Ральф Хубертс напомнил об этом.")
    p = by_name(art, "PERSON", "Ральф Хубертс")
    assert {m.text for m in p.mentions} == {"Ральфа Хубертса", "Ральф Хубертс"}


def test_an_initial_stands_for_the_names_it_begins(extractor):
    # «Дж.» is Джордж, not Дэйзи, however near Дэйзи is
    art = extractor.extract("Фонд основал Джордж Харбисон. Его дочь Дэйзи Харбисон руководит отделением в Лондоне. "
                            "Дж. Харбисон заявил, что доволен.")
    assert {m.text for m in by_name(art, "PERSON", "Джордж Харбисон").mentions} == {"Джордж Харбисон", "Дж. Харбисон"}
    assert {m.text for m in by_name(art, "PERSON", "Дэйзи Харбисон").mentions} == {"Дэйзи Харбисон"}


def test_names_of_every_kind_in_the_nominative(extractor):
    # foreign names that do not decline, ones pymorphy3 does not know, soft stems, hyphenated
    # first names and masculine names in «-а» (invented people)
    expected = {
        "Правление Марио Бертолуччи закончилось в 2000 году.": "Марио Бертолуччи",
        "Выступление Дэвида Холлстера было коротким.": "Дэвид Холлстер",
        "Отравление Олега Гриваля расследуют.": "Олег Гриваль",
        "Письмо Жану-Люку Мартену отправили вчера.": "Жан-Люк Мартен",
        "Книга Ивана Гречуры вышла в мае.": "Иван Гречура",
        "Альбом Кевина Морриси вышел в мае.": "Кевин Морриси",
        "Встреча с Хамидом Ансараем прошла в Кабуле.": "Хамид Ансарай",
        "Визит Мигеля Лопес-Гриваля завершился.": "Мигель Лопес-Гриваль",
        "Речь Жан-Клода Маше была короткой.": "Жан-Клод Маше",
    }
    for text, name in expected.items():
        assert [e.name for e in extractor.extract(text).of_type("PERSON")] == [name], text


def test_an_epithet_at_a_sentence_start_is_not_part_of_the_name(extractor):
    for text, name in {"Восьмидесятилетний Маккензи покинул сенат.": "Маккензи",
                       "Шестидесятивосьмилетняя Дина Ройсс покинула пост.": "Дина Ройсс"}.items():
        people = extractor.extract(text).of_type("PERSON")
        assert [(p.name, [m.text for m in p.mentions]) for p in people] == [(name, [name])], text
    # a surname that is an adjective stays
    assert [p.name for p in extractor.extract("Ирина Полевая внесла закон.").of_type("PERSON")] == ["Ирина Полевая"]


def test_samples_people(samples):
    art = samples["brasilia-ministers-meeting"]
    p = by_name(art, "PERSON", "Луис Фернандес")
    assert len(p.mentions) == 2
    art = samples["belgrade-chief-of-staff-appointed"]
    p = by_name(art, "PERSON", "Милан Петрович")
    assert {m.text for m in p.mentions} >= {"Милана Петровича", "Петрович"}


def test_title_before_a_name_is_not_part_of_it(extractor):
    art = extractor.extract("Король Нидерландов Виллем-Александр прибыл в Берлин. Принц Гарри остался в Лондоне.")
    names = {e.name for e in art.of_type("PERSON")}
    assert "Гарри" in names and not any(n.startswith("Принц") for n in names)


def test_initials_stay_with_the_surname(extractor):
    art = extractor.extract("Письмо подписал Дж.Смитсон, а ответил ему А. В. Корнилов.")
    smith = by_name(art, "PERSON", "Дж. Смитсон")
    assert smith.attrs["first"] == "Дж." and smith.attrs["last"] == "Смитсон"
    assert smith.mentions[0].text == "Дж.Смитсон"
    kor = by_name(art, "PERSON", "А. В. Корнилов")
    assert (kor.attrs["first"], kor.attrs["middle"], kor.attrs["last"]) == ("А.", "В.", "Корнилов")


def test_a_name_in_a_headline_does_not_run_into_the_next_line(extractor):
    art = extractor.extract("Скончался дирижёр Арвид Лапиньш\nАрвид Лапиньш руководил оркестром сорок лет.")
    p = by_name(art, "PERSON", "Арвид Лапиньш")
    assert [m.text for m in p.mentions] == ["Арвид Лапиньш", "Арвид Лапиньш"]


def test_bracketed_latin_spelling_is_a_mention_of_the_same_person(extractor):
    art = extractor.extract("Представитель компании Томас Вайнер (Thomas Weiner) заявил, что сделка закрыта.")
    p = by_name(art, "PERSON", "Томас Вайнер")
    assert {m.text for m in p.mentions} == {"Томас Вайнер", "Thomas Weiner"}


def test_person_named_in_an_organisation_name(extractor):
    art = extractor.extract("Концерт прошёл в Музыкальной академии имени Ф. Листа в Будапеште.")
    assert any(e.type == "PERSON" and e.attrs["last"] == "Листа" or e.name.endswith("Лист")
               for e in art.of_type("PERSON")), [(e.type, e.name) for e in art.entities]


def test_first_name_alone_joins_the_one_person_of_that_name(read):
    art = read("Инженер Виктор Орлов арестован в Бангкоке. Адвокат рассказала, что на встречу с Виктором "
               "прибудут его дочь и мать.")
    orlov = by_name(art, "PERSON", "Виктор Орлов")
    assert [m.text for m in orlov.mentions] == ["Виктор Орлов", "Виктором"]
    two = read("Виктор Орлов и Виктор Петров прибыли в Минск. Виктор сказал, что встреча прошла хорошо.")
    alone = [e for e in two.entities if e.type == "PERSON" and e.name == "Виктор"]
    assert alone and [m.text for m in alone[0].mentions] == ["Виктор"]  # two Викторы: neither
