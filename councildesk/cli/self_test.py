"""`councildesk --self-test`: run the clerk's main path end to end in a temporary folder, offscreen."""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    Sentence,
    install_translate,
    installed_language,
    installed_translate,
    said,
)

SEED_DATE = "2011-08-18"  # the Northampton City Council meeting every build must handle
# Words the seed minutes must contain, read back from the PDF: the resolution, an outside
# co-sponsor and a public speaker (DESIGN.md §1).
SEED_WORDS = ("Northampton", "Secure Communities", "Sienkiewicz", "Bookbinder")
_MEETING_LINE = re.compile(r"^\s*(\d+)\s+(\d{4}-\d\d-\d\d)\s", re.MULTILINE)


class SelfTestFailed(Exception):
    """One step did not do what it should; the message says what."""


def _cli(*argv: str) -> str:
    """Run one real `councildesk` command in this process; its output, or SelfTestFailed."""
    from councildesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    # Each command installs its own language; the self-test's lines stay in the one it was run in.
    shown, language = installed_translate(), installed_language()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(list(argv))
    finally:
        install_translate(shown, language)
    if status != 0:
        raise SelfTestFailed(f"`councildesk {' '.join(argv)}` exited {status}: {err.getvalue().strip()}")
    return out.getvalue()


def _meetings(db: Path) -> dict[str, int]:
    """Meeting date → id, from `councildesk meetings`."""
    return {day: int(mid) for mid, day in _MEETING_LINE.findall(_cli("--db", str(db), "meetings"))}


@contextlib.contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    """Set one environment variable for the block, then put back what was there."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            del os.environ[name]
        else:
            os.environ[name] = before


def pdf_text(path: Path) -> tuple[int, str]:
    """Page count and text of a PDF, read with QtPdf (the reader the Minutes tab uses)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise SelfTestFailed(f"QtPdf could not read {path.name}.")
    pages = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(pages))
    document.close()
    return pages, text


