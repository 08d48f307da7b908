"""The reliability suite: faults a hostile user or a dying machine causes, counted in one table.

    .venv/bin/python tests/reliability/run.py [--kills 200] [--fuzz 10000] [--race-seconds 10]

Not collected by pytest (no test_ files here). Each check prints one row: tries, failures (an
outcome that is neither success nor a plain refusal), data lost (committed writes missing
afterwards, or a refused import that changed the database), tracebacks (an error that was not a
UserError sentence). Exit 0 only when every column but tries reads 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.reliability.lock_race import race  # noqa: E402


@dataclass
class Row:
    name: str
    tries: int = 0
    failures: int = 0
    lost: int = 0
    tracebacks: int = 0
    note: str = ""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


# -- the lock race and the hard link ---------------------------------------------------------------


def lock_race(folder: Path, seconds: float) -> Row:
    result = race(folder, seconds)
    return Row(
        "lock race (4 processes, 3 names)",
        result.acquisitions,
        0,
        result.double_holds,
        0,
        f"{result.double_holds} double holds, {result.refusals} refusals",
    )


def hard_link(folder: Path) -> Row:
    from councildesk.db.engine import open_database
    from councildesk.domain.errors import DatabaseInUseError

    row = Row("second writer under a hard link")
    original = folder / "linked.db"
    with open_database(original):
        os.link(original, folder / "other-name.db")
        for name in ("other-name.db", "linked.db"):
            row.tries += 1
            try:
                open_database(folder / name).close()
                row.lost += 1  # a second writer got in
            except DatabaseInUseError:
                pass
    row.note = f"{row.lost} second writers let in"
    return row


# -- kill -9 during committed writes ---------------------------------------------------------------

WRITER = """
import sys
from councildesk.db.engine import open_database
from councildesk.services.container import Services
db = open_database(sys.argv[1])
services = Services(db)
n = int(sys.argv[2])
while True:
    with db.transaction():  # two rows per transaction: both or neither may survive a kill
        a = services.people.create_person(f"Writer {n} A")
        services.people.create_person(f"Writer {n} B")
    print(n, flush=True)  # printed only after the commit returned
    n += 1
