"""One error type for everything a user can get wrong.

Every module raises `PersonalQError` for bad input (a malformed file, an unknown id, a wrong
base model...). The CLI and the HTTP service turn it into a clear message plus a hint on what to
do, never a traceback.
"""

from __future__ import annotations


class PersonalQError(Exception):
    """A problem the user can fix: `message` says what is wrong, `hint` what to do about it."""

    def __init__(self, message: str, hint: str = "", status: int = 400):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.status = status  # HTTP status the service answers with

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message
