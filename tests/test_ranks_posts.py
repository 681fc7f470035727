"""RANK and POSITION entities: lexicon words plus the genitive complement from the syntax."""

import json

from conftest import by_name


def names(article, type_):
    return {e.name for e in article.entities if e.type == type_}


def test_seed_ranks_are_whole_hyphenated_words(seed):
    admiral = by_name(seed, "RANK", "адмирал")
    colonel_general = by_name(seed, "RANK", "генерал-полковник")
    assert {m.text for m in colonel_general.mentions} == {"Генерал-полковник", "генерал-полковник"}
    assert "адмирала" in {m.text for m in admiral.mentions}
    assert admiral.attrs == {"kind": "navy"} and colonel_general.attrs == {"kind": "military"}


def test_seed_posts_normalised_with_complement(seed):
    minister = by_name(seed, "POSITION", "министр обороны")
    texts = {m.text for m in minister.mentions}
    assert {"Министр обороны", "министра обороны", "министров обороны"} <= texts
    head = by_name(seed, "POSITION", "глава оборонного ведомства")
    assert {m.text for m in head.mentions} == {"главой оборонного ведомства", "Глава оборонного ведомства"}
    # the country is not part of the post
    assert not any("КНР" in m.text or "РК" in m.text for e in seed.entities if e.type == "POSITION"
                   for m in e.mentions)


def test_seed_post_points_to_its_country_for_the_fact_stages(seed):
    doc = seed.doc
    post = next(f for f in doc._.found if f.type == "POSITION" and doc[f.start:f.end].text == "Министр обороны")
    country = next(f for f in doc._.found if f.type == "COUNTRY" and f.start == post.end)
    assert doc[country.start:country.end].text == "КНР"
    assert (country.start, country.end) in post.of
    assert doc[post.head].text == "Министр"


def test_seed_nothing_from_the_trailing_headlines(seed):
    footer = seed.doc._.layout.footer[0]
    for e in seed.entities:
        if e.type in ("POSITION", "RANK"):
            assert all(m.start < footer for m in e.mentions), e
    assert "президент" not in names(seed, "POSITION")


def test_attrs_are_plain_json(seed):
    for e in seed.entities:
        if e.type in ("POSITION", "RANK"):
            json.dumps(e.attrs)
            assert set(e.attrs) <= {"kind"}


def test_samples_posts(samples):
    hanoi = samples["hanoi-energy-memorandum-2025"]
    assert {"заместитель министра энергетики", "вице-премьер"} <= names(hanoi, "POSITION")
    geneva = samples["geneva-talks-cancelled"]
    assert {"министр иностранных дел", "официальный представитель", "посол"} <= names(geneva, "POSITION")
    belgrade = samples["belgrade-chief-of-staff-appointed"]
    assert "генерал-лейтенант" in names(belgrade, "RANK")
    assert {"президент", "министр обороны"} <= names(belgrade, "POSITION")
    brasilia = samples["brasilia-ministers-meeting"]
    assert "министр обороны" in names(brasilia, "POSITION")
    assert not names(brasilia, "RANK")


def test_deputy_of_a_post_keeps_the_chain_and_leaves_the_country(extractor):
    a = extractor.extract("Заместитель министра иностранных дел России Пётр Соколов прибыл в Минск.")
    # the deputy's post, and inside it the post he serves under (a nested mention of its own)
    assert names(a, "POSITION") == {"заместитель министра иностранных дел", "министр иностранных дел"}
    doc = a.doc
    russia = next(f for f in doc._.found if f.type == "COUNTRY")
    for f in doc._.found:
        if f.type == "POSITION":
            assert (russia.start, russia.end) in f.of


def test_instrumental_and_plural_forms_normalise(extractor):
    a = extractor.extract("Он был назначен министром обороны. Министры финансов двух стран "
                          "и генеральные директора компаний встретились в Москве.")
    assert {"министр обороны", "министр финансов", "генеральный директор"} <= names(a, "POSITION")
    plural = next(f for f in a.doc._.found if f.type == "POSITION" and a.doc[f.start].text == "Министры")
    assert plural.plural


def test_rank_with_service_and_diplomatic_rank(extractor):
    a = extractor.extract("Полковник полиции Игорь Мальцев встретился с Чрезвычайным и Полномочным Послом "
                          "Анной Крыловой и капитаном первого ранга Олегом Титовым.")
    assert names(a, "RANK") == {"полковник полиции", "Чрезвычайный и Полномочный Посол", "капитан первого ранга"}
    assert "посол" not in names(a, "POSITION")


def test_captain_of_a_team_is_a_post_not_a_rank(extractor):
    a = extractor.extract("Капитан команды Денис Орлов забил два гола.")
    assert "капитан команды" in names(a, "POSITION")
    assert not names(a, "RANK")


def test_not_posts(extractor):
    a = extractor.extract("Делегация во главе с Иваном Ковалёвым посетила завод. Совет директоров "
                          "одобрил сделку. В главе пятой книги об этом ничего нет.")
    assert not names(a, "POSITION")


def test_a_person_in_the_complement_has_a_post_of_their_own(extractor):
    a = extractor.extract("Адвокаты политика обжаловали решение суда.")
    assert {"адвокат", "политик"} <= names(a, "POSITION")


def test_compound_job_titles(extractor):
    a = extractor.extract("Врач-реаниматолог Ольга Миронова и журналист-расследователь Павел Зуев выступили в суде.")
    assert {"врач-реаниматолог", "журналист-расследователь"} <= names(a, "POSITION")


def test_seed_head_of_a_described_ministry_points_to_the_ministry(seed):
    doc = seed.doc
    post = next(f for f in doc._.found if f.type == "POSITION" and doc[f.start:f.end].text == "главой оборонного ведомства")
    orgs = [f for f in doc._.found if f.type == "ORGANIZATION" and (f.start, f.end) in post.of]
    assert orgs and orgs[0].norm.startswith("Министерство обороны")


def test_member_states_are_not_a_post(seed):
    assert "член" not in names(seed, "POSITION")
