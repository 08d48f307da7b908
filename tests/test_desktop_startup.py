"""The window started in its own process: a quiet stderr, and `screenshot` on each workspace tab."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services

ROOT = Path(__file__).resolve().parents[1]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        **extra,
    )
    return env


def _councildesk(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "councildesk", *args],
        cwd=ROOT,
        env=_env(home, **extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _demo(db_path: Path) -> int:
    with open_database(db_path) as db:
        return load_demo(Services(db))


def test_a_window_start_keeps_the_opened_line_in_the_log_file_only(db_path: Path, tmp_path: Path) -> None:
    _demo(db_path)
    home = tmp_path / "home"
    done = _councildesk(["--db", str(db_path)], home, COUNCILDESK_EXIT_AFTER_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert "opened" not in done.stderr and "councildesk.app" not in done.stderr, done.stderr
    logs = list(home.rglob("councildesk.log"))
    assert logs and "councildesk.app: opened" in logs[0].read_text(encoding="utf-8")
    # With -v the line is on stderr as well.
    verbose = _councildesk(["-v", "--db", str(db_path)], home, COUNCILDESK_EXIT_AFTER_PAINT="1")
    assert verbose.returncode == 0, verbose.stderr
    assert "councildesk.app: opened" in verbose.stderr


def test_screenshot_writes_each_workspace_tab(db_path: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    seed = _demo(db_path)
    home = tmp_path / "home"
    sizes = {}
    for tab in ("meeting", "minutes", "records"):
        out = tmp_path / f"{tab}.png"
        done = _councildesk(
            ["--db", str(db_path), "screenshot", str(out), "--meeting", str(seed), "--tab", tab], home
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"Wrote {out}.\n"
        image = QImage(str(out))
        assert not image.isNull()
        sizes[tab] = (image.width(), image.height())
    assert set(sizes.values()) == {(1366, 768)}  # the common clerk's laptop
    wrong = _councildesk(
        ["--db", str(db_path), "screenshot", str(tmp_path / "x.png"), "--tab", "agenda"], home
    )
    assert wrong.returncode != 0 and "invalid choice: 'agenda'" in wrong.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_selects_the_first_item_with_a_matter_or_motion(db_path: Path) -> None:
    from councildesk.ui.screenshot import first_substantive_item

    seed = _demo(db_path)
    with open_database(db_path) as db:
        services = Services(db)
        chosen = first_substantive_item(services, seed)
        items = services.agenda.list_items(seed)
        assert items[0].id != chosen  # the first item is the "Call to order" section
        first = next(i for i in items if i.matter_id is not None or services.motions.list_motions(i.id))
        assert chosen == first.id
