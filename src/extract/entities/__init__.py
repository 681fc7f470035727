"""The entity stage: one module per kind of entity, each a spaCy component adding `Found` mentions."""
