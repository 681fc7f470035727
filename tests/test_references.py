"""In-article references for roles (`doc._.refers`): posts, ranks, pronouns and «стороны»."""

from conftest import by_name
from extract.facts.references import referents


def refs(article, text, kind=None):
    """Names of what each occurrence of `text` (a token sequence) refers to, in order."""
    doc = article.doc
    names = {e.id: e.name for e in article.entities}
    res = []
    for r in doc._.refers:
        if doc[r.start:r.end].text == text and (kind is None or r.kind == kind):
            res.append(sorted(names[t] for t in r.targets))
    return res


def test_seed_post_restated_without_the_name(seed):
    """«Министр обороны Казахстана заметил…» after he was introduced as head of the RK defence
    department."""
    assert ["Руслан Жаксылыков"] in refs(seed, "Министр обороны", "POSITION")


def test_seed_pronouns_after_quotes_name_the_speaker(seed):
    # «– …, – подчеркнул он.» after «Генерал-полковник Руслан Жаксылыков поздравил коллегу…»
    # and «Он также отметил…» after «– …, – сказал адмирал Дун Цзюнь.»
    doc = seed.doc
    pronouns = [(doc[r.start].text, seed.entity(r.targets[0]).name) for r in doc._.refers if r.kind == "pronoun"]
    assert ("он", "Руслан Жаксылыков") in pronouns
    assert ("Он", "Дун Цзюнь") in pronouns


def test_seed_post_mentions_are_not_added_to_people(seed):
    """NER scores PERSON mentions as PER: a post standing for a person stays a POSITION."""
    dun = by_name(seed, "PERSON", "Дун Цзюнь")
    assert not any(m.text.lower().startswith(("министр", "глава", "адмирал")) for m in dun.mentions)


def test_pronoun_sides_and_post(extractor):
    art = extractor.extract("Министр обороны Казахстана Асхат Нуров прибыл в Пекин. Он встретился с министром "
                            "обороны Китая Ли Мином. Стороны обсудили военное сотрудничество.")
    assert refs(art, "Он", "pronoun") == [["Асхат Нуров"]]
    (sides,) = refs(art, "Стороны", "sides")
    assert "Асхат Нуров" in sides and len(sides) == 2
    doc = art.doc
    start = next(t.i for t in doc if t.text == "Стороны")
    assert len(referents(doc, start, start + 1)) == 2


def test_a_lone_rank_stands_for_its_holder_named_earlier(extractor):
    art = extractor.extract("Вице-адмирал Игорь Корнеев прибыл в Севастополь. Вечером вице-адмирал "
                            "провёл совещание с командирами кораблей.")
    assert refs(art, "вице-адмирал", "RANK")[-1] == ["Игорь Корнеев"]


def test_plural_post_stands_for_the_ministers(samples):
    art = samples["brasilia-ministers-meeting"]
    assert ["Жозе Мартинс Пинту", "Луис Фернандес"] in refs(art, "Министры", "POSITION")


def test_no_reference_to_a_person_of_another_country(extractor):
    art = extractor.extract("Министр иностранных дел Египта Ахмед Салем прибыл в Рим. Он провёл переговоры. "
                            "Позже министр иностранных дел Италии выступил перед журналистами.")
    assert refs(art, "министр иностранных дел", "POSITION") == []


def test_a_post_does_not_refer_to_the_person_it_meets(extractor):
    """«X встретился с министром обороны» (unnamed): the minister is not X."""
    art = extractor.extract("Министр обороны Сербии Марко Илич прибыл в Минск. Вечером Марко Илич встретился "
                            "с министром обороны.")
    assert refs(art, "министром обороны", "POSITION") == []


def test_feminine_post_does_not_refer_to_a_man(extractor):
    art = extractor.extract("Шахматист Павел Ежов выиграл турнир. Шахматистка заняла второе место.")
    assert refs(art, "Шахматистка") == []
