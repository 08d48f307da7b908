"""Settings declared once: typed reads with defaults, numbered upgrades, the meeting kept across launches."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from councildesk.db.engine import open_database
from councildesk.services.container import Services
from councildesk.services.minutes_document import PaperSize
from councildesk.ui import app_settings
from councildesk.ui.app_settings import (
    LAUNCHED,
    PAPER,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    database_key,
    remember_meeting,
    remembered_meeting,
    upgrade,
)


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_every_key_is_declared_once_with_a_default_of_its_own_type() -> None:
    keys = [setting.key for setting in app_settings.ALL]
    assert len(keys) == len(set(keys))
    assert app_settings.REMEMBERED_MEETING_GROUP not in {key.split("/")[0] for key in keys}
    for setting in app_settings.ALL:
        assert setting.doc
        assert setting.parse(setting.default) == setting.default  # the default survives a round trip


def test_values_read_back_typed_after_the_file_is_reopened(tmp_path: Path) -> None:
    store = ini(tmp_path)
    LAUNCHED.write(store, True)
    PAPER.write(store, PaperSize.A4)
    RECENT_FILES.write(store, ("/srv/council.db",))
    WINDOW_GEOMETRY.write(store, QByteArray(b"\x01\x02"))
    store.sync()
    again = ini(tmp_path)
    assert LAUNCHED.read(again) is True  # an ini file hands back the text "true"
    assert PAPER.read(again) is PaperSize.A4
    assert RECENT_FILES.read(again) == ("/srv/council.db",)  # a one-item list comes back as text
    assert WINDOW_GEOMETRY.read(again) == QByteArray(b"\x01\x02")
    assert again.value("minutes/paper") == "a4"  # readable in the file, not a pickled enum


def test_a_strange_value_reads_as_the_default(tmp_path: Path) -> None:
    store = ini(tmp_path)
    store.setValue("minutes/paper", "tabloid")
    store.setValue("settings/version", "soon")
    store.setValue("window/geometry", "not bytes")
    assert PAPER.read(store) is PaperSize.LETTER
    assert app_settings.VERSION.read(store) == 0
    assert WINDOW_GEOMETRY.read(store) == QByteArray()


def test_upgrade_drops_the_salted_meeting_keys_once(tmp_path: Path) -> None:
    store = ini(tmp_path)
    for salted in ("483920174455", "17", "900000000001"):  # what hash() of one URL gave three launches
        store.setValue(f"last_meeting/{salted}", 3)
    store.setValue("meeting/last_place", "City Hall")
    assert upgrade(store) == [1]
    assert store.allKeys() == ["meeting/last_place", "settings/version"]
    remember_meeting(store, Path("/srv/council.db"), "sqlite:////srv/council.db", 5)
    assert upgrade(store) == []  # applied once: the new key survives every later start
    assert remembered_meeting(store, Path("/srv/council.db"), "sqlite:////srv/council.db") == 5


def test_the_database_key_names_the_file_not_the_spelling_of_its_path(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    direct = database_key(tmp_path / "council.db", "ignored")
    assert database_key(tmp_path / "sub" / ".." / "council.db", "other") == direct
    assert database_key(tmp_path / "other.db", "ignored") != direct
    assert database_key(None, "postgresql://clerk:***@db/city") != database_key(None, "postgresql://db/town")


# One launch of the real application wiring (names, upgrades, controller, window) in its own process:
# `select N` shows meeting N and closes the window; `report` prints the meeting the window restored.
LAUNCH = """
import sys
from PySide6.QtWidgets import QApplication
from councildesk.app import AppController, open_settings
app = QApplication([])
controller = AppController(open_settings())
assert controller.open(sys.argv[1])
window = controller.window
if sys.argv[2] == "select":
    window.show_meeting(int(sys.argv[3]))
print(window.current_meeting_id())
window.close()
controller.close()
"""


def launch(tmp_path: Path, *args: str) -> str:
    env = {
        key: value for key, value in os.environ.items() if key != "PYTHONHASHSEED"
    }  # salted as for a clerk
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings: never the user's own
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_meeting_on_show_is_restored_by_the_next_launch(tmp_path: Path) -> None:
    from councildesk.sample.demo import load_demo

    path = tmp_path / "council.db"
    db = open_database(path)
    try:
        services = Services(db)
        seed = load_demo(services)
        newest = services.meetings.list_meetings(limit=1)[0].id
    finally:
        db.close()
    assert seed != newest  # else restoring and "open the newest" could not be told apart
    assert launch(tmp_path, str(path), "select", str(seed)) == str(seed)
    assert launch(tmp_path, str(path), "report") == str(seed)
    assert launch(tmp_path, str(path), "report") == str(seed)
    conf = QSettings(
        str(tmp_path / "config" / "CouncilDesk" / "CouncilDesk.conf"), QSettings.Format.IniFormat
    )
    remembered = [key for key in conf.allKeys() if "meeting/" in key and key != "meeting/last_place"]
    assert remembered == [f"remembered_meeting/{database_key(path, '')}"]  # one key, not one per launch
