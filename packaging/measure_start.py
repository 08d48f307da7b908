"""Start to a painted main window, bundle vs pip install, interleaved in one run; prints medians.

Usage: .venv/bin/python packaging/measure_start.py BUNDLE_PROGRAM [RUNS]
Each run opens the same demo database offscreen and quits after the first paint
(COUNCILDESK_EXIT_AFTER_PAINT); page caches are dropped first when the system allows it (root).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_start(program: str, db: Path, home: Path) -> float:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "COUNCILDESK_EXIT_AFTER_PAINT": "1",
    }
    started = time.perf_counter()
    done = subprocess.run([program, "--db", str(db)], env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or "painted" not in done.stdout:
        raise SystemExit(f"{program} did not paint: {done.stdout}{done.stderr}")
    return elapsed


def main(argv: list[str]) -> int:
    bundle = argv[0]
    runs = int(argv[1]) if len(argv) > 1 else 5
    pip = str(ROOT / ".venv" / "bin" / "councildesk")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        db = home / "council.db"
        subprocess.run([pip, "--db", str(db), "demo"], check=True, capture_output=True)
        one_start(bundle, db, home)  # settle first-launch work (settings, caches) out of the figures
        one_start(pip, db, home)
        times: dict[str, list[float]] = {"bundle": [], "pip install": []}
        dropped = True
        for _ in range(runs):
            for name, program in (("bundle", bundle), ("pip install", pip)):
                dropped = drop_caches() and dropped
                times[name].append(one_start(program, db, home))
        shutil.rmtree(home / "data", ignore_errors=True)
    print(f"start to painted window, median of {runs}, interleaved (page cache dropped: {dropped}):")
    for name, values in times.items():
        shown = " ".join(f"{v:.2f}" for v in values)
        print(f"  {name:<12} {statistics.median(values):.2f} s   ({shown})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
