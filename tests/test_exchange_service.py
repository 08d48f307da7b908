"""Imports run through services.exchange: one transaction, an audit entry per row, approved rows kept."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import open_database
from councildesk.exchange.ocd_read import parse_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.services.container import Services
from councildesk.services.exchange_records import ParsedImport


def audit_rows(services: Services) -> list[tuple[str, str, str | None]]:
    """(action, entity, after) of every audit entry, oldest first."""
    with services.db.reading() as s:
        q = select(m.AuditLog.action, m.AuditLog.entity, m.AuditLog.after).order_by(m.AuditLog.id)
        return [(a, e, after) for a, e, after in s.execute(q)]


def test_every_created_row_gets_its_own_audit_entry(demo, tmp_path: Path) -> None:
    services, _ = demo
    export_ocd(services.exchange, tmp_path / "o")
    recs, warnings = parse_ocd(tmp_path / "o")
    with open_database(tmp_path / "b.db") as other:
        target = Services(other)
        preview = target.exchange.apply(ParsedImport(recs, "ocd", "o", warnings), dry_run=True)
        assert audit_rows(target) == []  # a preview writes nothing, not even the log
        preview = target.exchange.apply(ParsedImport(recs, "ocd", "o", warnings))
        created = [a for a in audit_rows(target) if a[0] == "create"]
        by_table: dict[str, int] = {}
        for entry in created:
            by_table[entry[1]] = by_table.get(entry[1], 0) + 1
        assert by_table == dict(preview.created)
        person = next(a for a in created if a[1] == "person" and "Schwartz" in (a[2] or ""))
        assert json.loads(person[2] or "{}")["display_name"] == "Pamela Schwartz"
        # the approved 2011 meeting is created as a draft and then locked: that step is logged too
        locked = [a for a in audit_rows(target) if a[0] == "update" and a[1] == "meeting"]
        assert [json.loads(a[2] or "{}") for a in locked] == [{"minutes_status": "approved"}]


def test_an_update_is_logged_with_before_and_after(demo, tmp_path: Path) -> None:
    services, _ = demo
    export_ocd(services.exchange, tmp_path / "o")
    with open_database(tmp_path / "b.db") as other:
        target = Services(other)
        target.exchange.apply(ParsedImport(*_parsed(tmp_path / "o")))
        path = next(p for p in (tmp_path / "o").glob("person_*.json") if "Schwartz" in p.read_text())
        doc = json.loads(path.read_text())
        doc["extras"]["councildesk"]["email"] = "pschwartz@example.org"
        path.write_text(json.dumps(doc))
        before = len(audit_rows(target))
        preview = target.exchange.apply(ParsedImport(*_parsed(tmp_path / "o")))
        assert preview.updated == {"person": 1}
        new = audit_rows(target)[before:]
        assert [(a[0], a[1]) for a in new] == [("update", "person")]
        assert json.loads(new[0][2] or "{}") == {"email": "pschwartz@example.org"}


def test_rows_of_approved_minutes_are_not_updated(demo, tmp_path: Path) -> None:
    services, _ = demo  # the demo's 4 August 2011 minutes are approved
    export_ocd(services.exchange, tmp_path / "o")
    path = next(
        p
        for p in (tmp_path / "o").glob("event_*.json")
        if json.loads(p.read_text())["start_date"][:10] == "2011-08-04"
    )
    doc = json.loads(path.read_text())
    doc["extras"]["councildesk"]["location"] = "Somewhere else"
    path.write_text(json.dumps(doc))
    before = len(audit_rows(services))
    preview = services.exchange.apply(ParsedImport(*_parsed(tmp_path / "o")))
    assert preview.updated.get("meeting", 0) == 0
    assert any("approved minutes" in w for w in preview.warnings)
    assert [a for a in audit_rows(services)[before:] if a[1] == "meeting"] == []


def _parsed(folder: Path) -> tuple[list, str, str, list[str]]:  # type: ignore[type-arg]
    recs, warnings = parse_ocd(folder)
    return recs, "ocd", folder.name, warnings
