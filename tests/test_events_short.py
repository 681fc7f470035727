"""Events on short texts written for these tests (invented people), positive and negative."""

from events_helpers import events, isos, names


def test_meeting_verb_with_companion(read):
    a = read("Министр иностранных дел Польши Анджей Ковальский встретился в Варшаве с послом Японии Кэнто Мори.")
    m = events(a, "MEETING")
    assert len(m) == 1 and m[0].attrs["modality"] == "fact"
    assert names(a, m[0].args["participants"]) == {"Анджей Ковальский", "Кэнто Мори"}
    assert names(a, m[0].args["place"]) == {"Варшава"}


def test_meeting_of_countries_when_no_person_is_named(read):
    a = read("Делегации Египта и Иордании провели переговоры о поставках газа.")
    m = events(a, "MEETING")
    assert m and isos(a, m[0].args["participants"]) == {"EG", "JO"}


def test_future_meeting_is_planned_and_gets_no_article_date(read):
    a = read("В Минске президент Белоруссии встретится с премьер-министром Армении Ашотом Григоряном.")
    m = events(a, "MEETING")
    assert m and m[0].attrs["modality"] == "planned"


def test_possible_visit(read):
    a = read("В ноябре может состояться визит премьер-министра Словакии Петера Ковача в Токио.")
    v = events(a, "VISIT")
    assert v and v[0].attrs["modality"] == "possible"
    assert names(a, v[0].args["visitor"]) == {"Петер Ковач"}
    assert "Токио" in names(a, v[0].args["destination"])


def test_cancelled_visit_is_negated(read):
    a = read("Канцлер Австрии Петер Хубер отменил визит в Прагу.")
    v = events(a, "VISIT")
    assert v and v[0].attrs["modality"] == "negated"


def test_arrival_is_a_visit_with_destination(read):
    a = read("Президент Чили Карлос Мендоса прибыл в Лиму с официальным визитом.")
    v = [e for e in events(a, "VISIT") if e.trigger.text == "прибыл"]
    assert v and names(a, v[0].args["visitor"]) == {"Карлос Мендоса"}
    assert "Лима" in names(a, v[0].args["destination"])


def test_signing_needs_a_document(read):
    a = read("Болельщики подписали петицию против нового стадиона. Школьники заключили пари.")
    assert not events(a, "SIGNING")


def test_signed_agreement_between_states(read):
    a = read("Министры финансов подписали соглашение между Норвегией и Исландией об избежании двойного налогообложения.")
    s = events(a, "SIGNING")
    assert s and isos(a, s[0].args["parties"]) == {"NO", "IS"}


def test_not_signed_is_negated(read):
    a = read("Соглашение о свободной торговле между Кенией и Угандой так и не было подписано.")
    s = events(a, "SIGNING")
    assert all(e.attrs["modality"] == "negated" for e in s)


def test_appointment_active_voice(read):
    a = read("Президент назначил Игоря Степанова министром финансов.")
    ap = events(a, "APPOINTMENT")
    assert ap and names(a, ap[0].args["person"]) == {"Игорь Степанов"}


def test_a_fine_is_not_an_appointment(read):
    a = read("Суд назначил компании штраф в размере миллиона рублей. Слушание назначено на понедельник.")
    assert not events(a, "APPOINTMENT")


def test_a_date_set_is_not_an_appointment(read):
    # the subject of an active «назначил» is who appoints; the object here is a date, no one
    a = read("Президент Киргизии Асан Осмонов назначил дату досрочных парламентских выборов. "
             "Губернатор назначил дату выборов в городскую думу.")
    assert not events(a, "APPOINTMENT")


def test_a_sports_fixture_is_not_a_meeting(read):
    a = read("В финале сборная Канады встретилась со сборной Швеции и победила со счётом 3:1. "
             "Матч открывал сезон. В субботу «Спартак» встретится с «Зенитом» на своём поле.")
    assert not events(a, "MEETING")


def test_a_match_report_names_no_meeting(read):
    a = read("Матч завершился вничью. Лучшим игроком встречи признан вратарь хозяев. "
             "Обе теннисистки встречались в финале турнира в прошлом году.")
    assert not events(a, "MEETING")


