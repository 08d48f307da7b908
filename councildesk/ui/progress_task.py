"""Slow work (imports, exports, archives, year volumes) off the UI thread, behind a progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from councildesk.ui.i18n import translate

# Quick work finishes without a dialog flashing up; anything slower shows one.
SHOW_AFTER_MS = 400


class _Finished(QObject):
    done = Signal()
    line = Signal(str)  # a phase reported from the worker thread, shown in the dialog


class TaskProgress:
    """What cancellable work gets: `report(text)` (from any thread) and the `cancel` flag it checks."""

    def __init__(self, signals: _Finished) -> None:
        self._signals = signals
        self.cancel = threading.Event()

    def report(self, text: str) -> None:
        self._signals.line.emit(text)  # queued to the UI thread: the worker never touches widgets


def run_with_progress[T](parent: QWidget | None, title: str, text: str, work: Callable[[], T]) -> T:
    """Run `work` in a worker thread while a busy dialog keeps the window painted; return its result.

    `work` must not touch widgets (services and reports only). Its exception, a UserError included,
    is raised here on the UI thread, so callers keep reporting errors as one sentence.
    """
    return _run(parent, title, text, lambda _progress: work(), cancellable=False)


def run_cancellable[T](parent: QWidget | None, title: str, text: str, work: Callable[[TaskProgress], T]) -> T:
    """As run_with_progress, with a Cancel button that sets `progress.cancel` and the phases that
    `work` reports shown in the dialog. Work that runs in one transaction (an import) stops at its
    next check and rolls back, so Cancel leaves the database as it was."""
    return _run(parent, title, text, work, cancellable=True)


def _run[T](
    parent: QWidget | None, title: str, text: str, work: Callable[[TaskProgress], T], *, cancellable: bool
) -> T:
    dialog = QProgressDialog(
        text, translate("progress_task", "Cancel"), 0, 0, parent
    )  # 0..0: busy, the steps are not known ahead
    dialog.setWindowTitle(title)
    finished = _Finished()
    progress = TaskProgress(finished)
    if cancellable:
        dialog.canceled.connect(progress.cancel.set)
        dialog.canceled.connect(
            lambda: dialog.setLabelText(translate("progress_task", "Cancelling… nothing will be changed."))
        )
        finished.line.connect(dialog.setLabelText, Qt.ConnectionType.QueuedConnection)
    else:
        dialog.setCancelButton(None)  # work that cannot stop half-way offers no Cancel
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAccessibleName(text)
    dialog.reset()  # a new QProgressDialog shows itself after minimumDuration; wait for our timer
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as error:  # noqa: BLE001 - re-raised on the UI thread, which reports it
            outcome["error"] = error
        finally:
            finished.done.emit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(dialog.show)
    status = getattr(parent, "statusBar", None)
    if callable(status):
        status().showMessage(text)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    worker = threading.Thread(target=run, name="councildesk-progress", daemon=True)
    try:
        if SHOW_AFTER_MS <= 0:
            dialog.show()
        else:
            timer.start(SHOW_AFTER_MS)
        worker.start()
        loop.exec()
        worker.join()
    finally:
        timer.stop()
        QApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()
        if callable(status):
            status().clearMessage()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result
