"""One post of one person named twice becomes one POSITION entity (facts/restated_posts.py).

Short texts written for these tests (invented people).
"""

from test_occupation import occupations, posts_of


def position_mentions(article, person):
    """{post name: mention texts} of the person's OCCUPATIONs."""
    ents = {e.id: e for e in article.entities}
    return {ents[r.args["position"]].name: sorted(m.text for m in ents[r.args["position"]].mentions)
            for r in article.relations if r.type == "OCCUPATION" and ents[r.args["person"]].name == person
            and r.args.get("position")}


def test_post_restated_by_a_description_is_one_post(extractor):
    art = extractor.extract("Глава Чили Мануэль Рохас открыл новый порт в Вальпараисо. Президент "
                            "пообещал, что грузооборот вырастет вдвое.")
    posts = position_mentions(art, "Мануэль Рохас")
    assert list(posts) == ["глава"]
    assert posts["глава"] == ["Глава", "Президент"]
    assert [o[3] for o in occupations(art) if o[0] == "Мануэль Рохас"] == ["Чили"]


def test_shorter_and_longer_name_of_one_post(extractor):
    art = extractor.extract("В 2019 году Анна Коул стала первой женщиной-спикером. Спикер палаты общин "
                            "Анна Коул напомнила депутатам о регламенте.")
    posts = position_mentions(art, "Анна Коул")
    assert list(posts) == ["спикер палаты общин"]
    assert posts["спикер палаты общин"] == ["Спикер палаты общин", "женщиной-спикером"]


def test_two_posts_of_one_career_stay_two(extractor):
    art = extractor.extract("Бывший премьер-министр Италии Марко Ферри назначен послом в Испании. "
                            "Ранее он работал министром финансов.")
    assert {"премьер-министр", "посол", "министр финансов"} <= posts_of(art, "Марко Ферри")


def test_two_ministries_of_one_person_stay_two(extractor):
    art = extractor.extract("Министр финансов Андрей Лунёв выступил в Думе. Раньше Андрей Лунёв был "
                            "министром обороны.")
    assert {"министр финансов", "министр обороны"} <= posts_of(art, "Андрей Лунёв")


def test_a_post_two_people_hold_is_not_joined(extractor):
    """«спикер» of two people is a post as such: it keeps its own entity and both hold it."""
    art = extractor.extract("Спикер Олег Рябов открыл заседание. Спикер Иван Гусев выступил позже. "
                            "Спикер сената Олег Рябов закрыл заседание.")
    assert "спикер" in posts_of(art, "Иван Гусев")


def test_a_post_no_one_holds_restating_a_held_post_of_the_same_organisation(extractor):
    """«выборы президента международной федерации X» beside «президент X Имярек»: one post."""
    art = extractor.extract("В мае пройдут выборы президента международной федерации волейбола ФИВБ. "
                            "Действующий президент ФИВБ Пабло Рейес снова выдвинул свою кандидатуру.")
    posts = position_mentions(art, "Пабло Рейес")
    assert posts == {"президент": ["президент", "президента международной федерации волейбола"]}


def test_a_post_no_one_holds_in_another_organisation_stays_apart(extractor):
    art = extractor.extract("В мае пройдут выборы президента международной федерации волейбола ФИВБ. "
                            "Действующий президент УЕФА Пабло Рейес выступил с речью.")
    assert position_mentions(art, "Пабло Рейес") == {"президент": ["президент"]}
