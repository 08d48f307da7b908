"""Call Qt wrappers that hand None back 20,000 times and report what happened to None's count.

Run as a script with the interpreter under test (it imports nothing from CouncilDesk):
``python tests/none_probe.py [calls]``. It prints one ``key=value`` line per figure. With
PySide6 6.12 on CPython 3.11 every call below loses one reference to None and the run ends in
"Fatal Python error: none_dealloc"; where None is immortal (CPython >= 3.12, PEP 683) the count
never moves.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

SETTINGS_PATH = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"none-probe-{os.getpid()}.ini")


def probe(calls: int) -> None:
    """Make `calls` calls to each of six wrappers, printing None's count as it goes (a crash keeps them)."""
    label = QLabel()
    combo = QComboBox()
    combo.addItems(["one", "two"])  # items without data: currentData() hands back None
    action = QAction("probe")
    settings = QSettings(SETTINGS_PATH, QSettings.Format.IniFormat)
    model = QStandardItemModel()
    model.appendRow(QStandardItem())  # an empty item: index.data() hands back None
    index = model.index(0, 0)
    wrappers = {
        "QLabel.setText": lambda: label.setText("x"),
        "QComboBox.setCurrentIndex": lambda: combo.setCurrentIndex(1),
        "QAction.setData": lambda: action.setData(None),
        "QSettings.setValue": lambda: settings.setValue("k", 1),
        "QComboBox.currentData": lambda: combo.currentData(),
        "QStandardItemModel.index.data": lambda: index.data(Qt.ItemDataRole.DisplayRole),
    }
    print(f"refcount_before={sys.getrefcount(None)}", flush=True)
    for name, call in wrappers.items():
        before = sys.getrefcount(None)
        for _ in range(calls):
            call()
        print(f"lost[{name}]={before - sys.getrefcount(None)}", flush=True)
    print(f"refcount_after={sys.getrefcount(None)}", flush=True)


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    app = QApplication([])
    print(f"python={sys.version.split()[0]} pyside6={pyside_version} calls_per_wrapper={calls}", flush=True)
    try:
        probe(calls)
    finally:
        if os.path.exists(SETTINGS_PATH):
            os.remove(SETTINGS_PATH)
    del app
    print("probe=finished", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
