"""natasha's slovnet models and pymorphy3 as spaCy pipeline components."""
