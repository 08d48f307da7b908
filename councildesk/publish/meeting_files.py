"""One worker task per meeting: its agenda PDF, its published minutes' document, web edition and PDF."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from councildesk.domain.house_style import HouseStyle
    from councildesk.publish.drawing import Drawn
    from councildesk.services.dto import MeetingRecord
    from councildesk.services.minutes_assembly import MinutesInputs
    from councildesk.services.minutes_document import AgendaDocument


@dataclass(frozen=True)
class MeetingDrawing:
    """What the meeting's files are drawn from: pickled once, so the record crosses to a worker once."""

    record: MeetingRecord
    style: HouseStyle
    # What the minutes document is made of besides the record; None: the minutes are not published.
    minutes: MinutesInputs | None


def meeting_paths(base: str, with_minutes: bool) -> tuple[str, ...]:
    """The files `meeting_files` returns, in its order, under the meeting's folder `base`."""
    return (base + "agenda.pdf", *((base + "minutes.html", base + "minutes.pdf") if with_minutes else ()))


def agenda_document(record: MeetingRecord, style: HouseStyle) -> AgendaDocument:
    """What MinutesService.agenda reads, made from the record already read."""
    from councildesk.services.minutes_document import AgendaDocument, MinutesSettings
    from councildesk.services.report_text import for_report

    return AgendaDocument(record=for_report(record), settings=MinutesSettings(), style=style)


def meeting_files(drawing: MeetingDrawing) -> Drawn:
    """The agenda PDF, then (when published) the minutes' web edition and PDF, and the CPU of each.

    The minutes document is put together here (from the approval's snapshot, when approved), so
    that the publishing process only reads."""
    from councildesk.reports.agenda import agenda_pdf
    from councildesk.reports.minutes import minutes_pdf
    from councildesk.reports.minutes_html import minutes_html
    from councildesk.services.minutes_assembly import minutes_from_inputs

    cpu: dict[str, float] = {}
    started = time.process_time()

    def lap(kind: str) -> None:
        nonlocal started
        now = time.process_time()
        cpu[kind] = now - started
        started = now

    files: list[bytes | str] = [agenda_pdf(agenda_document(drawing.record, drawing.style))]
    lap("agenda PDF")
    if drawing.minutes is not None:
        doc = minutes_from_inputs(drawing.record, drawing.minutes)
        lap("minutes document")
        files.append(minutes_html(doc))
        lap("minutes web edition")
        files.append(minutes_pdf(doc))
        lap("minutes PDF")
    return tuple(files), cpu
