"""Anchors outside the database: a fingerprints file, a typed chain head, an older backup.

Whoever can edit the database can re-forge its chain; they cannot re-forge a head printed on
paper, published with the website or kept in yesterday's backup. `check_against` compares the
database with such an anchor and names the first entry that differs.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db import record_chain
from councildesk.db.backup import backup_sqlite_file
from councildesk.db.engine import Database, open_database
from councildesk.db.models import Meeting, MinutesApproval
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message, MessageId, Worded

FILE_KIND = "councildesk-fingerprints"
HEX = re.compile(r"^[0-9a-f]{64}$")


def fingerprints(s: Session) -> dict[str, Any]:
    """The chain's head and every approval's fingerprint with its place in the chain."""
    connection = s.connection()
    head = record_chain.head(connection)
    place = {(link.kind, link.entry_id): link for link in record_chain.links(connection)}
    meetings = []
    for approval, start in s.execute(
        select(MinutesApproval, Meeting.scheduled_start)
        .join(Meeting, Meeting.id == MinutesApproval.meeting_id)
        .order_by(MinutesApproval.id)
    ):
        link = place.get(("approval", approval.id))
        meetings.append(
            {
                "meeting_id": approval.meeting_id,
                "meeting_date": start.date().isoformat(),
                "approval_id": approval.id,
                "version": approval.version,
                "approved_on": approval.approved_on.isoformat(),
                "format": approval.snapshot_format,
                "sha256": approval.sha256,
                "chain_position": link.position if link else None,
                "chain_hash": link.hash if link else None,
            }
        )
    return {
        "kind": FILE_KIND,
        "version": 1,
        "chain": {"length": head.length, "head": head.hash},
        "approvals": meetings,
    }


@dataclass(frozen=True)
class AnchorCheck(Worded):
    ok: bool
    message: Message  # the verdict, a declared sentence
    details: tuple[Message, ...] = ()  # every difference found, the first one in the verdict

    @property
    def differences(self) -> tuple[str, ...]:
        return tuple(d.english() for d in self.details)

    @property
    def lines(self) -> tuple[str, ...]:
        """The differences in the reader's language."""
        return tuple(d.translated() for d in self.details)


def _say(text: MessageId, **params: object) -> Message:
    return Message(text, params)


def _different(name: str, found: list[Message]) -> AnchorCheck:
    verdict = _say(
        QT_TRANSLATE_NOOP("services", "DIFFERENT from {name}: {first}."), name=name, first=found[0]
    )
    return AnchorCheck(False, verdict, tuple(found))


# Per kind of entry: (gone from this file, changed since the backup).
ENTRY_LOST = {
    "approval": (
        QT_TRANSLATE_NOOP("services", "approval {entry} of {name} is gone"),
        QT_TRANSLATE_NOOP("services", "approval {entry} was changed since {name} was saved"),
    ),
    "correction": (
        QT_TRANSLATE_NOOP("services", "correction {entry} of {name} is gone"),
        QT_TRANSLATE_NOOP("services", "correction {entry} was changed since {name} was saved"),
    ),
    "audit": (
        QT_TRANSLATE_NOOP("services", "audit entry {entry} of {name} is gone"),
        QT_TRANSLATE_NOOP("services", "audit entry {entry} was changed since {name} was saved"),
    ),
}
# The fields of an approval a fingerprints file records, as a difference names them.
APPROVAL_FIELDS = {
    "meeting_id": QT_TRANSLATE_NOOP("services", "meeting id"),
    "version": QT_TRANSLATE_NOOP("services", "version"),
    "approved_on": QT_TRANSLATE_NOOP("services", "approved on"),
    "sha256": QT_TRANSLATE_NOOP("services", "sha256"),
    "chain_hash": QT_TRANSLATE_NOOP("services", "chain hash"),
}


