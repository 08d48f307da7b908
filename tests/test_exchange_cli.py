"""The command line: export, import --dry-run, archive, restore and backups, through `cli.main`."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.engine import open_database
from tests.helpers import table_dump

OAKLAND = "oakland_legistar-api_eventitems_event-8172_public-safety_2019-04-23.json"


def test_export_import_archive_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_data: Path
) -> None:
    db = str(tmp_path / "a.db")
    assert main(["--db", db, "demo"]) == 0
    for kind in ("ocd", "popolo", "csv", "ics"):
        assert (
            main(
                [
                    "--db",
                    db,
                    "export",
                    kind,
                    str(tmp_path / kind),
                    "--from",
                    "2011-08-01",
                    "--to",
                    "2011-08-31",
                ]
            )
            == 0
        )
    assert len(list((tmp_path / "ocd").glob("event_*.json"))) == 2
    other = str(tmp_path / "b.db")
    assert main(["--db", other, "init"]) == 0
    with open_database(other) as database:
        before = table_dump(database)
    capsys.readouterr()
    assert main(["--db", other, "import", "legistar", str(shared_data / OAKLAND), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "create 15 agenda item" in out and "Dry run: nothing was changed." in out
    with open_database(other) as database:
        assert table_dump(database) == before
    assert main(["--db", other, "import", "ocd", str(tmp_path / "ocd")]) == 0
    assert main(["--db", db, "archive", str(tmp_path / "a.zip")]) == 0
    assert main(["--db", other, "restore", str(tmp_path / "a.zip")]) == 0
    with open_database(db) as a, open_database(other) as b:
        keep = lambda dump: {k: v for k, v in dump.items() if "_fts_" not in k}  # noqa: E731
        assert keep(table_dump(a)) == keep(table_dump(b))
    assert list(tmp_path.glob("b.replaced-*.db"))


def test_bad_input_exits_1_with_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.db")
    (tmp_path / "x.json").write_text("{")
    assert main(["--db", db, "import", "popolo", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert (
        err == "councildesk: x.json is not valid JSON "
        "(line 1, column 2: Expecting property name enclosed in double quotes).\n"
    )
    assert main(["--db", db, "restore", str(tmp_path / "x.json")]) == 1
    assert "is not a CouncilDesk database" in capsys.readouterr().err
    assert (
        main(["--db", db, "export", "ocd", str(tmp_path / "o"), "--from", "2012-01-01", "--to", "2011-01-01"])
        == 1
    )
