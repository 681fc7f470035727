"""OCCUPATION (person, position, org, country, location) and HAS_RANK (person, rank) relations.

Short texts are written for these tests (invented people); the samples are the project's own.
"""

from conftest import by_name


def occupations(article):
    """(person, position, org, country, location) names of every OCCUPATION."""
    names = {e.id: e.name for e in article.entities}
    res = set()
    for r in article.relations:
        if r.type == "OCCUPATION":
            a = r.args
            res.add(tuple(names.get(a.get(k)) for k in ("person", "position", "org", "country", "location")))
    return res


def posts_of(article, person):
    return {o[1] for o in occupations(article) if o[0] == person}


def where_of(article, person, position):
    return [o[2:] for o in occupations(article) if o[0] == person and o[1] == position]


def ranks(article):
    names = {e.id: e.name for e in article.entities}
    return {(names[r.args["person"]], names[r.args["rank"]]) for r in article.relations if r.type == "HAS_RANK"}


# ---- the seed article


def test_seed_ministers_hold_their_posts_in_their_countries(seed):
    dun = by_name(seed, "PERSON", "Дун Цзюнь")
    ruslan = by_name(seed, "PERSON", "Руслан Жаксылыков")
    assert "министр обороны" in posts_of(seed, dun.name)
    assert "министр обороны" in posts_of(seed, ruslan.name)
    # Дун Цзюнь's post is China's; Жаксылыков's is Kazakhstan's ministry
    assert {w[1] for w in where_of(seed, dun.name, "министр обороны")} == {"Китай"}
    kz = where_of(seed, ruslan.name, "министр обороны")
    assert kz and all(w[1] == "Казахстан" for w in kz)
    assert any(w[0] and w[0].startswith("Министерство обороны") for w in kz)


def test_seed_head_of_the_defence_department_is_the_kazakh_minister(seed):
    """«главой оборонного ведомства РК Русланом Жаксылыковым»: the ministry of Kazakhstan (the
    post is «глава» or «глава оборонного ведомства», as the entity layer cuts it)."""
    ruslan = by_name(seed, "PERSON", "Руслан Жаксылыков")
    where = [o[2:] for o in occupations(seed) if o[0] == ruslan.name and o[1].startswith("глава")]
    assert where and all(w[1] == "Казахстан" for w in where)
    assert any(w[0] and w[0].startswith("Министерство обороны") for w in where)


def test_seed_chinese_minister_belongs_to_the_chinese_ministry(seed):
    """«министр обороны КНР»: the Chinese defence ministry the article names elsewhere
    («оборонного ведомства Китая»)."""
    dun = by_name(seed, "PERSON", "Дун Цзюнь")
    orgs = {e.name: e for e in seed.of_type("ORGANIZATION")}
    where = where_of(seed, dun.name, "министр обороны")
    assert any(w[0] and orgs[w[0]].attrs.get("country") == "CN" for w in where)


def test_seed_ranks(seed):
    assert ranks(seed) == {("Дун Цзюнь", "адмирал"), ("Руслан Жаксылыков", "генерал-полковник")}


def test_seed_nothing_from_the_trailing_headlines(seed, seed_text):
    footer = seed_text.index("Планируется визит президента")
    assert all(r.evidence.end <= footer for r in seed.relations)


def test_seed_relations_point_to_entities_and_quote_their_sentence(seed, seed_text):
    ids = {e.id: e.type for e in seed.entities}
    for r in seed.relations:
        assert seed_text[r.evidence.start:r.evidence.end] == r.evidence.text
        if r.type == "OCCUPATION":
            # a rank is an occupation too: its OCCUPATION says so (attrs["by"] == "rank")
            kind = "RANK" if r.attrs.get("by") == "rank" else "POSITION"
            assert ids[r.args["person"]] == "PERSON" and ids[r.args["position"]] == kind
            assert ids.get(r.args.get("org"), "ORGANIZATION") == "ORGANIZATION"
            assert ids.get(r.args.get("country"), "COUNTRY") == "COUNTRY"
        elif r.type == "HAS_RANK":
            assert ids[r.args["rank"]] == "RANK"


# ---- the samples written for the project


