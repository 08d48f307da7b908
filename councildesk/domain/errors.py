"""Errors a user can understand and fix, shown as one plain sentence."""

from __future__ import annotations

from councildesk.domain.messages import Message


class UserError(Exception):
    """An expected problem: bad input, a refused change, a locked record.

    The message is a single plain sentence that names what went wrong and where;
    the operation that raised it has changed nothing. It is declared with
    QT_TRANSLATE_NOOP and its `{name}` placeholders come as keyword arguments:
    `str(error)` is the English sentence (logs, tests), `error.message` the sentence in
    the reader's language, rendered when it is read.
    """

    def __init__(self, message: str, /, **params: object) -> None:
        self.msg = Message(message, params)
        self.english = self.msg.english()
        super().__init__(self.english)

    def __str__(self) -> str:
        return self.english

    @property
    def message(self) -> str:
        """What the user reads: the sentence in the installed language (English when none is)."""
        return self.msg.translated()

    @property
    def message_id(self) -> tuple[str, str]:
        """(context, English source) as the catalogue knows it; context is "" if undeclared."""
        return getattr(self.msg.text, "context", ""), str(self.msg.text)

    @property
    def params(self) -> dict[str, object]:
        return dict(self.msg.params)


class NotFoundError(UserError):
    """A record the user named does not exist."""


class LockedError(UserError):
    """A record is locked, for instance a meeting whose minutes are approved."""


class DatabaseInUseError(UserError):
    """Another running CouncilDesk holds the database file for writing."""


class SchemaTooNewError(UserError):
    """The database was written by a newer CouncilDesk than this one."""


class StaleEdit(UserError):
    """A change made from an outdated copy of a record: someone else changed it since it was read.

    The window offers to reload the record or to re-apply the change on top of the other one.
    """

    # The record's version in the database now (None when unknown): a re-apply is sent with it.
    current_version: int | None = None
    # The record's fields as they are now (column name -> value), for undoing a re-applied change.
    current_values: dict[str, object] | None = None
    # Which record it is, (table, id), when the change was made from copies of several records.
    row: tuple[str, int] | None = None
    # The record was deleted meanwhile: there is nothing to re-apply the change to.
    gone: bool = False
