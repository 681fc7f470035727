"""The one exception for a document that cannot be processed."""

from __future__ import annotations


class InputError(ValueError):
    """A document that cannot be processed; `kind` goes to the Article's error.type."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind

    def __reduce__(self):  # crosses process boundaries (reader records sent to workers)
        return type(self), (self.kind, str(self))
