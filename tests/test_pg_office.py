"""The shared office on a real PostgreSQL server: pg-setup's grants, people's logins, readers, forgeries."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from councildesk.cli import main
from councildesk.db import office_roles
from councildesk.db.chain_guard import GUARD_MESSAGE
from councildesk.db.engine import open_database
from councildesk.db.integrity import check_database
from councildesk.domain.enums import ApprovalManner
from councildesk.domain.errors import UserError
from councildesk.sample.demo import load_demo
from councildesk.services.approval_service import VerificationStatus
from councildesk.services.container import Services
from tests.helpers import table_dump
from tests.pg_databases import scratch_database
from tests.pg_server import ENV_URL, pg_admin_url, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres

FOUR_AUGUST, SEED, SEPT = 1, 2, 3


def as_role(url: str, role: str) -> str:
    """The same database signed in as another role (the test cluster trusts every local sign-in)."""
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


def grants(url: str) -> list[tuple[Any, ...]]:
    """Every table privilege, owner and trigger: what pg-setup decides, to compare two runs."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants "
                    "WHERE table_schema = 'public' ORDER BY 1, 2, 3"
                )
            ).all()
            owners = conn.execute(
                text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            ).all()
            triggers = conn.execute(
                text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1")
            ).all()
        return [tuple(r) for r in (*rows, *owners, *triggers)]
    finally:
        engine.dispose()


def build_office(url: str) -> None:
    """The demo on a server set up for an office, with a clerk and a reader who are people in the records."""
    db = open_database(url)
    try:
        load_demo(Services(db))
    finally:
        db.close()
    office_roles.setup(url)
    office_roles.add_person(url, "Pamela Schwartz", "clerk", "pschwartz")
    office_roles.add_person(url, "David J. Narkewicz", "reader", "dnarkewicz")


@pytest.fixture(scope="module")
def office_template(pg_admin_url: str) -> Iterator[str | None]:  # noqa: F811
    """One office built per module, copied for each test (CREATE DATABASE … TEMPLATE takes a moment)."""
    if os.environ.get(ENV_URL):  # a server we did not start: no databases of our own there
        yield None
        return
    with scratch_database(pg_admin_url) as url:
        build_office(url)
        yield make_url(url).database


@pytest.fixture
def office(office_template: str | None, pg_admin_url: str, request: pytest.FixtureRequest) -> Iterator[str]:  # noqa: F811
    if office_template is None:
        url = request.getfixturevalue("pg_url")
        build_office(url)
        yield url
        return
    with scratch_database(pg_admin_url, office_template) as url:
        office_roles.setup(url)  # the database's own owner and grants are not copied with its tables
        yield url


def test_pg_setup_twice_gives_the_same_roles_and_grants(office: str) -> None:
    first = grants(office)
    assert main(["pg-setup", office]) == 0
    assert grants(office) == first
    privileges: dict[tuple[str, str], set[str]] = {}
    for grantee, table, privilege in (r for r in first if len(r) == 3):
        privileges.setdefault((grantee, table), set()).add(privilege)
    assert privileges[(office_roles.READER, "agenda_item")] == {"SELECT"}
    assert privileges[(office_roles.CLERK, "agenda_item")] == {"SELECT", "INSERT", "UPDATE", "DELETE"}
    for table in ("minutes_approval", "correction", "audit_log", "record_chain"):
        assert privileges[(office_roles.CLERK, table)] == {"SELECT", "INSERT"}, table
    assert privileges[(office_roles.CLERK, "db_role_person")] == {"SELECT"}
    assert {owner for r in first if len(r) == 2 for owner in r[1:]} == {office_roles.OWNER}


def test_a_clerk_signs_in_as_themselves_and_the_audit_log_names_them(office: str) -> None:
    db = open_database(as_role(office, "pschwartz"))
    try:
        services = Services(db)
        assert db.writable and services.database.person == "Pamela Schwartz"
        before = services.audit.entries(limit=1)[0].id
        item = services.agenda.list_items(SEED)[0]
        services.agenda.update_item(item.id, title="Roll call and quorum")
        # A clerk approves through the service: the insert guard admits the clerk group.
        services.approvals.approve(SEED, at_meeting_id=SEPT, manner=ApprovalManner.AS_READ)
        assert services.approvals.verify(SEED).status is VerificationStatus.OK
        latest = [e for e in services.audit.entries(limit=50) if e.id > before]
        assert len(latest) >= 2 and {e.who for e in latest} == {"Pamela Schwartz (pschwartz)"}
        assert {e.who for e in services.audit.entries(limit=500)} >= {"postgres"}  # the demo's load
        assert check_database(db) == []  # the chain holds with the role and person in its entries
    finally:
        db.close()
    # The role and person are the server's word, not the client's: a forged name is overwritten.
    engine = create_engine(as_role(office, "pschwartz"))
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, os_user, action, entity, db_role, db_person_id) "
                    "VALUES (now(), 'x', 'note', 'meeting', 'postgres', NULL)"
                )
            )
            row = conn.execute(text("SELECT db_role, db_person_id FROM audit_log ORDER BY id DESC")).first()
    finally:
        engine.dispose()
    assert row is not None and row[0] == "pschwartz" and row[1] is not None


