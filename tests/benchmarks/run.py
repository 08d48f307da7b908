"""City-scale speed: one table of medians (with min–max) for the figures a clerk and a resident feel.

    .venv/bin/python tests/benchmarks/run.py [--quick] [--runs N] [--only NAME ...]

Builds (or reuses) the cached synthetic city of --years years (30 by default; 100 takes about
three minutes to build; tests/benchmarks/city_db.py), then measures: cold start to the first paint
as whole processes, interleaved round by round with a 1-year city and a bare PySide6 window
(bare_window.py); `councildesk minutes` as a process beside a plain reportlab script printing the
same meeting (plain_minutes.py); opening a 40-item meeting in the desk, recording
a roll call, exporting a 40-item meeting's minutes beside a plain reportlab script with the same
content, a year's minutes (24 meetings) as one PDF volume, a member's full record, a search, the
agreement matrix over ten years, peak memory with the Records view shown, and the file size.

Timings are wall-clock medians over several runs; subprocess figures also give their CPU time,
which shows how much of the wall time was waiting for a busy machine. Nothing here asserts: the
table says "ok" or "MISS" against each target. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Figure:
    name: str
    samples: list[float]  # in `unit`
    unit: str
    target: float | None  # same unit; None: reported only
    note: str = ""
    cpu: list[float] | None = None  # CPU time per run, in `unit` (s for the subprocess figures)

    def median(self) -> float:
        return statistics.median(self.samples)

    def judged_on_cpu(self) -> bool:
        """Timings with a CPU time are judged on it: on a shared machine wall time waits for a core."""
        return bool(self.cpu) and self.unit in ("s", "ms")

    def verdict(self) -> str:
        if self.target is None:
            return "reported"
        value = statistics.median(self.cpu or []) if self.judged_on_cpu() else self.median()
        return ("ok" if value <= self.target else "MISS") + (" (CPU)" if self.judged_on_cpu() else "")


CPU_MS: list[float] = []  # CPU milliseconds of the calls `timed` measured last


def timed(fn: Callable[[], object], runs: int, *, warmup: int = 1) -> list[float]:
    """Milliseconds per call of `fn`, after `warmup` untimed calls (Python's lazy imports, SQLite cache).

    The CPU time of the same calls is left in CPU_MS: on a busy machine wall time waits for a core.
    """
    for _ in range(warmup):
        fn()
    out = []
    CPU_MS.clear()
    for _ in range(runs):
        gc.collect()
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        out.append((time.perf_counter() - started) * 1000)
        CPU_MS.append((time.process_time() - cpu) * 1000)
    return out


def cpu_ms() -> list[float]:
    return list(CPU_MS)


def child_env(home: Path) -> dict[str, str]:
    """A child that cannot touch the user's settings or logs, with byte-code cached like an installed app."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files; so do we, after warm-up
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    return env


def settle(path: Path) -> None:
    """Open and close a copy once, as its clerk did yesterday: it is then marked closed cleanly after a
    passed check (db/file_check.py), so the timed starts meet it as a user's every start does."""
    from councildesk.db.engine import open_database

    open_database(path).close()


# -- the figures ----------------------------------------------------------------------------------


def peak_memory(db: Path, work: Path, runs: int) -> Figure:
    env = child_env(work / "home")
    script = ROOT / "tests" / "benchmarks" / "records_memory.py"
    peaks, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(
            [sys.executable, str(script), str(db)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        ).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        kb = next(int(line.split()[1]) for line in out.splitlines() if line.startswith("peak_kb"))
        peaks.append(kb / 1024)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return Figure("peak memory, Records view shown", peaks, "MB", 250.0, "VmHWM of a child process", cpus)


@dataclass
class Child:
    """One command of an interleaved set: its argv and the line that marks it done (or painted)."""

    name: str
    argv: list[str]
    marker: str
    walls: list[float]
    cpus: list[float]  # the child's own CPU time up to the marker, when it prints one; else whole process
    whole_cpus: list[float]


def interleaved(children: list[Child], env: dict[str, str], runs: int) -> None:
    """Run each child once per round, in turn, `runs` rounds after one untimed round (byte-code)."""
    for run in range(runs + 1):
        for c in children:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            child = subprocess.Popen(
                c.argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
            )
            assert child.stdout is not None
            wall = cpu = None
            for line in child.stdout:
                if line.startswith(c.marker):
                    wall = time.perf_counter() - started
                    cpu = float(line.split("cpu")[1]) if "cpu" in line else None
                    break
            child.stdout.read()
            child.wait(timeout=300)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            whole = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            if wall is None:
                raise SystemExit(f"{c.name}: never printed {c.marker!r} (exit {child.returncode})")
            if run:
                c.walls.append(wall)
                c.cpus.append(whole if cpu is None else cpu)
                c.whole_cpus.append(whole)


def ratio_figure(name: str, a: Child, b: Child, target: float | None, note: str) -> Figure:
    """Per interleaved pair: the median of a/b over the rounds, CPU ratio beside the wall one."""
    walls = [x / y for x, y in zip(a.walls, b.walls, strict=True)]
    cpus = [x / y for x, y in zip(a.cpus, b.cpus, strict=True)]
    return Figure(name, cpus, "×", target, note + f"; wall ratio {statistics.median(walls):.2f}×")


def start_processes(db: Path, small: Path, work: Path, runs: int, years: int) -> list[Figure]:
    """Cold start on the N-year file, on a 1-year file, and a bare PySide6 window, interleaved."""
    env = child_env(work / "home") | {"COUNCILDESK_EXIT_AFTER_PAINT": "1"}
    app = [sys.executable, "-m", "councildesk", "--db"]
    big = Child(f"cold start, {years} years", [*app, str(db)], "painted", [], [], [])
    one = Child("cold start, 1 year", [*app, str(small)], "painted", [], [], [])
    bare = Child(
        "bare PySide6 window",
        [sys.executable, str(ROOT / "tests" / "benchmarks" / "bare_window.py")],
        "painted",
        [],
        [],
        [],
    )
    interleaved([big, one, bare], env, runs)
    figures = [
        Figure(
            c.name + " (process)",
            c.walls,
            "s",
            None,
            f"to first paint; whole process CPU {statistics.median(c.whole_cpus):.2f} s",
            c.cpus,
        )
        for c in (big, one, bare)
    ]
    figures.append(ratio_figure(f"  {years} years / 1 year (CPU to paint)", big, one, 1.05, "per round"))
    figures.append(ratio_figure("  1 year / bare window (CPU to paint)", one, bare, 3.0, "per round"))
    return figures


def minutes_processes(db: Path, meeting_id: int, work: Path, runs: int, record: bytes) -> list[Figure]:
    """`councildesk minutes` as a process beside a plain reportlab script printing the same meeting."""
    env = child_env(work / "home")
    pickled = work / "record.pickle"
    pickled.write_bytes(record)
    ours = Child(
        "councildesk minutes (process)",
        [
            sys.executable,
            "-m",
            "councildesk",
            "--db",
            str(db),
            "minutes",
            str(meeting_id),
            "-o",
            str(work / "ours.pdf"),
        ],
        "Wrote",
        [],
        [],
        [],
    )
    plain = Child(
        "  plain reportlab script (process)",
        [
            sys.executable,
            str(ROOT / "tests" / "benchmarks" / "plain_minutes.py"),
            str(pickled),
            str(work / "plain.pdf"),
        ],
        "done",
        [],
        [],
        [],
    )
    interleaved([ours, plain], env, runs)
    for c in (ours, plain):  # the whole process, start to exit, for both
        c.cpus = c.whole_cpus
    return [
        Figure(ours.name, ours.walls, "s", None, f"meeting {meeting_id}", ours.cpus),
        Figure(plain.name, plain.walls, "s", None, "tests/benchmarks/plain_minutes.py", plain.cpus),
        ratio_figure("  ratio of the processes (CPU)", ours, plain, 1.5, "per interleaved pair"),
    ]


class Bench:
    """In-process figures over one writable copy of the city (a roll call writes to it)."""

    def __init__(self, db_path: Path, runs: int) -> None:
        from sqlalchemy import func, select

        from councildesk.db.engine import open_database
        from councildesk.db.models import AgendaItem, Ballot, Meeting
        from councildesk.services.container import Services

        self.runs = runs
        self.db = open_database(db_path)
        self.services = Services(self.db)
        with self.db.reading() as s:
            counts = (
                select(AgendaItem.meeting_id, func.count().label("n"))
                .group_by(AgendaItem.meeting_id)
                .subquery()
            )
            self.big_meetings = list(
                s.scalars(
                    select(counts.c.meeting_id).where(counts.c.n == 40).order_by(counts.c.meeting_id.desc())
                )
            )
            self.body_id = int(
                s.scalar(
                    select(Meeting.body_id).group_by(Meeting.body_id).order_by(func.count().desc()).limit(1)
                )
                or 1
            )
            self.last_year = int(
                s.scalar(
                    select(func.max(Meeting.scheduled_start)).where(Meeting.body_id == self.body_id)
                ).year
            )
            self.busiest = int(
                s.scalar(
                    select(Ballot.person_id).group_by(Ballot.person_id).order_by(func.count().desc()).limit(1)
                )
            )
        if not self.big_meetings:
            raise SystemExit("The city database has no 40-item meeting.")

    def close(self) -> None:
        self.db.close()

    # -- the desk --------------------------------------------------------------------------------
    def open_meeting(self, work: Path) -> Figure:
        """show_meeting on a 40-item meeting until its widgets have painted (the next one each run)."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from councildesk.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        settings = QSettings(str(work / "desk.ini"), QSettings.Format.IniFormat)
        window = MainWindow(self.services, settings)
        window.show()
        app.processEvents()
        meetings = iter(self.big_meetings * (self.runs + 2))

        def open_one() -> None:
            window.show_meeting(next(meetings))
            window.repaint()  # paint now, not whenever the event loop gets to it
            app.processEvents()

        samples = timed(open_one, self.runs)
        cpu = cpu_ms()
        window.grab().save(str(work / "desk.png"))
        window.close()
        window.deleteLater()
        app.processEvents()
        return Figure("open a 40-item meeting in the desk", samples, "ms", 150.0, "show_meeting + paint", cpu)

    def roll_call(self) -> Figure:
        """Re-record (as a roll call) a vote taken on a 40-item meeting: delete untimed, record timed."""
        from councildesk.services.dto import VoteDTO

        votes: list[VoteDTO] = []
        # From the other end of the list: the minutes figure prints big_meetings[0] as generated.
        for meeting_id in reversed(self.big_meetings):
            record = self.services.records.load(meeting_id)
            votes += [v for e in record.items for mo in e.motions for v in mo.votes]
            if len(votes) > self.runs + 1:
                break
        pending = iter(votes)

        def again() -> None:
            vote = next(pending)
            self.services.votes.delete_vote(vote.id)
            ballots = {b.person_id: (b.option, b.note) for b in vote.ballots}
            started, cpu = time.perf_counter(), time.process_time()
            self.services.votes.record_roll_call(vote.motion_id, ballots)
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)

        walls: list[float] = []
        cpus: list[float] = []
        for _ in range(self.runs + 1):
            again()
        note = "synchronous=FULL, WAL (one fsync per commit)"
        return Figure("record a roll call (committed)", walls[1:], "ms", 20.0, note, cpus[1:])

    # -- minutes ---------------------------------------------------------------------------------
    def minutes_record(self) -> tuple[int, bytes]:
        """The meeting the minutes figures print, and its (record, approval) pickled for plain_minutes."""
        import pickle

        meeting_id = self.big_meetings[0]
        record = self.services.records.load(meeting_id)
        approval = self.services.minutes.minutes(meeting_id).approval
        return meeting_id, pickle.dumps((record, approval))

    def minutes_export(self) -> tuple[Figure, ...]:
        """Our export (read + lay out) against a plain reportlab script with the same content, interleaved."""
        from councildesk.reports.minutes import minutes_pdf
        from tests.benchmarks.plain_minutes import page_count, plain_reportlab

        meeting_id = self.big_meetings[0]
        record = self.services.records.load(meeting_id)
        approval = self.services.minutes.minutes(meeting_id).approval  # printed by both sides
        ours: list[float] = []
        plain: list[float] = []
        ours_cpu: list[float] = []
        plain_cpu: list[float] = []
        for _ in range(self.runs):
            ours += timed(lambda: minutes_pdf(self.services.minutes.minutes(meeting_id)), 1)
            ours_cpu += cpu_ms()
            plain += timed(lambda: plain_reportlab(record, approval), 1)
            plain_cpu += cpu_ms()
        ratios = [a / b for a, b in zip(ours, plain, strict=True)]
        cpu_ratios = [a / b for a, b in zip(ours_cpu, plain_cpu, strict=True)]
        # The plain script prints the same text and tables (without page furniture or outline), so the
        # page counts should match; the ratio per page shows it if they do not.
        pages = page_count(minutes_pdf(self.services.minutes.minutes(meeting_id)))
        plain_pages = page_count(plain_reportlab(record, approval))
        per_page = [r * plain_pages / pages for r in ratios]
        return (
            Figure(
                "export 40-item minutes (read + PDF)",
                ours,
                "ms",
                None,
                f"meeting {meeting_id}, {pages} pages",
                ours_cpu,
            ),
            Figure(
                "  same content, plain reportlab",
                plain,
                "ms",
                None,
                f"bench_minutes.plain_reportlab, {plain_pages} pages",
                plain_cpu,
            ),
            Figure("  ratio ours / plain", ratios, "×", 1.3, "per interleaved pair", cpu_ratios),
            Figure("  ratio per page printed", per_page, "×", None, f"× {plain_pages}/{pages} pages"),
        )

    def volume(self) -> Figure:
        from councildesk.reports.minutes_volume import minutes_volume_pdf

        year = self.last_year - 14

        def one() -> None:
            volume = self.services.minutes.volume(self.body_id, year, limit=24)
            minutes_volume_pdf(volume)

        samples = [ms / 1000 for ms in timed(one, max(1, self.runs // 3), warmup=0)]
        cpu = [ms / 1000 for ms in cpu_ms()]
        note = f"body {self.body_id}, {year}"
        return Figure("a year's minutes (24 meetings), one PDF", samples, "s", 3.0, note, cpu)

    # -- records ---------------------------------------------------------------------------------
    def records(self) -> tuple[Figure, ...]:
        vr = self.services.voting_records
        rows = len(vr.full_record(self.busiest))
        full = timed(lambda: vr.full_record(self.busiest), self.runs)
        full_cpu = cpu_ms()
        from tests.benchmarks.bench_records import QUERIES

        queries = iter(QUERIES * (self.runs + 2))
        search = timed(lambda: vr.search(next(queries)), self.runs)
        search_cpu = cpu_ms()
        common = timed(lambda: vr.search("the"), self.runs)
        common_cpu = cpu_ms()
        ten = date(self.last_year - 9, 1, 1), date(self.last_year, 12, 31)
        matrix = timed(
            lambda: vr.agreement(date_from=ten[0], date_to=ten[1], body_id=self.body_id), self.runs
        )
        matrix_cpu = cpu_ms()

        def first_screen() -> None:  # what the Records view asks for when a member is chosen
            vr.record_page(self.busiest)
            vr.summary(self.busiest)
            vr.attendance_history(self.busiest)

        screen = timed(first_screen, self.runs)
        screen_cpu = cpu_ms()
        return (
            Figure("a member's full record", full, "ms", 50.0, f"{rows:,} ballots", full_cpu),
            Figure(
                "  as the Records view shows it",
                screen,
                "ms",
                None,
                "page + summary + attendance",
                screen_cpu,
            ),
            Figure("a search", search, "ms", 50.0, "FTS5, up to 50 hits", search_cpu),
            Figure('  search for "the"', common, "ms", 50.0, "matches most rows", common_cpu),
            Figure("agreement matrix, 10 years", matrix, "ms", 1000.0, f"body {self.body_id}", matrix_cpu),
        )


def popolo_export(work: Path, years: int) -> tuple[Figure, ...]:
    """The Popolo export of the city as one child process (bench_popolo_export.py): CPU and peak memory."""
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_popolo_export", "--years", str(years)],
        cwd=ROOT,
        env=child_env(work / "home"),
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    ).stdout.split()
    cpu, peak, size = (float(out[out.index(k) + 1]) for k in ("cpu", "peak_mb", "size_mb"))
    note = f"{years} years, {size:.0f} MB file"
    return (
        Figure("Popolo export, CPU", [cpu], "s", 15.0, note),
        Figure("  its peak memory", [peak], "MB", 300.0, "VmHWM of the child"),
    )


def heatmap_paint(runs: int) -> tuple[Figure, ...]:
    """The agreement heat map at 200 members, from a synthetic matrix (no database)."""
    from tests.benchmarks.bench_heatmap import paint_times

    walls, cpus, key_walls, key_cpus = paint_times(200, runs)
    note = "200 members, 1366x768 scroll area"
    return (
        Figure("heat map paint after a scroll", walls, "ms", 16.0, note, cpus),
        Figure("  after an arrow key", key_walls, "ms", 16.0, "two cells", key_cpus),
    )


# -- the table --------------------------------------------------------------------------------------


def spread(f: Figure) -> str:
    lo, hi = min(f.samples), max(f.samples)
    return f"{lo:.{digits(f)}f}–{hi:.{digits(f)}f}"


def digits(f: Figure) -> int:
    return 2 if f.unit in ("s", "×") else 1 if f.unit == "ms" and f.median() < 100 else 0


def print_table(figures: list[Figure], runs: int) -> None:
    print()
    print(f"| figure | median | min–max | CPU | target | | notes (runs: {runs}) |")
    print("|---|---:|---:|---:|---:|---|---|")
    for f in figures:
        target = "—" if f.target is None else f"≤ {f.target:g} {f.unit}"
        cpu = ""
        if f.cpu:
            value = statistics.median(f.cpu)
            cpu = f"{value:.{2 if f.unit in ('s', 'MB', '×') else 1}f} {'s' if f.unit == 'MB' else f.unit}"
        median = f"{f.median():.{digits(f)}f} {f.unit}"
        print(f"| {f.name} | {median} | {spread(f)} | {cpu} | {target} | {f.verdict()} | {f.note} |")


FIGURES = ["start", "desk", "roll", "minutes", "process", "volume", "records", "heatmap", "popolo", "memory"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs each (default 7)")
    parser.add_argument("--runs", type=int, help="runs per figure")
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument(
        "--only",
        nargs="*",
        choices=FIGURES,
        help="measure only these figures",
    )
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    only = set(args.only or FIGURES)

    from tests.benchmarks.city_db import city_database

    started = time.perf_counter()
    cached = city_database(args.years, seed=1)
    print(f"city database: {cached} ({time.perf_counter() - started:.1f} s to check or build)")
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="councildesk-run-") as folder:
        work = Path(folder)
        # Every figure works on a private copy: the app takes a lock and a roll call writes.
        db = work / "city.db"
        shutil.copyfile(cached, db)
        settle(db)
        print(f"load: {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} cores; runs: {runs}")
        if "start" in only:
            small = work / "city-1y.db"
            shutil.copyfile(city_database(1, seed=1), small)
            settle(small)
            figures += start_processes(db, small, work, runs, args.years)
            migrations = list(work.glob("backups/*before-*"))
            if migrations:
                print(f"{len(migrations)} MIGRATION BACKUPS: was a schema upgraded on open?")
        if only & {"desk", "roll", "minutes", "process", "volume", "records"}:
            bench = Bench(db, runs)
            try:
                if "desk" in only:
                    figures.append(bench.open_meeting(work))
                if "roll" in only:
                    figures.append(bench.roll_call())
                if "minutes" in only:
                    figures += bench.minutes_export()
                if "process" in only:
                    meeting_id, record = bench.minutes_record()
                    bench.close()  # the command opens the file itself (and takes its lock)
                    figures += minutes_processes(db, meeting_id, work, runs, record)
                    bench = Bench(db, runs)
                if "volume" in only:
                    figures.append(bench.volume())
                if "records" in only:
                    figures += bench.records()
            finally:
                bench.close()
        if "popolo" in only:
            figures += popolo_export(work, args.years)
        if "heatmap" in only:
            figures += heatmap_paint(runs)
        if "memory" in only:
            figures.append(peak_memory(db, work, max(1, runs // 2)))
        size = sum(p.stat().st_size for p in work.glob("city.db*") if p.suffix != ".lock")
        figures.append(
            Figure(
                f"database size, {args.years} years",
                [cached.stat().st_size / 1e6],
                "MB",
                None,
                f"{size / 1e6:.1f} MB after this run's writes",
            )
        )
    print_table(figures, runs)
    print(f"\nload after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
