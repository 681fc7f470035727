"""ORGANIZATION entities: whole names, abbreviations with their expansions, descriptions joined to
the body they describe, kind and country, one entity per body."""

from conftest import by_name


def orgs(art):
    return art.of_type("ORGANIZATION")


def mention_texts(entity):
    return {m.text for m in entity.mentions}


def test_seed_kazakh_ministry_is_one_entity_with_every_surface_form(seed):
    mod = by_name(seed, "ORGANIZATION", "Министерство обороны Казахстана")
    assert mod.attrs["kind"] == "ministry" and mod.attrs["country"] == "KZ"
    # the full name, the name with the abbreviated country, the short name alone, the description
    assert mention_texts(mod) >= {"Министерство обороны Казахстана", "Министерства обороны РК", "Минобороны",
                                  "оборонного ведомства РК"}


def test_seed_chinese_ministry_is_found_from_its_description(seed):
    cn = [e for e in orgs(seed) if e.attrs.get("country") == "CN" and e.attrs["kind"] == "ministry"]
    assert len(cn) == 1
    assert cn[0].name == "Министерство обороны Китая"
    assert "оборонного ведомства Китая" in mention_texts(cn[0])


def test_seed_sco_abbreviation_and_full_name_are_one_entity(seed):
    sco = by_name(seed, "ORGANIZATION", "Шанхайская организация сотрудничества")
    assert sco.attrs["abbr"] == "ШОС" and sco.attrs["kind"] == "international"
    assert mention_texts(sco) == {"ШОС", "Шанхайской организации сотрудничества"}
    assert len(sco.mentions) == 3


def test_seed_event_is_not_an_organisation_and_headlines_give_nothing(seed):
    names = [e.name for e in orgs(seed)]
    assert not any(n.startswith("Совещани") for n in names)  # «Совещания министров обороны ...» is an event
    body_end = seed.doc._.layout.body_end
    assert all(m.start < body_end for e in orgs(seed) for m in e.mentions)
    assert len(orgs(seed)) == 4  # two ministries, ШОС, the news agency


def test_name_and_bracketed_abbreviation_are_two_mentions_of_one_entity(extractor):
    art = extractor.extract("Об этом сообщила Ассоциация северных фермеров (АСФ). Ранее АСФ требовала снизить "
                            "налоги.")
    asf = by_name(art, "ORGANIZATION", "Ассоциация северных фермеров")
    assert asf.attrs["abbr"] == "АСФ"
    assert [m.text for m in asf.mentions] == ["Ассоциация северных фермеров", "АСФ", "АСФ"]


def test_bare_ministry_joins_the_ministry_of_the_article_country(extractor):
    text = ("В Москве прошли консультации Минобороны России и Министерства обороны США. "
            "Как сообщили в Минобороны, следующий раунд пройдёт осенью.")
    art = extractor.extract(text)
    ru = by_name(art, "ORGANIZATION", "Министерство обороны России")
    assert ru.attrs["country"] == "RU" and "Минобороны" in mention_texts(ru)
    us = [e for e in orgs(art) if e.attrs.get("country") == "US"]
    assert len(us) == 1 and "Минобороны" not in mention_texts(us[0])


def test_bare_ministry_stays_alone_when_the_article_does_not_say_whose(extractor):
    text = ("Министерство обороны Франции и Министерство обороны Италии обменялись нотами. "
            "В Минобороны отказались от комментариев.")
    art = extractor.extract(text)
    bare = [e for e in orgs(art) if e.attrs.get("country") is None and e.attrs["kind"] == "ministry"]
    assert len(bare) == 1 and mention_texts(bare[0]) == {"Минобороны"}


def test_description_joins_the_named_ministry_of_its_country(extractor):
    text = ("Министерство обороны КНР опубликовало заявление. Представитель военного ведомства Китая "
            "подтвердил его подлинность.")
    art = extractor.extract(text)
    cn = [e for e in orgs(art) if e.attrs.get("country") == "CN"]
    assert len(cn) == 1
    assert mention_texts(cn[0]) == {"Министерство обороны КНР", "военного ведомства Китая"}


def test_description_without_a_country_names_nothing(extractor):
    art = extractor.extract("Сотрудничество между оборонными ведомствами двух стран будет расширено.")
    assert orgs(art) == []


def test_relative_adjective_gives_the_country_of_a_national_body(extractor):
    art = extractor.extract("Глава японского МИДа выразил протест послу.")
    mid = by_name(art, "ORGANIZATION", "Министерство иностранных дел Японии")
    assert mid.attrs["country"] == "JP" and mention_texts(mid) == {"японского МИДа"}


def test_state_body_is_named_by_its_place_not_alone(extractor):
    art = extractor.extract("Правительство Японии одобрило бюджет. Правительство также обсудило налоги.")
    gov = [e for e in orgs(art)]
    assert len(gov) == 1 and gov[0].attrs["country"] == "JP"
    assert mention_texts(gov[0]) == {"Правительство Японии"}


def test_complement_with_po_is_part_of_the_name(extractor):
    art = extractor.extract("Европейский суд по правам человека вынес решение по жалобе.")
    court = by_name(art, "ORGANIZATION", "Европейский суд по правам человека")
    assert mention_texts(court) == {"Европейский суд по правам человека"}


