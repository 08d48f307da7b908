"""Direct SQL edits to an approved meeting, triggers dropped: the chain and format 2 catch every one.

Each case edits a fresh copy of one template file (the demo, minutes of 18 August 2011 approved)
behind CouncilDesk's back. `verify --all` must catch every edit; re-forged cases also rebuild
the record chain afterwards, which only an anchor taken before the edit can catch.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db import record_chain
from councildesk.db.engine import Database, open_database
from councildesk.services.approval_service import VerificationStatus
from councildesk.services.container import Services

M = 2  # the demo's meeting of 18 August 2011: speakers, roll calls, an exhibit; approved on 1 September
ITEMS = f"(SELECT id FROM agenda_item WHERE meeting_id = {M})"
MOTIONS = f"(SELECT id FROM motion WHERE agenda_item_id IN {ITEMS})"
VOTES = f"(SELECT id FROM vote WHERE motion_id IN {MOTIONS})"
ONE_ITEM = f"(SELECT MIN(id) FROM agenda_item WHERE meeting_id = {M} AND parent_id IS NOT NULL)"
ONE_MOTION = f"(SELECT MIN(id) FROM motion WHERE agenda_item_id IN {ITEMS})"
ONE_VOTE = f"(SELECT MIN(id) FROM vote WHERE motion_id IN {MOTIONS})"
ONE_BALLOT = f"(SELECT MIN(id) FROM ballot WHERE vote_id IN {VOTES})"
ONE_ATT = f"(SELECT MIN(id) FROM attendance WHERE meeting_id = {M})"
ONE_SPEAKER = f"(SELECT MIN(id) FROM speaker WHERE agenda_item_id IN {ITEMS})"
ONE_DOC = f"(SELECT MIN(id) FROM document WHERE agenda_item_id IN {ITEMS})"
ONE_MATTER = f"(SELECT MIN(matter_id) FROM agenda_item WHERE meeting_id = {M})"
ONE_PERSON = f"(SELECT MIN(person_id) FROM ballot WHERE vote_id IN {VOTES})"
APPROVAL = f"(SELECT id FROM minutes_approval WHERE meeting_id = {M})"


FLIP_OPTION = "CASE option WHEN 'yes' THEN 'no' ELSE 'yes' END"


def _set(table: str, column: str, value: str, row: str) -> str:
    return f"UPDATE {table} SET {column} = {value} WHERE id = {row}"


# (name, SQL): every table and column the approval covers.
FIELD_EDITS: list[tuple[str, str]] = [
    *[
        (f"meeting.{c}", _set("meeting", c, v, str(M)))
        for c, v in [
            ("title", "'Forged'"),
            ("location", "'Elsewhere'"),
            ("notices", "'a notice'"),
            ("called_to_order_at", "'2011-08-04 18:00:00.000000'"),
            ("adjourned_at", "'2011-08-04 23:59:00.000000'"),
            ("scheduled_start", "'2011-08-05 19:00:00.000000'"),
            ("kind", "'special'"),
            ("presiding_person_id", "(SELECT MAX(id) FROM person)"),
            ("recording_person_id", "(SELECT MAX(id) FROM person)"),
            ("is_sample", "1 - is_sample"),
        ]
    ],
    *[
        (f"attendance.{c}", _set("attendance", c, v, ONE_ATT))
        for c, v in [
            ("status", "CASE status WHEN 'present' THEN 'absent' ELSE 'present' END"),
            ("arrived_at", "'2011-08-04 21:00:00.000000'"),
            ("left_at", "'2011-08-04 21:30:00.000000'"),
            ("remote_reason", "'forged'"),
        ]
    ],
    ("attendance deleted", f"DELETE FROM attendance WHERE id = {ONE_ATT}"),
    *[
        (f"agenda_item.{c}", _set("agenda_item", c, v, ONE_ITEM))
        for c, v in [
            ("title", "'Forged title'"),
            ("body", "'forged body'"),
            ("discussion", "'forged discussion'"),
            ("action_text", "'forged action'"),
            ("number", "'99'"),
            ("position", "position + 50"),
            ("consent", "1 - consent"),
            ("started_at", "'2011-08-04 22:22:00.000000'"),
            ("kind", "'communication'"),
        ]
    ],
    (
        "agenda_item deleted",
        f"DELETE FROM agenda_item WHERE id = (SELECT MAX(id) FROM agenda_item WHERE meeting_id = {M})",
    ),
    *[
        (f"speaker.{c}", _set("speaker", c, v, ONE_SPEAKER))
        for c, v in [
            ("name", "'Forged Speaker'"),
            ("affiliation", "'forged'"),
            ("residence", "'forged'"),
            ("summary", "'forged summary'"),
            ("position", "position + 9"),
            ("duration_seconds", "1234"),
        ]
    ],
    ("speaker deleted", f"DELETE FROM speaker WHERE id = {ONE_SPEAKER}"),
    *[
        (f"motion.{c}", _set("motion", c, v, ONE_MOTION))
        for c, v in [
            ("text", "'forged motion'"),
            ("disposition", "CASE disposition WHEN 'adopted' THEN 'failed' ELSE 'adopted' END"),
            ("mover_id", "(SELECT MAX(id) FROM person)"),
            ("seconder_id", "(SELECT MAX(id) - 1 FROM person)"),
            ("made_at", "'2011-08-04 20:20:00.000000'"),
            ("position", "position + 7"),
        ]
    ],
    (
        "motion deleted",
        f"DELETE FROM motion WHERE id = (SELECT MAX(id) FROM motion WHERE agenda_item_id IN {ITEMS})",
    ),
    *[
        (f"vote.{c}", _set("vote", c, v, ONE_VOTE))
        for c, v in [
            ("result", "CASE result WHEN 'pass' THEN 'fail' ELSE 'pass' END"),
            ("declared_result", "'fail'"),
            ("threshold_fraction", "'two_thirds'"),
            ("threshold_base", "CASE threshold_base WHEN 'present' THEN 'votes_cast' ELSE 'present' END"),
            ("taken_at", "'2011-08-04 20:21:00.000000'"),
            ("method", "'voice'"),
        ]
    ],
    ("vote deleted", f"DELETE FROM vote WHERE id = (SELECT MAX(id) FROM vote WHERE motion_id IN {MOTIONS})"),
    *[
        (f"ballot.{c}", _set("ballot", c, v, ONE_BALLOT))
        for c, v in [
            ("option", "CASE option WHEN 'yes' THEN 'no' ELSE 'yes' END"),
            ("note", "'forged note'"),
        ]
    ],
    ("ballot deleted", f"DELETE FROM ballot WHERE id = {ONE_BALLOT}"),
    *[
        (f"matter.{c}", _set("matter", c, v, ONE_MATTER))
        for c, v in [
            ("title", "'Forged matter'"),
            ("full_text", "'forged full text'"),
            ("identifier", "'X-1'"),
            ("introduced_on", "'2001-01-01'"),
        ]
    ],
    (
        "sponsorship deleted",
        "DELETE FROM sponsorship WHERE matter_id IN "
        f"(SELECT matter_id FROM agenda_item WHERE meeting_id = {M})",
    ),
    *[
        (f"document.{c}", _set("document", c, v, ONE_DOC))
        for c, v in [
            ("title", "'Forged exhibit'"),
            ("file_name", "'forged.pdf'"),
            ("media_type", "'text/plain'"),
            ("sha256", "'" + "ab" * 32 + "'"),
            ("size", "size + 1"),
        ]
    ],
    ("document deleted", f"DELETE FROM document WHERE id = {ONE_DOC}"),
    ("body.name (shared record)", "UPDATE body SET name = 'Forged Council' WHERE id = 1"),
    ("body.seat_count", "UPDATE body SET seat_count = seat_count + 2 WHERE id = 1"),
    ("person.display_name", _set("person", "display_name", "'Forged Name'", ONE_PERSON)),
    ("person.given_name", _set("person", "given_name", "'Forged'", ONE_PERSON)),
    ("person.honorific", _set("person", "honorific", "'Dr.'", ONE_PERSON)),
    (
        "post.label (shared record)",
        "UPDATE post SET label = 'Forged Ward' WHERE id = (SELECT MIN(id) FROM post)",
    ),
    (
        "sponsorship.is_primary",
        "UPDATE sponsorship SET is_primary = 0 WHERE is_primary = 1 AND matter_id IN "
        f"(SELECT matter_id FROM agenda_item WHERE meeting_id = {M})",
    ),
    (
        "speaker.stance",
        _set("speaker", "stance", "CASE stance WHEN 'for' THEN 'against' ELSE 'for' END", ONE_SPEAKER),
    ),
    (
        "forged audit entry inserted",
        "INSERT INTO audit_log (at, os_user, action, entity, entity_id, before, after) "
        "VALUES ('2011-08-20 10:00:00', 'clerk', 'update', 'ballot', 1, NULL, NULL)",
    ),
]

# The sixteen `verify` missed before the chain and format 2, by name.
NAMED_EDITS: list[tuple[str, str]] = [
    (
        "ballot changed, approval hash and snapshot recomputed, its audit row deleted",
        f"{_set('ballot', 'option', FLIP_OPTION, ONE_BALLOT)};"
        "RECOMPUTE;"
        f"DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log WHERE entity = 'vote')",
    ),
    ("forged approval version 2", "FORGE_V2"),
    (
        "forged correction",
        f"INSERT INTO correction (meeting_id, made_on, reason, entity, entity_id, field, before, after, "
        f"recorded_at) VALUES ({M}, '2011-09-01', 'forged', 'meeting', {M}, '', 'a', 'b', "
        "'2011-09-01 10:00:00')",
    ),
    (
        "approval date changed",
        f"UPDATE minutes_approval SET approved_on = '2011-08-19' WHERE meeting_id = {M}",
    ),
    (
        "approval manner changed",
        f"UPDATE minutes_approval SET manner = 'as_corrected' WHERE meeting_id = {M}",
    ),
    (
        "approving vote changed",
        f"UPDATE minutes_approval SET approving_vote_id = (SELECT MAX(id) FROM vote) WHERE meeting_id = {M}",
    ),
    (
        "approval deleted, meeting set back to draft",
        f"DELETE FROM minutes_approval WHERE meeting_id = {M}; "
        f"UPDATE meeting SET minutes_status = 'draft' WHERE id = {M}",
    ),
    ("audit rows deleted", "DELETE FROM audit_log WHERE entity = 'vote'"),
    ("audit log emptied", "DELETE FROM audit_log"),
    ("exhibit bytes changed", f"UPDATE document SET content = X'00010203' WHERE id = {ONE_DOC}"),
    ("vote stored yes count changed", _set("vote", "yes_count", "COALESCE(yes_count, 0) + 1", ONE_VOTE)),
    ("vote stored no count changed", _set("vote", "no_count", "COALESCE(no_count, 0) + 1", ONE_VOTE)),
    (
        "vote stored abstain count changed",
        _set("vote", "abstain_count", "COALESCE(abstain_count, 0) + 1", ONE_VOTE),
    ),
    ("person family name changed", _set("person", "family_name", "'Forgedsson'", ONE_PERSON)),
    ("person email changed", _set("person", "email", "'forger@example.org'", ONE_PERSON)),
    ("meeting status changed", f"UPDATE meeting SET status = 'scheduled' WHERE id = {M}"),
]

EDITS = FIELD_EDITS + NAMED_EDITS
# Edits a careful forger follows by rebuilding the whole record chain (only an anchor catches these).
REFORGED = [name for name, _ in NAMED_EDITS[:3]] + ["approval date changed", "audit log emptied"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """The demo with approved minutes, and an anchor (fingerprints file) taken before any edit."""
    from councildesk.sample.demo import load_demo

    folder = tmp_path_factory.mktemp("tamper")
    path = folder / "template.db"
    with open_database(path) as db:
        services = Services(db)
        load_demo(services)
        item = next(e.item.id for e in services.records.load(M).items if e.speakers)
        services.documents.attach(b"%PDF-1.4 exhibit", "exhibit.pdf", agenda_item_id=item, title="Exhibit A")
        services.approvals.approve(M, at_meeting_id=3)
    anchor = folder / "fingerprints.json"
    assert main(["--db", str(path), "fingerprints", "-o", str(anchor)]) == 0
    yield path, anchor


@pytest.fixture(scope="module")
def bare(template: tuple[Path, Path]) -> Path:
    """The template with its triggers dropped once, so each case is a plain file copy."""
    path = template[0].with_name("bare.db")
    shutil.copyfile(template[0], path)
    con = sqlite3.connect(path)
    _drop_triggers(con)
    con.commit()
    con.close()
    return path


@pytest.fixture(scope="module")
def case(bare: Path) -> Iterator[tuple[Path, Database]]:
    """One database kept open at one path across cases: each case copies the bare template over it.

    Reusing the engine keeps SQLAlchemy's statement cache warm, which is most of what a
    fresh `verify --all` costs; the pool is emptied before each copy so nothing reads a stale file.
    """
    path = bare.with_name("case.db")
    shutil.copyfile(bare, path)
    with open_database(path) as db:
        yield path, db


def _drop_triggers(con: sqlite3.Connection) -> None:
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')


def _recompute_approval(path: Path) -> None:
    """What a forger does after changing a ballot: a new snapshot and hash from the current rows."""
    from councildesk.services.meeting_record_service import load_meeting_record
    from councildesk.services.snapshot_format import canonical_json, fingerprint
    from councildesk.services.stored_facts import stored_facts

    with open_database(path, write=False) as db, db.reading() as s:
        record = load_meeting_record(s, M)
        snapshot = canonical_json(record, 2, stored_facts(s, record))
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE minutes_approval SET snapshot = ?, sha256 = ? WHERE meeting_id = ?",
        (snapshot, fingerprint(snapshot), M),
    )
    con.commit()
    con.close()


def _forge_version_2(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(_set("ballot", "option", "CASE option WHEN 'yes' THEN 'no' ELSE 'yes' END", ONE_BALLOT))
    con.execute(
        "INSERT INTO minutes_approval (meeting_id, version, approved_on, approving_meeting_id, "
        "approving_vote_id, manner, sha256, snapshot, snapshot_format, recorded_at) "
        "SELECT meeting_id, 2, approved_on, approving_meeting_id, approving_vote_id, manner, sha256, "
        f"snapshot, snapshot_format, recorded_at FROM minutes_approval WHERE meeting_id = {M}"
    )
    con.commit()
    con.close()
    from councildesk.services.meeting_record_service import load_meeting_record
    from councildesk.services.snapshot_format import canonical_json, fingerprint
    from councildesk.services.stored_facts import stored_facts

    with open_database(path, write=False) as db, db.reading() as s:
        record = load_meeting_record(s, M)
        snapshot = canonical_json(record, 2, stored_facts(s, record))
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE minutes_approval SET snapshot = ?, sha256 = ? WHERE meeting_id = ? AND version = 2",
        (snapshot, fingerprint(snapshot), M),
    )
    con.commit()
    con.close()


def _tamper(bare: Path, target: Path, sql: str) -> None:
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(bare, target)
    if sql == "FORGE_V2":
        _forge_version_2(target)
        return
    for statement in sql.split(";"):
        if statement.strip() == "RECOMPUTE":
            _recompute_approval(target)
            continue
        con = sqlite3.connect(target)
        before = con.total_changes
        con.execute(statement)
        assert con.total_changes > before, f"the edit changed nothing: {statement}"
        con.commit()
        con.close()


def _rebuild_chain(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("DELETE FROM record_chain")
    con.commit()
    con.close()
    with open_database(path, write=False) as db, db.engine.begin() as connection:
        record_chain.genesis(connection)


CAUGHT: list[str] = []


def test_the_untouched_template_verifies_ok_and_matches_its_anchor(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    path, anchor = template
    copy = tmp_path / "copy.db"
    shutil.copy(path, copy)
    assert main(["--db", str(copy), "verify", "--all"]) == 0
    assert main(["--db", str(copy), "verify", "--against", str(anchor)]) == 0


def _caught(case: tuple[Path, Database], name: str, sql: str) -> None:
    target, db = case
    db.engine.dispose()
    _tamper(target.with_name("bare.db"), target, sql)
    every = Services(db).approvals.verify_all()
    db.engine.dispose()
    # "renamed" counts: a shared record (the body, a ward) changed since approval is reported too.
    tampered = [v.meeting_id for v in every.meetings if v.status is not VerificationStatus.OK]
    assert every.breaks or tampered, f"{name}: verify --all said OK"
    CAUGHT.append(name)


# Two classes, so that pytest-xdist (--dist loadscope) can give each half to its own worker.
class TestEditsFirstHalf:
    @pytest.mark.parametrize(("name", "sql"), EDITS[::2], ids=[n for n, _ in EDITS[::2]])
    def test_verify_all_catches_the_edit(self, case: tuple[Path, Database], name: str, sql: str) -> None:
        _caught(case, name, sql)


class TestEditsSecondHalf:
    @pytest.mark.parametrize(("name", "sql"), EDITS[1::2], ids=[n for n, _ in EDITS[1::2]])
    def test_verify_all_catches_the_edit(self, case: tuple[Path, Database], name: str, sql: str) -> None:
        _caught(case, name, sql)


def test_the_command_line_exits_1_on_a_tampered_file(bare: Path, tmp_path: Path) -> None:
    target = tmp_path / "tampered.db"
    _tamper(bare, target, dict(EDITS)["forged approval version 2"])
    assert main(["--db", str(target), "verify", "--all"]) == 1


@pytest.mark.parametrize("name", REFORGED)
def test_an_anchor_taken_before_catches_the_reforged_edit(
    template: tuple[Path, Path], bare: Path, tmp_path: Path, name: str
) -> None:
    path, anchor = template
    target = tmp_path / "reforged.db"
    _tamper(bare, target, dict(EDITS)[name])
    _rebuild_chain(target)
    assert main(["--db", str(target), "verify", "--against", str(anchor)]) == 1
    assert main(["--db", str(target), "verify", "--against", str(path)]) == 1


def test_the_suite_is_at_least_82_edits_and_reports_the_count() -> None:
    assert len(EDITS) >= 82, len(EDITS)
    print(f"\ncaught {len(CAUGHT)} of {len(EDITS)} direct SQL edits")
