"""Who took part in meetings, visits, signings and appointments, read past the parser's and the
name guesser's slips: a pronoun for a man whose name looks feminine, a subject the sentence
drops, a post that stands for someone never named, a subject hung on the verb from a clause it
embeds, a name that only says whose the appointee is. Short texts written for these tests
(invented people and places), positive and negative."""

from events_helpers import events, names, role_names


def _types(a, type_, role):
    return {a.entity(i).type for e in events(a, type_) for i in e.args.get(role, [])}


# a pronoun follows the gender the verbs give a person, not the one its name's ending suggests

def test_pronoun_follows_the_gender_the_verbs_give(read):
    # «Диабира» reads as a woman's name by its ending; «руководил», «жил» say it is a man's
    a = read("Бывший министр Сейду Диабира прилетел в Дакар. Диабира тридцать лет руководил портом и "
             "жил в Марселе. Два года назад он был назначен консулом в Марселе.")
    assert role_names(a, "APPOINTMENT", "person") == {"Сейду Диабира"}


def test_pronoun_she_is_not_a_man_whose_name_ends_like_a_womans(read):
    a = read("Инженер Сейду Диабира прилетел в Дакар. Диабира тридцать лет руководил портом. "
             "Его жена Мариам Диоп работала врачом. Два года назад она была назначена министром здравоохранения.")
    assert "Сейду Диабира" not in role_names(a, "APPOINTMENT", "person")


# a sentence that drops its subject is about the subject of the sentence before

def test_dropped_subject_is_the_previous_sentences_subject(read):
    a = read("Министр культуры Пётр Гаврилов прилетел в Самарканд в понедельник. "
             "На следующий день посетил Бухару.")
    visitors = {n for e in events(a, "VISIT") if e.trigger.text == "посетил" for n in names(a, e.args["visitor"])}
    assert visitors == {"Пётр Гаврилов"}


def test_dropped_subject_of_another_gender_is_someone_else(read):
    a = read("Министр культуры Пётр Гаврилов прилетел в Самарканд в понедельник. "
             "На следующий день посетила Бухару.")
    assert "Пётр Гаврилов" not in role_names(a, "VISIT", "visitor") - {
        n for e in events(a, "VISIT") if e.trigger.text == "прилетел" for n in names(a, e.args["visitor"])}
    visit = [e for e in events(a, "VISIT") if e.trigger.text == "посетила"]
    assert not visit or not visit[0].args["visitor"]


def test_plural_verb_without_subject_names_no_one(read):
    a = read("Министр культуры Пётр Гаврилов прилетел в Самарканд в понедельник. "
             "На следующий день посетили Бухару.")
    visit = [e for e in events(a, "VISIT") if e.trigger.text == "посетили"]
    assert not visit or not visit[0].args["visitor"]


# a post stands for someone the article never names: the post itself, rather than nothing

def test_unnamed_head_of_state_is_the_visitor(read):
    a = read("Глава государства прибыл в Ташкент с официальным визитом.")
    visitors = {(a.entity(i).type, a.entity(i).name) for e in events(a, "VISIT") for i in e.args["visitor"]}
    assert visitors == {("POSITION", "глава государства")}


def test_unnamed_ministers_are_the_sessions_participants(read):
    a = read("В четверг пройдёт совещание заместителей губернатора по паводку.")
    assert _types(a, "MEETING", "participants") == {"POSITION"}


def test_post_beside_named_people_does_not_stand_in(read):
    a = read("Мэр Олег Сизов провёл совещание с директорами школ.")
    assert role_names(a, "MEETING", "participants") == {"Олег Сизов"}


def test_post_held_by_a_named_person_is_not_a_stand_in(read):
    a = read("Президент Иван Орлов вернулся в столицу. Через неделю президент встретился с рабочими завода. "
             "Встреча прошла в Омске.")
    assert "POSITION" not in _types(a, "MEETING", "participants")


# the subject is someone, and of the verb's own clause

