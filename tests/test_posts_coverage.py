"""POSITION coverage: occupations (models/occupations.txt), participle posts, compound titles,
titles that need a name, and words that look like posts but are not one here.

Short invented sentences, each read by the real pipeline."""

import pytest

from extract.entities.ranks_posts import _only_a_person, lexicon


def positions(article):
    """{mention text: entity name} of the POSITION mentions."""
    return {m.text: e.name for e in article.entities if e.type == "POSITION" for m in e.mentions}


@pytest.mark.parametrize("text, mention, name", [
    ("Журналистка Анна Белова получила премию.", "Журналистка", "журналистка"),
    ("На концерте выступила певица Ольга Зорина.", "певица", "певица"),
    ("Футболисты Олег Маков и Павел Рыжов пропустят матч.", "Футболисты", "футболист"),
    ("Пожар потушили за час, сообщил пожарный Игорь Лунев.", "пожарный", "пожарный"),
    ("Его осмотрел хирург Виктор Ясенев.", "хирург", "хирург"),
    ("Премию вручили сценаристке Марии Дольской.", "сценаристке", "сценаристка"),
    ("Марафонец Денис Гаврин пробежал сорок километров.", "Марафонец", "марафонец"),
])
def test_occupations_from_the_lexicon(read, text, mention, name):
    assert positions(read(text)).get(mention) == name


def test_every_occupation_has_a_key():
    index = lexicon()
    for word in ("журналист", "стоматолог", "тракторист", "иеродиакон", "питчер"):
        assert (word,) in index and index[(word,)].type == "POSITION"


def test_a_participle_post_and_its_instrumental(read):
    art = read("Сергей Ломов был назначен управляющим делами администрации края.")
    assert any(n.startswith("управляющий делами") for n in positions(art).values())
    art = read("Ирина Котова, заведующая кафедрой истории, выступила на конференции.")
    assert any(n.startswith("заведующий кафедрой") or n.startswith("заведующая кафедрой")
               for n in positions(art).values())
    art = read("Он стал главным управляющим компании «Северный ветер».")
    assert positions(art).get("управляющим компании") == "управляющий компании"


def test_a_verb_is_not_a_participle_post(read):
    art = read("Он продолжит управлять делами семьи.")
    assert positions(art) == {}


def test_a_compound_title_from_an_animate_last_part(read):
    art = read("Концерт собрал трёх поп-певцов из разных городов.")
    assert positions(art).get("поп-певцов") == "поп-певец"


def test_a_compound_of_a_post_and_a_thing_is_no_post(read):
    art = read("Клуб выступает в премьер-лиге уже три сезона.")
    assert positions(art) == {}


def test_a_tagger_adverb_read_as_a_person(read):
    # slovnet tags the dative «боксёру» an adverb; pymorphy3 knows it only as a person
    art = read("Тренер сказал боксёру, что бой перенесли.")
    assert positions(art).get("боксёру") == "боксёр"


def test_chairman_of_the_board_is_a_post_not_a_body(read):
    art = read("Павел Ершов, председатель совета директоров банка «Омега», ушёл в отставку.")
    assert "председатель совета директоров" in set(positions(art).values())
    art = read("Совет директоров компании собрался в пятницу.")
    assert positions(art) == {}


def test_a_post_word_in_a_quoted_name_is_no_post(read):
    assert positions(read("Об этом сообщает газета «Коммерсант».")) == {}


def test_direct_speech_may_open_with_a_post(read):
    art = read("Он сказал: «Министр обороны приедет завтра».")
    assert "министр обороны" in set(positions(art).values())


def test_a_title_before_a_name(read):
    art = read("Вчера папа Климент XV принял делегацию из Бразилии.")
    assert positions(art).get("папа") == "папа"
    art = read("Он встречается с известной моделью Лаурой Ферри.")
    assert positions(art).get("моделью") == "модель"


@pytest.mark.parametrize("text", [
    "Его папа Иван Орлов работал на заводе.",
    "Компания представила новую модель автомобиля.",
    "Папа принёс домой торт.",
])
def test_the_same_words_in_their_other_senses(read, text):
    assert positions(read(text)) == {}


def test_a_role_before_its_holders_names(read):
    art = read("В составе клуба сыграют игроки Максим Сидоров и Олег Козлов.")
    assert positions(art).get("игроки") == "игрок"


def test_defender_needs_a_team(read):
    art = read("Защитник «Спартака» Олег Сидоров получил травму.")
    assert positions(art).get("Защитник") == "защитник"
    art = read("Защитники леса вышли на митинг у мэрии.")
    assert "Защитники" not in positions(art)
    art = read("Борец с коррупцией Иван Петров выступил на митинге.")
    assert positions(art) == {}


