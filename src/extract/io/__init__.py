"""Readers and writers of documents and Articles."""
