"""Faults of the machine a user can meet (disk full, no permission …) as one plain sentence."""

from __future__ import annotations

import errno

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

# What the user can do about each expected failure, said once for every part of CouncilDesk.
_OS_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("domain", "the disk is full; free some space and try again"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("domain", "your disk quota is used up; free some space and try again"),
    errno.EACCES: QT_TRANSLATE_NOOP("domain", "permission was denied; check who may write there"),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "domain", "the operation is not permitted there; check who may write there"
    ),
    errno.EROFS: QT_TRANSLATE_NOOP("domain", "the disk is read-only; choose a folder you can write to"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("domain", "the name is too long; choose a shorter name or folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP(
        "domain", "a file of that name is already there; move it aside or choose another name"
    ),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("domain", "a file stands where a folder is needed; move it aside"),
    errno.EISDIR: QT_TRANSLATE_NOOP("domain", "a folder stands where a file is needed; choose another name"),
    errno.ENOENT: QT_TRANSLATE_NOOP("domain", "it does not exist"),
    errno.EIO: QT_TRANSLATE_NOOP(
        "domain", "the disk reported an input/output error; check the disk and keep your backups"
    ),
    errno.EMFILE: QT_TRANSLATE_NOOP("domain", "too many files are open; close other programs and try again"),
    errno.ENFILE: QT_TRANSLATE_NOOP("domain", "too many files are open; close other programs and try again"),
    errno.EFBIG: QT_TRANSLATE_NOOP("domain", "the file is larger than this disk allows"),
    errno.EXDEV: QT_TRANSLATE_NOOP("domain", "the folder is on another disk than the file it replaces"),
}


def os_error_sentence(error: OSError, what: str) -> UserError:
    """`what` names the file or folder ("the backup folder /x/backups"); returns the UserError."""
    reason: str | None = _OS_REASONS.get(error.errno or 0)
    if reason is None:
        reason = (error.strerror or type(error).__name__).rstrip(".").lower()
    return UserError(
        QT_TRANSLATE_NOOP("domain", "CouncilDesk could not use {what}: {reason}."), what=what, reason=reason
    )


def is_expected_os_error(error: OSError) -> bool:
    """A machine fault the user can act on, as opposed to a bug that should reach the log."""
    return (error.errno or 0) in _OS_REASONS
