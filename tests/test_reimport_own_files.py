"""Re-importing our own files creates nothing, and keeps the database's spelling of a person unless
the clerk takes the file's."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.engine import open_database
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.services.container import Services
from tests.helpers import table_dump


def test_re_importing_our_own_popolo_export_creates_nothing(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    exported = export_popolo(services.exchange, tmp_path / "popolo")
    before = table_dump(services.db)
    preview = import_popolo(services.exchange, exported)
    assert table_dump(services.db) == before  # no extras (it was 48: meetings' and ballots' ids)
    assert sum(preview.created.values()) == 0 and preview.warnings == []


def test_a_re_import_keeps_the_databases_spelling_unless_the_clerk_takes_the_files(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, _ = demo
    exported = export_popolo(services.exchange, tmp_path / "popolo")
    schwartz = services.people.find_by_name("Pamela Schwartz")
    assert schwartz is not None
    services.people.update_person(schwartz.id, display_name="Pamela R. Schwartz")
    services.db.close()
    said = "the person is spelled 'Pamela R. Schwartz' here and 'Pamela Schwartz' in the file"
    assert main(["--db", str(db_path), "import", "popolo", str(exported), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"{said}; the database's spelling would be kept — pass --take-spelling 'Pamela Schwartz'" in out
    assert main(["--db", str(db_path), "import", "popolo", str(exported)]) == 0
    assert f"{said}; the database's spelling was kept." in capsys.readouterr().out
    with open_database(db_path) as db:
        assert Services(db).people.get_person(schwartz.id).display_name == "Pamela R. Schwartz"
    argv = ["--db", str(db_path), "import", "popolo", str(exported), "--take-spelling", "Pamela Schwartz"]
    assert main(argv) == 0
    with open_database(db_path) as db:
        assert Services(db).people.get_person(schwartz.id).display_name == "Pamela Schwartz"
