"""Bounded imports: record and size limits read before anything is built, phases reported, Cancel
rolls the one transaction back, and ids are matched in the form they are stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from councildesk.domain.errors import UserError
from councildesk.exchange.importers import run_importer
from councildesk.services.container import Services
from councildesk.services.import_run import Cancelled, ImportLimits, ImportRun
from tests.helpers import refused, table_dump

REPO = Path(__file__).resolve().parents[1]


def persons_file(path: Path, n: int) -> Path:
    with path.open("w") as f:
        f.write('{"persons": [')
        f.write(",".join(f'{{"id": "person-{i}", "name": "Person {i}"}}' for i in range(n)))
        f.write("]}")
    return path


def test_a_million_person_file_is_refused_in_seconds(services: Services, tmp_path: Path) -> None:
    big = persons_file(tmp_path / "million.json", 1_000_000)
    started = time.monotonic()
    refused(
        services.db,
        lambda: run_importer("popolo", services.exchange, big, dry_run=False),
        "million.json: the import holds more than 500,000 records, the limit for one import; "
        "nothing was imported (raise the limit with --max-records if it is right).",
    )
    size = big.stat().st_size / 1e6
    print(f"\n1,000,000 persons ({size:.0f} MB) refused in {time.monotonic() - started:.1f} s")


def test_an_ocd_folder_is_bounded_in_total_not_only_per_file(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "ocd"
    folder.mkdir()
    for i in range(5):
        (folder / f"person_{i}.json").write_text(json.dumps({"_type": "person", "name": "x" * 900}))
    run = ImportRun(ImportLimits(max_bytes=3000))
    with pytest.raises(UserError, match=r"^ocd: the import is 0\.0 MB, over the limit of 0\.0 MB for one"):
        run_importer("ocd", services.exchange, folder, dry_run=True, run=run)
    assert run.bytes_read == 0  # refused from the sizes alone, before a file was opened


def test_a_roster_of_too_many_lines_is_refused(services: Services, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("name,seat\n" + "".join(f"Person {i},Ward {i}\n" for i in range(50)))
    refused(
        services.db,
        lambda: run_importer(
            "csv", services.exchange, roster, dry_run=False, run=ImportRun(ImportLimits(max_records=20))
        ),
        "roster.csv: the import holds more than 20 records, the limit for one import; "
        "nothing was imported (raise the limit with --max-records if it is right).",
    )


def test_phases_are_reported_and_cancel_while_writing_leaves_the_database_unchanged(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    source = persons_file(tmp_path / "people.json", 300)
    lines: list[str] = []
    run = ImportRun(report=lines.append)

    def cancel_once_writing(text: str) -> None:
        lines.append(text)
        if text == "Writing records…":
            run.cancel.set()  # heard at the next row written, inside the transaction

    run.report = cancel_once_writing
    before = table_dump(services.db)
    with pytest.raises(Cancelled, match=r"^The import was cancelled; nothing was changed\.$"):
        run_importer("popolo", services.exchange, source, dry_run=False, run=run)
    assert lines == ["Reading people.json…", "Writing records…"]
    assert table_dump(services.db) == before
    # The same file without Cancel: every phase, then committed.
    lines.clear()
    run_importer("popolo", services.exchange, source, dry_run=False, run=ImportRun(report=lines.append))
    assert lines[:2] == ["Reading people.json…", "Writing records…"] and lines[-1] == "Committed."


def test_an_id_with_an_escape_sequence_finds_the_row_its_clean_form_names(
    services: Services, tmp_path: Path
) -> None:
    body = {"id": "abc-inc", "name": "ABC, Inc.", "classification": "council"}
    (tmp_path / "a.json").write_text(json.dumps(body))
    run_importer("popolo", services.exchange, tmp_path / "a.json", dry_run=False)
    (tmp_path / "b.json").write_text(json.dumps({**body, "id": "\x1b[31mabc-inc"}))
    again = run_importer("popolo", services.exchange, tmp_path / "b.json", dry_run=False)
    assert not again.created and not again.updated


def test_two_records_whose_ids_differ_only_by_control_characters_are_one_sentence(
    services: Services, tmp_path: Path
) -> None:
    people = [{"id": "p-1", "name": "Ada"}, {"id": "p-\x071", "name": "Bea"}]
    (tmp_path / "twins.json").write_text(json.dumps({"persons": people}))
    refused(
        services.db,
        lambda: run_importer("popolo", services.exchange, tmp_path / "twins.json", dry_run=False),
        "twins.json, person 'p-1': the id 'p-1' is used by two person records.",
    )


def test_the_command_line_takes_the_limits_and_prints_phases(db_path: Path, tmp_path: Path) -> None:
    source = persons_file(tmp_path / "ten.json", 10)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    base = [sys.executable, "-m", "councildesk", "--db", str(db_path), "import", "popolo", str(source)]
    done = subprocess.run([*base, "--max-records", "5"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "ten.json: the import holds more than 5 records" in done.stderr
    done = subprocess.run([*base, "--progress"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[:2] == ["Reading ten.json…", "Writing records…"]
    assert done.stderr.splitlines()[-1] == "Committed."
