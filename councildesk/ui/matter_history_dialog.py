"""A read-only window showing a matter's path across meetings, with every motion and vote on it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from councildesk.services.voting_record_dto import MatterHistory
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.local_dates import long_date


def history_html(h: MatterHistory) -> str:
    parts = [
        fmt(
            translate(
                "matter_history_dialog", "<h3>{identifier}: {title}</h3><p>Status: <b>{status}</b></p>"
            ),
            identifier=escape(h.identifier),
            title=escape(h.title),
            status=escape(h.status),
        )
    ]
    if not h.steps:
        parts.append(translate("matter_history_dialog", "<p>Not yet on any meeting's agenda.</p>"))
    for step in h.steps:
        parts.append(
            fmt(
                translate(
                    "matter_history_dialog",
                    "<p><b>{long_date}</b> — {body_name}, item {value}: <b>{stage}</b>",
                ),
                long_date=long_date(step.meeting_on),
                body_name=escape(step.body_name),
                value=escape(step.item_number or "—"),
                stage=escape(step.stage),
            )
            + (f"<br/><i>{escape(step.action_text)}</i>" if step.action_text else "")
            + "</p><ul>"
        )
        for m in step.motions:
            if m.result is None:
                outcome = translate("matter_history_dialog", "no vote recorded")
            else:
                abstaining = (
                    fmt(translate("matter_history_dialog", ", {abstain} abstaining"), abstain=m.abstain)
                    if m.abstain
                    else ""
                )
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
                parts.append(
                    fmt(
                        translate(
                            "matter_history_dialog", "<br/><span style='color:gray'>Not yes — {names}</span>"
                        ),
                        names=names,
                    )
                )
            parts.append("</li>")
        parts.append("</ul>")
    return "".join(parts)


class MatterHistoryDialog(QDialog):
    def __init__(self, history: MatterHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            fmt(translate("MatterHistoryDialog", "History of {identifier}"), identifier=history.identifier)
        )
        self.resize(640, 480)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(history_html(history))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
