"""Articles built directly from the record contract, for the explore tests.

Building records by hand is not mocking the pipeline: these are the records a batch writes, with
relations and events of every shape the frames, plots and report must show. The texts are written
for the tests; their people are invented.
"""

from extract.records import Article, Entity, Event, Mention, Relation


def at(text: str, surface: str, n: int = 0) -> Mention:
    """The n-th occurrence of `surface` in `text` as a Mention."""
    start = -1
    for _ in range(n + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface)


def article(id, text, entities, relations=(), events=(), meta=None) -> Article:
    """entities: (id, type, name, [surface or (surface, n)], attrs); events: (type, trigger, args, attrs)."""
    ents = [Entity(eid, type_, name, [at(text, *(s if isinstance(s, tuple) else (s,))) for s in surfaces], attrs)
            for eid, type_, name, surfaces, attrs in entities]
    rels = [Relation(type_, args, at(text, evidence)) for type_, args, evidence in relations]
    evs = [Event(type_, at(text, trigger), args, None, attrs) for type_, trigger, args, attrs in events]
    return Article(id=id, meta=dict(meta or {}), entities=ents, relations=rels, events=evs, text=text)


def person(first, last, middle=None):
    return {"first": first, "middle": middle, "last": last}


DUBLIN_TEXT = ("12.03.2025. Министр обороны Ирландии Шон Келли встретился в Дублине с министром обороны Исландии "
               "Гудрун Олафсдоттир. По итогам встречи Келли и Олафсдоттир подписали меморандум о сотрудничестве.")


def dublin() -> Article:
    t = DUBLIN_TEXT
    return article("dublin", t, [
        ("e1", "DATE", "12.03.2025", ["12.03.2025"], {"value": "2025-03-12"}),
        ("e2", "POSITION", "министр обороны", ["Министр обороны", "министром обороны"], {}),
        ("e3", "COUNTRY", "Ирландия", ["Ирландии"], {"iso": "IE"}),
        ("e4", "PERSON", "Шон Келли", ["Шон Келли", ("Келли", 1)], person("Шон", "Келли")),
        ("e5", "LOCATION", "Дублин", ["Дублине"], {"kind": "capital", "country": "IE"}),
        ("e6", "COUNTRY", "Исландия", ["Исландии"], {"iso": "IS"}),
        ("e7", "PERSON", "Гудрун Олафсдоттир", ["Гудрун Олафсдоттир", ("Олафсдоттир", 1)],
         person("Гудрун", "Олафсдоттир")),
        ("e8", "DOCUMENT", "меморандум о сотрудничестве", ["меморандум о сотрудничестве"],
         {"kind": "memorandum", "period": None}),
    ], relations=[
        ("OCCUPATION", {"person": "e4", "position": "e2", "country": "e3"}, "Министр обороны Ирландии Шон Келли"),
        ("OCCUPATION", {"person": "e7", "position": "e2", "country": "e6"}, "министром обороны Исландии"),
    ], events=[
        ("MEETING", "встретился", {"participants": ["e4", "e7"], "place": ["e5"], "date": ["e1"]}, {"modality": "fact"}),
        ("SIGNING", "подписали", {"document": ["e8"], "parties": ["e3", "e6"], "signatories": ["e4", "e7"],
                                  "place": [], "date": ["e1"]}, {}),
    ])


OSLO_TEXT = ("Министр обороны Ирландии Шон Келли 2 апреля 2025 года прибыл с визитом в Осло, где встретится "
             "с коллегой из Норвегии Ингрид Берг.")


def oslo() -> Article:
    t = OSLO_TEXT
    return article("oslo", t, [
        ("e1", "POSITION", "министр обороны", ["Министр обороны"], {}),
        ("e2", "COUNTRY", "Ирландия", ["Ирландии"], {"iso": "IE"}),
        ("e3", "PERSON", "Шон Келли", ["Шон Келли"], person("Шон", "Келли")),
        ("e4", "DATE", "2 апреля 2025 года", ["2 апреля 2025 года"], {"value": "2025-04-02"}),
        ("e5", "LOCATION", "Осло", ["Осло"], {"kind": "capital", "country": "NO"}),
        ("e6", "COUNTRY", "Норвегия", ["Норвегии"], {"iso": "NO"}),
        ("e7", "PERSON", "Ингрид Берг", ["Ингрид Берг"], person("Ингрид", "Берг")),
    ], events=[
        ("VISIT", "прибыл с визитом", {"visitor": ["e3"], "destination": ["e5"], "host": [], "date": ["e4"]}, {}),
        ("MEETING", "встретится", {"participants": ["e3", "e7"], "place": ["e5"], "date": ["e4"]},
         {"modality": "planned"}),
    ], meta={"date": "2025-04-02T09:30:00", "source": "test"})


def corpus() -> list[Article]:
    return [dublin(), oslo()]