def test_building_used_as_a_place_is_a_location_and_as_an_actor_an_organisation(extractor):
    art = extractor.extract("Президент принял коллегу в Белом доме. Позже Белый дом заявил о новых санкциях.")
    place = [e for e in art.of_type("LOCATION") if e.name == "Белый дом"]
    assert len(place) == 1 and mention_texts(place[0]) == {"Белом доме"}
    actor = [e for e in orgs(art) if "Белый дом" in mention_texts(e)]
    assert len(actor) == 1 and actor[0].attrs["country"] == "US"


def test_an_international_body_the_ner_reads_as_a_place_is_an_organisation(extractor):
    art = extractor.extract("ЕС наложил штраф на компанию. Евросоюз требует раскрыть данные.")
    assert not art.of_type("LOCATION")
    eu = by_name(art, "ORGANIZATION", "Европейский союз")
    assert mention_texts(eu) == {"ЕС", "Евросоюз"}


def test_samples_organisations(samples):
    belgrade = samples["belgrade-chief-of-staff-appointed"]
    staff = by_name(belgrade, "ORGANIZATION", "Генеральный штаб Сербии")
    assert staff.attrs["country"] == "RS" and staff.attrs["kind"] == "military"
    assert mention_texts(staff) == {"Генерального штаба Сербии", "Генерального штаба Вооружённых сил Сербии",
                                    "Генштаба"}
    geneva = samples["geneva-talks-cancelled"]
    mid = by_name(geneva, "ORGANIZATION", "Министерство иностранных дел Армении")
    assert mid.attrs["abbr"] == "МИД" and len(mid.mentions) == 2
    hanoi = samples["hanoi-energy-memorandum-2025"]
    trade = [e for e in orgs(hanoi) if e.name.startswith("Министерство промышленности и торговли")]
    # the lexicon's «Минпромторг» is Russian; the country written in the name wins
    assert len(trade) == 1 and trade[0].attrs["country"] == "VN" and trade[0].attrs["abbr"] is None
    brasilia = samples["brasilia-ministers-meeting"]
    assert not any(e.name.startswith("Министры") for e in orgs(brasilia))  # people, not a body


def test_the_article_own_expansion_beats_the_lexicon_reading_of_an_abbreviation(extractor):
    # the lexicon reads ВКС as the Russian aerospace forces; this article defines it as a company
    art = extractor.extract("Компания «Вектор-Строй» (ВКС) подписала контракт. ВКС начнёт работы летом.")
    assert len(orgs(art)) == 1
    company = orgs(art)[0]
    assert company.attrs["kind"] == "company" and company.attrs["abbr"] == "ВКС"
    assert [m.text for m in company.mentions] == ["Компания «Вектор-Строй»", "ВКС", "ВКС"]


def test_adjective_and_genitive_forms_of_a_state_body_are_one_entity(extractor):
    art = extractor.extract("Правительство Франции одобрило закон. Французское правительство также снизило налоги.")
    gov = by_name(art, "ORGANIZATION", "Правительство Франции")
    assert gov.attrs["country"] == "FR" and len(gov.mentions) == 2


def test_an_organisation_named_inside_another_is_its_own_mention(extractor):
    art = extractor.extract("Совет Безопасности ООН поддержал резолюцию. Генсек ООН выступил с речью.")
    council = by_name(art, "ORGANIZATION", "Совет Безопасности ООН")
    un = by_name(art, "ORGANIZATION", "Организация Объединённых Наций")
    assert mention_texts(council) == {"Совет Безопасности ООН"}
    assert [m.text for m in un.mentions] == ["ООН", "ООН"]  # the first inside the council's name
    assert council.mentions[0].start < un.mentions[0].start < council.mentions[0].end


def test_a_time_adjective_qualifies_the_mention_and_is_not_part_of_the_name(extractor):
    art = extractor.extract("Глава бывшего министерства обороны Японии выступил на форуме.")
    mod = by_name(art, "ORGANIZATION", "Министерство обороны Японии")
    assert mention_texts(mod) == {"министерства обороны Японии"}


def test_national_team_and_lower_case_ministry_named_by_their_country(extractor):
    art = extractor.extract("Встреча прошла в миде Грузии. Сборная России проиграла в Ереване. Сборная вылетела домой.")
    mid = by_name(art, "ORGANIZATION", "Министерство иностранных дел Грузии")
    assert mention_texts(mid) == {"миде Грузии"} and mid.attrs["country"] == "GE"
    team = by_name(art, "ORGANIZATION", "Сборная России")
    assert mention_texts(team) == {"Сборная России"}  # «Сборная» alone names nothing


def test_abbreviation_then_bracketed_full_name_is_one_entity(extractor):
    art = extractor.extract("Заявление сделал представитель НФС (Национального фронта спасения). НФС требует выборов.")
    front = by_name(art, "ORGANIZATION", "Национальный фронт спасения")
    assert front.attrs["abbr"] == "НФС"
    assert [m.text for m in front.mentions] == ["НФС", "Национального фронта спасения", "НФС"]
