"""ORGANIZATION mentions: the NER's ORG spans, the organisation lexicon and a state's bodies, whole
and normalised.

Where the mentions come from:
- the NER's ORG spans, less those that are events («Совещание министров обороны ...»,
  models/event_heads.txt) or common nouns (СМИ, models/not_organisations.txt);
- the lexicon (models/organisations.tsv): abbreviations, short and full names;
- a state body named by its place: «правительство Японии», «японское правительство», «полиция
  Нью-Йорка» (models/state_bodies.txt; alone, «правительство» is a description, not a name);
- a description with its country: «оборонное ведомство РК», «японского дипломатического
  ведомства» (models/organisation_descriptions.tsv) is the named body of that country.

How a mention is made whole: the genitive of a named place, country or organisation right after it
joins it («Министерство обороны» + «Казахстана», «Институт этнологии» + «РАН»), and so does a
complement with «при» or «по» that the syntax hangs on it («Европейский суд по правам
человека»); a relative adjective before it joins it too («японского МИДа», «государственной
Комиссии»). «X (ABBR)» and «ABBR (X)» are two mentions of one organisation.

Identity (the `key` coreference merges on): the lexicon name or the lemmas of the name without its
country, plus the country: «Министерство обороны РК», «Министерства обороны Казахстана»,
«Минобороны Казахстана» and «оборонного ведомства РК» are one entity. A national body named
without its country («Минобороны», «МИД») is that body of the article's own country when the
article names it with a country: the country of the article's first known place, or, with no
place, the only country whose such body the article names.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..resources import read_list, read_tsv
from ..tagging.lemma import analyzer
from ..text.layout import body
from .brackets import bracket_parts
from .countries import adjective_index, genitive_name
from .gazetteer import find_phrases, fold, phrase_key, tokens_key
from .mention import Found, add
from .norm import phrase_nominative
from .places import place_index
from .quotes import with_closing_quote

COMPLEMENT_PREPOSITIONS = {"при", "по"}  # «Совет при Президенте», «Комитет по обороне»
LOCATIVE_PREPOSITIONS = {"в", "во", "у", "около", "возле", "над", "перед", "из"}
MAX_COMPLEMENT = 8                         # words a «при/по» complement may add
NAMED_TYPES = {"COUNTRY", "LOCATION"}


@lru_cache(maxsize=1)
def org_index() -> dict:
    """Lemma key of an abbreviation, full name or alias -> lexicon row."""
    index = {}
    for row in read_tsv("organisations.tsv"):
        for alias in filter(None, [row["abbr"], row["name"]] + row["aliases"].split("|")):
            index.setdefault(phrase_key(alias), row)
    return index


@lru_cache(maxsize=1)
def head_kinds() -> dict:
    kinds = {}
    for row in read_tsv("organisation_heads.tsv"):
        kinds.setdefault(fold(row["word"]), row["kind"])
    return kinds


@lru_cache(maxsize=1)
def state_body_index() -> dict:
    return {phrase_key(w): w for w in read_list("state_bodies.txt")}


@lru_cache(maxsize=1)
def description_index() -> dict:
    return {phrase_key(row["phrase"]): row for row in read_tsv("organisation_descriptions.tsv")}


@lru_cache(maxsize=1)
def event_heads() -> frozenset:
    return frozenset(fold(w) for w in read_list("event_heads.txt"))


@lru_cache(maxsize=1)
def qualifying_adjectives() -> frozenset:
    return frozenset(fold(w) for w in read_list("qualifying_adjectives.txt"))


@lru_cache(maxsize=1)
def not_organisations() -> frozenset:
    return frozenset(phrase_key(w) for w in read_list("not_organisations.txt"))


def kind_of(span) -> str:
    """The kind the name's syntactic head says, else the first word that says one («Комитет
    защиты журналистов» is a committee whatever it protects)."""
    kinds = head_kinds()
    if len(span):
        k = kinds.get(fold(_head(span.doc, span.start, span.end).lemma_))
        if k:
            return k
    for t in span:
        k = kinds.get(fold(t.lemma_))
        if k:
            return k
    return "other"


def _head(doc, start, end):
    """The syntactic head of tokens start..end (the first token whose head lies outside)."""
    for t in doc[start:end]:
        if not (start <= t.head.i < end) or t.head.i == t.i:
            return t
    return doc[start]


def _is_relative_adjective(t) -> bool:
    """«японский», «государственный», «федеральный»: an adjective of kind, not of quality
    («новый»), time («бывший», models/qualifying_adjectives.txt), a participle, pronoun or ordinal
    («действующий», «этот», «первый»)."""
    if t.pos_ != "ADJ" or not t.text.isalpha():
        return False
    parses = analyzer().parse(t.text.lower())
    if not parses or parses[0].tag.POS != "ADJF" or fold(parses[0].normal_form) in qualifying_adjectives():
        return False
    return not ({"Qual", "Apro", "Anum"} & parses[0].tag.grammemes)


def _lower_or_first(t) -> bool:
    """A word written in lower case, or capitalised only because it opens the sentence."""
    return t.text[:1].islower() or t.is_sent_start is True


class OrganisationFinder:
    def __call__(self, doc):
        span = body(doc)
        named = {f.start: f for f in doc._.found if f.type in NAMED_TYPES}
        countries = [f for f in doc._.found if f.type == "COUNTRY"]
        index = org_index()
        lexicon = {s: (e, row) for s, e, row in find_phrases(doc, span, index)}

        spans = self.ner_spans(doc, span)
        for s, e, _ in find_phrases(doc, span, state_body_index()):
            spans.append((s, e, "state-body"))
        for s, e, row in find_phrases(doc, span, description_index()):
            spans.append((s, e, "description"))
        for s, (e, row) in lexicon.items():
            head = _head(doc, s, e)
            # «военно-морских флотов двух стран»: a lower-case plural is a kind, not a body
            if head.text.islower() and head.morph.get("Number") == ["Plur"]:
                continue
            # «воз», «рада», «фас»: one lower-case word is a common word, not a name, unless a
            # named place follows it in the genitive («в миде Чили»)
            if e - s == 1 and doc[s].text.islower() and not (e in named and self.genitive(doc[e])):
                continue
            spans.append((s, e, "lexicon"))

        # what a name may be followed by in the genitive: a place, a country, an organisation
        org_spans = {s: (e, "lexicon") for s, (e, _) in lexicon.items()}
        for s, e, source in spans:
            if source == "ner" and e > org_spans.get(s, (0, ""))[0]:
                org_spans[s] = (e, "ner")
        following = {s: e for s, (e, _) in org_spans.items()}
        following.update((f.start, f.end) for f in named.values())
        made = []
        taken = []
        # NER spans first, then the bodies, then the lexicon: the first reading of a token wins
        for start0, end0, source in spans:
            start, end = self.extend(doc, start0, end0, following)
            if any(s < end and start < e for s, e in taken) or self.building_as_place(doc, start, end):
                continue
            f = self.make(doc, start, end, source, countries, index, start0=start0,
                          grown=(start, end) != (start0, end0),
                          org_inside=any(end0 <= s < end for s in org_spans))
            if f is None:
                continue
            taken.append((start, end))
            made.append(f)
            # «Совет Безопасности ООН»: the organisation named in the genitive is a mention too
            for s in range(end0, end):
                inner = org_spans.get(s)
                if inner and inner[0] <= end and (s, inner[0]) != (start, end):
                    g = self.make(doc, s, inner[0], inner[1], countries, index, start0=s, grown=False)
                    if g is not None:
                        g.source = "nested"
                        made.append(g)
        self.link_abbreviations(doc, made)
        self.resolve_national(doc, made)
        for f in made:
            add(doc, f)
        # an organisation the NER also read as a place («ЕС», «Евросоюз»): the organisation it is
        spans_made = {(f.start, f.end) for f in made}
        doc._.found = [f for f in doc._.found if f.type != "LOCATION" or (f.start, f.end) not in spans_made]
        return doc

    # -- candidate spans ---------------------------------------------------------------------

    def ner_spans(self, doc, span):
        """The NER's ORG spans, an «X (ABBR)» span cut in two, events and common nouns dropped."""
        res = []
        for ent in span.ents:
            if ent.label_ != "ORG":
                continue
            parts = bracket_parts(doc, ent.start, ent.end)
            for s, e in parts:
                words = [t for t in doc[s:e] if any(c.isalnum() for c in t.text)]
                if not words:
                    continue
                if tokens_key(doc[s:e]) in not_organisations():
                    continue
                head = _head(doc, s, e)
                if fold(head.lemma_) in event_heads():
                    continue
                # «Министры обороны Бразилии»: people, not a body
                if head.pos_ == "NOUN" and head.morph.get("Animacy") == ["Anim"]:
                    continue
                # «передать Ханою опыт»: a capital standing for its state stays a place (a club
                # named after a city, «Барселона», stays the NER's organisation); a space station
                # («МКС») is a place, never a body
                place = place_index().get(tokens_key(doc[s:e]))
                if place and place[2] in ("capital", "station"):
                    continue
                res.append((s, with_closing_quote(doc, s, e), "ner"))
        return res

    def extend(self, doc, start, end, following):
        """Grow a span over its genitive name, «при/по» complement and relative adjectives."""
        for _ in range(4):
            if end >= len(doc):
                break
            nxt = doc[end]
            nxt_end = following.get(end)
            if nxt_end is not None and self.genitive(nxt):
                end = nxt_end
                continue
            if nxt.lower_ in COMPLEMENT_PREPOSITIONS:
                new_end = self.complement_end(doc, start, end)
                if new_end > end:
                    end = new_end
                    continue
            break
        while start > 0:
            prev = doc[start - 1]
            if _lower_or_first(prev) and _is_relative_adjective(prev) and start <= prev.head.i < end \
                    and prev.dep_ == "amod":
                start -= 1
            else:
                break
        return start, end

    @staticmethod
    def genitive(t) -> bool:
        """In the genitive, or an abbreviation, which does not decline (the tagger's case for it
        is a guess)."""
        return t.morph.get("Case") == ["Gen"] or (t.text.isupper() and len(t.text) > 1)

    @staticmethod
    def complement_end(doc, start, end):
        """End of a «при/по» phrase the syntax attaches to a word of the span, else end."""
        prep = doc[end]
        noun = prep.head
        if noun.i <= end or not (start <= noun.head.i < end) or noun.dep_ not in ("nmod", "appos"):
            return end
        right = end
        for t in doc[end:min(len(doc), end + MAX_COMPLEMENT + 1)]:
            # the tokens of the noun's subtree, contiguous, no punctuation but hyphens and quotes
            if not (t.i == end or t.i == noun.i or noun.is_ancestor(t)):
                break
            if t.is_punct and t.text not in "-«»\"":
                break
            right = t.i + 1
        return right if right > noun.i else end

    @staticmethod
    def building_as_place(doc, start, end) -> bool:
        """«в Белом доме», «у Кремля»: a body named by its building, used as a place."""
        hit = place_index().get(tokens_key(doc[start:end]))
        return bool(hit) and hit[2] == "building" and start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS

    # -- one mention ----------------------------------------------------------------------------

    def make(self, doc, start, end, source, countries, index, start0, grown, org_inside=False):
        words = doc[start:end]
        inner = [c for c in countries if start <= c.start and c.end <= end]
        # an organisation that is only a country's name is that country, not an ORG
        if inner and inner[0].start == start and inner[0].end == end:
            return None
        country_f = inner[-1] if inner and inner[-1].end == end else None
        adjectives = adjective_index()
        adj_iso = next((adjectives[fold(t.lemma_)] for t in words
                        if t.pos_ == "ADJ" and _lower_or_first(t) and fold(t.lemma_) in adjectives), None)
        iso = country_f.attrs["iso"] if country_f else (inner[0].attrs["iso"] if inner else adj_iso)
        # the name proper: without the country after it and without the adjectives before it
        core_start = start0
        core_end = country_f.start if country_f and country_f.start > core_start else end
        core = doc[core_start:core_end]
        row = index.get(tokens_key(core))
        description = description_index().get(tokens_key(core))
        if source == "description" or (description and not row):
            if not iso:
                return None  # «между оборонными ведомствами»: a description without its state
            named = index.get(phrase_key(description["name"]))  # the lexicon's row of the body named
            row = dict(description, abbr=(named or {}).get("abbr", ""), country="")
        if source == "state-body" and not (grown and (iso or self.named_inside(doc, start, end) or org_inside)):
            return None  # «правительство» alone describes, it does not name
        # a country written in the name beats the lexicon's («Минпромторг» is Russian, «Министерство
        # промышленности и торговли Вьетнама» is not)
        explicit = country_f.attrs["iso"] if country_f else None
        country = explicit or (row or {}).get("country") or iso or self.place_country(doc, start, end)
        if row:
            base = phrase_key(row["name"])
            kind = row["kind"] or "other"
            abbr = row.get("abbr") if row.get("abbr") != row["name"] else None  # «Газпром» has none
            abbr = abbr or None
            if row.get("country") and explicit and row["country"] != explicit:
                abbr = None  # the abbreviation is the lexicon country's body's
            if country_f and row.get("country") != explicit:
                name = f"{row['name']} {doc[country_f.start:country_f.end].text}"
            elif country and not row.get("country") and (adj_iso or source == "description"):
                name = f"{row['name']} {genitive_name(country)}"
            else:
                name = row["name"]
        elif source == "state-body" and adj_iso and not country_f:
            # «французское правительство» is named as «Правительство Франции»
            head = phrase_nominative(core)
            name = f"{head[:1].upper()}{head[1:]} {genitive_name(adj_iso)}"
            base = tokens_key(core)
            kind = kind_of(core)
            abbr = None
        else:
            base = tokens_key(core)
            kind = kind_of(core)
            abbr = None
            name = phrase_nominative(words)
        if not base:
            return None
        attrs = {"kind": kind, "abbr": abbr, "country": country}
        return Found("ORGANIZATION", start, end, name, attrs, key=f"org:{base}:{country or ''}", source=source)

    @staticmethod
    def named_inside(doc, start, end):
        return any(f.type in NAMED_TYPES and start <= f.start and f.end <= end for f in doc._.found)

    @staticmethod
    def place_country(doc, start, end):
        """The country of a known place the name ends with («мэрия Москвы»)."""
        for f in doc._.found:
            if f.type == "LOCATION" and f.end == end and start < f.start and f.attrs.get("country"):
                return f.attrs["country"]
        return None

    # -- links between mentions -------------------------------------------------------------

    @staticmethod
    def link_abbreviations(doc, made):
        """«X (ABBR)» and «ABBR (X)»: the bracketed mention is the same organisation. The article's
        own expansion beats the lexicon's reading of the abbreviation («(ВКС)» after a company's
        name is that company in this article), for every mention of it."""
        def abbreviation(f):
            text = doc[f.start:f.end].text
            return any(c.isupper() for c in text[1:]) and " " not in text

        by_start = {f.start: f for f in made}
        for f in made:
            if f.end + 1 >= len(doc) or doc[f.end].text != "(":
                continue
            g = by_start.get(f.end + 1)
            if g is None or g.end >= len(doc) or doc[g.end].text not in "),":
                continue
            if abbreviation(g) != abbreviation(f):
                long_, short = (g, f) if abbreviation(f) else (f, g)
            else:
                long_, short = (f, g) if (f.end - f.start) >= (g.end - g.start) else (g, f)
            if abbreviation(short) and not long_.attrs.get("abbr"):
                long_.attrs["abbr"] = doc[short.start:short.end].text
            old_key = short.key
            for x in made:
                if x is not long_ and (x is short or (old_key and x.key == old_key)):
                    x.key = long_.key
                    x.attrs = dict(long_.attrs)
                    if x.norm != doc[x.start:x.end].text and abbreviation(x):
                        x.norm = doc[x.start:x.end].text  # not the lexicon's expansion of it

    @staticmethod
    def resolve_national(doc, made):
        """A national body without its country joins that body of the article's own country."""
        with_country: dict[str, set] = {}
        for f in made:
            base, _, iso = f.key.rpartition(":")
            if iso:
                with_country.setdefault(base, set()).add(iso)
        if not with_country:
            return
        home = None
        places = sorted((f for f in doc._.found if f.type == "LOCATION" and f.attrs.get("country")),
                        key=lambda f: f.start)
        if places:
            home = places[0].attrs["country"]
        for f in made:
            base, _, iso = f.key.rpartition(":")
            if iso or f.attrs.get("kind") not in ("ministry", "government", "military"):
                continue
            isos = with_country.get(base, set())
            pick = home if (home and home in isos) else (next(iter(isos)) if len(isos) == 1 and not home else None)
            if pick:
                f.key = f"{base}:{pick}"
                f.attrs = dict(f.attrs, country=pick)


@Language.factory("organisations")
def make_organisations(nlp, name):
    return OrganisationFinder()
