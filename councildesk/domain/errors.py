"""Errors a user can understand and fix, shown as one plain sentence."""

from __future__ import annotations


class UserError(Exception):
    """An expected problem: bad input, a refused change, a locked record.

    The message is a single plain sentence that names what went wrong and where;
    the operation that raised it has changed nothing.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    """A record the user named does not exist."""


class LockedError(UserError):
    """A record is locked, for instance a meeting whose minutes are approved."""


class DatabaseInUseError(UserError):
    """Another running CouncilDesk holds the database file for writing."""


class SchemaTooNewError(UserError):
    """The database was written by a newer CouncilDesk than this one."""
