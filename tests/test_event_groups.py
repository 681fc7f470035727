"""The event records of one happening share attrs["group"]; different happenings do not."""

from events_helpers import events


def groups(article, type_):
    return [e.attrs["group"] for e in events(article, type_)]


def test_seed_meeting_told_four_times_is_one_happening(seed):
    fact = [e for e in events(seed, "MEETING") if e.attrs["modality"] == "fact"]
    planned = [e for e in events(seed, "MEETING") if e.attrs["modality"] == "planned"]
    assert len(fact) >= 3 and len({e.attrs["group"] for e in fact}) == 1
    assert planned and planned[0].attrs["group"] != fact[0].attrs["group"]
    assert len(set(groups(seed, "VISIT"))) == 1
    statements = groups(seed, "STATEMENT")
    assert len(statements) == len(set(statements))  # each quote is its own


def test_two_meetings_with_different_people_are_two_happenings(read):
    art = read("Министр финансов Ирана Али Мансури встретился в Тегеране с послом Японии Кэндзи Сато. "
               "Позже министр иностранных дел Ирана Хасан Резаи встретился с послом Италии Марко Ферри. "
               "Встреча Мансури и Сато продолжалась два часа.")
    meetings = events(art, "MEETING")
    assert len(meetings) == 3
    first, second, third = sorted(meetings, key=lambda e: e.trigger.start)
    assert first.attrs["group"] == third.attrs["group"] != second.attrs["group"]


def test_a_cancelled_meeting_is_not_the_meeting_that_took_place(read):
    art = read("Переговоры министра обороны Чили Пабло Ромеро и министра обороны Перу Луиса Варгаса "
               "в Лиме не состоялись. Ромеро встретился с Варгасом через неделю в Сантьяго.")
    meetings = sorted(events(art, "MEETING"), key=lambda e: e.trigger.start)
    assert len(meetings) == 2
    assert meetings[0].attrs["modality"] == "negated" and meetings[1].attrs["modality"] == "fact"
    assert meetings[0].attrs["group"] != meetings[1].attrs["group"]


def test_main_happening_is_the_one_the_lead_tells(seed, samples):
    def main_types(article):
        return {e.type for e in article.events if e.attrs.get("main")}
    assert main_types(seed) == {"MEETING"}
    assert all(e.attrs["modality"] == "fact" for e in seed.events if e.attrs.get("main"))
    assert main_types(samples["belgrade-chief-of-staff-appointed"]) == {"APPOINTMENT"}
    assert main_types(samples["hanoi-energy-memorandum-2025"]) == {"SIGNING"}
    assert not any(e.attrs.get("main") for e in seed.events if e.type == "STATEMENT")


def test_main_happening_from_a_headline(read):
    art = read("Президент Чили прибыл с визитом в Аргентину\n\n"
               "Президент Чили Габриэль Мора в понедельник прибыл в Буэнос-Айрес. "
               "Позже он встретился с министром экономики Аргентины Луисом Пересом.")
    main = [e for e in art.events if e.attrs.get("main")]
    assert main and {e.type for e in main} == {"VISIT"}
    assert not any(e.attrs.get("main") for e in events(art, "MEETING"))
