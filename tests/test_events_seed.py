"""Events of the seed article (defence ministers of China and Kazakhstan in Astana)."""

import pytest

from events_helpers import events, in_body, isos, names

DUN = "Дун Цзюнь"
ZHAKSYLYKOV = "Руслан Жаксылыков"


def test_meeting_of_both_ministers_in_astana(seed):
    meetings = [e for e in events(seed, "MEETING", "fact")
                if {DUN, ZHAKSYLYKOV} <= names(seed, e.args["participants"])]
    assert meetings, [(e.trigger.text, names(seed, e.args["participants"])) for e in seed.events]
    assert all("Астана" in names(seed, e.args["place"]) for e in meetings)


def test_meeting_is_dated_by_the_dateline(seed):
    meeting = next(e for e in events(seed, "MEETING", "fact")
                   if {DUN, ZHAKSYLYKOV} <= names(seed, e.args["participants"]))
    values = {seed.entity(i).attrs.get("value") for i in meeting.args["date"]}
    assert "2024-04-25" in values


def test_visit_of_the_chinese_minister_to_kazakhstan(seed):
    visits = [e for e in events(seed, "VISIT", "fact") if DUN in names(seed, e.args["visitor"])]
    assert visits
    assert any("KZ" in isos(seed, e.args["destination"]) for e in visits)


def test_signing_of_the_plan_binds_both_states(seed):
    signings = events(seed, "SIGNING", "fact")
    assert len(signings) == 1
    assert isos(seed, signings[0].args["parties"]) == {"KZ", "CN"}
    assert "План" in signings[0].evidence.text


def test_signed_plan_is_the_document(seed):
    signing = events(seed, "SIGNING", "fact")[0]
    docs = [seed.entity(i) for i in signing.args["document"]]
    assert docs and docs[0].type == "DOCUMENT" and docs[0].attrs.get("period") == "2024"


def test_statements_have_the_right_speakers(seed):
    statements = events(seed, "STATEMENT")
    by_start = {e.evidence.text[:20]: names(seed, e.args["speaker"]) for e in statements}
    first = next(v for k, v in by_start.items() if k.startswith("Символично"))
    second = next(v for k, v in by_start.items() if k.startswith("В качестве министров"))
    assert first == {ZHAKSYLYKOV}  # «– подчеркнул он»: the subject of the sentence before
    assert second == {DUN}


def test_quote_is_the_evidence_without_its_attribution(seed):
    for e in events(seed, "STATEMENT"):
        assert "подчеркнул" not in e.evidence.text and "сказал адмирал" not in e.evidence.text
        assert seed.text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_appointment_of_the_chinese_minister(seed):
    appointments = events(seed, "APPOINTMENT")
    assert appointments
    a = appointments[0]
    assert names(seed, a.args["person"]) == {DUN}
    assert names(seed, a.args["position"]) == {"министр обороны"}


def test_nothing_from_the_trailing_headlines(seed):
    assert all(in_body(seed, e) for e in seed.events)
    # the planned presidential visit of the footer is another story
    assert not [e for e in seed.events if "президент" in e.evidence.text.lower()]


def test_every_event_is_a_valid_record(seed):
    ids = {e.id for e in seed.entities}
    for e in seed.events:
        assert seed.text[e.trigger.start:e.trigger.end] == e.trigger.text
        for role, values in e.args.items():
            assert set(values) <= ids, (e.type, role)
        assert e.attrs.get("modality") in ("fact", "planned", "possible", "negated")


def test_the_coming_session_is_planned_and_elsewhere(seed):
    # «Мой визит проходит накануне Совещания …»: another, later happening
    session = [e for e in events(seed, "MEETING") if e.trigger.text == "Совещания"]
    assert session and session[0].attrs["modality"] == "planned"
    assert not session[0].args["place"] and not session[0].args["date"]
