"""The `Doc._` attributes through which the stages hand their work down the pipeline.

    doc._.layout     text/layout.py: headline, dateline, where the article body ends
    doc._.found      entities/*: every entity mention found, as entities.mention.Found
    doc._.entities   entities/coreference.py: the mentions clustered into entities
    doc._.refers     facts/references.py: which person(s) a post, rank, pronoun or «стороны» stands
                     for (facts.references.Reference), for the relation and event stages
    doc._.relations  facts/*: relations between entities
    doc._.events     facts/*: events with their roles
    doc._.warnings   any stage: human-readable notes for the Article
    doc._.meta       extractor.py: the input record's other fields (e.g. a publication `date`)
"""

from spacy.tokens import Doc

for _name in ("layout", "found", "entities", "refers", "relations", "events", "warnings", "meta"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def once(doc, key: str, make):
    """`make(doc)`, computed on the first call for a Doc and kept in `doc.user_data[key]`: what a
    stage derives from finished layers (sentences, token columns, an entity index) and reads often."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = make(doc)
    return value


def init(doc):
    """Give a fresh Doc empty containers (spaCy extension defaults must not be shared lists)."""
    if doc._.found is None:
        doc._.found = []
        doc._.entities = []
        doc._.refers = []
        doc._.relations = []
        doc._.events = []
        doc._.warnings = []
    return doc
