"""Four processes race for one database's write lock under different names; count double holds.

Each worker loops: take the lock (under its own name: the file, a hard link, a symlink …), create
a marker file with O_EXCL while holding it, remove it, let go. If two workers ever hold the lock at
once, one of them finds the marker already there: that is a double hold.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class RaceResult:
    acquisitions: int
    double_holds: int
    refusals: int


def _worker(name: str, marker: str, seconds: float) -> None:
    from councildesk.db.file_lock import DatabaseLock
    from councildesk.domain.errors import DatabaseInUseError

    acquisitions = doubles = refusals = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        lock = DatabaseLock(Path(name))
        try:
            lock.acquire()
        except DatabaseInUseError:
            refusals += 1
            continue
        acquisitions += 1
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            doubles += 1
        else:
            os.close(fd)
            time.sleep(0.0005)  # hold it a moment so an overlap has time to show
            os.unlink(marker)
        finally:
            lock.release()
    print(json.dumps({"acquisitions": acquisitions, "doubles": doubles, "refusals": refusals}))


def race(folder: Path, seconds: float, workers: int = 4) -> RaceResult:
    """The database, a hard link to it and a symlink to it, shared out among `workers` processes."""
    database = folder / "race.db"
    database.write_bytes(b"")
    hard = folder / "second-name.db"
    os.link(database, hard)
    soft = folder / "shortcut.db"
    soft.symlink_to(database)
    names = [database, hard, soft, database]
    marker = folder / "holder"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, str(names[i % len(names)]), str(marker), str(seconds)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        for i in range(workers)
    ]
    totals = {"acquisitions": 0, "doubles": 0, "refusals": 0}
    for proc in procs:
        out, _ = proc.communicate(timeout=seconds + 60)
        if proc.returncode != 0:
            raise RuntimeError(f"a lock worker failed with exit code {proc.returncode}")
        for key, value in json.loads(out.strip().splitlines()[-1]).items():
            totals[key] += value
    return RaceResult(totals["acquisitions"], totals["doubles"], totals["refusals"])


if __name__ == "__main__":
    _worker(sys.argv[1], sys.argv[2], float(sys.argv[3]))
