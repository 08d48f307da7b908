"""Approved minutes' files, drawn once when approved and kept in the records, so publishing copies them.

A 30-year city has some 1,500 approved meetings; drawing their agendas and minutes is most of what a
first publish costs, yet approved minutes never change. Their files are drawn when they are
approved (or by `councildesk keep-minutes-files` for older approvals) and kept with a key naming
everything they were drawn from; a publish takes a kept copy only under the same key, while the
record chain is whole and the copy's SHA-256 is the one its audit entry holds.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.domain.enums import MinutesStatus
from councildesk.publish.drawing import Drawn, worker_pool
from councildesk.publish.meeting_files import MeetingDrawing, meeting_files
from councildesk.services.kept_files_service import KeptFiles

if TYPE_CHECKING:
    from councildesk.domain.house_style import HouseStyle
    from councildesk.services.container import Services
    from councildesk.services.dto import MeetingRecord
    from councildesk.services.minutes_document import MinutesApprovedHere

# Raised when the PDFs or the web edition change how they are drawn, so that every one is redrawn.
PDF_KEY_VERSION = 1
# Meetings read from the records at a time while keeping files.
BATCH = 50


# What a site is made by, and of that what draws a meeting's files (which kept files depend on).
SITE_SOURCES = ("publish", "reports", "exchange", "services", "domain")
DRAWING_SOURCES = ("reports", "services", "domain", "publish/meeting_files.py")


@functools.cache
def code_digest(sources: tuple[str, ...] = SITE_SOURCES) -> str:
    """The source of what draws the site (by default) or `sources` (folders or files of the
    package): a new CouncilDesk redraws it even if no record changed. The minutes document is put
    together in services and its words come from domain, so they count too."""
    from councildesk import __version__

    package = Path(__file__).resolve().parent.parent
    # A built bundle holds no sources: there its version stands for its code.
    digest = hashlib.sha256(__version__.encode())
    for source in sources:
        where = package / source
        for file in sorted(where.glob("*.py")) if where.is_dir() else [where]:
            if file.is_file():
                digest.update(file.name.encode() + file.read_bytes())
    return digest.hexdigest()


def files_key(record: MeetingRecord, style: HouseStyle, with_minutes: bool) -> str:
    """What decides every byte of a meeting's published files, but for the chain head they print."""
    made_from = repr((record, style, with_minutes, PDF_KEY_VERSION))
    return hashlib.sha256(made_from.encode("utf-8")).hexdigest()


def kept_key(key: str, approved_here: tuple[MinutesApprovedHere, ...]) -> str:
    """The key kept files are kept under: `files_key`, the minutes approved at the meeting (which
    its minutes list) and the code that drew them."""
    return hashlib.sha256(f"{key}|{approved_here!r}|{code_digest(DRAWING_SOURCES)}".encode()).hexdigest()


def keep_minutes_files(
    services: Services, meeting_ids: Sequence[int], progress: Callable[[int, int], None] | None = None
) -> int:
    """Draw and keep the files of the approved minutes among `meeting_ids` (but those kept already
    from the same record by the same code); how many are kept now.

    Nothing is kept while the record chain is broken: the minutes would print its warning, and a
    publish never takes kept files then anyway."""
    run = services.minutes.chain_breaks()
    if run.breaks:
        return 0
    styles: dict[int, HouseStyle] = {}
    kept = 0
    with _drawing_pool(len(meeting_ids)) as draw:
        for start in range(0, len(meeting_ids), BATCH):
            batch = meeting_ids[start : start + BATCH]
            records = services.records.load_many(list(batch))
            approved = {
                i: r for i, r in records.items() if r.meeting.minutes_status is MinutesStatus.APPROVED
            }
            inputs = services.minutes.inputs(approved, breaks=run) if approved else {}
            already = services.kept_files.keys(list(approved))
            drawings, keys = [], []
            for meeting_id, record in approved.items():
                body = record.meeting.body_id
                if body not in styles:
                    styles[body] = services.bodies.house_style(body)
                style = styles[body]
                key = kept_key(files_key(record, style, True), inputs[meeting_id].approved_here)
                if already.get(meeting_id) == key:
                    continue  # kept from this very record by this very code
                keys.append((meeting_id, key))
                drawings.append(MeetingDrawing(record, style, inputs[meeting_id]))
            for (meeting_id, key), (files, _cpu) in zip(keys, draw(drawings), strict=True):
                agenda, html, pdf = files
                assert isinstance(agenda, bytes) and isinstance(html, str) and isinstance(pdf, bytes)
                services.kept_files.keep(meeting_id, key, KeptFiles(agenda, html, pdf))
            kept += len(approved)
            if progress is not None:
                progress(min(start + BATCH, len(meeting_ids)), len(meeting_ids))
    return kept


@contextmanager
def _drawing_pool(count: int) -> Iterator[Callable[[list[MeetingDrawing]], Iterator[Drawn]]]:
    """Draws meetings here for a few, over every core for many (as a publish does)."""
    pool = worker_pool(count)
    if pool is None:
        yield lambda drawings: map(meeting_files, drawings)
        return
    try:
        yield lambda drawings: pool.map(meeting_files, drawings)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