def test_samples_ministers_of_two_countries_in_one_sentence(samples):
    art = samples["brasilia-ministers-meeting"]
    assert {w[1] for w in where_of(art, "Жозе Мартинс Пинту", "министр обороны")} == {"Бразилия"}
    assert {w[1] for w in where_of(art, "Луис Фернандес", "министр обороны")} == {"Аргентина"}


def test_samples_genitive_chain_and_the_ministry_named_elsewhere(samples):
    art = samples["hanoi-energy-memorandum-2025"]
    where = where_of(art, "Алексей Воронцов", "заместитель министра энергетики")
    assert where and where[0][1] == "Россия"
    # «Министерством энергетики Российской Федерации» later in the article is the post's ministry
    assert where[0][0] == "Министерство энергетики Российской Федерации"


def test_samples_spokeswoman_of_a_ministry_and_an_ambassador(samples):
    art = samples["geneva-talks-cancelled"]
    assert {w[1] for w in where_of(art, "Арсен Карапетян", "министр иностранных дел")} == {"Армения"}
    assert {w[1] for w in where_of(art, "Эльдар Гасанов", "министр иностранных дел")} == {"Азербайджан"}
    (org, country, _), = where_of(art, "Анна Саркисян", "официальный представитель")
    assert org.startswith(("МИД", "Министерство иностранных дел")) and country == "Армения"
    assert {w[1] for w in where_of(art, "Оливье Дюран", "посол")} == {"Франция"}


def test_samples_appointed_to_a_post(samples):
    art = samples["belgrade-chief-of-staff-appointed"]
    assert ("Милан Петрович", "генерал-лейтенант") in ranks(art)
    assert any(o[0] == "Милан Петрович" and o[1].startswith("начальник") and o[3] == "Сербия"
               for o in occupations(art))
    assert {w[1] for w in where_of(art, "Драган Йованович", "министр обороны")} == {"Сербия"}
    # the minister who congratulated him is not the chief of staff
    assert not any(p.startswith("начальник") for p in posts_of(art, "Драган Йованович"))


# ---- constructions, on short texts written for the tests


def test_apposition_after_the_name(extractor):
    art = extractor.extract("Павел Громов, министр транспорта Белоруссии, заявил журналистам о новых рейсах.")
    assert where_of(art, "Павел Громов", "министр транспорта") == [(None, "Белоруссия", None)]


def test_coordinated_posts_and_names_pair_up_in_order(extractor):
    art = extractor.extract("Министры финансов Казахстана и Узбекистана Ерлан Садыков и Бахтиёр Каримов "
                            "подписали соглашение.")
    assert {w[1] for w in where_of(art, "Ерлан Садыков", "министр финансов")} == {"Казахстан"}
    assert {w[1] for w in where_of(art, "Бахтиёр Каримов", "министр финансов")} == {"Узбекистан"}


def test_distributed_post_takes_the_body_of_its_own_country(extractor):
    # «ведомств Польши X и Чехии Y»: Y heads the Czech ministry, not the Polish one the words name
    art = extractor.extract("Министерство обороны Польши и Министерство обороны Чехии подписали меморандум. "
                            "В ходе встречи руководители оборонных ведомств Польши генерал Анджей Ковальский "
                            "и Чехии генерал Петр Новак обсудили учения.")
    post = "руководитель оборонных ведомств"
    assert where_of(art, "Анджей Ковальский", post) == [("Министерство обороны Польши", "Польша", None)]
    assert where_of(art, "Петр Новак", post) == [("Министерство обороны Чехии", "Чехия", None)]


def test_appointed_to_the_post_of(extractor):
    art = extractor.extract("Иван Соколов назначен на должность губернатора Курской области.")
    assert posts_of(art, "Иван Соколов") == {"губернатор"}


def test_heads_an_organisation(extractor):
    art = extractor.extract("Ольга Белова, возглавляющая компанию «Техносфера», выступила на форуме.")
    assert ("Ольга Белова", None, "Техносфера", None, None) in occupations(art)


def test_post_restated_in_a_later_sentence_is_the_same_person(extractor):
    art = extractor.extract("Министр здравоохранения Киргизии Алмаз Асанов прибыл в Ташкент. "
                            "Переговоры продлились три часа. Министр здравоохранения Киргизии отметил, "
                            "что поставки вакцин начнутся весной.")
    evidence = {r.evidence.text for r in art.relations if r.type == "OCCUPATION"}
    assert posts_of(art, "Алмаз Асанов") == {"министр здравоохранения"}
    assert any(e.startswith("Министр здравоохранения Киргизии Алмаз Асанов") for e in evidence)


