"""Event actors read from less direct constructions: the instrumental of a passive, a participle,
a gerund, «под председательством», a «что»-clause; and «принять» that admits rather than receives.
Short texts written for these tests (invented people), positive and negative."""

from events_helpers import events, names, role_names



def test_passive_signing_names_its_signatories_in_the_instrumental(read):
    a = read("Договор о границе был подписан Иваном Сорокиным и Павлом Новаком в Праге.")
    assert role_names(a, "SIGNING", "signatories") == {"Иван Сорокин", "Павел Новак"}


def test_participle_signing_names_its_signatory(read):
    a = read("Указ, подписанный губернатором Петром Малининым, вступил в силу.")
    assert "Пётр Малинин" in role_names(a, "SIGNING", "signatories") or "Петр Малинин" in role_names(a, "SIGNING", "signatories")


def test_instrumental_of_an_active_signing_is_not_its_signatory(read):
    # «подписал … ручкой Андрея Крылова»: an instrument, not who signed
    a = read("Губернатор Пётр Малинин подписал закон ручкой, подаренной Андреем Крыловым.")
    assert "Андрей Крылов" not in role_names(a, "SIGNING", "signatories")


def test_signing_in_a_that_clause_takes_the_main_subject(read):
    a = read("Министр Олег Руденко сказал, что подпишет договор о поставках зерна в пятницу.")
    assert "Олег Руденко" in role_names(a, "SIGNING", "signatories")


def test_that_clause_with_another_number_keeps_no_subject(read):
    # plural verb, singular main subject: the signers are someone else
    a = read("Министр Олег Руденко сообщил, что подписали соглашение о поставках.")
    assert "Олег Руденко" not in role_names(a, "SIGNING", "signatories")



def test_participle_present_at_a_session_is_a_participant(read):
    a = read("Инженер Сергей Зотов, участвовавший в совещании, предложил перенести стройку.")
    assert "Сергей Зотов" in role_names(a, "MEETING", "participants")


def test_chair_of_a_session_is_a_participant(read):
    a = read("Совещание о ремонте дорог прошло под председательством мэра Игоря Лаптева.")
    assert "Игорь Лаптев" in role_names(a, "MEETING", "participants")


def test_gerund_opening_a_session_takes_the_main_subject(read):
    a = read("Проводя совещание, губернатор Анна Котова поручила отремонтировать мост.")
    assert "Анна Котова" in role_names(a, "MEETING", "participants")


def test_passive_participle_is_not_a_participant_of_the_session(read):
    # «проект, одобренный на заседании»: the project is not a participant
    a = read("Проект, одобренный на заседании комиссии, передан в парламент.")
    assert not role_names(a, "MEETING", "participants") - {"комиссия"}


def test_admitted_into_an_organisation_is_no_meeting(read):
    a = read("В 1975 году Виктора Орлова приняли в партию.")
    assert not events(a, "MEETING")


def test_received_in_a_place_is_a_meeting(read):
    a = read("Президент Игорь Лаптев принял в Кремле делегацию Монголии.")
    m = events(a, "MEETING")
    assert m and "Игорь Лаптев" in names(a, m[0].args["participants"])



def test_group_named_after_a_preposition_is_a_participant(read):
    # «с войсками армии Чили»: the preposition heads no group of its own
    a = read("Войска Перу встретились с войсками армии Чили у границы.")
    m = events(a, "MEETING")
    assert m and {"Перу", "армия Чили"} <= names(a, m[0].args["participants"])


def test_party_named_after_a_preposition_signs(read):
    a = read("Компания «Север» подписала соглашение с банком «Восток».")
    s = events(a, "SIGNING")
    assert s and "Восток" in names(a, s[0].args["parties"])


def test_own_visit_is_the_clause_subjects(read):
    a = read("В рамках своего визита в Ригу министр Иван Петров посетил порт.")
    v = [e for e in events(a, "VISIT") if e.trigger.text == "визита"]
    assert v and names(a, v[0].args["visitor"]) == {"Иван Петров"}


def test_own_meeting_is_the_clause_subjects(read):
    a = read("По итогам своей встречи с послом Японии министр Иван Петров сделал заявление.")
    m = events(a, "MEETING")
    assert m and "Иван Петров" in names(a, m[0].args["participants"])


