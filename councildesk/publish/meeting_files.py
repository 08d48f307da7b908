"""One worker task per meeting: its agenda PDF and its published minutes' web edition and tagged PDF."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from councildesk.domain.house_style import HouseStyle
    from councildesk.publish.drawing import Drawn
    from councildesk.services.dto import MeetingRecord
    from councildesk.services.minutes_document import AgendaDocument, MinutesDocument


@dataclass(frozen=True)
class MeetingDrawing:
    """What the meeting's files are drawn from: pickled once, so the record crosses to a worker once."""

    record: MeetingRecord
    style: HouseStyle
    minutes: MinutesDocument | None  # None: the minutes are not published


def meeting_paths(base: str, with_minutes: bool) -> tuple[str, ...]:
    """The files `meeting_files` returns, in its order, under the meeting's folder `base`."""
    return (base + "agenda.pdf", *((base + "minutes.html", base + "minutes.pdf") if with_minutes else ()))


def agenda_document(record: MeetingRecord, style: HouseStyle) -> AgendaDocument:
    """What MinutesService.agenda reads, made from the record already read."""
    from councildesk.services.minutes_document import AgendaDocument, MinutesSettings
    from councildesk.services.report_text import for_report

    return AgendaDocument(record=for_report(record), settings=MinutesSettings(), style=style)


def meeting_files(drawing: MeetingDrawing) -> Drawn:
    """The agenda PDF, then (when published) the minutes' web edition and PDF, and the CPU of each."""
    from councildesk.reports.agenda import agenda_pdf
    from councildesk.reports.minutes import minutes_pdf
    from councildesk.reports.minutes_html import minutes_html

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
        files.append(minutes_html(drawing.minutes))
        lap("minutes web edition")
        files.append(minutes_pdf(drawing.minutes))
        lap("minutes PDF")
    return tuple(files), cpu
