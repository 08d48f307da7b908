"""Every export, archive and report appears whole or not at all, with the mode the umask gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from councildesk.atomic_output import created_mode, leftovers, staged_folder, write_atomically
from councildesk.domain.errors import UserError
from councildesk.exchange.archive import write_archive
from councildesk.exchange.exporters import FORMATS, run_exporter
from councildesk.services.container import Services

REPO = Path(__file__).resolve().parents[1]

# A child process whose files may not grow past LIMIT bytes (RLIMIT_FSIZE): a real write that
# fails half-way at the file system, as a full disk would, without mocking anything.
FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from councildesk.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_written_file_has_the_umask_mode_not_mkstemps_0600(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        assert created_mode() == 0o640
        target = write_atomically(tmp_path / "minutes.pdf", b"%PDF-1.7 whole")
        assert target.stat().st_mode & 0o777 == 0o640
        assert write_atomically(tmp_path / "key.p12", b"secret", mode=0o600).stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
    assert target.read_bytes() == b"%PDF-1.7 whole"
    assert leftovers(tmp_path) == []


def test_a_writer_that_raises_leaves_no_file_and_the_old_one_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "old.json").write_text("old")
    with pytest.raises(RuntimeError), staged_folder(tmp_path / "out") as stage:
        (stage / "a.json").write_text("first half")
        raise RuntimeError("the export fails half-way")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["old.json", "out"]
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_every_export_lands_whole_in_its_folder(
    demo: tuple[Services, int], tmp_path: Path, kind: str
) -> None:
    services, _ = demo
    n = run_exporter(kind, services.exchange, tmp_path / "nested" / kind)
    files = sorted((tmp_path / "nested" / kind).iterdir())
    assert len(files) == n > 0
    assert all(f.stat().st_mode & 0o777 == created_mode() for f in files)
    assert leftovers(tmp_path) == []


def test_an_archive_is_whole_or_absent(demo: tuple[Services, int], tmp_path: Path) -> None:
    services, _ = demo
    write_archive(services.exchange, tmp_path / "a.zip")
    assert (tmp_path / "a.zip").stat().st_size > 1000
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "command",
    [
        ["export", "ocd", "{out}/ocd"],
        ["export", "popolo", "{out}/popolo"],
        ["archive", "{out}/all.zip"],
        ["minutes", "1", "-o", "{out}/m.pdf"],
    ],
    ids=["ocd", "popolo", "archive", "minutes"],
)
def test_a_full_disk_half_way_leaves_no_file_and_no_temporary_file(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, command: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = [a.replace("{out}", str(out)) for a in command]
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "6000", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "File too large" in done.stderr or "could not" in done.stderr.lower()
    assert list(out.rglob("*")) == []  # neither half an export nor a temporary name


def test_a_file_where_the_export_folder_goes_is_one_sentence(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    (tmp_path / "ocd").write_text("not a folder")
    with pytest.raises(UserError, match="is a file, not a folder"):
        run_exporter("ocd", services.exchange, tmp_path / "ocd")
