"""A synthetic-city database for benchmarks, built once and cached under ~/.cache/councildesk-bench/.

    from tests.benchmarks.city_db import city_database, fresh_copy
    path = city_database(years=30, seed=1)     # read-only use: open it with write=False
    path = fresh_copy(tmp_dir)                 # benchmarks that write get their own copy

The cached file is rebuilt when the schema head or the generator's output version changed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.db.migrate import head_revision
from councildesk.sample.generator import GENERATOR_VERSION, generate

CACHE = Path.home() / ".cache" / "councildesk-bench"


def city_database(years: int = 30, seed: int = 1) -> Path:
    """The path of a current cached city database of `years` years for `seed`, building it if needed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"city-{years}y-s{seed}.db"
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


def fresh_copy(dest_dir: Path, years: int = 30, seed: int = 1) -> Path:
    """A private, writable copy of the cached city database in `dest_dir`."""
    source = city_database(years, seed)
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


def _with_sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock"))]
