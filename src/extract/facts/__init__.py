"""The relation and event stage: one module per relation or event type, each a spaCy component
reading `doc._.entities` and adding contract records to `doc._.relations` / `doc._.events`."""
