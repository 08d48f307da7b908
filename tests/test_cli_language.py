"""The command line in French: its help, argparse's own words, a mistake and a command's summary."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error", "LANG": "C.UTF-8"}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    result = subprocess.run(
        [sys.executable, "-m", "councildesk", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert result.returncode == code, result.stderr
    return result


def test_the_top_level_help_reads_in_french() -> None:
    out = " ".join(run("--lang", "fr", "--help").stdout.split())  # as read, not as argparse wraps it
    assert out.startswith("utilisation : councildesk")
    assert "arguments positionnels" in out and "options:" in out
    assert "afficher cette aide et quitter" in out
    assert "Consignez les séances du conseil et publiez les procès-verbaux officiels." in out
    assert "lister les séances, de la plus récente à la plus ancienne" in out
    # No command's one-line help and no option of ours is left in English.
    for english in ("list meetings", "show this help", "database file or PostgreSQL URL", "write a meeting"):
        assert english not in out, english


def test_a_command_help_and_a_mistake_read_in_french() -> None:
    out = " ".join(run("--lang", "fr", "backup", "--help").stdout.split())
    assert "le fichier de sauvegarde à écrire" in out
    err = run("--lang", "fr", "bogus", code=2).stderr
    assert re.search(r"erreur : argument COMMAND : choix non valide : 'bogus'", err), err


def test_a_backup_prints_its_summary_in_french_and_in_english(tmp_path: Path) -> None:
    db = tmp_path / "council.db"
    run("--db", str(db), "init")
    dest = tmp_path / "copy.db"
    assert run("--lang", "fr", "--db", str(db), "backup", str(dest)).stdout == (
        f"{db} a été sauvegardée dans {dest}.\n"
    )
    again = tmp_path / "again.db"
    assert (
        run("--lang", "en", "--db", str(db), "backup", str(again)).stdout == f"Backed up {db} to {again}.\n"
    )
