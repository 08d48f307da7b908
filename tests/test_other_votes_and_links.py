"""Votes with no meaning here kept as 'other' and Legistar attachments as linked documents: printed,
exported, read back, and covered by the fingerprint of approved minutes."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import Database, open_database
from councildesk.exchange.legistar import import_legistar
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.exchange.wide_csv_write import export_wide_csv
from councildesk.reports.minutes import minutes_pdf
from councildesk.services.container import Services
from tests.approved_before_upgrade import verify_after_upgrade
from tests.helpers import refused, table_dump
from tests.minutes_helpers import pdf_text
from tests.test_legistar_shapes import EVENTS, VOTES, write

LINK = "https://example.legistar.com/a/7.pdf"


def legistar_city(db: Database, tmp_path: Path) -> Services:
    """The Legistar event of the shape tests, with Cy Park's vote in words Legistar's city made up."""
    votes: list[dict[str, Any]] = [dict(v) for v in VOTES]
    votes[2]["VoteValueName"] = "Left Early"
    import_legistar(Services(db).exchange, write(tmp_path / "legistar", {"e.json": EVENTS, "v.json": votes}))
    return Services(db)


def ballots(db: Database) -> list[tuple[str, str]]:
    with db.reading() as s:
        return sorted((b.option.value, b.note) for b in s.scalars(select(m.Ballot)))


def test_an_other_vote_prints_counts_and_exports_with_its_words(db: Database, tmp_path: Path) -> None:
    services = legistar_city(db, tmp_path)
    assert ("other", "Left Early") in ballots(db)
    meeting = services.meetings.list_meetings()[0]
    text = pdf_text(minutes_pdf(services.minutes.minutes(meeting.id), invariant=True))
    assert "3–1, 1 other" in text and "Other: 1" in text  # the vote line and the roll call's totals
    assert "Cy Park Other Left Early" in text  # the member's row: Other, and the words in the note
    # The item's exhibit list: the attachment's title and its link, no size and no SHA-256.
    assert f"Staff report, {LINK}" in text and "SHA-256 …" not in text

    ocd = {
        p.name.split("_")[0]: json.loads(p.read_text())
        for p in export_ocd(services.exchange, tmp_path / "ocd")
    }
    vote = ocd["vote"]
    assert {"option": "other", "value": 1} in vote["counts"]
    assert [(v["option"], v["note"]) for v in vote["votes"] if v["voter_name"] == "Cy Park"] == [
        ("other", "Left Early")
    ]
    assert [(d["note"], d["links"]) for d in ocd["bill"]["documents"]] == [
        ("Staff report", [{"url": LINK, "media_type": "application/pdf"}])
    ]
    popolo = json.loads(export_popolo(services.exchange, tmp_path / "popolo").read_text())
    assert {"option": "other", "value": 1} in popolo["vote_events"][0]["counts"]
    assert [d["links"][0]["url"] for d in popolo["bills"][0]["documents"]] == [LINK]
    [sheet] = export_wide_csv(services.exchange, tmp_path / "wide")
    header, row = list(csv.reader(sheet.read_text(encoding="utf-8").splitlines()))[:2]
    assert dict(zip(header, row, strict=True))["Cy Park"] == "Left Early"


@pytest.mark.parametrize("fmt", ["ocd", "popolo"])
def test_other_votes_and_linked_documents_come_back_and_a_second_import_adds_nothing(
    db: Database, tmp_path: Path, fmt: str
) -> None:
    services = legistar_city(db, tmp_path)
    exported = tmp_path / "out" if fmt == "ocd" else export_popolo(services.exchange, tmp_path / "out")
    if fmt == "ocd":
        export_ocd(services.exchange, exported)
    reader = import_ocd if fmt == "ocd" else import_popolo
    with open_database(tmp_path / "copy.db") as other:
        reader(Services(other).exchange, exported)
        assert ballots(other) == ballots(db)
        with other.reading() as s:
            document = s.execute(select(m.Document.title, m.Document.url, m.Document.sha256)).one()
        assert tuple(document) == ("Staff report", LINK, "")
        before = table_dump(other)
        reader(Services(other).exchange, exported)
        assert table_dump(other) == before


def test_a_linked_exhibit_by_hand_and_what_is_refused(demo: tuple[Services, int]) -> None:
    services, seed = demo
    item = next(i for i in services.agenda.list_items(seed) if i.kind.value != "section")
    doc = services.documents.link(" https://example.org/files/Budget%20FY12.pdf ", "", agenda_item_id=item.id)
    assert (doc.title, doc.file_name, doc.url) == ("Budget FY12.pdf", "Budget FY12.pdf", doc.url.strip())
    assert (doc.sha256, doc.size, doc.media_type) == ("", 0, "application/pdf")
    refused(
        services.db,
        lambda: services.documents.link("ftp://example.org/x.pdf", "X", agenda_item_id=item.id),
        "'ftp://example.org/x.pdf' is not a web address (http:// or https://) a document can link to.",
    )
    refused(
        services.db,
        lambda: services.documents.link("https://example.org/" + "x" * 2000, "X", agenda_item_id=item.id),
        "A document's address is longer than 2000 characters: 'https://example.org/" + "x" * 60 + "…'.",
    )


def test_an_approval_made_before_other_votes_and_links_verifies_after_the_upgrade(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo approved as CouncilDesk did before: fingerprint format 2, then the file taken back to
    # the schema before 'other' ballots and linked documents (the real downgrade of revision 0011).
    checked = verify_after_upgrade(
        services, db_path, monkeypatch, old_format=2, revision="0010", gone=("document", "url")
    )
    assert checked.ok and [(v.status.value, v.snapshot_format) for v in checked.meetings] == [("ok", 2)]


def test_format_3_covers_a_linked_documents_address(db: Database, db_path: Path, tmp_path: Path) -> None:
    services = legistar_city(db, tmp_path)
    meeting = services.meetings.list_meetings()[0]
    later = services.meetings.create_meeting(meeting.body_id, meeting.scheduled_start.replace(month=3))
    services.approvals.approve(meeting.id, at_meeting_id=later.id)
    result = services.approvals.verify(meeting.id)
    assert result.ok and result.snapshot_format >= 3  # format 3 and every later one cover it
    with sqlite3.connect(db_path) as conn:  # another tool, past the triggers
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='document'"
        ):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE document SET url = 'https://elsewhere.example/7.pdf'")
    result = services.approvals.verify(meeting.id)
    assert result.status.value == "tampered"
    assert any(d.endswith(f"url: '{LINK}' → 'https://elsewhere.example/7.pdf'") for d in result.differences)