def test_a_readers_client_opens_read_only_and_the_server_refuses_their_update(office: str) -> None:
    url = as_role(office, "dnarkewicz")
    db = open_database(url)
    try:
        services = Services(db)
        assert not db.writable and services.database.role == "dnarkewicz"
        item = services.agenda.list_items(SEED)[0]
        with pytest.raises(
            UserError, match=r"^This database is open read only; nothing can be changed in it\.$"
        ):
            services.agenda.update_item(item.id, title="Changed")
    finally:
        db.close()
    engine = create_engine(url)  # as psql would: straight to the server, no CouncilDesk in between
    try:
        for sql in (
            "UPDATE agenda_item SET title = 'x'",
            "DELETE FROM ballot",
            "INSERT INTO correction (meeting_id, made_on, reason, entity, field, before, after, recorded_at) "
            "VALUES (1, current_date, 'r', '', '', '', 'x', now())",
        ):
            with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as conn:
                conn.execute(text(sql))
    finally:
        engine.dispose()


def test_a_privilege_taken_away_after_connecting_is_one_sentence(office: str) -> None:
    db = open_database(as_role(office, "pschwartz"))
    admin = create_engine(office, isolation_level="AUTOCOMMIT")
    try:
        services = Services(db)
        item = services.agenda.list_items(SEED)[0]
        with admin.connect() as conn:
            conn.exec_driver_sql(f"REVOKE {office_roles.CLERK} FROM pschwartz")
            conn.exec_driver_sql(f"GRANT {office_roles.READER} TO pschwartz")
        before = table_dump(db)
        with pytest.raises(UserError, match=r"^CouncilDesk could not use the database .*permission.*\.$"):
            services.agenda.update_item(item.id, title="Changed")
        assert table_dump(db) == before
    finally:
        db.close()
        with admin.connect() as conn:  # roles belong to the whole server: give hers back for later tests
            conn.exec_driver_sql(f"REVOKE {office_roles.READER} FROM pschwartz")
            conn.exec_driver_sql(f"GRANT {office_roles.CLERK} TO pschwartz")
        admin.dispose()


FORGERIES = {
    "correction": "INSERT INTO correction (meeting_id, made_on, reason, entity, field, before, after, "
    "recorded_at) VALUES (1, current_date, 'forged', '', '', '', 'x', now())",
    "approval version": "INSERT INTO minutes_approval (meeting_id, version, approved_on, manner, sha256, "
    "snapshot, snapshot_format, recorded_at) SELECT meeting_id, 2, approved_on, manner, sha256, snapshot, "
    "snapshot_format, now() FROM minutes_approval WHERE meeting_id = 1",
    "chain link": "INSERT INTO record_chain (kind, entry_id, entry_hash, prev_hash, hash) "
    "VALUES ('audit', 1, 'x', 'x', 'x')",
}


@pytest.mark.parametrize("sql", FORGERIES.values(), ids=FORGERIES.keys())
def test_a_role_with_plain_insert_rights_cannot_forge_what_verify_accepts(office: str, sql: str) -> None:
    admin = create_engine(office, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'cd_importer'")).scalar():
            conn.exec_driver_sql("CREATE ROLE cd_importer LOGIN")
        conn.exec_driver_sql("GRANT CONNECT ON DATABASE " + f'"{make_url(office).database}" TO cd_importer')
        conn.exec_driver_sql("GRANT USAGE ON SCHEMA public TO cd_importer")
        conn.exec_driver_sql("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO cd_importer")
        conn.exec_driver_sql("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO cd_importer")
    admin.dispose()
    engine = create_engine(as_role(office, "cd_importer"))
    try:
        # Knowing CouncilDesk's path setting is not enough: the role is neither owner nor clerk.
        with pytest.raises(DBAPIError, match=GUARD_MESSAGE), engine.begin() as conn:
            conn.exec_driver_sql("SET LOCAL councildesk.path = 'service'")
            conn.execute(text(sql))
    finally:
        engine.dispose()
    clerk = create_engine(as_role(office, "pschwartz"))
    try:  # a clerk's hand-written INSERT outside the service's path is refused too
        with pytest.raises(DBAPIError, match=GUARD_MESSAGE), clerk.begin() as conn:
            conn.execute(text(sql))
    finally:
        clerk.dispose()
    db = open_database(office)
    try:
        assert Services(db).approvals.verify(FOUR_AUGUST).status is VerificationStatus.OK
    finally:
        db.close()


def test_a_readers_login_can_take_the_nightly_backup(office: str, tmp_path: Path) -> None:
    from councildesk.db import pg_tools

    dump = pg_tools.dump(as_role(office, "dnarkewicz"), tmp_path / "nightly.dump")
    assert dump.read_bytes()[:5] == pg_tools.DUMP_MAGIC


def test_add_person_refuses_an_unknown_name_and_a_bad_login_in_one_sentence(office: str) -> None:
    with pytest.raises(UserError, match=r"^There is no person named 'Nobody Here' in the records"):
        office_roles.add_person(office, "Nobody Here", "clerk", "nobody")
    with pytest.raises(UserError, match=r"cannot be a login name"):
        office_roles.add_person(office, "Pamela Schwartz", "clerk", "Robert'); DROP TABLE x; --")


def test_scram_verifier_has_postgresqls_form() -> None:
    verifier = office_roles.scram_verifier("s3cret")
    assert verifier.startswith("SCRAM-SHA-256$4096:") and "s3cret" not in verifier
    assert verifier != office_roles.scram_verifier("s3cret")  # salted
