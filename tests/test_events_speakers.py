"""Who speaks, and which words are a statement at all; appointments, leading and visits read
more widely. Short texts written for these tests (invented people), positive and negative."""

from events_helpers import events, names


def speakers(article):
    return [names(article, e.args["speaker"]) for e in events(article, "STATEMENT")]


# --- the article's own voice and unnamed sources are nobody's statement


def test_editorial_first_person_is_not_a_statement(read):
    a = read("Министр финансов Литвы Йонас Мартинайтис ушёл в отставку. Напомним, что Мартинайтис "
             "возглавлял министерство четыре года.")
    assert not events(a, "STATEMENT")


def test_a_name_that_owns_the_subject_is_not_the_speaker(read):
    a = read("Суд над Петром Марченко начался в понедельник. Адвокат Петра Марченко заявил, что его "
             "подзащитный был простым солдатом.")
    assert {"Пётр Марченко"} not in speakers(a)


def test_the_person_the_words_are_about_is_not_the_speaker(read):
    a = read("Изначально полиция сообщала, что Глеб Сидоренко был задержан на границе.")
    assert all("Глеб Сидоренко" not in s for s in speakers(a))


def test_a_plural_noun_is_not_one_person(read):
    a = read("Инженер Тарас Гнатюк руководил заводом двадцать лет. Коллеги говорили, что он часто "
             "оставался в цехе до утра.")
    assert not events(a, "STATEMENT")


def test_named_speaker_with_a_post_still_speaks(read):
    a = read("Глава МЧС Латвии Андрис Берзиньш заявил, что пожар полностью потушен.")
    assert speakers(a) == [{"Андрис Берзиньш"}]


def test_a_news_agency_reporting_is_a_source_not_a_statement(read):
    a = read("РИА Новости сообщает, что саммит в Таллине перенесён на осень.")
    assert not events(a, "STATEMENT")


# --- spokesmen and indefinite sources


def test_spokesman_without_a_name_speaks_for_his_organisation(read):
    a = read("– Учения пройдут по плану, – сообщил представитель Министерства обороны Эстонии.")
    st = events(a, "STATEMENT")
    assert len(st) == 1
    assert [a.entity(i).type for i in st[0].args["speaker"]] == ["ORGANIZATION"]


def test_indefinite_source_in_an_organisation(read):
    a = read("«Съёмки фильма начались в четверг в Калининграде», — сообщили в пресс-службе "
             "киностудии «Северный свет».")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and names(a, st[0].args["speaker"]) == {"Северный свет"}


def test_indefinite_source_without_an_organisation_is_not_a_statement(read):
    a = read("«Съёмки фильма начались в четверг в Калининграде», — сообщили журналистам.")
    assert not events(a, "STATEMENT")


def test_according_to_words_skip_the_speakers_description(read):
    a = read("По словам Марка Ренье, генерального секретаря профсоюза полицейских, в тюрьмах страны "
             "не хватает охраны.")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and names(a, st[0].args["speaker"]) == {"Марк Ренье"}
    assert st[0].evidence.text.startswith("в тюрьмах")


# --- statement nouns


def test_joint_statement_noun(read):
    a = read("Президент Чехии Ян Новотный и президент Словакии Петер Ковач сделали совместное заявление "
             "о сотрудничестве в энергетике.")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and st[0].trigger.text == "заявление"
    assert names(a, st[0].args["speaker"]) == {"Ян Новотный", "Петер Ковач"}


def test_statement_published_by_an_organisation(read):
    a = read("Заявление было опубликовано Министерством иностранных дел Эстонии в субботу.")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and names(a, st[0].args["speaker"]) == {"Министерство иностранных дел Эстонии"}


def test_statement_noun_with_its_author_in_the_genitive(read):
    a = read("В заявлении Министерства иностранных дел Эстонии говорится, что посол вызван для консультаций.")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and names(a, st[0].args["speaker"]) == {"Министерство иностранных дел Эстонии"}


