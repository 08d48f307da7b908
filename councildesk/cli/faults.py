"""The command line's last word on a failure: a sentence and exit 1, or exit 70 with the log."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.domain.faults import is_expected_os_error, os_error_sentence
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message

EXIT_USER_ERROR, EXIT_BUG = 1, 70

log = logging.getLogger("councildesk.cli")


def as_user_error(error: BaseException, target: str | Path | None) -> UserError | None:
    """The sentence for a fault the user can act on; None when it is a bug."""
    if isinstance(error, UserError):
        return error
    from councildesk.db.faults import database_error_sentence

    found = database_error_sentence(error, str(target)) if target is not None else None
    if found is not None:
        return found
    if isinstance(error, OSError) and is_expected_os_error(error):
        what = f"{error.filename}" if error.filename else "a file"
        return os_error_sentence(error, what)
    if isinstance(error, UnicodeError):
        return UserError(
            QT_TRANSLATE_NOOP(
                "cli",
                "The text holds a character that cannot be stored or written ({position}); "
                "retype that part of the text.",
            ),
            position=_position(error),
        )
    return None


def report_failure(error: BaseException, target: str | Path | None) -> int:
    """Print one line on stderr and return the exit code; a bug's traceback goes to the log."""
    user_error = as_user_error(error, target)
    if user_error is not None:
        print(f"councildesk: {user_error.message}", file=sys.stderr)  # in the reader's language
        return EXIT_USER_ERROR
    where = _write_to_log(error)
    place = f"the details are in {where}" if where else "the details follow"
    print(
        f"councildesk: an unexpected error ({type(error).__name__}) stopped the command; {place}. "
        "Please report it with that file.",
        file=sys.stderr,
    )
    if where is None:
        traceback.print_exception(error, file=sys.stderr)
    return EXIT_BUG


def _position(error: UnicodeError) -> Message:
    start = getattr(error, "start", None)
    if isinstance(start, int):
        return Message(QT_TRANSLATE_NOOP("cli", "at character {number}"), {"number": start + 1})
    return Message(QT_TRANSLATE_NOOP("cli", "somewhere in it"))


def _write_to_log(error: BaseException) -> Path | None:
    try:
        from councildesk.crash_log import logs_folder

        folder = logs_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "councildesk.log"
        with path.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(error)))
    except OSError:
        return None
    log.debug("traceback of %s written to %s", type(error).__name__, path)
    return path
