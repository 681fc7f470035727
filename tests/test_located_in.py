"""LOCATED_IN (location, country): the state a place lies in, or an organisation belongs to.

Short texts are written for these tests (invented people and events); the samples are the
project's own.
"""

from conftest import by_name


def located(article):
    """{(location name, country name): rule} of every LOCATED_IN."""
    names = {e.id: e.name for e in article.entities}
    return {(names[r.args["location"]], names[r.args["country"]]): r.attrs.get("rule")
            for r in article.relations if r.type == "LOCATED_IN"}


def countries_of(article, name):
    return {c for (w, c) in located(article) if w == name}


# ---- what the text states about a place


def test_country_in_brackets_beats_the_place_lexicon(read):
    """«в Бресте (Франция)»: the text's country, not the lexicon's (Belarus, also named here)."""
    art = read("Переговоры прошли в Бресте (Франция). Президент Белоруссии Иван Петров в них не участвовал.")
    assert located(art).get(("Брест", "Франция")) == "brackets"
    assert countries_of(art, "Брест") == {"Франция"}


def test_country_in_brackets(read):
    art = read("В Бресте (Белоруссия) прошли переговоры министров транспорта двух стран. "
               "Министр транспорта Польши Анджей Ковальчик прибыл туда утром.")
    assert located(art).get(("Брест", "Белоруссия")) == "brackets"
    assert countries_of(art, "Брест") == {"Белоруссия"}


def test_country_after_a_comma(read):
    art = read("Форум по энергетике прошел в Лионе, Франция, в минувшие выходные. Участники обсудили цены на газ.")
    assert located(art).get(("Лион", "Франция")) == "apposition"


def test_a_list_of_places_is_no_apposition(read):
    """«Берлин, Францию и Италию»: items of a list, none in another."""
    art = read("Министр посетил Берлин, Францию и Италию в ходе турне. Он вернулся домой в пятницу.")
    assert not countries_of(art, "Берлин")
    art = read("В Берлине, во Франции и в Италии прошли акции протеста. Полиция задержала десять человек.")
    assert not countries_of(art, "Берлин")


def test_part_of_a_country_in_the_genitive(read):
    """«в городе Тарнув на юге Польши»: a town the lexicon does not know, placed by the text."""
    art = read("В городе Тарнув на юге Польши открылся новый завод. Губернатор региона Марек Новак "
               "назвал это важным событием.")
    assert located(art).get(("Тарнув", "Польша")) == "locative"


def test_country_in_the_locative_after_the_place(read):
    art = read("В городе Алеппо на севере Сирии возобновилась работа рынка, сообщает местная администрация.")
    assert located(art).get(("Алеппо", "Сирия")) == "locative"


def test_a_direction_is_not_a_place(read):
    """«из Москвы в Китай»: where the plane flies, not where Moscow is."""
    art = read("Самолет вылетел из Москвы в Китай рано утром. Пассажиры прибыли в Пекин вечером.")
    assert ("Москва", "Китай") not in located(art)


def test_country_adjective_before_the_place(read):
    art = read("В турецком Измире прошли учения военно-морских сил. Министр обороны Турции Хасан Озтюрк "
               "наблюдал за маневрами.")
    assert located(art).get(("Измир", "Турция")) == "adjective"


def test_country_adjective_before_the_generic_word(read):
    """«в казахстанском портовом городе Шымкенте»: the adjective qualifies the place's generic word."""
    art = read("В казахстанском портовом городе Шымкенте прошла ярмарка. В ней приняли участие фермеры Казахстана.")
    assert located(art).get(("Шымкент", "Казахстан")) == "adjective"


def test_country_adjective_needs_the_country_in_the_article(read):
    """«в сирийском городе» names no state entity when the article names no Syria: nothing invented."""
    art = read("В сирийском городе Алеппо открылась школа. Ее построили волонтеры.")
    assert not [r for r in art.relations if r.type == "LOCATED_IN"]
    assert not [e for e in art.entities if e.type == "COUNTRY"]


def test_capital_of_a_country_named_before_it(read):
    art = read("В столице Армении Ереване прошел фестиваль. Его гости приехали из разных городов.")
    assert located(art).get(("Ереван", "Армения")) == "genitive"


# ---- the place lexicon's country


def test_lexicon_country_when_the_article_names_it(read):
    """Минск is in Belarus (models/places.tsv); the evidence is the place's first sentence when
    no sentence names both."""
    text = ("Вчера в Минске открылась выставка сельхозтехники. "
            "На ней представлены машины из Белоруссии и России.")
    art = read(text)
    assert located(art).get(("Минск", "Белоруссия")) == "place-lexicon"
    rel = next(r for r in art.relations if r.type == "LOCATED_IN")
    assert rel.evidence.text == "Вчера в Минске открылась выставка сельхозтехники."
    assert text[rel.evidence.start:rel.evidence.end] == rel.evidence.text