def test_a_countrys_membership_is_no_post(read):
    assert positions(read("Норвегия является членом союза с 1995 года.")) == {}
    assert positions(read("Страна, которая является членом союза, получит кредит.")) == {}
    art = read("Иван Петров является членом правления «Северной звезды».")
    assert positions(art).get("членом правления") == "член правления"


def test_a_possessive_clause_is_not_a_copula(read):
    art = read("Командир сказал, что у молодых бойцов не было патронов.")
    assert positions(art).get("бойцов") == "боец"


def test_feminine_host_keeps_her_name_and_the_masculine_needs_a_complement(read):
    art = read("Ведущая Анна Петрова заболела.")
    assert positions(art).get("Ведущая") == "ведущая"
    art = read("Ведущий программы Иван Петров заболел.")
    assert positions(art).get("Ведущий программы") == "ведущий программы"
    assert positions(read("Ведущие компании страны выросли в цене.")) == {}


@pytest.mark.parametrize("text", [
    "Экологи потребовали закрыть завод.",
    "Студенты вышли на демонстрацию.",
    "Активисты собрали подписи.",
    "Болельщики заполнили стадион.",
])
def test_stances_fans_and_students_are_not_jobs(read, text):
    assert positions(read(text)) == {}


def test_a_post_set_off_after_a_named_person(read):
    art = read("Пётр Варин, управляющий компанией «Пиксель», подал иск.")
    assert positions(art).get("управляющий компанией") == "управляющий компанией"
    art = read("Соперник Олега Лунина, Пётр Варин, управляющий компанией «Пиксель», подал иск.")
    assert positions(art).get("управляющий компанией") == "управляющий компанией"
    assert positions(read("Люди, управляющие автомобилями, должны быть внимательны.")) == {}


def test_head_of_one_of_several(read):
    art = read("Главу одного из крупнейших кланов Марселя Марка Дюпона задержали.")
    assert any(n.startswith("глава одного из") for n in positions(art).values())


def test_a_post_after_a_named_organisation_in_a_list(read):
    art = read("Он возглавлял ОАО «Заря», затем был гендиректором канала «Восток».")
    assert any(n.startswith("гендиректор") for n in positions(art).values())
    assert positions(read("Страны – члены ШОС подписали договор.")) == {}


def test_words_made_from_a_post_mention_it(read):
    art = read("В стране прошли досрочные президентские выборы.")
    assert positions(art).get("президентские") == "президент"
    art = read("Реформу начали во время президентства Виктора Сомова.")
    assert positions(art).get("президентства") == "президент"
    art = read("Она получила адвокатский статус в 2010 году.")
    assert positions(art).get("адвокатский") == "адвокат"


def test_words_made_from_a_post_in_a_name_or_of_a_kind(read):
    assert positions(read("Корабли Королевского флота вышли в море.")) == {}
    assert positions(read("Он окончил актёрский факультет.")) == {}


def test_a_post_after_an_adverbial_with_a_dash(read):
    art = read("По образованию — преподаватель истории и географии.")
    assert any(n.startswith("преподаватель") for n in positions(art).values())


def test_a_person_noun_whatever_the_tagger_took_it_for(read):
    # slovnet may tag «лётчика» a participle; pymorphy3 knows it only as a person
    assert _only_a_person("лётчика") and _only_a_person("боксёру")
    assert not _only_a_person("управляющим") and not _only_a_person("модель")
    art = read("Он получил диплом лётчика гражданской авиации.")
    assert positions(art).get("лётчика гражданской авиации") == "лётчик гражданской авиации"


def test_a_title_named_after_a_brand(read):
    art = read("Она работает YouTube-блогером уже пять лет.")
    assert positions(art).get("YouTube-блогером") == "youtube-блогер"
    assert positions(read("Отель открылся в Шарм-эш-Шейхе.")) == {}


def test_a_pope_by_capital_or_by_church(read):
    assert positions(read("Встреча с Папой продлилась час.")).get("Папой") == "папа"
    assert positions(read("Собор избрал его папой Коптской церкви.")).get("папой") == "папа"


def test_a_substantivised_adjective_before_a_name(read):
    art = read("Участковый Олег Сомов приехал на место.")
    assert positions(art).get("Участковый") == "участковый"


def test_a_post_predicated_of_a_person_with_an_initial(read):
    art = read("Новым президентом Чили становится юрист Л. Варгас.")
    assert positions(art).get("президентом") == "президент"


def test_an_honorific_before_a_title_the_ner_took_into_a_name(read):
    art = read("С визитом прибыл Святейший Патриарх Сербский Савва.")
    assert positions(art).get("Патриарх") == "патриарх"


def test_a_group_of_members_is_no_post(read):
    assert positions(read("Представители партии заявили о бойкоте выборов.")) == {}
    assert positions(read("Члены клуба собрались в субботу.")) == {}
    art = read("Представитель партии Иван Сомов заявил о бойкоте.")
    assert any(n.startswith("представитель") for n in positions(art).values())
