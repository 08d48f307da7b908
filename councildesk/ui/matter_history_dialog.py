"""A read-only window showing a matter's path across meetings, with every motion and vote on it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from councildesk.domain.enums import label
from councildesk.domain.wording import long_date
from councildesk.services.voting_record_dto import MatterHistory


def history_html(h: MatterHistory) -> str:
    parts = [f"<h3>{escape(h.identifier)}: {escape(h.title)}</h3><p>Status: <b>{escape(h.status)}</b></p>"]
    if not h.steps:
        parts.append("<p>Not yet on any meeting's agenda.</p>")
    for step in h.steps:
        parts.append(
            f"<p><b>{long_date(step.meeting_on)}</b> — {escape(step.body_name)}, item "
            f"{escape(step.item_number or '—')}: <b>{escape(step.stage)}</b>"
            + (f"<br/><i>{escape(step.action_text)}</i>" if step.action_text else "")
            + "</p><ul>"
        )
        for m in step.motions:
            if m.result is None:
                outcome = "no vote recorded"
            else:
                abstaining = f", {m.abstain} abstaining" if m.abstain else ""
                outcome = f"{label(m.result)} {m.yes}–{m.no}{abstaining}"
            parts.append(
                f"<li>{escape(label(m.kind))}: {escape(m.text)} — "
                f"{escape(label(m.disposition))} ({escape(outcome)})"
            )
            others = [b for b in m.ballots if b.option.value != "yes"]
            if others:
                names = ", ".join(
                    f"{escape(b.person_name)}: {escape(b.option.value)}"
                    + (f" ({escape(b.note)})" if b.note else "")
                    for b in others
                )
                parts.append(f"<br/><span style='color:gray'>Not yes — {names}</span>")
            parts.append("</li>")
        parts.append("</ul>")
    return "".join(parts)


class MatterHistoryDialog(QDialog):
    def __init__(self, history: MatterHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History of {history.identifier}")
        self.resize(640, 480)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(history_html(history))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
