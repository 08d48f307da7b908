"""An approval made by an older CouncilDesk: the demo approved under an older fingerprint format, the
file taken back by the real downgrade of a later revision, then opened (which upgrades it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from councildesk.db.engine import open_database
from councildesk.services.approval_service import AllVerified
from councildesk.services.container import Services


def verify_after_upgrade(
    services: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    old_format: int,
    revision: str,
    gone: tuple[str, str],
) -> AllVerified:
    """Approve the demo under `old_format`, downgrade the file to `revision` (asserting that column
    `gone` = (table, column) is then absent), reopen it and verify every approval."""
    from alembic import command

    from councildesk.db.migrate import alembic_config
    from councildesk.sample.demo import load_demo
    from councildesk.services import approval_service

    monkeypatch.setattr(approval_service, "CURRENT_FORMAT", old_format)
    load_demo(services)
    monkeypatch.undo()
    services.db.close()
    engine = create_engine(f"sqlite:///{db_path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        table, column = gone
        assert column not in {c["name"] for c in inspect(connection).get_columns(table)}
    engine.dispose()
    with open_database(db_path, backup_dir=db_path.parent / "kept") as db:  # upgraded on open
        return Services(db).approvals.verify_all()
