"""Events of the sample articles written for the project."""

from events_helpers import events, isos, names


def test_cancelled_meeting_is_negated(samples):
    a = samples["geneva-talks-cancelled"]
    ministers = [e for e in events(a, "MEETING")
                 if {"Арсен Карапетян", "Эльдар Гасанов"} <= names(a, e.args["participants"])]
    assert ministers
    assert all(e.attrs["modality"] == "negated" for e in ministers)
    assert not events(a, "MEETING", "fact") or all(not e.args["participants"] for e in events(a, "MEETING", "fact"))


def test_treaty_only_discussed_is_not_signed(samples):
    a = samples["geneva-talks-cancelled"]
    assert all(e.attrs["modality"] in ("possible", "negated") for e in events(a, "SIGNING"))


def test_offer_of_a_venue_is_a_possible_meeting(samples):
    a = samples["geneva-talks-cancelled"]
    offered = [e for e in events(a, "MEETING") if "площадку" in e.evidence.text]
    assert offered and offered[0].attrs["modality"] == "possible"


def test_press_secretary_reports_the_postponement(samples):
    a = samples["geneva-talks-cancelled"]
    said = [e for e in events(a, "STATEMENT") if "перенести" in e.evidence.text]
    assert said and names(a, said[0].args["speaker"]) == {"Анна Саркисян"}  # «По её словам»


def test_belgrade_appointment(samples):
    a = samples["belgrade-chief-of-staff-appointed"]
    appointed = events(a, "APPOINTMENT")
    assert appointed
    assert all(names(a, e.args["person"]) == {"Милан Петрович"} for e in appointed)


def test_belgrade_quote_speaker(samples):
    a = samples["belgrade-chief-of-staff-appointed"]
    quotes = events(a, "STATEMENT")
    assert len(quotes) == 1 and names(a, quotes[0].args["speaker"]) == {"Драган Йованович"}
    assert quotes[0].evidence.text.startswith("Перед армией")


def test_hanoi_memorandum_signing(samples):
    a = samples["hanoi-energy-memorandum-2025"]
    signed = events(a, "SIGNING", "fact")
    memorandum = [e for e in signed if "Меморандум" in e.evidence.text]
    assert memorandum
    parties = [a.entity(i) for i in memorandum[0].args["parties"]]
    assert {p.type for p in parties} == {"ORGANIZATION"} and {p.attrs["country"] for p in parties} == {"RU", "VN"}
    headline = [e for e in signed if e.trigger.text == "подписали"]
    assert headline and isos(a, headline[0].args["parties"]) == {"RU", "VN"}


def test_hanoi_meeting_and_next_round(samples):
    a = samples["hanoi-energy-memorandum-2025"]
    met = [e for e in events(a, "MEETING", "fact")
           if {"Алексей Воронцов"} <= names(a, e.args["participants"])]
    assert met and all("Ханой" in names(a, e.args["place"]) for e in met)
    assert [e for e in events(a, "MEETING", "planned") if "консультаций" in e.trigger.text]


def test_brasilia_meeting_visit_signing_and_planned_meeting(samples):
    a = samples["brasilia-ministers-meeting"]
    talks = [e for e in events(a, "MEETING", "fact")
             if {"Жозе Мартинс Пинту", "Луис Фернандес"} <= names(a, e.args["participants"])]
    assert talks and all("Бразилиа" in names(a, e.args["place"]) for e in talks)
    visits = events(a, "VISIT", "fact")
    assert visits and names(a, visits[0].args["visitor"]) == {"Луис Фернандес"}
    assert "BR" in isos(a, visits[0].args["destination"])
    signed = events(a, "SIGNING", "fact")
    assert signed and isos(a, signed[0].args["parties"]) == {"BR", "AR"}
    planned = events(a, "MEETING", "planned")
    assert planned and names(a, planned[0].args["place"]) == {"Буэнос-Айрес"}
    assert not planned[0].args["date"] or "2025" in {a.entity(i).attrs.get("value") for i in planned[0].args["date"]}
