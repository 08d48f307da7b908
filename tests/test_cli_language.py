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


def test_verify_and_its_anchors_read_in_french(tmp_path: Path) -> None:
    """`verify` on the demo: the verdict, a draft, tampered minutes and a typed anchor, all in French."""
    import sqlite3

    db = str(tmp_path / "demo.db")
    run("--db", db, "demo")
    ok = run("--lang", "fr", "--db", db, "verify", "1").stdout
    assert ok.startswith(
        "CONFORME : le procès-verbal du 4 août 2011 correspond à la version adoptée le 18 août"
    )
    summary = run("--lang", "fr", "--db", db, "verify", "--all").stdout
    assert summary.startswith("séance 1 : CONFORME : le procès-verbal du 4 août 2011")
    assert "Séances au procès-verbal adopté vérifiées : 1; chaîne des registres de" in summary
    draft = run("--lang", "fr", "--db", db, "verify", "2", code=3).stdout
    assert draft == "Le procès-verbal du 18 août 2011 est un projet; il n'y a encore rien à vérifier.\n"
    anchor = run("--lang", "fr", "--db", db, "verify", "--against", "0" * 64, code=1).stdout
    assert anchor.startswith("DIFFÉRENT : " + "0" * 64 + " n'est ni un maillon de la chaîne des registres")

    conn = sqlite3.connect(db)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='motion'"):
        conn.execute(f"DROP TRIGGER {name}")
    with conn:
        conn.execute(
            "UPDATE motion SET text = 'To approve something else' WHERE agenda_item_id IN "
            "(SELECT id FROM agenda_item WHERE meeting_id = 1)"
        )
    conn.close()
    tampered = run("--lang", "fr", "--db", db, "verify", "1", code=1).stdout
    assert tampered.startswith(
        "ALTÉRÉ : pour le procès-verbal du 4 août 2011, le contenu consigné diffère du procès-verbal adopté"
    ), tampered
    assert "\n  modifié : " in tampered
    english = run("--db", db, "verify", "1", code=1).stdout
    assert english.startswith("TAMPERED: for the minutes of 4 August 2011, the recorded content differs")


def test_show_and_demo_read_in_french(tmp_path: Path) -> None:
    """`demo`'s summary and `show`'s dates, attendance, quorum and approval lines in French."""
    db = str(tmp_path / "demo.db")
    loaded = run("--lang", "fr", "--db", db, "demo").stdout
    assert (
        loaded
        == "Démonstration chargée. La séance du Northampton City Council du 18 août 2011 est la séance 2.\n"
    )
    shown = run("--lang", "fr", "--db", db, "show", "1").stdout.splitlines()
    assert shown[0] == "Northampton City Council — séance ordinaire (données d'exemple)"
    assert shown[1].startswith("jeudi 4 août 2011, 19\u00a0h\u00a000")  # the minutes' clock
    assert "Procès-verbal : adopté" in shown and "Présences" in shown
    assert "  Ward 5 Councilor, Ward 5: absent" in shown
    assert "  Quorum : 8 présents sur 5 requis — atteint" in shown
    assert any(line.startswith("Adopté le 18 août 2011 (tel que lu), empreinte ") for line in shown)
    for english in ("Attendance", "Approved on", "Called to order", "Minutes:"):
        assert not any(english in line for line in shown), english


def test_the_video_commands_help_reads_in_french() -> None:
    chapters = " ".join(run("--lang", "fr", "chapters", "--help").stdout.split())
    assert "les chapitres vidéo d'une séance d'après ses heures consignées" in chapters
    assert (
        "chapitres WebVTT ou liste YouTube" in chapters
        and "écrire dans FILE (par défaut : afficher)" in chapters
    )
    video = " ".join(run("--lang", "fr", "video", "--help").stdout.split())
    assert "l'adresse Web de l'enregistrement (vide pour la retirer)" in video
    for english in ("recording", "YouTube list", "meeting id", "default: print"):
        assert english not in chapters + video, english
