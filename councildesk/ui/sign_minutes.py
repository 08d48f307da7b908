"""Minutes tab ▸ Sign and export…: approved minutes as a signed PDF, with the clerk's key file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from councildesk.reports.pdf_signature import default_key_file, signed_minutes_pdf
from councildesk.services.minutes_document import MinutesDocument
from councildesk.ui.i18n import fmt, translate


def ask_key_and_passphrase(parent: QWidget) -> tuple[Path, str] | None:
    """The key file and its passphrase, asked in turn; None when the clerk cancels either."""
    start = default_key_file()
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("sign_minutes", "Signing key"),
        str(start if start.exists() else start.parent),
        translate("sign_minutes", "Signing keys (*.p12 *.pfx)"),
    )
    if not path:
        return None
    secret, ok = QInputDialog.getText(
        parent,
        translate("sign_minutes", "Signing key"),
        fmt(translate("sign_minutes", "Passphrase for {name}:"), name=Path(path).name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    return Path(path), secret


def write_signed(doc: MinutesDocument, key_file: Path, secret: str, target: Path) -> str:
    """Sign `doc` and write it to `target` (atomically); returns the signer's name."""
    from councildesk.reports.output import write_atomically

    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    data, who = signed_minutes_pdf(doc, key_file, secret)
    write_atomically(target, data)  # a fault is a UserError naming the file
    return who