# ---- a person named near a post that is not theirs


def test_the_other_party_of_a_meeting_does_not_take_the_post(extractor):
    art = extractor.extract("Сергей Иванов встретился с министром обороны Индии Раджешем Сингхом в Дели.")
    assert posts_of(art, "Сергей Иванов") == set()
    assert {w[1] for w in where_of(art, "Раджеш Сингх", "министр обороны")} == {"Индия"}


def test_an_unnamed_post_binds_nobody(extractor):
    art = extractor.extract("Сергей Иванов встретился с министром обороны Индии в Дели.")
    assert not [r for r in art.relations if r.type == "OCCUPATION"]


def test_assistant_of_a_minister_is_not_the_minister(extractor):
    art = extractor.extract("По словам помощника министра финансов Олега Кравцова, бюджет будет принят в срок.")
    posts = posts_of(art, "Олег Кравцов")
    assert "министр финансов" not in posts
    assert any(p.startswith("помощник") for p in posts)


def test_a_genitive_name_after_a_post_is_whose_post_it_is(extractor):
    art = extractor.extract("Адвокат бизнесмена Игоря Сомова Андрей Лунин заявил, что обжалует приговор.")
    lawyers = {o[0] for o in occupations(art) if o[1] == "адвокат"}
    assert lawyers == {"Андрей Лунин"}


def test_a_plural_post_opens_a_list_of_names(extractor):
    art = extractor.extract("На фестиваль приехали известные писатели и критики, среди которых — Павел Осокин "
                            "и Михаил Лаптев.")
    assert posts_of(art, "Павел Осокин") == posts_of(art, "Михаил Лаптев") == {"писатель", "критик"}


def test_posts_in_brackets_after_each_name(extractor):
    art = extractor.extract("Тренерский штаб составили Юрий Малов (второй тренер) и Андрей Шилов (тренер вратарей).")
    assert any(p.startswith("тренер") for p in posts_of(art, "Юрий Малов"))
    assert any(p.startswith("тренер") for p in posts_of(art, "Андрей Шилов"))


def test_predicates_of_holding_a_post_with_a_pronoun_subject(extractor):
    art = extractor.extract("Бывший премьер-министр Италии Марко Ферри назначен послом в Испании. "
                            "Ранее он работал министром финансов.")
    assert {"премьер-министр", "посол", "министр финансов"} <= posts_of(art, "Марко Ферри")


def test_two_roles_of_a_plural_subject_are_two_people(extractor):
    """«Президент и первая леди Анна Сорель задержались»: she is the first lady, not the president."""
    art = extractor.extract("Президент и первая леди Анна Сорель задержались в резиденции.")
    assert "президент" not in posts_of(art, "Анна Сорель")


def test_one_of_the_holders_of_a_post(extractor):
    art = extractor.extract("На совещании выступил Виктор Ларин, один из директоров компании «Северный порт».")
    assert any(o[0] == "Виктор Ларин" and o[1].startswith("директор") and o[2] == "Северный порт"
               for o in occupations(art))


def test_the_country_a_post_names_as_the_country(extractor):
    """«президент страны»: the country named just before."""
    art = extractor.extract("В Чили прошли выборы. Президент страны Хуан Ортис признал поражение своей партии.")
    assert where_of(art, "Хуан Ортис", "президент") == [(None, "Чили", None)]


def test_a_name_that_cannot_take_the_posts_case_is_not_its_holder(extractor):
    """«дочь знаменитого писателя Мария Лаптева»: «Мария» is not the genitive «писателя»."""
    art = extractor.extract("Среди гостей — дочь знаменитого писателя Мария Лаптева.")
    assert "писатель" not in posts_of(art, "Мария Лаптева")


def test_acting_posts_are_in_the_genitive(extractor):
    art = extractor.extract("И. о. главы администрации района Рустам Ганиев поздравил ветеранов. "
                            "Врио губернатора области Олег Тихонов прибыл в Москву.")
    assert any(p.startswith("глава") for p in posts_of(art, "Рустам Ганиев"))
    assert posts_of(art, "Олег Тихонов") == {"губернатор"}
