"""A synthetic-city database for benchmarks, built once and cached under ~/.cache/councildesk-bench/.

    from tests.benchmarks.city_db import city_database, fresh_copy
    path = city_database(years=30, seed=1)     # read-only use: open it with write=False
    path = fresh_copy(tmp_dir)                 # benchmarks that write get their own copy
    path = fresh_copy(tmp_dir, approved=True)  # the same city with its past minutes approved

The cached file is rebuilt when the schema head or the generator's output version changed; the
approved variant also when the fingerprint format changed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.db.migrate import head_revision
from councildesk.domain.enums import MeetingStatus, MinutesStatus
from councildesk.publish.kept_files import keep_minutes_files
from councildesk.sample.generator import GENERATOR_VERSION, generate
from councildesk.services.container import Services
from councildesk.services.dto import MeetingSummary
from councildesk.services.snapshot_format import CURRENT_FORMAT

# The approved variant leaves the minutes of the city's last months drafts, as a real city's are.
RECENT_DAYS = 90

CACHE = Path.home() / ".cache" / "councildesk-bench"


def city_database(years: int = 30, seed: int = 1) -> Path:
    """The path of a current cached city database of `years` years for `seed`, building it if needed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"city-{years}y-s{seed}.db"
    _migrate_older(path, years, seed)
    if path.exists() and _is_current(path, years, seed):
        return path
    # Build beside the target and rename, so that a crash or a parallel run never leaves half a file.
    building = path.with_name(f"{path.name}.{os.getpid()}.building")
    for leftover in _with_sidecars(building):
        leftover.unlink(missing_ok=True)
    database = open_database(building, backup_dir=CACHE / "backups")
    try:
        generate(database, years=years, seed=seed)
    finally:
        database.close()  # the last connection checkpoints the WAL into the file
    for sidecar in _with_sidecars(path):
        sidecar.unlink(missing_ok=True)
    os.replace(building, path)
    return path


def approved_city_database(years: int = 30, seed: int = 1) -> Path:
    """The cached city of `approved_city` with its past minutes approved, building it if needed."""
    path = CACHE / f"city-{years}y-s{seed}-approved.db"
    base = city_database(years, seed)
    _migrate_older(path, years, seed)
    if path.exists() and _is_current(path, years, seed) and _approvals_current(path):
        keep_approved_files(path)
        return path
    building = path.with_name(f"{path.name}.{os.getpid()}.building")
    for leftover in _with_sidecars(building):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(base, building)
    database = open_database(building, backup_dir=CACHE / "backups")
    try:
        approve_past_minutes(Services(database))
    finally:
        database.close()
    keep_approved_files(building)
    for sidecar in _with_sidecars(path):
        sidecar.unlink(missing_ok=True)
    os.replace(building, path)
    return path


def keep_approved_files(path: Path) -> int:
    """Keep the approved minutes' files as approving them in the window does (those kept already by
    this code from the same records are left); returns how many meetings have them."""
    database = open_database(path, backup_dir=CACHE / "backups")
    try:
        services = Services(database)
        ids = [
            m.id
            for m in services.meetings.list_meetings(newest_first=False)
            if m.minutes_status is MinutesStatus.APPROVED
        ]
        return keep_minutes_files(services, ids)
    finally:
        database.close()


def _migrate_older(path: Path, years: int, seed: int) -> None:
    """A cached city of the same generator under an older schema is migrated, as a clerk's file is."""
    if not path.exists() or _is_current(path, years, seed):
        return
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            entry = conn.execute("SELECT after FROM audit_log WHERE action = 'generate'").fetchone()
    except sqlite3.Error:
        return
    summary = json.loads(entry[0]) if entry else {}
    if summary.get("generator_version") == GENERATOR_VERSION and summary.get("years") == years:
        open_database(path, backup_dir=CACHE / "backups").close()  # opening migrates to the head


def approve_past_minutes(services: Services, recent_days: int = RECENT_DAYS) -> int:
    """Approve, through the services, every meeting's minutes at the next meeting of its body, except
    the meetings of the last `recent_days` before the city's latest meeting; returns how many.

    Each approval is the clerk's: the record's fingerprinted snapshot, the audit entry, the chain link.
    """
    meetings = services.meetings.list_meetings(newest_first=False)
    if not meetings:
        return 0
    cutoff = meetings[-1].scheduled_start - timedelta(days=recent_days)
    by_body: dict[int, list[MeetingSummary]] = {}
    for m in meetings:
        if m.status is not MeetingStatus.CANCELLED:
            by_body.setdefault(m.body_id, []).append(m)
    approved = 0
    for held in by_body.values():
        for meeting, following in pairwise(held):
            if meeting.scheduled_start >= cutoff or meeting.minutes_status is MinutesStatus.APPROVED:
                continue
            if meeting.status is MeetingStatus.ADJOURNED:
                services.approvals.approve(meeting.id, at_meeting_id=following.id)
                approved += 1
    return approved


def fresh_copy(dest_dir: Path, years: int = 30, seed: int = 1, *, approved: bool = False) -> Path:
    """A private, writable copy of the cached city database in `dest_dir` (`approved`: the variant
    with its past minutes approved)."""
    source = approved_city_database(years, seed) if approved else city_database(years, seed)
    target = Path(dest_dir) / source.name
    shutil.copyfile(source, target)
    return target


def _is_current(path: Path, years: int, seed: int) -> bool:
    """Same schema head, same generator version, same years and seed, and a finished build."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            entry = conn.execute("SELECT after FROM audit_log WHERE action = 'generate'").fetchone()
    except sqlite3.Error:
        return False
    if revision is None or revision[0] != head_revision() or entry is None:
        return False
    summary = json.loads(entry[0])
    return bool(
        summary.get("generator_version") == GENERATOR_VERSION
        and summary.get("years") == years
        and summary.get("seed") == seed
    )


def _approvals_current(path: Path) -> bool:
    """Approvals were made, all under the current fingerprint format."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            count, oldest = conn.execute(
                "SELECT count(*), min(snapshot_format) FROM minutes_approval"
            ).fetchone()
    except sqlite3.Error:
        return False
    return bool(count and oldest == CURRENT_FORMAT)


def _with_sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock"))]
