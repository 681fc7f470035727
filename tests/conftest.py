import os
from pathlib import Path

import pytest

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "defence-ministers-astana-2024.txt"


@pytest.fixture(scope="session")
def extractor():
    import extract
    return extract.Extractor(keep_doc=True)


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(extractor, seed_text):
    return extractor.extract(seed_text, id="seed")


@pytest.fixture(scope="session")
def read(extractor):
    """extract() on a short test text, each text processed once per session."""
    cache = {}

    def run(text):
        if text not in cache:
            cache[text] = extractor.extract(text)
        return cache[text]
    return run


@pytest.fixture(scope="session")
def samples(extractor):
    """Every bundled sample, processed once: {file stem: Article}."""
    paths = sorted(SAMPLES.glob("*.txt"))
    arts = extractor.pipe({"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in paths)
    return {a.id: a for a in arts}


def by_name(article, type_, name):
    hits = [e for e in article.entities if e.type == type_ and e.name == name]
    assert hits, f"no {type_} {name!r} in {[(e.type, e.name) for e in article.entities]}"
    assert len(hits) == 1, f"{type_} {name!r} split into {len(hits)} entities"
    return hits[0]