def test_subject_of_an_embedded_clause_is_not_the_visitor(read):
    a = read("Губернатор Иван Орлов в пятницу посетил Тверь, где у родственников в молодости жил "
             "известный поэт Пётр Сомов, сообщает агентство.")
    assert role_names(a, "VISIT", "visitor") == {"Иван Орлов"}


def test_troops_named_by_their_body_meet(read):
    a = read("Делегации Организации Североатлантического договора встретились с представителями Евросоюза в Риге.")
    assert _types(a, "MEETING", "participants") & {"ORGANIZATION"}


# an appointee the parser hung outside the passive verb, or behind a genitive

def test_appointee_after_a_passive_without_subject(read):
    # when the parser hangs the noun on «сообщила», the appointee is still the noun after «избран»
    a = read("Главой района избран бывший хоккеист Рик Стоун (Rick Stone), сообщила избирательная комиссия.")
    assert role_names(a, "APPOINTMENT", "person") == {"Рик Стоун"}


def test_no_appointee_from_beyond_a_comma(read):
    a = read("Главой района назначен, как сообщил журналист Олег Мухин, опытный хозяйственник.")
    assert "Олег Мухин" not in role_names(a, "APPOINTMENT", "person")


def test_genitive_name_only_says_whose_deputy(read):
    a = read("Управляющей делами назначена помощница Олега Рябова по финансам Анна Лискова, которая "
             "раньше работала в банке.")
    people = role_names(a, "APPOINTMENT", "person")
    assert "Олег Рябов" not in people
    assert "Анна Лискова" in people


# what is not a meeting or an appointment at all

def test_decision_accepted_by_a_mayor_is_no_meeting(read):
    a = read("Решение было принято губернатором вопреки просьбам жителей посёлка и депутата Петра Рыжова.")
    assert not events(a, "MEETING")


def test_mayor_receiving_a_delegation_is_a_meeting(read):
    a = read("Мэр города Игорь Лаптев принял делегацию из Казани.")
    assert "Игорь Лаптев" in role_names(a, "MEETING", "participants")


def test_president_elect_is_a_title_not_an_appointment(read):
    a = read("Журнал напечатал интервью с избранным губернатором Иваном Орловым.")
    assert not events(a, "APPOINTMENT")


def test_participle_with_a_date_reports_an_appointment(read):
    a = read("Назначенный в мае директор завода Иван Орлов уволился.")
    assert "Иван Орлов" in role_names(a, "APPOINTMENT", "person")


# a verbless sentence presents the person a following pronoun is about

def test_pronoun_after_a_presenting_sentence(read):
    a = read("Кандидат Мамаду Траоре руководил таможней пять лет. Ещё один претендент — Амаду Сангара. "
             "Весной он был назначен главой портового управления.")
    assert role_names(a, "APPOINTMENT", "person") == {"Амаду Сангара"}


# a guest received in the passive, or named by a pronoun; the subject of a «где»-clause

def test_guest_received_in_the_passive_meets_the_host(read):
    a = read("Посол Иван Петров был принят министром иностранных дел Олегом Сидоровым.")
    assert role_names(a, "MEETING", "participants") == {"Иван Петров", "Олег Сидоров"}


def test_pronoun_guest_stands_for_the_visitor(read):
    a = read("Министр Олег Сидоров прибыл в Минск. Вечером его принял президент Иван Петров.")
    assert role_names(a, "MEETING", "participants") == {"Иван Петров", "Олег Сидоров"}


def test_pronoun_for_a_bill_is_no_guest(read):
    a = read("Дума рассмотрела законопроект о налогах. Депутаты приняли его в первом чтении.")
    assert not events(a, "MEETING")


def test_where_clause_shares_the_visitors_subject(read):
    a = read("Министр Олег Сидоров посетил Минск, где встретился с президентом Иваном Петровым.")
    assert role_names(a, "MEETING", "participants") == {"Олег Сидоров", "Иван Петров"}


