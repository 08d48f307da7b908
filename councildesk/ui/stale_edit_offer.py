"""When someone else changed a record first, the window offers to reload it or to re-apply the change."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from councildesk.ui.i18n import translate


def ask_reapply(sentence: str) -> bool:
    """Ask what to do with a refused change; True to re-apply it over the other change, False to reload."""
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("stale_edit_offer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("StaleEditOffer", "Changed by someone else"))
    box.setText(sentence)
    box.setInformativeText(
        translate(
            "StaleEditOffer",
            "Reload to see their change, or re-apply yours over it (it can be undone like any change).",
        )
    )
    reload_button = box.addButton(translate("StaleEditOffer", "Reload"), QMessageBox.ButtonRole.RejectRole)
    reload_button.setObjectName("reload")
    reapply = box.addButton(
        translate("StaleEditOffer", "Re-apply my change"), QMessageBox.ButtonRole.AcceptRole
    )
    reapply.setObjectName("reapply")
    box.setDefaultButton(reload_button)  # the safe answer: nobody's work is overwritten by Enter
    box.setEscapeButton(reload_button)
    box.exec()
    return box.clickedButton() is reapply
