"""COUNTRY entities: ISO 3166-1 alpha-2 codes, every surface form of a state in one entity, ambiguous
abbreviations read from the article."""

from conftest import by_name

from extract.entities.countries import genitive_name


def countries(art):
    return {e.attrs["iso"]: e for e in art.of_type("COUNTRY")}


def test_seed_china_and_kazakhstan_with_every_surface_form(seed):
    found = countries(seed)
    assert set(found) == {"CN", "KZ"}  # nothing from the trailing headlines (Азербайджан)
    assert found["CN"].name == "Китай" and found["KZ"].name == "Казахстан"
    assert {m.text for m in found["CN"].mentions} >= {"КНР", "Китайской Народной Республики", "Китая", "Китаем"}
    assert {m.text for m in found["KZ"].mentions} >= {"РК", "Казахстана", "Казахстан", "Казахстаном"}
    body_end = seed.doc._.layout.body_end
    assert all(m.start < body_end for e in found.values() for m in e.mentions)


def test_rk_is_kazakhstan_in_an_article_about_astana(extractor):
    art = extractor.extract("В Астане открылся форум. Президент РК выступил с речью перед делегатами.")
    rk = [e for e in art.of_type("COUNTRY") if "РК" in {m.text for m in e.mentions}]
    assert len(rk) == 1 and rk[0].attrs["iso"] == "KZ"


def test_rk_is_korea_in_an_article_about_seoul(extractor):
    art = extractor.extract("В Сеуле открылся форум. Президент РК выступил с речью перед делегатами.")
    rk = [e for e in art.of_type("COUNTRY") if "РК" in {m.text for m in e.mentions}]
    assert len(rk) == 1 and rk[0].attrs["iso"] == "KR"


def test_side_stands_for_the_state(extractor):
    art = extractor.extract("Переговоры с Китаем прошли успешно. Китайская сторона предложила продлить соглашение.")
    cn = by_name(art, "COUNTRY", "Китай")
    # the adjective is the mention (as NEREL marks it); «сторона» is the noun it qualifies
    assert {m.text for m in cn.mentions} == {"Китаем", "Китайская"}


def test_an_adjective_of_origin_is_not_a_country_mention(extractor):
    # «российский хоккеист» says where he is from; only an adjective that stands for the state is a mention
    art = extractor.extract("Российский хоккеист забил гол в финале, а британский фильм получил приз.")
    assert art.of_type("COUNTRY") == []


def test_domain_zone_is_not_a_country(extractor):
    art = extractor.extract("Регистрация доменов в зоне .РФ началась в ноябре.")
    assert art.of_type("COUNTRY") == [] and art.of_type("LOCATION") == []


def test_country_word_inside_a_longer_place_name_is_that_place(extractor):
    art = extractor.extract("Скандал затронул несколько стран Латинской Америки.")
    assert art.of_type("COUNTRY") == []
    assert by_name(art, "LOCATION", "Латинская Америка").attrs["kind"] == "region"


def test_genitive_name():
    assert genitive_name("JP") == "Японии"
    assert genitive_name("KR") == "Южной Кореи"
    assert genitive_name("US") == "США"


def test_samples_countries(samples):
    hanoi = countries(samples["hanoi-energy-memorandum-2025"])
    assert {m.text for m in hanoi["RU"].mentions} >= {"России", "Российской Федерации", "российская"}
    assert "Социалистической Республики Вьетнам" in {m.text for m in hanoi["VN"].mentions}
    brasilia = countries(samples["brasilia-ministers-meeting"])
    assert "Аргентинская" in {m.text for m in brasilia["AR"].mentions}


def test_adjectives_are_mentions_when_the_stage_is_configured_so(extractor):
    from extract.entities.countries import CountryFinder
    doc = extractor.extract("Российские хоккеисты провели сборы вместе с китайскими коллегами.").doc
    doc._.found = []
    CountryFinder(adjectives=True)(doc)
    assert sorted((doc[f.start].text, f.attrs["iso"]) for f in doc._.found) == [("Российские", "RU"),
                                                                               ("китайскими", "CN")]