def check_against(db: Database, anchor: str) -> AnchorCheck:
    """Compare `db` with a fingerprints file, an older CouncilDesk database, or a typed hash."""
    typed = anchor.strip().lower()
    if HEX.match(typed):
        return _against_hash(db, typed)
    path = Path(anchor)
    if not path.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{anchor} is neither a file nor a 64-digit fingerprint."),
            anchor=anchor,
        )
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        backup = _from_backup(path)
        if backup.links is None:
            return _against_entries(db, backup, str(path))
        return _against(db, backup.fingerprints, backup.links, str(path))
    try:
        theirs = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "{path} is not a fingerprints file (JSON) nor a CouncilDesk database."
            ),
            path=path,
        ) from None
    if not isinstance(theirs, dict) or theirs.get("kind") != FILE_KIND:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{path} is not a CouncilDesk fingerprints file."), path=path
        )
    return _against(db, theirs, None, str(path))


@dataclass(frozen=True)
class _Backup:
    fingerprints: dict[str, Any]
    links: list[record_chain.LinkRow] | None  # None: the backup predates the record chain
    entries: dict[tuple[str, int], str]


def _from_backup(path: Path) -> _Backup:
    """The fingerprints, chain and entries of an older database, read from an upgraded copy.

    A backup made by an older CouncilDesk has an older schema; it is copied to a temporary
    folder and the copy upgraded, so that the user's backup itself is never written to, not
    even by opening it. A backup from before the record chain gets its chain only from that
    upgrade, in an order that need not be the order this file recorded things in; it is then
    compared entry by entry instead of link by link.
    """
    with tempfile.TemporaryDirectory(prefix="councildesk-anchor-") as folder:
        copy = Path(folder) / "anchor.db"
        if path.with_name(path.name + "-wal").exists():
            backup_sqlite_file(path, copy)  # open elsewhere (or left mid-write): SQLite's own copy
        else:
            # A file on its own is copied byte for byte: even a read-only open would leave
            # SQLite's -wal and -shm files beside the user's backup.
            shutil.copyfile(path, copy)
        con = sqlite3.connect(copy)
        try:
            had_chain = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_chain'"
            ).fetchone()
        finally:
            con.close()
        with open_database(copy, backup_dir=Path(folder) / "backups") as older, older.reading() as s:
            connection = s.connection()
            return _Backup(
                fingerprints(s),
                record_chain.links(connection) if had_chain else None,
                record_chain.entry_hashes(connection),
            )


def _against_hash(db: Database, typed: str) -> AnchorCheck:
    with db.reading() as s:
        links = record_chain.links(s.connection())
        approvals = {a.sha256: a for a in s.scalars(select(MinutesApproval))}
    for link in links:
        if link.hash == typed:
            return AnchorCheck(
                True,
                _say(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "OK: {hash} is link {position} of this file's record chain, so everything "
                        "recorded up to it is unchanged.",
                    ),
                    hash=typed,
                    position=link.position,
                ),
            )
    if typed in approvals:
        return AnchorCheck(
            True,
            _say(
                QT_TRANSLATE_NOOP(
                    "services",
                    "OK: {hash} is the fingerprint of the minutes of meeting {meeting} as stored; run "
                    "`verify --all` for the records themselves.",
                ),
                hash=typed,
                meeting=approvals[typed].meeting_id,
            ),
        )
    return AnchorCheck(
        False,
        _say(
            QT_TRANSLATE_NOOP(
                "services",
                "DIFFERENT: {hash} is neither a link of this file's record chain nor the fingerprint of "
                "any approval in it; the history was rewritten since it was taken, or it belongs to "
                "another file.",
            ),
            hash=typed,
        ),
    )


