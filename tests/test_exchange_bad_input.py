"""Files that are too big or not what their names say: one clear sentence, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from councildesk.db.engine import Database
from councildesk.domain.errors import UserError
from councildesk.exchange.importers import run_importer
from councildesk.services.container import Services
from tests.helpers import table_dump

FORMATS = ["ocd", "popolo", "legistar", "csv"]


def sparse(path: Path, size: int, head: bytes = b"[") -> Path:
    with path.open("wb") as f:
        f.write(head)
    os.truncate(path, size)  # sparse: the test does not write 250 MB to disk
    return path


@pytest.mark.parametrize("kind", FORMATS)
def test_a_file_over_the_import_limit_is_refused_before_parsing(
    db: Database, tmp_path: Path, kind: str
) -> None:
    # 250 MB of zeros after "[": parsing it would fail, so only the size check can give this sentence.
    path = sparse(tmp_path / ("big.csv" if kind == "csv" else "big.json"), 250 * 1024 * 1024)
    before = table_dump(db)
    with pytest.raises(
        UserError, match=r"the import is 250 MB, over the limit of 200 MB for one import; nothing was read"
    ):
        run_importer(kind, Services(db).exchange, path, dry_run=False)
    assert table_dump(db) == before


@pytest.mark.parametrize(
    ("head", "message"),
    [
        (b"PK\x03\x04" + b"\x00" * 60, "is a zip archive, not a JSON file"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "is a database file, not a JSON file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF document, not a JSON file"),
        (b"\xff\xfe\x00\x01garbage", "is not UTF-8 text"),
        (b"", "is empty"),
        (b"   \n", "is empty"),
    ],
)
@pytest.mark.parametrize("kind", ["ocd", "popolo", "legistar"])
def test_a_file_that_is_not_json_says_what_it_is(
    db: Database, tmp_path: Path, kind: str, head: bytes, message: str
) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(head)
    before = table_dump(db)
    with pytest.raises(UserError, match=message):
        run_importer(kind, Services(db).exchange, path, dry_run=False)
    assert table_dump(db) == before


def test_missing_file_and_unknown_format(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="There is no file or folder"):
        run_importer("ocd", Services(db).exchange, tmp_path / "nope", dry_run=True)
    with pytest.raises(UserError, match="'xml' is not an import format"):
        run_importer("xml", Services(db).exchange, tmp_path, dry_run=True)
    with pytest.raises(UserError, match=r"holds no OCD \.json files"):
        run_importer("ocd", Services(db).exchange, tmp_path, dry_run=True)


def test_deeply_nested_json_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(UserError):
        run_importer("popolo", Services(db).exchange, path, dry_run=True)
