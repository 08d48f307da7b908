"""Every kind of PDF CouncilDesk writes, built from the demo records, for the accessibility tests."""

from __future__ import annotations

from councildesk.domain.enums import ApprovalManner
from councildesk.reports.agenda import agenda_pdf
from councildesk.reports.agreement_report import agreement_pdf
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.minutes_volume import minutes_volume_pdf
from councildesk.reports.record_report import RecordReportHeader, record_pdf
from councildesk.services.container import Services
from councildesk.services.minutes_document import MinutesSettings
from tests.records_fixture import build_council

SEPT = 3  # the demo meeting after the seed meeting


def every_pdf(services: Services, seed: int) -> dict[str, bytes]:
    """Draft and approved minutes, agenda, year volume, voting record and agreement report."""
    settings = MinutesSettings()
    pdfs = {"draft minutes": minutes_pdf(services.minutes.minutes(seed, settings), invariant=True)}
    pdfs["agenda"] = agenda_pdf(services.minutes.agenda(seed, settings), invariant=True)
    services.approvals.approve(seed, at_meeting_id=SEPT, manner=ApprovalManner.AS_READ)
    pdfs["approved minutes"] = minutes_pdf(services.minutes.minutes(seed, settings), invariant=True)
    body_id = services.meetings.get_meeting(seed).body_id
    pdfs["year volume"] = minutes_volume_pdf(services.minutes.volume(body_id, 2011), invariant=True)
    council = build_council(services)
    records = services.voting_records
    pdfs["voting record"] = record_pdf(
        records.summary(council.c),
        records.full_record(council.c),
        [],
        RecordReportHeader("Springfield", "Town Council"),
        invariant=True,
    )
    pdfs["agreement report"] = agreement_pdf(records.agreement(), invariant=True)
    return pdfs