def test_an_application_is_not_a_statement(read):
    a = read("Министр транспорта Латвии Айварс Калниньш написал заявление об отставке. "
             "Жительница Риги Анна Озола подала заявление в полицию.")
    assert not events(a, "STATEMENT")


def test_a_statement_named_again_is_not_a_new_one(read):
    a = read("«Мы готовы к переговорам», — сказал министр иностранных дел Эстонии Тоомас Мяги. "
             "Такое заявление Мяги сделал в понедельник.")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and st[0].trigger.text == "сказал"


def test_statement_without_an_author_is_not_recorded(read):
    a = read("Заявление было опубликовано в субботу.")
    assert not events(a, "STATEMENT")


# --- appointments and visits


def test_appointee_is_not_the_person_who_describes_him(read):
    a = read("Временным опекуном детей был назначен Иван Орлов, сын Олега Орлова.")
    ap = events(a, "APPOINTMENT")
    assert ap and names(a, ap[0].args["person"]) == {"Иван Орлов"}


def test_leading_a_body_named_by_a_common_word(read):
    a = read("В 2005 году Виктор Лозинский возглавил концерн «Северная сталь».")
    ap = events(a, "APPOINTMENT")
    assert ap and names(a, ap[0].args["person"]) == {"Виктор Лозинский"}


def test_leading_a_list_is_not_an_appointment(read):
    a = read("Актёр Виктор Лозинский возглавил список самых богатых актёров страны.")
    assert not events(a, "APPOINTMENT")


def test_election_to_a_body_is_an_appointment(read):
    a = read("До избрания в Государственную думу Ольга Витковская работала учителем.")
    assert events(a, "APPOINTMENT")


def test_a_fine_into_a_budget_is_still_not_an_appointment(read):
    a = read("Назначение штрафов в бюджет города обсудили депутаты.")
    assert not events(a, "APPOINTMENT")


def test_visiting_a_place_named_by_a_common_word(read):
    a = read("Президент Финляндии Матти Ранта посетил посёлок, где жили его предки.")
    v = events(a, "VISIT")
    assert v and names(a, v[0].args["visitor"]) == {"Матти Ранта"}


def test_visiting_a_page_is_still_not_a_visit(read):
    a = read("Матти Ранта посетил страницу министерства в интернете.")
    assert not events(a, "VISIT")


def test_taking_over_a_post_from_someone_is_not_a_meeting(read):
    a = read("Сообщается, что Анна Лис примет этот пост у занимавшего его с 2011 года сэра Джона Уилкса.")
    assert not events(a, "MEETING")


def test_receiving_a_delegation_is_still_a_meeting(read):
    a = read("Премьер-министр Эстонии Кая Тамм приняла в Таллине делегацию Финляндии.")
    assert events(a, "MEETING")


def test_signing_a_document_named_by_a_pronoun(read):
    a = read("Совет Федерации одобрил этот законопроект, после чего его подписал президент Игорь Додон.")
    sg = events(a, "SIGNING")
    assert sg and names(a, sg[0].args["signatories"]) == {"Игорь Додон"}


def test_signing_something_named_by_a_pronoun_that_is_no_document(read):
    a = read("Посол вручил министру открытку, после чего её подписал министр Игорь Додон.")
    assert not events(a, "SIGNING")


def test_statement_noun_modality_from_its_verb(read):
    planned = read("Министр иностранных дел Эстонии Тоомас Мяги выступит с заявлением в понедельник.")
    negated = read("Министр иностранных дел Эстонии Тоомас Мяги не сделал никакого заявления.")
    made = read("Министр иностранных дел Эстонии Тоомас Мяги выступил с заявлением в понедельник.")
    assert [e.attrs["modality"] for e in events(planned, "STATEMENT")] == ["planned"]
    assert [e.attrs["modality"] for e in events(negated, "STATEMENT")] == ["negated"]
    assert [e.attrs["modality"] for e in events(made, "STATEMENT")] == ["fact"]
