"""Imports create rows in batches per table with the audit entries and record chain a row-by-row
create writes: the same rows, the same audit content, the same chain, in the same order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from councildesk.db import record_chain
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.exchange.roster_csv import import_roster
from councildesk.services import bulk_rows, import_run
from councildesk.services.container import Services
from councildesk.services.record_loader import Loader
from tests.helpers import table_dump

AUDIT = "SELECT id, os_user, action, entity, entity_id, before, after FROM audit_log ORDER BY id"
CHAIN = "SELECT id, kind, entry_id, meeting_id FROM record_chain ORDER BY id"
FTS_TABLES = ("agenda_item_fts", "matter_fts", "motion_fts", "speaker_fts")


def imported(path: Path, importer: Any, source: Path, monkeypatch: pytest.MonkeyPatch, batched: bool) -> dict:
    monkeypatch.setattr(Loader, "batched", batched)
    with open_database(path) as db:
        preview = importer(Services(db).exchange, source)
        assert preview.applied
        with db.engine.connect() as conn:
            # A batch is one INSERT of many rows, so the full-text index lays out its segments
            # otherwise than row by row: it must agree with the rows it indexes (compared below).
            for fts in FTS_TABLES:
                conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))
            assert record_chain.check(conn) == []
            audit = conn.execute(text(AUDIT)).fetchall()
            chain = conn.execute(text(CHAIN)).fetchall()
        dump = table_dump(db)
    segments = {f"{fts}_{part}" for fts in FTS_TABLES for part in ("data", "idx")}
    rows = {name: rows for name, rows in dump.items() if name not in {"audit_log", "record_chain", *segments}}
    return {"audit": audit, "chain": chain, "rows": rows, "lines": preview.lines}


ROSTER = (  # a file that leaves columns to their defaults, which the audit logs as a one-row create does
    "name,title,body,seat,role,start_date,voting\r\n"
    "Ann Lee,Councilor,Springfield Council,Ward 1,president,2024-01-01,yes\r\n"
    "Bo Diaz,,Springfield Council,Ward 2,member,2024-01-01,yes\r\n"
    "Cy Park,City Clerk,Springfield Council,,clerk,2024-01-01,no\r\n"
)


@pytest.mark.parametrize("fmt", ["ocd", "popolo", "roster"])
def test_batched_import_writes_what_one_row_at_a_time_writes(
    demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    services, _seed = demo
    if fmt == "ocd":
        export_ocd(services.exchange, tmp_path / "src")
        source, importer = tmp_path / "src", import_ocd
    elif fmt == "popolo":
        export_popolo(services.exchange, tmp_path / "src")
        source, importer = tmp_path / "src" / "popolo.json", import_popolo
    else:
        source, importer = tmp_path / "roster.csv", import_roster
        source.write_text(ROSTER, encoding="utf-8")
    monkeypatch.setattr(bulk_rows, "BATCH_ROWS", 7)  # several batches per table, and a partial last one
    one = imported(tmp_path / "one.db", importer, source, monkeypatch, batched=False)
    bulk = imported(tmp_path / "bulk.db", importer, source, monkeypatch, batched=True)
    assert len(bulk["audit"]) > (8 if fmt == "roster" else 100)
    assert bulk["audit"] == one["audit"]
    assert bulk["chain"] == one["chain"]
    assert bulk["rows"] == one["rows"]
    assert bulk["lines"] == one["lines"]


def test_cancel_is_heard_between_batches(demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services, _seed = demo
    export_ocd(services.exchange, tmp_path / "src")
    monkeypatch.setattr(bulk_rows, "BATCH_ROWS", 5)
    run = import_run.ImportRun()
    seen: list[str] = []

    def report(line: str) -> None:
        seen.append(line)
        if line == "Writing records…":
            run.cancel.set()

    run.report = report
    with open_database(tmp_path / "target.db") as db:
        with import_run.running(run), pytest.raises(import_run.Cancelled):
            import_ocd(Services(db).exchange, tmp_path / "src")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar() == 0
            assert conn.execute(text("SELECT COUNT(*) FROM person")).scalar() == 0
    assert "Writing records…" in seen


def test_a_refused_row_in_a_batch_is_named(demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services, _seed = demo
    export_ocd(services.exchange, tmp_path / "src")
    with open_database(tmp_path / "target.db") as db:
        with db.engine.begin() as conn:  # a rule the file's rows break, so the database refuses one
            conn.execute(
                text(
                    "CREATE TRIGGER no_third BEFORE INSERT ON person WHEN "
                    "(SELECT COUNT(*) FROM person) >= 2 BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint "
                    "failed: person.display_name'); END"
                )
            )
        with pytest.raises(UserError, match=r"cannot be stored \(it duplicates an existing record"):
            import_ocd(Services(db).exchange, tmp_path / "src")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM person")).scalar() == 0