def test_ministers_meeting_at_a_championship_is_a_meeting(read):
    a = read("В ходе встречи на чемпионате министры спорта обсудили подготовку к играм.")
    assert events(a, "MEETING")


def test_starting_to_date_is_no_meeting(read):
    a = read("В 2010 году актёр стал встречаться с певицей Анной Беловой.")
    assert not events(a, "MEETING")


def test_a_team_received_by_a_president_is_a_meeting(read):
    a = read("Президент Финляндии Олли Лахтинен встретился с олимпийской сборной в своей резиденции.")
    m = events(a, "MEETING")
    assert m and "Олли Лахтинен" in names(a, m[0].args["participants"])


def test_a_court_hearing_is_not_a_meeting(read):
    a = read("Судебное заседание продлилось три часа. Суд отложил рассмотрение дела. "
             "До следующего заседания обвиняемый останется под стражей. На заседании суда адвокат заявила ходатайство.")
    assert not events(a, "MEETING")


def test_a_government_session_is_a_meeting(read):
    a = read("На заседании правительства министр юстиции Анна Котова рассказала о реформе судов.")
    assert [e.trigger.text for e in events(a, "MEETING")] == ["заседании"]


def test_dating_for_years_is_not_a_meeting(read):
    a = read("Актёр женился на модели, с которой встречался восемь лет. Она встречалась с певцом несколько месяцев.")
    assert not events(a, "MEETING")


def test_a_band_named_beside_its_word_is_the_visitor(read):
    a = read("Ансамбль «Берёзка» прибыл в Пекин на гастроли.")
    v = events(a, "VISIT")
    assert v and names(a, v[0].args["visitor"]) == {"Ансамбль «Берёзка»"}


def test_a_quoted_title_reports_no_event(read):
    a = read("Актёр известен ролями в сериалах «Доктор Хаус» и «Как мы встретились в Вероне». "
             "Театр показал спектакль «Визит дамы».")
    assert not a.events


def test_quoted_speech_still_reports_its_events(read):
    a = read("Министр заявил: «Визит в Перу прошёл успешно».")
    assert events(a, "VISIT")


def test_a_train_arriving_is_no_visit(read):
    a = read("Первый поезд, прибывший в город по новой дороге, был украшен флагами. Самолёт прибыл в Москву с опозданием.")
    assert not events(a, "VISIT")


def test_a_visit_whose_object_the_parser_read_as_subject(read):
    a = read("Министр Олег Орлов прибыл в Осло. За это время посетил другие святилища в Японии.")
    v = [e for e in events(a, "VISIT") if e.trigger.text == "посетил"]
    assert v and names(a, v[0].args["visitor"]) == {"Олег Орлов"}


def test_arrival_in_a_city_named_by_a_word(read):
    a = read("Вечером патриарх прибыл в северную столицу.")
    assert [e.trigger.text for e in events(a, "VISIT")] == ["прибыл"]


def test_a_guest_met_at_the_airport_is_a_meeting(read):
    a = read("В аэропорту премьер-министра Сербии Милана Петровича встретил министр иностранных дел Олег Пашутин.")
    m = events(a, "MEETING")
    assert m and names(a, m[0].args["participants"]) == {"Милан Петрович", "Олег Пашутин"}


def test_resistance_met_is_no_meeting(read):
    a = read("Армия встретила упорное сопротивление. Жители встретили Новый год на площади.")
    assert not events(a, "MEETING")


def test_leading_a_region_is_an_appointment(read):
    a = read("Олег Орлов возглавил Кемеровскую область в 1997 году.")
    ap = events(a, "APPOINTMENT")
    assert ap and names(a, ap[0].args["person"]) == {"Олег Орлов"}


def test_a_right_or_a_procedure_is_no_event(read):
    a = read("Король имеет право назначать министров. Процесс назначения нового судьи затянется. "
             "У депутата есть шансы возглавить комитет.")
    assert not a.events


def test_the_aim_of_a_visit_keeps_the_visit(read):
    a = read("Задачей визита министра Олега Орлова в Токио была подготовка соглашения.")
    v = events(a, "VISIT")
    assert v and names(a, v[0].args["visitor"]) == {"Олег Орлов"}


def test_decision_is_not_a_meeting(read):
    a = read("Правительство приняло решение о строительстве моста.")
    assert not events(a, "MEETING")


