"""OCCUPATION from ranks, general roles of an organisation, and roles held by one person.

Short texts written for these tests (invented people).
"""

from test_occupation import occupations, posts_of, ranks


def positions(article):
    return {e.name for e in article.entities if e.type == "POSITION"}


# ---- a rank is an occupation too


def test_rank_with_its_service_is_an_occupation(extractor):
    art = extractor.extract("Церемония прошла в Казани в присутствии генерал-майора МВД Тимура Сафина.")
    assert ranks(art) == {("Тимур Сафин", "генерал-майор")}
    occ = [o for o in occupations(art) if o[0] == "Тимур Сафин"]
    assert occ and occ[0][1] == "генерал-майор" and occ[0][2] == "Министерство внутренних дел"
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
    art = extractor.extract("Об этом заявил координатор движения «Зелёный берег» Олег Суслов.")
    assert ("Олег Суслов", "координатор движения", "Зелёный берег", None, None) in occupations(art)


def test_rapporteur_after_the_name(extractor):
    art = extractor.extract("Это неприемлемо, — заявил Ханс Мюллер, докладчик ПАСЕ.")
    occ = [o for o in occupations(art) if o[0] == "Ханс Мюллер"]
    assert [o[1] for o in occ] == ["докладчик"] and occ[0][2]


def test_observer_then_a_described_second_role(extractor):
    """«наблюдатель от ОБСЕ португальский парламентарий X»: the adjective of the second role does
    not cut the roles off from the name."""
    art = extractor.extract("Наблюдатель от ОБСЕ португальский парламентарий Жуан Мота сообщил о нарушениях.")
    assert posts_of(art, "Жуан Мота") == {"наблюдатель", "парламентарий"}


def test_role_words_without_what_they_belong_to_are_not_posts(extractor):
    art = extractor.extract("Наблюдатели отмечают рост цен. Мобильный оператор снизил тарифы, "
                            "координатор не назван.")
    assert not positions(art) & {"наблюдатель", "оператор", "координатор"}
    assert not [r for r in art.relations if r.type == "OCCUPATION"]


# ---- lists of people: number tells who holds what


def test_plural_role_in_a_list_is_not_the_next_persons_post(extractor):
    art = extractor.extract("В церемонии приняли участие представители федеральной власти, глава Курской "
                            "области Иван Соколов, руководители соседних регионов.")
    assert posts_of(art, "Иван Соколов") == {"глава"}


def test_plural_role_after_a_named_person_is_not_theirs(extractor):
    art = extractor.extract("Полпред президента в округе Александр Хлопонов, представители Госдумы России, "
                            "председатель совета Равиль Галеев приняли участие в церемонии.")
    assert "представитель" not in posts_of(art, "Александр Хлопонов")
    assert "представитель" not in posts_of(art, "Равиль Галеев")


def test_counted_role_lists_its_holders(extractor):
    """«два журналиста: X и Y»: a role counted by a numeral is plural, whatever its form."""
    art = extractor.extract("В заключении находятся два журналиста: Павел Ким и Карим Хасан.")
    assert posts_of(art, "Павел Ким") == posts_of(art, "Карим Хасан") == {"журналист"}


def test_counted_role_is_not_one_person_named_before(extractor):
    art = extractor.extract("Депутат Олег Рябов выступил утром. Вечером на встрече выступили "
                            "четыре депутата.")
    assert [r.attrs.get("rule") for r in art.relations
            if r.type == "OCCUPATION" and r.evidence.text.startswith("Вечером")] == []