def _against_entries(db: Database, backup: _Backup, name: str) -> AnchorCheck:
    """A backup from before the chain: each approval, correction and audit entry in it is here unchanged."""
    with db.reading() as s:
        ours = record_chain.entry_hashes(s.connection())
    found: list[Message] = []
    for (kind, entry_id), digest in sorted(backup.entries.items()):
        gone, changed = ENTRY_LOST[kind]
        if (kind, entry_id) not in ours:
            found.append(_say(gone, entry=entry_id, name=name))
        elif ours[kind, entry_id] != digest:
            found.append(_say(changed, entry=entry_id, name=name))
    if found:
        return _different(name, found)
    return AnchorCheck(
        True,
        _say(
            QT_TRANSLATE_NOOP(
                "services",
                "OK: every approval, correction and audit entry of {name} ({count}, saved before the "
                "record chain) is here unchanged.",
            ),
            name=name,
            count=len(backup.entries),
        ),
    )


def _against(
    db: Database, theirs: dict[str, Any], their_links: list[record_chain.LinkRow] | None, name: str
) -> AnchorCheck:
    with db.reading() as s:
        ours = fingerprints(s)
        our_links = record_chain.links(s.connection())
    found: list[Message] = []
    if their_links is not None:
        for link, old_link in zip(our_links, their_links, strict=False):
            if link.hash != old_link.hash:
                found.append(
                    _say(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "the chains part at link {position}: {old_kind} {old_entry} in {name}, "
                            "{kind} {entry} here (expected {expected}, found {found})",
                        ),
                        position=old_link.position,
                        old_kind=old_link.kind,
                        old_entry=old_link.entry_id,
                        name=name,
                        kind=link.kind,
                        entry=link.entry_id,
                        expected=old_link.hash,
                        found=link.hash,
                    )
                )
                break
        if len(our_links) < len(their_links):
            found.append(
                _say(
                    QT_TRANSLATE_NOOP("services", "{name} holds {theirs} chain links, this file only {ours}"),
                    name=name,
                    theirs=len(their_links),
                    ours=len(our_links),
                )
            )
    else:
        length, head = int(theirs["chain"]["length"]), str(theirs["chain"]["head"])
        if length > len(our_links):
            found.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "services", "{name} counts {theirs} chain links, this file only {ours}"
                    ),
                    name=name,
                    theirs=length,
                    ours=len(our_links),
                )
            )
        elif length and our_links[length - 1].hash != head:
            found.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "link {length} of the chain is not the published head "
                        "(expected {head}, found {found})",
                    ),
                    length=length,
                    head=head,
                    found=our_links[length - 1].hash,
                )
            )
    now = {a["approval_id"]: a for a in ours["approvals"]}
    for old in theirs["approvals"]:
        mine = now.get(old["approval_id"])
        which = {"date": old["meeting_date"], "meeting": old["meeting_id"]}
        if mine is None:
            found.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "services", "the approval of the minutes of {date} (meeting {meeting}) is gone"
                    ),
                    **which,
                )
            )
            continue
        for key, field in APPROVAL_FIELDS.items():
            if mine.get(key) != old.get(key):
                found.append(
                    _say(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "the approval of the minutes of {date} (meeting {meeting}): "
                            "{field} {old} → {new}",
                        ),
                        **which,
                        field=field,
                        old=repr(old.get(key)),
                        new=repr(mine.get(key)),
                    )
                )
    newer = [
        a
        for a in ours["approvals"]
        if a["approval_id"] not in {o["approval_id"] for o in theirs["approvals"]}
    ]
    latest = {o["meeting_id"] for o in theirs["approvals"]}
    for a in newer:
        if a["meeting_id"] in latest:
            found.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "meeting {meeting} has a newer approval (version {version}) than {name} knew; "
                        "CouncilDesk never approves twice",
                    ),
                    meeting=a["meeting_id"],
                    version=a["version"],
                    name=name,
                )
            )
    if found:
        return _different(name, found)
    return AnchorCheck(
        True,
        _say(
            QT_TRANSLATE_NOOP(
                "services",
                "OK: this file's record chain extends {name} unchanged ({count} approvals as published).",
            ),
            name=name,
            count=len(theirs["approvals"]),
        ),
    )
