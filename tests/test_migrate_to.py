"""`migrate-to`: a SQLite file copied into an empty PostgreSQL database, rows compared, approvals verified."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from councildesk.cli import main
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.sample.generator import generate
from councildesk.services.approval_service import VerificationStatus
from councildesk.services.container import Services
from councildesk.services.database_move import migrate_to
from tests.approved_city import approve_in_turn, typed_dump
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres


def test_the_demo_moves_whole_and_verifies(
    demo: tuple[Services, int],
    pg_url: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    services, seed = demo  # the seed meeting is a draft; the demo's 4 August minutes are approved
    before = typed_dump(services.db)
    services.db.close()
    assert main(["--db", str(services.db.path), "migrate-to", pg_url]) == 0
    out, err = capsys.readouterr()
    assert "every table holds the same rows as the file" in out and "approved meetings verify OK" in out
    assert "  ballot: 45 of 45 rows" in err and "Comparing the rows of every table" in err
    with open_database(pg_url) as server:
        copied = Services(server)
        assert typed_dump(server) == before
        checked = copied.approvals.verify_all()
        assert checked.ok and [v.status for v in checked.meetings] == [VerificationStatus.OK]
        # The sequences moved past the copied ids: a new row gets the next id, not a collision.
        item = copied.agenda.add_item(seed, "Added on the server")
        assert item.id == max(row[0] for row in before["agenda_item"]) + 1


def test_a_generated_city_moves_and_a_second_move_is_refused(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    lines: list[str] = []
    with open_database(tmp_path / "city.db") as db:
        generate(db, years=1, seed=3)
        approved = approve_in_turn(Services(db), limit=6)
        result = migrate_to(db, pg_url, lines.append)
        assert result.approvals_ok == approved == 6 and result.counts["ballot"] > 500
        before = typed_dump(db)
        with open_database(pg_url) as server:
            assert typed_dump(server) == before
        with pytest.raises(
            UserError, match=r"is not empty: it already holds [\d,]+ audit_log rows; migrate-to copies only"
        ):
            migrate_to(db, pg_url)
    assert any(line.startswith("  audit_log: ") for line in lines)


def test_a_database_with_other_tables_is_refused_and_left_as_it_was(
    tmp_path: Path,
    pg_url: str,  # noqa: F811
) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (id integer primary key)"))
    with open_database(tmp_path / "c.db") as db:
        with pytest.raises(UserError, match=r"holds tables that are not CouncilDesk's \(payroll\)"):
            migrate_to(db, pg_url)
        with pytest.raises(UserError, match="is not a PostgreSQL address"):
            migrate_to(db, "sqlite:///elsewhere.db")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).all() == [
            ("payroll",)
        ]
    engine.dispose()
