"""SQLite's online backup: a consistent copy taken while other connections have the file open."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database page by page into `destination` (replaced if present)."""
    source = Path(source)
    destination = Path(destination)
    if destination.resolve() == source.resolve():
        raise UserError(QT_TRANSLATE_NOOP("db", "A backup cannot be written over the database it copies."))
    if not destination.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("db", "The backup folder {parent} does not exist."), parent=destination.parent
        )
    partial = destination.with_name(destination.name + ".partial")
    try:
        # as_uri() escapes "?" and "#" in folder names, which a plain "file:" string would misread.
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(destination)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("db", "Could not write the backup {destination}: {error}."),
            destination=destination,
            error=error,
        ) from None
    return destination


def timestamped_name(database: Path, reason: str) -> str:
    """'council-2026-11-28T101500-before-0002.db' style names that sort by time."""
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
    return f"{database.stem}-{stamp}-{reason}{database.suffix or '.db'}"


def backup_order(path: Path, stem: str) -> tuple[str, int] | None:
    """(timestamp, sequence) of a timestamped backup of `stem`, or None for other files."""
    found = re.match(rf"{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}}T\d{{6}})(?:-(\d+))?-", path.name)
    if not found:
        return None
    return found[1], int(found[2] or 1)


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Keep the newest `keep` timestamped backups of database `stem` in `folder`; returns those deleted."""
    if keep < 1:
        raise UserError(QT_TRANSLATE_NOOP("db", "At least one backup must be kept."))
    if not folder.is_dir():
        return []
    ordered = sorted(
        (order, p) for p in folder.glob(f"{stem}-*.db") if (order := backup_order(p, stem)) is not None
    )
    doomed = [p for _order, p in ordered[:-keep]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