def test_visit_of_someone_else_takes_no_clause_subject(read):
    # no «свой»: the visit is the president's, the clause's subject only speaks of it
    a = read("Министр Иван Петров рассказал о визите президента Чехии Яна Новака в Москву.")
    v = [e for e in events(a, "VISIT") if e.trigger.text == "визите"]
    assert v and "Иван Петров" not in names(a, v[0].args["visitor"])


def test_conversation_cited_by_a_speech_verb_is_an_interview(read):
    a = read("Министр Иван Петров рассказал в беседе с корреспондентом, что бюджет исполнен.")
    assert not events(a, "MEETING")


def test_conversation_that_is_talked_in_is_a_meeting(read):
    a = read("В ходе беседы министры Иван Петров и Олег Смирнов обсудили поставки газа.")
    m = events(a, "MEETING")
    assert m and {"Иван Петров", "Олег Смирнов"} <= names(a, m[0].args["participants"])


NEAR_TEXT = ("Министр Иван Петров встретился в Риге с министром Олегом Смирновым. "
             "В ходе встречи стороны обсудили поставки газа. ")
FAR_TEXT = NEAR_TEXT + ("Цены на газ выросли. Экспорт сократился. Порты закрыты на ремонт. "
                        "Погода испортилась. Такие встречи обычно длятся час.")


def test_bare_meeting_noun_takes_the_actors_of_the_meeting_just_told(read):
    a = read(NEAR_TEXT)
    m = [e for e in events(a, "MEETING") if e.trigger.text == "встречи"]
    assert m and {"Иван Петров", "Олег Смирнов"} <= names(a, m[0].args["participants"])


def test_bare_meeting_noun_far_after_takes_no_actors(read):
    a = read(FAR_TEXT)
    m = [e for e in events(a, "MEETING") if e.trigger.text == "встречи" and e.trigger.start > len(NEAR_TEXT)]
    assert m and not m[0].args["participants"]


def test_dating_since_a_year_is_no_meeting(read):
    a = read("Певица Анна Котова и продюсер Олег Смирнов встречаются с 2015 года.")
    assert not events(a, "MEETING")


def test_meeting_on_a_date_is_a_meeting(read):
    a = read("Министры Иван Петров и Олег Смирнов встречались в Риге 5 мая.")
    m = events(a, "MEETING")
    assert m and {"Иван Петров", "Олег Смирнов"} <= names(a, m[0].args["participants"])



def test_appointee_hung_inside_the_post_phrase(read):
    a = read("Губернатор Иван Петров назначил директором завода инженера Олега Смирнова.")
    assert role_names(a, "APPOINTMENT", "person") == {"Олег Смирнов"}


def test_all_coordinated_appointees(read):
    a = read("Совет директоров назначил на должности заместителей директора "
             "Ивана Орлова, Олега Смирнова и Петра Котова.")
    assert {"Иван Орлов", "Олег Смирнов"} <= role_names(a, "APPOINTMENT", "person")


def test_person_replaced_is_not_the_appointee(read):
    a = read("Губернатор Иван Петров назначил начальником управления вместо Олега Смирнова его заместителя.")
    assert "Олег Смирнов" not in role_names(a, "APPOINTMENT", "person")


def test_relative_described_after_the_appointee_is_not_appointed(read):
    a = read("Совет избрал на пост председателя Анну Котову, дочь бывшего мэра Олега Котова.")
    assert role_names(a, "APPOINTMENT", "person") == {"Анна Котова"}



def test_who_appoints_is_the_active_subject(read):
    a = read("Губернатор Иван Петров назначил директором завода инженера Олега Смирнова.")
    assert role_names(a, "APPOINTMENT", "appointer") == {"Иван Петров"} and role_names(a, "APPOINTMENT", "person") == {"Олег Смирнов"}


def test_a_body_that_elects_is_the_appointer(read):
    a = read("Сенат Польши избрал Анну Ковальскую председателем комиссии по бюджету.")
    assert role_names(a, "APPOINTMENT", "appointer") == {"Сенат Польши"}


def test_a_decree_names_who_appoints_a_passive(read):
    a = read("Указом президента России послом в Чили назначен Игорь Степанов.")
    ap = events(a, "APPOINTMENT")
    assert ap and names(a, ap[0].args["appointer"]) == {"президент"}


def test_no_appointer_without_one_named(read):
    # a passive with no act named, and «возглавил»: the subject leads, no one appoints
    a = read("Игорь Степанов назначен послом в Чили. В 2005 году Олег Орлов возглавил Министерство финансов.")
    assert events(a, "APPOINTMENT") and not role_names(a, "APPOINTMENT", "appointer")