"""


def kill_nine(folder: Path, kills: int) -> Row:
    from councildesk.db.engine import open_database

    row = Row("kill -9 during committed writes")
    path = folder / "killed.db"
    open_database(path).close()
    rng = random.Random(16)
    acknowledged: set[int] = set()
    start = 0
    for _ in range(kills):
        row.tries += 1
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(),
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # wait for the first commit so the kill lands mid-writes
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        for line in (first + out).split():
            acknowledged.add(int(line))
        if "Traceback" in err:
            row.tracebacks += 1
            if row.tracebacks <= 3:
                print(f"  writer traceback: {err.strip().splitlines()[-1][:200]}")
        start = max(acknowledged, default=start) + 1000
        # Reopen for writing: a stale lock would refuse, a damaged file would fail the check.
        try:
            with open_database(path):
                pass
        except Exception as error:  # noqa: BLE001 - counted, not raised
            row.failures += 1
            if row.failures <= 3:
                print(f"  reopen after kill: {type(error).__name__}: {error}"[:240])
    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            row.failures += 1
        names = {r[0] for r in conn.execute("SELECT display_name FROM person")}
    finally:
        conn.close()
    missing = [n for n in acknowledged if f"Writer {n} A" not in names or f"Writer {n} B" not in names]
    halves = sum(1 for name in names if name.endswith(" A") and name[:-2] + " B" not in names)
    row.lost = len(missing) + halves
    row.note = f"{len(acknowledged)} commits re-checked, {halves} half transactions"
    return row


# -- a full disk -----------------------------------------------------------------------------------


def full_disk(folder: Path) -> Row:
    row = Row("full disk (tmpfs)")
    mount = folder / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        row.note = f"skipped: mount not allowed here ({done.stderr.strip()[:60]})"
        return row
    try:
        for command in (
            ["init"],
            ["demo"],
            ["export", "ocd", str(mount / "ocd")],
            ["minutes", "2", "-o", str(mount / "m.pdf")],
        ):
            row.tries += 1
            proc = subprocess.run(
                [sys.executable, "-m", "councildesk", "--db", str(mount / "c.db"), *command],
                capture_output=True,
                text=True,
                env=_env(),
                check=False,
            )
            if "Traceback" in proc.stderr:
                row.tracebacks += 1
            if proc.returncode not in (0, 1):
                row.failures += 1
        # Fill what is left, then write once more: the file must still open and pass its check.
        with (mount / "filler").open("wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError:
                pass
        row.tries += 1
        proc = subprocess.run(
            [sys.executable, "-m", "councildesk", "--db", str(mount / "c.db"), "demo"],
            capture_output=True,
            text=True,
            env=_env(),
            check=False,
        )
        row.tracebacks += "Traceback" in proc.stderr
        row.failures += proc.returncode not in (0, 1)
        partial = [p.name for p in mount.rglob("*") if ".partial" in p.name or p.name.startswith(".tmp")]
        row.lost += len(partial)
        row.note = f"last: {proc.stderr.strip()[-90:]}"
    finally:
        subprocess.run(["umount", str(mount)], check=False)
    return row


# -- fuzzed imports --------------------------------------------------------------------------------


def _mutate(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(6)
    b = bytearray(data)
    if choice == 0 and b:  # flip bytes
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif choice == 1 and b:  # cut
        del b[rng.randrange(len(b)) :]
    elif choice == 2:  # hostile text into a string value
        hostile = rng.choice(["\\ud800", "\\u0000", "\\u001b[31m", "\\n" * 50, "x" * 5000, "\\udfff\\ud800"])
        at = bytes(b).find(b'": "', rng.randrange(max(1, len(b))))
        if at >= 0:
            b[at + 4 : at + 4] = hostile.encode()
    elif choice == 3 and b:  # duplicate a slice
        i = rng.randrange(len(b))
        b[i:i] = b[i : i + rng.randint(1, 200)]
    elif choice == 4:  # swap a value's type
        b = bytearray(bytes(b).replace(b'"', b"", rng.randint(1, 3)))
    else:  # numbers become huge or negative
        b = bytearray(bytes(b).replace(b"1", rng.choice([b"-1", b"99999999999999999999", b"1.5"]), 3))
    return bytes(b)


def fuzz_imports(folder: Path, cases: int) -> Row:
    from councildesk.db.engine import open_database
    from councildesk.domain.errors import UserError
    from councildesk.exchange.importers import run_importer
    from councildesk.exchange.popolo_write import export_popolo
    from councildesk.sample.demo import load_demo
    from councildesk.services.container import Services

    row = Row("fuzzed imports (popolo, legistar, csv)")
    path = folder / "fuzz.db"
    db = open_database(path)
    services = Services(db)
    load_demo(services)
    seeds: list[tuple[str, bytes]] = []
    popolo = export_popolo(services.exchange, folder / "popolo")
    seeds.append(("popolo", popolo.read_bytes()))
    shared = REPO.parent / "shared" / "data"
    for name in sorted(shared.glob("*legistar*.json"))[:2] if shared.is_dir() else []:
        seeds.append(("legistar", name.read_bytes()))
    for name in sorted((shared / "popolo-spec-examples").glob("*.json"))[:6] if shared.is_dir() else []:
        seeds.append(("popolo", name.read_bytes()))
    seeds.append(("csv", b"name,seat,start,end,role\nAda Lovelace,Ward 1,2024-01-01,,member\n"))
    rng = random.Random(1616)
    target = folder / "case"

    def counts() -> tuple[int, ...]:
        with db.reading() as s:
            return tuple(
                s.execute(__import__("sqlalchemy").text(f"SELECT COUNT(*) FROM {t}")).scalar() or 0
                for t in ("person", "meeting", "agenda_item", "motion", "ballot", "matter")
            )

    before = counts()
    for i in range(cases):
        kind, seed = seeds[i % len(seeds)]
        data = _mutate(rng, seed)
        case = target.with_suffix(".csv" if kind == "csv" else ".json")
        case.write_bytes(data)
        row.tries += 1
        try:
            run_importer(kind, services.exchange, case, dry_run=rng.random() < 0.5)
            before = counts()  # an accepted import may add rows; that is not a loss
        except UserError:
            if counts() != before:
                row.lost += 1
        except Exception as error:  # noqa: BLE001 - what the suite is looking for
            row.tracebacks += 1
            if row.tracebacks <= 3:
                print(f"  traceback on case {i} ({kind}): {type(error).__name__}: {error}"[:300])
    db.close()
    row.note = f"{len(seeds)} seed files"
    return row


# -- the large-file limits ------------------------------------------------------------------------


def large_files(folder: Path) -> Row:
    """A million records in one file and an OCD folder over the total size: refused in seconds."""
    from councildesk.db.engine import open_database
    from councildesk.domain.errors import UserError
    from councildesk.exchange.importers import run_importer
    from councildesk.services.container import Services
    from councildesk.services.import_run import ImportLimits, ImportRun

    row = Row("large-file limits (1,000,000 records; folder total)")
    db = open_database(folder / "large.db")
    services = Services(db)
    big = folder / "million.json"
    people = ",".join(f'{{"id": "p{i}", "name": "Person {i}"}}' for i in range(1_000_000))
    big.write_text(f'{{"persons": [{people}]}}')
    ocd = folder / "ocd-many"
    ocd.mkdir()
    for i in range(200):
        (ocd / f"person_{i}.json").write_text(json.dumps({"_type": "person", "name": "x" * 5000}))
    slowest = 0.0
    for path, kind, run in (
        (big, "popolo", ImportRun()),
        (ocd, "ocd", ImportRun(ImportLimits(max_bytes=500_000))),
    ):
        row.tries += 1
        started = time.monotonic()
        try:
            run_importer(kind, services.exchange, path, dry_run=False, run=run)
            row.failures += 1  # accepted: the limit did not hold
        except UserError:
            pass
        except Exception as error:  # noqa: BLE001 - what the suite is looking for
            row.tracebacks += 1
            print(f"  large file {path.name}: {type(error).__name__}: {error}"[:240])
        took = time.monotonic() - started
        slowest = max(slowest, took)
        row.failures += took > 10
    db.close()
    row.note = f"slowest refusal {slowest:.1f} s"
    return row


# -- hostile text in every report -------------------------------------------------------------------

# (name, text, what the printed report must hold literally). Written into the fields the reports
# print through a session, so the text rules apply as to anything typed or imported.
HOSTILE: list[tuple[str, str, tuple[str, ...]]] = [
    ("markup", "Item <b>bold</b> and </para> kept", ("<b>bold</b> and </para> kept",)),
    ("entity", "Fish &amp; chips & more", ("Fish &amp; chips & more",)),
    ("RTL override", "Order \u202eredro\u202c end", ("Order", "end")),
    ("3,000 newlines", "Start" + "\n" * 3_000 + "Finish", ("Start", "Finish")),
    ("max length", "", ("Long word word",)),  # filled to each field's limit below
    ("emoji", "Vote \U0001f5f3\ufe0f passed \U0001f44d", ("Vote", "passed")),
    ("NUL and ESC", "Null\x00here \x1b[31mred\x1b[0m", ("Nullhere red",)),
]
REMOVED = ("\x00", "\x1b", "[31m")
# CPU seconds per report; the year's volume is built twice (its contents give each meeting's
# first page, measured by a first build), so it has two meetings' worth.
BUDGET = {"volume": 10.0}


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _report_text(data: bytes | str) -> str:
    """What a reader sees: a PDF's extracted text, or the HTML's text with entities decoded."""
    if isinstance(data, str):
        from html.parser import HTMLParser

        parts: list[str] = []
        parser = HTMLParser(convert_charrefs=True)
        parser.handle_data = parts.append  # type: ignore[method-assign]
        parser.feed(data)
        return " ".join(parts)
    import io

    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def _plant(db: Any, seed: int, case: str, value: str) -> tuple[int, int]:
    """Put the hostile text into the printed fields of the seed meeting; (member, body) it touches."""
    from sqlalchemy import select

    from councildesk.db import models as m

    def fit(limit: int) -> str:
        if case == "max length":
            return ("Long " + "word " * limit)[:limit]
        # A short field keeps the text's start and end, so a run of breaks still has its ending.
        return value if len(value) <= limit else value[: limit // 2] + value[-(limit - limit // 2) :]

    with db.transaction() as s:
        meeting = s.get(m.Meeting, seed)
        body = s.get(m.Body, meeting.body_id)
        body.name = fit(200)
        item = s.scalars(
            select(m.AgendaItem).where(m.AgendaItem.meeting_id == seed).order_by(m.AgendaItem.id)
        ).first()
        item.title = fit(10_000)
        item.discussion = fit(200_000)
        ballot = s.scalars(
            select(m.Ballot)
            .join(m.Vote, m.Vote.id == m.Ballot.vote_id)
            .join(m.Motion, m.Motion.id == m.Vote.motion_id)
            .join(m.AgendaItem, m.AgendaItem.id == m.Motion.agenda_item_id)
            .where(m.AgendaItem.meeting_id == seed)
        ).first()
        ballot.note = fit(500)
        motion = s.get(m.Motion, s.get(m.Vote, ballot.vote_id).motion_id)
        motion.text = fit(200_000)
        person = s.get(m.Person, ballot.person_id)
        person.display_name = fit(300)
        return person.id, body.id


def _reports(services: Any, seed: int, person: int, body: int) -> dict[str, Callable[[], bytes | str]]:
    """Each report kind, built as the window and the command line build it."""
    from councildesk.reports.agenda import agenda_pdf
    from councildesk.reports.agreement_report import agreement_pdf
    from councildesk.reports.minutes import minutes_pdf
    from councildesk.reports.minutes_html import minutes_html
    from councildesk.reports.minutes_volume import minutes_volume_pdf
    from councildesk.reports.record_report import record_pdf

    records = services.voting_records
    year = services.meetings.get_meeting(seed).scheduled_start.year
    return {
        "minutes PDF": lambda: minutes_pdf(services.minutes.minutes(seed)),
        "minutes HTML": lambda: minutes_html(services.minutes.minutes(seed)),
        "agenda": lambda: agenda_pdf(services.minutes.agenda(seed)),
        "record": lambda: record_pdf(records.summary(person), records.full_record(person), []),
        "agreement": lambda: agreement_pdf(records.agreement(body_id=body)),
        "volume": lambda: minutes_volume_pdf(services.minutes.volume(body, year)),
    }


def hostile_text(folder: Path, cases: list[tuple[str, str, tuple[str, ...]]] = HOSTILE) -> Row:
    """Every report kind over every hostile string: it builds, prints the text literally, in seconds."""
    from councildesk.db.engine import open_database
    from councildesk.sample.demo import load_demo
    from councildesk.services.container import Services

    row = Row(f"hostile text in reports (6 kinds x {len(cases)} texts)")
    template = folder / "hostile-template.db"
    with open_database(template) as db:
        seed = load_demo(Services(db))
    slowest: dict[str, float] = {}
    for case, value, expected in cases:
        path = folder / "hostile.db"
        path.unlink(missing_ok=True)
        with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
            source.backup(target)
        with open_database(path) as db:
            services = Services(db)
            person, body = _plant(db, seed, case, value)
            reports = _reports(services, seed, person, body)
            for kind, build in reports.items():
                row.tries += 1
                started = time.process_time()
                try:
                    text = _report_text(build())
                except Exception as error:  # noqa: BLE001 - what the suite is looking for
                    row.tracebacks += 1
                    print(f"  {kind} with {case}: {type(error).__name__}: {error}"[:240])
                    continue
                took = time.process_time() - started
                slowest[kind] = max(slowest.get(kind, 0.0), took)
                flat = _squeeze(text)
                missing = [e for e in expected if _squeeze(e) not in flat]
                left = [r for r in REMOVED if r in text] if case == "NUL and ESC" else []
                if missing or left or took > BUDGET.get(kind, 5.0):
                    row.failures += 1
                    print(f"  {kind} with {case}: missing {missing}, left {left}, {took:.1f} s CPU"[:240])
    row.note = "slowest s CPU: " + ", ".join(f"{k} {v:.1f}" for k, v in slowest.items())
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--fuzz", type=int, default=10_000)
    parser.add_argument("--race-seconds", type=float, default=10.0)
    parser.add_argument(
        "--only", action="append", help="run only these rows (lock, link, kill, disk, fuzz, large, hostile)"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="councildesk-reliability-"))
    checks: list[tuple[str, Callable[[], Row]]] = [
        ("lock", lambda: lock_race(folder / "race", args.race_seconds)),
        ("link", lambda: hard_link(folder)),
        ("kill", lambda: kill_nine(folder, args.kills)),
        ("disk", lambda: full_disk(folder)),
        ("fuzz", lambda: fuzz_imports(folder, args.fuzz)),
        ("large", lambda: large_files(folder)),
        ("hostile", lambda: hostile_text(folder)),
    ]
    (folder / "race").mkdir()
    rows = []
    for key, check in checks:
        if args.only and key not in args.only:
            continue
        started = time.monotonic()
        row = check()
        row.note += f" [{time.monotonic() - started:.0f} s]"
        rows.append(row)
        print(json.dumps(row.__dict__), flush=True)
    print()
    print(f"{'check':<44} {'tries':>7} {'failures':>9} {'data lost':>10} {'tracebacks':>11}  note")
    for row in rows:
        print(
            f"{row.name:<44} {row.tries:>7} {row.failures:>9} {row.lost:>10} {row.tracebacks:>11}  {row.note}"
        )
    shutil.rmtree(folder, ignore_errors=True)
    bad = sum(r.failures + r.lost + r.tracebacks for r in rows)
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
