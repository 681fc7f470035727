"""OCCUPATION from ranks, general roles of an organisation, lists of people and restated posts.

Short texts written for these tests (invented people and organisations).
"""

from test_occupation import occupations, posts_of, ranks


def positions(article):
    return {e.name for e in article.entities if e.type == "POSITION"}


# ---- a rank is an occupation too


def test_rank_with_its_service_is_an_occupation(extractor):
    art = extractor.extract("Награду вручили полковнику ФСБ Тимуру Сафину на торжественном вечере.")
    assert ranks(art) == {("Тимур Сафин", "полковник")}
    occ = [o for o in occupations(art) if o[0] == "Тимур Сафин"]
    assert occ and occ[0][1] == "полковник" and occ[0][2] == "Федеральная служба безопасности"
    ids = {e.id: e.type for e in art.entities}
    rank_occ = [r for r in art.relations if r.type == "OCCUPATION" and r.attrs.get("by") == "rank"]
    assert rank_occ and all(ids[r.args["position"]] == "RANK" for r in rank_occ)


def test_rank_beside_a_post_gives_both(extractor):
    art = extractor.extract("Министр обороны Перу адмирал Хуан Ортис прибыл в Лиму.")
    assert posts_of(art, "Хуан Ортис") == {"министр обороны", "адмирал"}


def test_rank_without_a_holder_is_no_occupation(extractor):
    art = extractor.extract("Звание полковника присваивается за выслугу лет.")
    assert not [r for r in art.relations if r.type in ("OCCUPATION", "HAS_RANK")]


# ---- general roles held in an organisation


def test_coordinator_of_a_movement(extractor):
    art = extractor.extract("Митинг согласовал координатор движения «Зелёный берег» Олег Суслов.")
    assert ("Олег Суслов", "координатор движения", "Зелёный берег", None, None) in occupations(art)


def test_rapporteur_after_the_name(extractor):
    art = extractor.extract("Доклад о свободе прессы представил Ханс Мюллер, докладчик Европарламента.")
    occ = [o for o in occupations(art) if o[0] == "Ханс Мюллер"]
    assert [o[1] for o in occ] == ["докладчик"] and occ[0][2]


def test_described_second_role_before_the_name(extractor):
    """«наблюдатель от ООН бельгийский дипломат X»: the adjective of the second role does not cut
    the roles off from the name."""
    art = extractor.extract("На выборах работал наблюдатель от ООН бельгийский дипломат Люк Мартенс.")
    assert posts_of(art, "Люк Мартенс") == {"наблюдатель", "дипломат"}


def test_role_words_without_what_they_belong_to_are_not_posts(extractor):
    art = extractor.extract("Наблюдатели отмечают рост цен. Мобильный оператор снизил тарифы, "
                            "координатор не назван.")
    assert not positions(art) & {"наблюдатель", "оператор", "координатор"}
    assert not [r for r in art.relations if r.type == "OCCUPATION"]


# ---- lists of people: number tells who holds what


def test_plural_role_in_a_list_is_not_the_next_persons_post(extractor):
    art = extractor.extract("На открытии моста были жители района, сотрудники мэрии, мэр Тулы Иван Соколов "
                            "и строители.")
    assert posts_of(art, "Иван Соколов") == {"мэр"}


def test_plural_role_after_a_named_person_is_not_theirs(extractor):
    art = extractor.extract("Ректор университета Пётр Зайцев, преподаватели кафедры, декан факультета "
                            "Нина Лебедева открыли конференцию.")
    assert "преподаватель" not in posts_of(art, "Пётр Зайцев")
    assert "преподаватель" not in posts_of(art, "Нина Лебедева")


def test_counted_role_lists_its_holders(extractor):
    """«два журналиста: X и Y»: a role counted by a numeral is plural, whatever its form."""
    art = extractor.extract("Премию получили два журналиста: Павел Ким и Карим Хасан.")
    assert posts_of(art, "Павел Ким") == posts_of(art, "Карим Хасан") == {"журналист"}


def test_counted_role_is_not_one_person_named_before(extractor):
    art = extractor.extract("Депутат Олег Рябов выступил утром. Вечером на встрече выступили "
                            "четыре депутата.")
    assert [r.attrs.get("rule") for r in art.relations
            if r.type == "OCCUPATION" and r.evidence.text.startswith("Вечером")] == []


def test_second_role_joined_by_and(extractor):
    art = extractor.extract("Гостем фестиваля стал Томас Верн - писатель и председатель клуба «Полярный круг».")
    assert {"писатель", "председатель клуба"} <= posts_of(art, "Томас Верн")


# ---- a post with no name beside it, and whom it can stand for


def test_head_of_another_body_is_not_the_person_introduced_before(extractor):
    """«председатель комиссии X» introduced, later «председатель банка»: two bodies, two posts."""
    art = extractor.extract("Отчёт подписал председатель Счётной комиссии Роман Белых. По данным газеты, "
                            "председатель Народного банка отказался от комментариев.")
    assert [o[2] for o in occupations(art) if o[0] == "Роман Белых"] == ["Счётная комиссия"]


def test_role_before_an_initial_and_surname(extractor):
    """«Директор музея А. Воронова»: an initial has no case; the surname agrees with the role."""
    art = extractor.extract("Директор музея А. Воронова рассказала о новой выставке.")
    assert [o[1] for o in occupations(art) if o[0].endswith("Воронова") or o[0].endswith("Воронов")] == \
        ["директор музея"]


def test_genitive_initial_and_surname_before_a_name_is_whose_the_role_is(extractor):
    art = extractor.extract("Встречу провёл помощник П. Иванова Олег Ким.")
    assert posts_of(art, "Олег Ким") == {"помощник"}