def test_where_clause_with_its_own_subject_keeps_it(read):
    a = read("Министр Олег Сидоров посетил Минск, где президент Иван Петров встретился с рабочими.")
    assert "Олег Сидоров" not in role_names(a, "MEETING", "participants")


# appointments told of someone named before: a pronoun, a shared subject, a time «до назначения»

def test_reelected_pronoun_is_an_appointment_of_its_antecedent(read):
    a = read("Анна Котова возглавила городской совет в 2012 году. Она была переизбрана минувшей осенью.")
    assert role_names(a, "APPOINTMENT", "person") == {"Анна Котова"}


def test_comma_clause_shares_the_subject_it_agrees_with(read):
    a = read("Иван Орлов стал мэром в 2010 году, через пять лет был переизбран.")
    assert role_names(a, "APPOINTMENT", "person") == {"Иван Орлов"}


def test_fine_imposed_on_a_driver_is_no_appointment(read):
    a = read("Водителю назначен штраф в размере пяти тысяч рублей.")
    assert not events(a, "APPOINTMENT")


def test_before_ones_appointment_names_the_clause_subject(read):
    a = read("Иван Орлов окончил МГУ. До назначения послом он десять лет преподавал историю в Казани.")
    assert "Иван Орлов" in role_names(a, "APPOINTMENT", "person")


def test_after_someone_elses_appointment_the_subject_is_not_appointed(read):
    a = read("После назначения нового министра президент Иван Орлов уехал в Сочи.")
    assert "Иван Орлов" not in role_names(a, "APPOINTMENT", "person")


def test_future_comma_clause_shares_the_subject(read):
    a = read("Завтра Иван Орлов откроет выставку в Казани, проведёт встречу с губернатором Олегом "
             "Петровым и посетит Елабугу.")
    meeting = [e for e in events(a, "MEETING") if e.trigger.text == "встречу"]
    assert names(a, meeting[0].args["participants"]) == {"Иван Орлов", "Олег Петров"}


def test_comma_clause_of_another_number_keeps_no_subject(read):
    a = read("Министр Иван Орлов прибыл в Минск, встретились с делегацией фермеров.")
    assert "Иван Орлов" not in role_names(a, "MEETING", "participants")


def test_who_receives_the_visitor_there_is_the_host(read):
    a = read("Министр Олег Сидоров прибыл в Минск, где его принял президент Иван Петров.")
    assert role_names(a, "VISIT", "host") == {"Иван Петров"}


def test_who_once_worked_there_is_no_host(read):
    a = read("Министр Олег Сидоров прибыл в Минск, где ранее работал президент Иван Петров.")
    assert not role_names(a, "VISIT", "host")


def test_democratically_elected_head_is_a_title(read):
    a = read("Иван Орлов стал первым всенародно избранным мэром в истории города.")
    assert not events(a, "APPOINTMENT")


# a meeting noun that names its own actors, even unnamed ones, is not the meeting told before

def test_meeting_of_other_unnamed_people_takes_no_earlier_participants(read):
    a = read("Министр Иван Орлов встретился с послом Олегом Петровым в Риге. "
             "Вечером там же прошла встреча фермеров района.")
    later = [e for e in events(a, "MEETING") if e.trigger.text == "встреча"]
    assert later and not ({"Иван Орлов", "Олег Петров"} & names(a, later[0].args["participants"]))


def test_bare_meeting_noun_takes_the_earlier_participants(read):
    a = read("Министр Иван Орлов встретился с послом Олегом Петровым в Риге. "
             "В ходе встречи стороны обсудили поставки зерна.")
    later = [e for e in events(a, "MEETING") if e.trigger.text == "встречи"]
    assert later and {"Иван Орлов", "Олег Петров"} <= names(a, later[0].args["participants"])


def test_word_for_a_named_person_is_an_agent(read):
    a = read("Звезда хоккея Иван Орлов прибыл в Казань и готов начать тренировки.")
    assert role_names(a, "VISIT", "visitor") == {"Иван Орлов"}
