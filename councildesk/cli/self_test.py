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
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
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

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("demo created", self.create_demo),
            ("seed minutes written and read back", self.write_minutes),
            ("minutes approved and verified", self.approve_and_verify),
            ("approved minutes signed and checked", self.sign_and_check),
            ("OCD exported and re-imported", self.exchange_round_trip),
            ("main window painted", self.paint_window),
        ]

    def create_demo(self) -> str:
        _cli("--db", str(self.db), "demo")
        meetings = _meetings(self.db)
        if SEED_DATE not in meetings:
            raise SelfTestFailed(f"the demo has no meeting on {SEED_DATE}.")
        self.seed_id = meetings[SEED_DATE]
        later = sorted(day for day in meetings if day > SEED_DATE)
        if not later:
            raise SelfTestFailed("the demo has no meeting after the seed meeting to approve its minutes at.")
        self.approving_id = meetings[later[0]]
        return f"{len(meetings)} meetings; {SEED_DATE} is meeting {self.seed_id}"

    def write_minutes(self) -> str:
        pdf = self.folder / "minutes.pdf"
        _cli("--db", str(self.db), "minutes", str(self.seed_id), "-o", str(pdf))
        pages, text = pdf_text(pdf)
        flat = " ".join(text.split())  # lines break anywhere in a paragraph
        missing = [word for word in SEED_WORDS if word not in flat]
        if missing:
            raise SelfTestFailed(f"the minutes PDF does not mention {', '.join(missing)}.")
        return f"{pages} pages, {pdf.stat().st_size // 1024} KB, names the resolution and its speakers"

    def approve_and_verify(self) -> str:
        approving_day = next(day for day, mid in _meetings(self.db).items() if mid == self.approving_id)
        db = str(self.db)
        _cli("--db", db, "approve", str(self.seed_id), "--at", str(self.approving_id), "--on", approving_day)
        verdict = _cli("--lang", "en", "--db", db, "verify", str(self.seed_id))  # read, not shown
        if not verdict.startswith("OK"):
            raise SelfTestFailed(f"verify said: {verdict.strip()}")
        fingerprint = re.search(r"\b[0-9a-f]{64}\b", verdict)
        return f"SHA-256 {fingerprint.group(0)[:12]}…" if fingerprint else "fingerprint matches"

    def sign_and_check(self) -> str:
        from councildesk.cli.signing_commands import PASSPHRASE_ENV

        key, pdf = self.folder / "trial-key.p12", self.folder / "signed-minutes.pdf"
        # A throwaway key: the passphrase only has to reach the two commands that read it.
        with _environment(PASSPHRASE_ENV, "self-test-" + os.urandom(8).hex()):
            made = _cli("keys", "new", "-o", str(key), "--name", "CouncilDesk Self-Test")
            _cli("--db", str(self.db), "minutes", str(self.seed_id), "-o", str(pdf), "--sign", str(key))
        verdict = _cli("verify-pdf", str(pdf))
        if not verdict.startswith("OK"):
            raise SelfTestFailed(f"verify-pdf said: {verdict.strip()}")
        written, read = (re.findall(r"\b[0-9a-f]{64}\b", text) for text in (made, verdict))
        if not written or written != read:
            raise SelfTestFailed("verify-pdf names another certificate than the key just made.")
        return f"certificate {written[0][:12]}…, unchanged since signing"

    def exchange_round_trip(self) -> str:
        out = self.folder / "ocd"
        copy = self.folder / "re-imported.db"
        _cli("--db", str(self.db), "export", "ocd", str(out))
        files = len(list(out.glob("*.json")))
        _cli("--db", str(copy), "import", "ocd", str(out))
        before, after = sorted(_meetings(self.db)), sorted(_meetings(copy))
        if before != after:
            raise SelfTestFailed(f"the re-imported database has meetings on {after}, not {before}.")
        return f"{files} files, {len(after)} meetings back in a second database"

    def paint_window(self) -> str:
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
        return f"{image.width()}x{image.height()}, {len(colours)} colours sampled"


def describe_runtime() -> str:
    from councildesk import __version__

    kind = "bundle" if getattr(sys, "frozen", False) else "Python install"
    return (
        f"CouncilDesk {__version__} self-test ({kind}; Python {sys.version.split()[0]} "
        f"at {sys.executable}; {date.today():%Y-%m-%d})"
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

    print(describe_runtime(), flush=True)
    _quiet_offscreen_notes()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="councildesk-self-test-") as tmp:
        test = SelfTest(Path(tmp))
        for name, step in test.steps():
            try:
                detail = step()
            except (SelfTestFailed, UserError) as problem:
                print(f"FAIL {name}: {problem}", flush=True)
                return 1
            print(f"ok  {name} ({detail})", flush=True)
    del app
    print("self-test passed", flush=True)
    return 0
