"""The record contract: Articles serialise exactly as shared/records.md says and validate against the schema."""

import json

import jsonschema
import pytest

import extract
from extract.records import Article


@pytest.fixture(scope="module")
def validator():
    schema = extract.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_every_sample_article_validates(samples, validator):
    assert len(samples) >= 5
    for art in samples.values():
        errors = list(validator.iter_errors(art.to_dict()))
        assert not errors, (art.id, [e.message for e in errors[:3]])


def test_error_articles_validate(extractor, validator):
    art = extractor.extract("", id="x")
    assert art.error["type"] == "empty"
    validator.validate(art.to_dict())


def test_contract_top_level_and_mentions(seed, seed_text):
    d = json.loads(seed.to_json())
    assert list(d)[:8] == ["schema", "id", "meta", "entities", "relations", "events", "warnings", "error"]
    assert d["schema"] == "extract/1" and d["id"] == "seed" and d["error"] is None
    for e in d["entities"]:
        for m in e["mentions"]:
            assert seed_text[m["start"]:m["end"]] == m["text"]
    assert len({e["id"] for e in d["entities"]}) == len(d["entities"])


def test_round_trip(seed):
    again = Article.from_dict(json.loads(seed.to_json()))
    assert again.to_dict() == seed.to_dict()


def test_doc_behind_the_article_is_reachable(seed):
    assert seed.doc is not None and seed.doc.text == seed.text
