"""Approvals and corrections travel in OCD and Popolo exports and verify after a round trip; a
ballot changed in the file imports, warns, and verifies TAMPERED."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from councildesk.cli import main
from councildesk.db import models as m
from councildesk.db import record_chain
from councildesk.db.engine import open_database
from councildesk.services.snapshot_format import CURRENT_FORMAT

FORMATS = ("ocd", "popolo")


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo with meeting 2 approved at meeting 3 and one correction, exported in both formats."""
    db = str(tmp_path / "a.db")
    assert main(["--db", db, "demo"]) == 0
    assert main(["--db", db, "approve", "2", "--at", "3", "--on", "2011-09-01"]) == 0
    from councildesk.wiring import open_services

    services = open_services(Path(db))
    try:
        from datetime import date

        services.approvals.record_correction(
            2, reason="Misspelt name", before="Narkewics", after="Narkewicz", made_on=date(2011, 9, 15)
        )
    finally:
        services.db.close()
    for kind in FORMATS:
        assert main(["--db", db, "export", kind, str(tmp_path / kind)]) == 0
    capsys.readouterr()
    return tmp_path


def _import(tmp_path: Path, kind: str, source: Path, name: str) -> str:
    db = str(tmp_path / f"{name}.db")
    assert main(["--db", db, "init"]) == 0
    assert main(["--db", db, "import", kind, str(source)]) == 0
    return db


@pytest.mark.parametrize("kind", FORMATS)
def test_approved_minutes_verify_ok_after_a_round_trip(
    exported: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _import(exported, kind, exported / kind, f"fresh-{kind}")
    out = capsys.readouterr().out
    assert "2 minutes approvals" in out and "1 correction" in out
    assert main(["--db", db, "verify", "--all"]) == 0
    said = capsys.readouterr().out
    assert said.count("OK:") == 2 and "TAMPERED" not in said
    with open_database(db) as database, database.reading() as s:
        approvals = s.scalars(select(m.MinutesApproval).order_by(m.MinutesApproval.approved_on)).all()
        assert [(a.approved_on.isoformat(), a.manner.value, a.snapshot_format) for a in approvals] == [
            ("2011-08-18", "as_read", CURRENT_FORMAT),
            ("2011-09-01", "as_read", CURRENT_FORMAT),
        ]
        correction = s.scalars(select(m.Correction)).one()
        assert (correction.reason, correction.before, correction.after) == (
            "Misspelt name",
            "Narkewics",
            "Narkewicz",
        )
        # Recorded along the approval service's path: each is a link of the record chain.
        kinds = [link.kind for link in record_chain.links(s.connection())]
        assert kinds.count("approval") == 2 and kinds.count("correction") == 1
        assert not record_chain.check(s.connection())
    # Importing the same file again re-makes nothing.
    assert main(["--db", db, "import", kind, str(exported / kind)]) == 0
    with open_database(db) as database, database.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.MinutesApproval)) == 2
        assert s.scalar(select(func.count()).select_from(m.Correction)) == 1


def _flip(ballot: dict) -> dict:
    """Turn a yes into a no (or back), in the option and in CouncilDesk's own copy of it."""
    new = "no" if ballot["option"] == "yes" else "yes"
    ballot["option"] = new
    ballot["extras"]["councildesk"]["option"] = new
    return ballot


def _tamper_ocd(folder: Path) -> str:
    """Change one ballot of the 18 August meeting's vote (its option and CouncilDesk's copy of it)."""
    meeting = next(
        json.loads(p.read_text())["_id"]
        for p in folder.glob("event_*.json")
        if json.loads(p.read_text())["start_date"].startswith("2011-08-18")
    )
    for path in sorted(folder.glob("vote_event_*.json")):
        doc = json.loads(path.read_text())
        if doc["event_id"] == meeting and doc["votes"]:
            ballot = _flip(doc["votes"][0])
            path.write_text(json.dumps(doc))
            return str(ballot["voter_name"])
    raise AssertionError("the 18 August meeting has a roll-call vote")


def _tamper_popolo(path: Path) -> str:
    doc = json.loads(path.read_text())
    meeting = next(e["id"] for e in doc["events"] if e.get("start_date", "").startswith("2011-08-18"))
    items = {e["id"] for e in doc["events"] if e.get("parent_id") == meeting}
    motions = {
        mo["id"] for mo in doc["motions"] if mo["extras"]["councildesk_refs"]["agenda_item_id"] in items
    }
    event = next(v for v in doc["vote_events"] if v["motion_id"] in motions and v["votes"])
    ballot = _flip(event["votes"][0])
    path.write_text(json.dumps(doc))
    return str(ballot["voter_id"])


@pytest.mark.parametrize("kind", FORMATS)
def test_a_ballot_changed_in_the_file_imports_warns_and_verifies_tampered(
    exported: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "ocd":
        _tamper_ocd(exported / "ocd")
    else:
        _tamper_popolo(exported / "popolo" / "popolo.json")
    db = _import(exported, kind, exported / kind, f"tampered-{kind}")
    out = capsys.readouterr().out
    assert "the minutes of 18 August 2011 in this file differ from the minutes approved" in out
    assert main(["--db", db, "verify", "--all"]) == 1
    said = capsys.readouterr().out
    assert "TAMPERED: for the minutes of 18 August 2011" in said
    assert "OK: the minutes of 4 August 2011" in said  # the untouched meeting still verifies


def test_a_snapshot_edited_in_the_file_is_reported(
    exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Editing the frozen snapshot itself breaks its own SHA-256, and the import says so."""
    path = exported / "popolo" / "popolo.json"
    doc = json.loads(path.read_text())
    event = next(e for e in doc["events"] if "councildesk_approval" in e.get("extras", {}))
    carried = event["extras"]["councildesk_approval"]
    carried["snapshot"] = carried["snapshot"].replace('"yes"', '"no"', 1)
    path.write_text(json.dumps(doc))
    _import(exported, "popolo", path, "edited")
    assert "does not match its own SHA-256" in capsys.readouterr().out
