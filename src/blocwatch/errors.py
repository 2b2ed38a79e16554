"""The exception tree of blocwatch.

Library code raises these; only the edges (CLI, HTTP API) turn them into exit codes or HTTP
statuses. Every message says what was wrong and what to do about it.
"""

from __future__ import annotations


class BlocwatchError(Exception):
    """Base of every error blocwatch raises on purpose."""

    exit_code = 1
    http_status = 500


class InputError(BlocwatchError):
    """The user's input (a name, a date, an expression, a file) is not usable."""

    exit_code = 2
    http_status = 400


class UnknownNameError(InputError):
    """A name of a state, organization, group, office or person is not known."""

    http_status = 404

    def __init__(self, what: str, name: str, suggestions: list[str] | None = None):
        self.what, self.name, self.suggestions = what, name, suggestions or []
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"Unknown {what} {name!r}.{hint}")


class DateError(InputError):
    """A date is malformed or impossible."""


class ExpressionError(InputError):
    """A set expression over organizations and groups is malformed."""


class DocumentError(InputError):
    """A document cannot be read (empty, binary, no article text, too large)."""


class StorageError(BlocwatchError):
    """The knowledge base file or server cannot be used as it is."""

    exit_code = 3
    http_status = 503


class SchemaMismatchError(StorageError):
    """The database belongs to another schema version or to another program."""


class ReferenceDataError(BlocwatchError):
    """The curated reference data is inconsistent (a bug in the repository's data files)."""

    exit_code = 4


class AuthError(BlocwatchError):
    exit_code = 2
    http_status = 401
