"""One import's bounds, progress and Cancel: a record-count and total-size budget read before anything
is built, a line per phase for whoever watches, and a cancel flag checked at every row written.

The importers read files through exchange/source.py, which charges each file's bytes and records to
the current run; the loader writes every row through services/audit.py, which calls `checkpoint()`.
So a run needs no parameter threaded through every reader: `with running(run):` around the import.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, as_read, said
from councildesk.services.person_choices import PersonChoices

MB = 1024 * 1024
# A year of a large city's records is a few tens of thousands of rows and a few MB; these bounds are
# far above any real council export and far below what would take minutes or a gigabyte to refuse.
DEFAULT_MAX_RECORDS = 500_000
DEFAULT_MAX_BYTES = 200 * MB
WRITE_REPORT_EVERY = 10_000  # rows between two "writing" progress lines
# What a run reports (its progress lines, in the reader's language) and says when cancelled, declared.
WRITING = QT_TRANSLATE_NOOP("services", "Writing records…")
WROTE = QT_TRANSLATE_NOOP("services", "Wrote {count:,} records…")
CANCELLED = QT_TRANSLATE_NOOP("services", "The import was cancelled; nothing was changed.")


class Cancelled(Exception):
    """The clerk pressed Cancel: raised inside the import's transaction, which is rolled back."""


@dataclass(frozen=True)
class ImportLimits:
    max_records: int = DEFAULT_MAX_RECORDS  # every JSON object, every CSV line counts as one
    max_bytes: int = DEFAULT_MAX_BYTES  # all the files of one import together

    def __post_init__(self) -> None:
        if self.max_records < 1 or self.max_bytes < 1:
            raise UserError(QT_TRANSLATE_NOOP("services", "Import limits must be at least 1."))


@dataclass
class ImportRun:
    """What one import may read, what it has read so far, and who hears of its phases."""

    limits: ImportLimits = field(default_factory=ImportLimits)
    report: Callable[[str], None] | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    people: PersonChoices = field(default_factory=PersonChoices)  # --new-person, --match-person
    bytes_read: int = 0
    records: int = 0
    rows_written: int = 0

    def phase(self, text: str) -> None:
        """A new phase begins: Cancel is heard, then the line is reported."""
        self.checkpoint()
        self.say(text)

    def say(self, text: str) -> None:
        if self.report is not None:
            self.report(as_read(text))  # a declared line in the reader's language

    def checkpoint(self) -> None:
        if self.cancel.is_set():
            raise Cancelled(said(CANCELLED).translated())  # the window shows it as it is

    def take_bytes(self, name: str, size: int) -> None:
        """Charge a file's size before it is read; refuse when the import would pass its limit."""
        self.checkpoint()
        if self.bytes_read + size > self.limits.max_bytes:
            total = self.bytes_read + size
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "{name}: the import is {size} MB, over the limit of {limit} MB for one import; "
                    "nothing was read (raise the limit with --max-bytes if it is right).",
                ),
                name=name,
                size=_mb(total),
                limit=_mb(self.limits.max_bytes),
            )
        self.bytes_read += size

    def records_left(self) -> int:
        return self.limits.max_records - self.records

    def take_records(self, name: str, count: int) -> None:
        if self.records + count > self.limits.max_records:
            raise self.too_many(name)
        self.records += count

    def too_many(self, name: str) -> UserError:
        return UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "{name}: the import holds more than {max_records:,} records, the limit for "
                "one import; nothing was imported (raise the limit with --max-records if it "
                "is right).",
            ),
            name=name,
            max_records=self.limits.max_records,
        )

    def wrote_row(self) -> None:
        """Called for every row the import writes (through the audit log): Cancel is heard here."""
        self.checkpoint()
        self.rows_written += 1
        if self.rows_written == 1:
            self.phase(said(WRITING))
        elif self.rows_written % WRITE_REPORT_EVERY == 0:
            self.phase(said(WROTE, count=self.rows_written))


def _mb(size: int) -> str:
    return f"{size / MB:,.0f}" if size >= 10 * MB else f"{size / MB:,.1f}"


_current: ContextVar[ImportRun | None] = ContextVar("councildesk_import_run", default=None)


def current() -> ImportRun:
    """The run in progress, or a fresh one with the default limits (each read outside a run is
    bounded on its own)."""
    run = _current.get()
    return run if run is not None else ImportRun()


def active() -> ImportRun | None:
    return _current.get()


@contextmanager
def running(run: ImportRun) -> Iterator[ImportRun]:
    token = _current.set(run)
    try:
        yield run
    finally:
        _current.reset(token)