class SelfTest:
    """The steps, in order, over files in one temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "self-test.db"
        self.seed_id = 0
        self.approving_id = 0

    def steps(self) -> list[tuple[str, Callable[[], Sentence]]]:
        return [
            (said(QT_TRANSLATE_NOOP("self_test", "demo created")), self.create_demo),
            (said(QT_TRANSLATE_NOOP("self_test", "seed minutes written and read back")), self.write_minutes),
            (said(QT_TRANSLATE_NOOP("self_test", "minutes approved and verified")), self.approve_and_verify),
            (
                said(QT_TRANSLATE_NOOP("self_test", "approved minutes signed and checked")),
                self.sign_and_check,
            ),
            (said(QT_TRANSLATE_NOOP("self_test", "OCD exported and re-imported")), self.exchange_round_trip),
            (said(QT_TRANSLATE_NOOP("self_test", "main window painted")), self.paint_window),
        ]

    def create_demo(self) -> Sentence:
        _cli("--db", str(self.db), "demo")
        meetings = _meetings(self.db)
        if SEED_DATE not in meetings:
            raise SelfTestFailed(f"the demo has no meeting on {SEED_DATE}.")
        self.seed_id = meetings[SEED_DATE]
        later = sorted(day for day in meetings if day > SEED_DATE)
        if not later:
            raise SelfTestFailed("the demo has no meeting after the seed meeting to approve its minutes at.")
        self.approving_id = meetings[later[0]]
        return said(
            QT_TRANSLATE_NOOP("self_test", "{count} meetings; {day} is meeting {meeting}"),
            count=len(meetings),
            day=SEED_DATE,
            meeting=self.seed_id,
        )

    def write_minutes(self) -> Sentence:
        pdf = self.folder / "minutes.pdf"
        _cli("--db", str(self.db), "minutes", str(self.seed_id), "-o", str(pdf))
        pages, text = pdf_text(pdf)
        flat = " ".join(text.split())  # lines break anywhere in a paragraph
        missing = [word for word in SEED_WORDS if word not in flat]
        if missing:
            raise SelfTestFailed(f"the minutes PDF does not mention {', '.join(missing)}.")
        size = pdf.stat().st_size // 1024
        return said(
            QT_TRANSLATE_NOOP("self_test", "{pages} pages, {size} KB, names the resolution and its speakers"),
            pages=pages,
            size=size,
        )

    def approve_and_verify(self) -> Sentence:
        approving_day = next(day for day, mid in _meetings(self.db).items() if mid == self.approving_id)
        db = str(self.db)
        _cli("--db", db, "approve", str(self.seed_id), "--at", str(self.approving_id), "--on", approving_day)
        verdict = _cli("--lang", "en", "--db", db, "verify", str(self.seed_id))  # read, not shown
        if not verdict.startswith("OK"):
            raise SelfTestFailed(f"verify said: {verdict.strip()}")
        fingerprint = re.search(r"\b[0-9a-f]{64}\b", verdict)
        if fingerprint is None:
            return said(QT_TRANSLATE_NOOP("self_test", "fingerprint matches"))
        return said(
            QT_TRANSLATE_NOOP("self_test", "SHA-256 {fingerprint}…"), fingerprint=fingerprint.group(0)[:12]
        )

    def sign_and_check(self) -> Sentence:
        from councildesk.cli.signing_commands import PASSPHRASE_ENV

        key, pdf = self.folder / "trial-key.p12", self.folder / "signed-minutes.pdf"
        # A throwaway key: the passphrase only has to reach the two commands that read it.
        with _environment(PASSPHRASE_ENV, "self-test-" + os.urandom(8).hex()):
            made = _cli("keys", "new", "-o", str(key), "--name", "CouncilDesk Self-Test")
            _cli("--db", str(self.db), "minutes", str(self.seed_id), "-o", str(pdf), "--sign", str(key))
        verdict = _cli("--lang", "en", "verify-pdf", str(pdf))  # read, not shown
        if not verdict.startswith("OK"):
            raise SelfTestFailed(f"verify-pdf said: {verdict.strip()}")
        written, read = (re.findall(r"\b[0-9a-f]{64}\b", text) for text in (made, verdict))
        if not written or written != read:
            raise SelfTestFailed("verify-pdf names another certificate than the key just made.")
        return said(
            QT_TRANSLATE_NOOP("self_test", "certificate {fingerprint}…, unchanged since signing"),
            fingerprint=written[0][:12],
        )

    def exchange_round_trip(self) -> Sentence:
        out = self.folder / "ocd"
        copy = self.folder / "re-imported.db"
        _cli("--db", str(self.db), "export", "ocd", str(out))
        files = len(list(out.glob("*.json")))
        _cli("--db", str(copy), "import", "ocd", str(out))
        before, after = sorted(_meetings(self.db)), sorted(_meetings(copy))
        if before != after:
            raise SelfTestFailed(f"the re-imported database has meetings on {after}, not {before}.")
        return said(
            QT_TRANSLATE_NOOP("self_test", "{files} files, {meetings} meetings back in a second database"),
            files=files,
            meetings=len(after),
        )

    def paint_window(self) -> Sentence:
        from PySide6.QtGui import QImage

        from councildesk.ui.screenshot import save_screenshot

        png = self.folder / "window.png"
        save_screenshot(self.db, png, meeting_id=self.seed_id)
        image = QImage(str(png))
        if image.isNull():
            raise SelfTestFailed("the window's screenshot could not be read back.")
        # A window that painted nothing is one flat colour; sample a grid rather than every pixel.
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
        }
        if len(colours) < 8:
            raise SelfTestFailed(f"the painted window shows only {len(colours)} colours.")
        size = f"{image.width()}x{image.height()}"
        return said(
            QT_TRANSLATE_NOOP("self_test", "{size}, {colours} colours sampled"),
            size=size,
            colours=len(colours),
        )


def describe_runtime() -> Sentence:
    from councildesk import __version__

    if getattr(sys, "frozen", False):
        kind = said(QT_TRANSLATE_NOOP("self_test", "bundle"))
    else:
        kind = said(QT_TRANSLATE_NOOP("self_test", "Python install"))
    return said(
        QT_TRANSLATE_NOOP(
            "self_test", "CouncilDesk {version} self-test ({kind}; Python {python} at {executable}; {day})"
        ),
        version=__version__,
        kind=kind,
        python=sys.version.split()[0],
        executable=sys.executable,
        day=f"{date.today():%Y-%m-%d}",
    )


def _quiet_offscreen_notes() -> None:
    """Drop the offscreen plugin's notes that it cannot size or raise windows; pass on everything else."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_self_test() -> int:
    """Print one line per step; 0 when every step passed, 1 at the first that did not."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test never needs a display
    from PySide6.QtWidgets import QApplication

    print(describe_runtime().translated(), flush=True)
    _quiet_offscreen_notes()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="councildesk-self-test-") as tmp:
        test = SelfTest(Path(tmp))
        for name, step in test.steps():
            try:
                detail = step()
            except (SelfTestFailed, UserError) as problem:
                print(
                    said(
                        QT_TRANSLATE_NOOP("self_test", "FAIL {name}: {problem}"), name=name, problem=problem
                    ).translated(),
                    flush=True,
                )
                return 1
            print(
                said(
                    QT_TRANSLATE_NOOP("self_test", "ok  {name} ({detail})"), name=name, detail=detail
                ).translated(),
                flush=True,
            )
    del app
    print(said(QT_TRANSLATE_NOOP("self_test", "self-test passed")).translated(), flush=True)
    return 0
