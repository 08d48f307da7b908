"""Backups and restore: online copies, rotation, restore while another connection is open, archives."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from councildesk.db import models as m
from councildesk.db.engine import open_database
from councildesk.domain.errors import SchemaTooNewError, UserError
from councildesk.exchange.archive import load_archive, restore_any, restore_archive, write_archive
from councildesk.services.container import Services
from tests.helpers import table_dump


def records(dump: dict) -> dict:
    """The table dump without the FTS5 index's internal pages (derived data, rebuilt on restore)."""
    return {k: v for k, v in dump.items() if "_fts_" not in k}


def test_backup_now_lists_and_rotates(demo) -> None:
    services, _ = demo
    backups = services.backups
    backups.keep = 3
    made = [backups.backup_now() for _ in range(5)]
    listed = backups.list_backups()
    assert [b.path for b in listed] == list(reversed(made[-3:]))
    assert all(b.reason == "manual" and b.size > 0 for b in listed)
    assert not made[0].exists() and not made[1].exists()


def test_backup_on_close_makes_an_automatic_backup(demo) -> None:
    services, _ = demo
    services.people.create_person("Dana Newcomer")  # a change since the file was opened
    path = services.backups.backup_on_close()
    assert path is not None and path.parent.name == "backups"
    assert services.backups.list_backups()[0].reason == "on-close"


def test_restore_from_backup_gives_back_the_same_records_while_another_connection_is_open(demo) -> None:
    services, _ = demo
    before = table_dump(services.db)
    backup = services.backups.backup_now()
    with services.db.transaction() as s:
        s.execute(text("UPDATE person SET title = 'changed'"))
    assert services.db.path is not None
    reader = open_database(services.db.path, write=False)  # e.g. a second window reading the file
    try:
        with reader.reading() as s:
            assert s.scalar(text("SELECT count(*) FROM person WHERE title = 'changed'")) == 14
            result = services.backups.restore(backup)
            s.rollback()
            assert s.scalar(text("SELECT count(*) FROM person WHERE title = 'changed'")) == 0
    finally:
        reader.close()
    assert table_dump(services.db) == before
    assert result.replaced_copy.name.startswith("council.replaced-") and result.replaced_copy.exists()
    with sqlite3.connect(result.replaced_copy) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE title = 'changed'").fetchone() == (14,)
    # The restored database is still usable through the same services.
    assert services.meetings.list_meetings()


def test_restore_refuses_damaged_foreign_and_newer_files(demo, tmp_path: Path) -> None:
    services, _ = demo
    before = table_dump(services.db)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError, match=r"junk.db is not a CouncilDesk database"):
        services.backups.restore(junk)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(UserError, match=r"other.db is an SQLite file but not a CouncilDesk database"):
        services.backups.restore(other)
    newer = services.backups.backup_now()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNewError, match="newer CouncilDesk"):
        services.backups.restore(newer)
    damaged = services.backups.backup_now("damaged")
    data = bytearray(damaged.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    with pytest.raises(UserError):
        services.backups.restore(damaged)
    assert table_dump(services.db) == before
    assert not list(tmp_path.glob("council.replaced-*"))


def test_archive_restores_into_empty_database_identically(demo, tmp_path: Path) -> None:
    services, _ = demo
    with services.db.transaction() as s:
        item = s.scalars(
            select(m.AgendaItem).join(m.Meeting).where(m.Meeting.minutes_status == "draft")
        ).first()
        assert item is not None
        s.add(
            m.Document(
                agenda_item_id=item.id,
                title="Exhibit A",
                file_name="a.pdf",
                media_type="application/pdf",
                sha256="0" * 64,
                size=5,
                content=b"%PDF\x00",
            )
        )
    zip_path = write_archive(services.exchange, tmp_path / "council.zip")
    with zipfile.ZipFile(zip_path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert set(manifest["sha256"]) == {f"tables/{t}.jsonl" for t in manifest["tables"]}
        assert manifest["tables"]["audit_log"] > 0 and manifest["tables"]["minutes_approval"] == 1
    with open_database(tmp_path / "empty.db") as other:
        load_archive(Services(other).exchange, zip_path)
        assert records(table_dump(other)) == records(table_dump(services.db))
        with other.reading() as s:
            doc = s.scalars(select(m.Document)).one()
            assert doc.content == b"%PDF\x00"
        with pytest.raises(UserError, match="only into an empty database"):
            load_archive(Services(other).exchange, zip_path)


def test_generated_year_round_trips_through_an_archive(db, tmp_path: Path) -> None:
    from councildesk.sample.generator import generate

    generate(db, years=1, seed=1)
    zip_path = write_archive(Services(db).exchange, tmp_path / "year.zip")
    with open_database(tmp_path / "copy.db") as other:
        load_archive(Services(other).exchange, zip_path)
        assert records(table_dump(other)) == records(table_dump(db))


def test_restore_archive_replaces_the_open_database(demo, tmp_path: Path) -> None:
    services, _ = demo
    before = records(table_dump(services.db))
    zip_path = write_archive(services.exchange, tmp_path / "a.zip")
    with services.db.transaction() as s:
        s.execute(text("UPDATE person SET title = 'changed'"))
    restore_archive(services.exchange, zip_path)
    assert records(table_dump(services.db)) == before
    renamed = tmp_path / "a-really.db"  # told apart by content, not by the name
    renamed.write_bytes(zip_path.read_bytes())
    restore_any(services.exchange, renamed)
    assert records(table_dump(services.db)) == before


def bad_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "entry", ["../evil.db", "/etc/evil", "tables/../../x.jsonl", "C:/windows/x", "a\\..\\b"]
)
def test_archive_entries_outside_the_folder_are_refused(
    services: Services, tmp_path: Path, entry: str
) -> None:
    path = bad_zip(tmp_path / "evil.zip", {"manifest.json": b"{}", entry: b"x"})
    before = table_dump(services.db)
    with pytest.raises(UserError, match="points outside the archive folder"):
        restore_any(services.exchange, path)
    assert table_dump(services.db) == before
    assert not (tmp_path.parent / "evil.db").exists()


def test_tampered_archive_is_refused(demo, tmp_path: Path) -> None:
    services, _ = demo
    good = write_archive(services.exchange, tmp_path / "good.zip")
    with zipfile.ZipFile(good) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries["tables/person.jsonl"] = entries["tables/person.jsonl"].replace(b"Narkewicz", b"Narkewicx")
    bad = bad_zip(tmp_path / "bad.zip", entries)
    with pytest.raises(UserError, match="does not match its checksum"):
        restore_any(services.exchange, bad)
    manifest = json.loads(entries["manifest.json"])
    manifest["schema"] = "9999"
    entries["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(SchemaTooNewError):
        restore_any(services.exchange, bad_zip(tmp_path / "new.zip", entries))
    del entries["tables/ballot.jsonl"]
    with pytest.raises(UserError):
        restore_any(services.exchange, bad_zip(tmp_path / "short.zip", entries))
    (tmp_path / "trunc.zip").write_bytes(good.read_bytes()[:300])
    with pytest.raises(UserError):
        restore_any(services.exchange, tmp_path / "trunc.zip")
