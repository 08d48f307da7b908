"""What text CouncilDesk stores: cleaned of invisible control characters, refused when broken or too long.

Control characters are *removed*, not refused: they arrive unseen from pasting (word processors,
terminals, PDFs) and from imported files, a clerk cannot see them to fix them, and in official
minutes they only ever print as boxes. Tab and newline are kept (they are layout); a carriage
return becomes a newline. An ESC sequence (terminal colours, cursor moves) goes as a whole, so no
stray "[31m" is left behind.

Lone surrogates are *refused*: they are half of a character, the sign that the text was broken
before it reached us, and dropping them silently could change what a record says.
"""

from __future__ import annotations

import re

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

# Long texts kept in unbounded columns (TEXT on SQLite and PostgreSQL alike): the rule is ours.
# Legislative titles run long ("An ordinance amending sections …": Oakland's Legistar has titles
# of 1,188 characters), so titles get 10,000; a page of minutes holds about 4,000.
TITLE_LIMIT = 10_000
LONG_TEXT_LIMIT = 200_000
DEFAULT_TEXT_LIMIT = LONG_TEXT_LIMIT

# (table, column) -> characters, for TEXT columns. VARCHAR(n) columns use n, on SQLite too, so
# that a record that fits one database fits the other.
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("matter", "title"): TITLE_LIMIT,
    ("agenda_item", "title"): TITLE_LIMIT,
}

# Written by CouncilDesk itself (canonical JSON, fingerprints, audit copies), never typed: left alone.
MACHINE_COLUMNS = frozenset(
    {
        ("minutes_approval", "snapshot"),
        ("audit_log", "before"),
        ("audit_log", "after"),
    }
)

# ESC sequences (CSI "ESC [ … final", OSC "ESC ] … BEL/ST", and two-character ones), then any
# other C0 control but tab and newline, DEL, and the C1 controls.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(value: str, field: str, limit: int) -> str:
    """The text as stored; `field` names it in a refusal ("the meeting's title")."""
    broken = _SURROGATE.search(value)
    if broken is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "domain",
                "The text of {field} holds a broken character at position {value} (half of a "
                "character pair); retype that part of the text.",
            ),
            field=field,
            value=broken.start() + 1,
        )
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in value:
        value = _ESCAPES.sub("", value)
    value = _CONTROLS.sub("", value)
    if len(value) > limit:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "domain",
                "The text of {field} is {count:,} characters long; at most {limit:,} fit. "
                "Shorten it or attach the full text as a document.",
            ),
            field=field,
            count=len(value),
            limit=limit,
        )
    return value


_BREAK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")


def collapse_blank_lines(value: str, keep: int = 1) -> str:
    """At most `keep` empty lines in a row, for printing: a run of breaks is never content."""
    return _BREAK_RUN.sub("\n" * (keep + 1), value)