def test_received_delegation_is_a_meeting(read):
    a = read("Премьер-министр Монголии Батбаяр Ганзориг принял делегацию Казахстана.")
    m = events(a, "MEETING")
    assert m and "Батбаяр Ганзориг" in names(a, m[0].args["participants"])


def test_dash_quote_with_named_speaker(read):
    a = read("– Мы продолжим сотрудничество во всех областях, – сказал министр экономики Эстонии Яан Тамм.")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and names(a, st[0].args["speaker"]) == {"Яан Тамм"}
    assert st[0].evidence.text == "Мы продолжим сотрудничество во всех областях"


def test_guillemet_quote_with_colon(read):
    a = read("Посол Чехии Томаш Новак заявил: «Наши страны ждут новые совместные проекты».")
    st = events(a, "STATEMENT")
    assert len(st) == 1 and names(a, st[0].args["speaker"]) == {"Томаш Новак"}
    assert st[0].evidence.text == "Наши страны ждут новые совместные проекты"


def test_indirect_speech(read):
    a = read("Глава МЧС Литвы Витаутас Петраускас заявил, что пожар полностью потушен.")
    st = events(a, "STATEMENT")
    assert st and names(a, st[0].args["speaker"]) == {"Витаутас Петраускас"}
    assert st[0].evidence.text == "пожар полностью потушен"


def test_names_in_guillemets_are_not_quotes(read):
    a = read("Компания «Северные верфи» построила новый корабль.")
    assert not events(a, "STATEMENT")


def test_fragments_do_not_crash(read):
    a = read("– Да, – сказал.\n\n«\n\nвизит в\n\n– подписали –")
    assert a.error is None
    assert all(not e.args.get("speaker") for e in a.events if e.type == "STATEMENT")


def test_article_frame_and_bare_noun(read):
    a = read("Главы МИД Латвии и Литвы встретились в Риге\n\n"
             "12 марта 2025 года в Риге министр иностранных дел Латвии Янис Озолс встретился "
             "с министром иностранных дел Литвы Йонасом Каралюсом.\n\n"
             "В ходе встречи министры обсудили транзит грузов. По итогам встречи подписан "
             "Меморандум о сотрудничестве между Латвией и Литвой.\n\n"
             "Накануне в Вильнюсе прошло заседание парламента.")
    met = [e for e in events(a, "MEETING", "fact") if e.trigger.text == "встречи"]
    assert met and all(names(a, e.args["participants"]) == {"Янис Озолс", "Йонас Каралюс"} for e in met)
    signed = events(a, "SIGNING", "fact")
    assert signed and names(a, signed[0].args["place"]) == {"Рига"}  # the place stated once, in the lead
    assert {a.entity(i).attrs.get("value") for i in signed[0].args["date"]} == {"2025-03-12"}
    assert isos(a, signed[0].args["parties"]) == {"LV", "LT"}
    session = [e for e in events(a, "MEETING") if e.trigger.text == "заседание"]
    # another happening: neither the ministers' meeting's participants nor its place
    assert session and not set(session[0].args["participants"]) & set(met[0].args["participants"])
    assert "Рига" not in names(a, session[0].args["place"])


def test_visiting_websites_is_not_a_visit(read):
    a = read("Мужчину осудили за регулярное посещение сайтов с радикальной тематикой. Дети не посещали школу.")
    assert not events(a, "VISIT")


def test_an_aim_is_planned_and_a_condition_possible(read):
    aim = read("Министр торговли Чили Пабло Рамос прибыл в Рим, чтобы подписать соглашение о торговле с Италией.")
    assert [e.attrs["modality"] for e in events(aim, "SIGNING")] == ["planned"]
    assert [e.attrs["modality"] for e in events(aim, "VISIT")] == ["fact"]
    condition = read("Если переговоры министров обороны Чили и Перу состоятся, стороны обсудят границу.")
    assert [e.attrs["modality"] for e in events(condition, "MEETING")] == ["possible"]
    done = read("Министр торговли Чили Пабло Рамос подписал в Риме соглашение о торговле с Италией.")
    assert [e.attrs["modality"] for e in events(done, "SIGNING")] == ["fact"]