def test_lexicon_evidence_is_the_sentence_naming_both(read):
    """One relation for a place mentioned three times; its evidence is where place and country meet."""
    text = ("Пресс-служба Министерства обороны Германии сообщила о начале учений. "
            "Министр обороны Германии Отто Шульц прибыл в Мюнхен. В Мюнхене он осмотрел технику. "
            "Мюнхен принял гостей тепло.")
    art = read(text)
    rels = [r for r in art.relations if r.type == "LOCATED_IN"
            and r.args["location"] == by_name(art, "LOCATION", "Мюнхен").id]
    assert len(rels) == 1
    assert rels[0].evidence.text == "Министр обороны Германии Отто Шульц прибыл в Мюнхен."
    assert rels[0].args["country"] == by_name(art, "COUNTRY", "Германия").id


def test_another_country_of_the_article_is_not_the_place_s(read):
    """«Делегация Франции прибыла в Берлин»: France is in the article, Berlin is not in France, and
    Germany is not named: no relation for Berlin; the delegation is not located in France either."""
    art = read("Делегация Франции прибыла в Берлин на переговоры о поставках газа. Стороны обсудили цены.")
    assert not countries_of(art, "Берлин")
    assert not [r for r in art.relations if r.type == "LOCATED_IN"]


def test_nothing_from_the_trailing_headlines(read):
    """Places and countries of the related-news block after the article belong to other stories."""
    art = read("Компания «Уралтрубосталь» подписала контракт с партнерами из Турции. Переговоры прошли в Анкаре.\n\n"
               "Читайте также:\n\n"
               "Во Франции выбрали мэров\n\n"
               "В Лионе, Франция, открыли мост ...\n\n"
               "Экспорт зерна из Ростова вырос\n\n"
               "Россия увеличила поставки зерна в Египет ...")
    assert set(located(art)) == {("Анкара", "Турция")}
    footer = art.text.index("Читайте также")
    assert all(r.evidence.end <= footer for r in art.relations)


# ---- organisations


def test_a_state_body_is_in_its_state(read):
    """«российский МИД» (the adjective names Russia's ministry) with Russia named in the article."""
    art = read("Министр иностранных дел Чили Хуан Перес заявил, что российский МИД передал ответ. "
               "Россия готова к переговорам.")
    mfa = next(e for e in art.entities if e.type == "ORGANIZATION" and e.attrs.get("country") == "RU")
    assert located(art).get((mfa.name, "Россия")) == "organisation-country"


def test_an_international_organisation_has_no_country(read):
    """The UN sits in New York, but it is no body of the United States."""
    art = read("Генеральный секретарь ООН Антониу Гутерриш выступил в Нью-Йорке. США поддержали его предложения.")
    un = next(e for e in art.entities if e.type == "ORGANIZATION" and e.attrs.get("abbr") == "ООН")
    assert un.attrs["kind"] == "international"
    assert not countries_of(art, un.name)
    assert located(art).get(("Нью-Йорк", "США")) == "place-lexicon"


def test_a_body_of_two_states_is_in_neither_alone(read):
    art = read("Союзное государство России и Белоруссии отметило годовщину договора.")
    org = next(e for e in art.entities if e.type == "ORGANIZATION")
    assert not countries_of(art, org.name)


def test_an_embassy_is_where_the_text_puts_it(read):
    """«Посольство России в Казахстане» is in Kazakhstan, not in Russia, its sending state."""
    art = read("Посольство России в Казахстане выразило соболезнования семьям погибших.")
    embassy = next(e for e in art.entities if e.type == "ORGANIZATION")
    assert countries_of(art, embassy.name) == {"Казахстан"}


# ---- the seed article and the samples


def test_seed_astana_and_the_kazakh_ministry_are_in_kazakhstan(seed):
    kz = by_name(seed, "COUNTRY", "Казахстан")
    astana = by_name(seed, "LOCATION", "Астана")
    ministry = by_name(seed, "ORGANIZATION", "Министерство обороны Казахстана")
    pairs = {(r.args["location"], r.args["country"]) for r in seed.relations if r.type == "LOCATED_IN"}
    assert (astana.id, kz.id) in pairs
    assert (ministry.id, kz.id) in pairs
    # the Chinese ministry is China's; the SCO is of no state
    cn = by_name(seed, "COUNTRY", "Китай")
    assert {c for w, c in pairs if w == by_name(seed, "ORGANIZATION", "Министерство обороны Китая").id} == {cn.id}
    sco = by_name(seed, "ORGANIZATION", "Шанхайская организация сотрудничества")
    assert not [p for p in pairs if p[0] == sco.id]


def test_samples_one_relation_per_pair_with_real_arguments(samples):
    """In every sample: one LOCATED_IN per pair, a LOCATION or ORGANIZATION in a COUNTRY, evidence
    that is the input's text holding a mention of both or of the location."""
    for art in samples.values():
        types = {e.id: e.type for e in art.entities}
        mentions = {e.id: e.mentions for e in art.entities}
        rels = [r for r in art.relations if r.type == "LOCATED_IN"]
        pairs = [(r.args["location"], r.args["country"]) for r in rels]
        assert len(pairs) == len(set(pairs)), art.id
        for r in rels:
            assert types[r.args["location"]] in ("LOCATION", "ORGANIZATION"), art.id
            assert types[r.args["country"]] == "COUNTRY", art.id
            ev = r.evidence
            assert art.text[ev.start:ev.end] == ev.text
            assert any(ev.start <= m.start and m.end <= ev.end for m in mentions[r.args["location"]]), (art.id, ev)
