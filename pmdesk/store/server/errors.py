"""The server store's user errors: each carries one sentence for a person."""

from __future__ import annotations

from pmdesk.store.errors import PmdbError


class ServerError(PmdbError):
    """The server cannot do what was asked (no such plan, no permission, bad address)."""


class ServerUnavailableError(ServerError):
    """The server cannot be reached now; the edit is kept and sent when it is back."""


class ConflictError(ServerError):
    """Someone else changed a row this edit was based on; the edit was not stored.

    ``rows`` lists the (kind, id) pairs that were out of date.
    """

    def __init__(self, message: str, rows: tuple = ()) -> None:
        super().__init__(message)
        self.rows = rows
