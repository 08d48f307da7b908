"""A meeting's minutes document put together from what was read for it, with no database: so a
publish can do it in its drawing processes while the main one goes on reading."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from councildesk.domain.house_style import HouseStyle
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message
from councildesk.services.approved_minutes import Agreement, compare_with_snapshot
from councildesk.services.dto import MeetingRecord
from councildesk.services.minutes_document import (
    ApprovalStatement,
    MinutesApprovedHere,
    MinutesDocument,
    MinutesSettings,
)
from councildesk.services.minutes_snapshot import record_from_snapshot
from councildesk.services.report_text import for_report

SNAPSHOT_DAMAGED = QT_TRANSLATE_NOOP(
    "minutes",
    "The stored approved version of these minutes is damaged; this copy is printed from the current "
    "records. Run Verify and restore a backup.",
)
CHANGED_SINCE_APPROVAL = QT_TRANSLATE_NOOP(
    "minutes",
    "The records of this meeting have changed since approval; this copy shows the minutes as approved. "
    "Run Verify to see what changed.",
)


@dataclass(frozen=True)
class ApprovalRead:
    """The meeting's latest approval as read: its snapshot, what the snapshot's format also
    fingerprints from the stored rows, and how the minutes state it."""

    snapshot: str
    sha256: str
    snapshot_format: int
    stored: dict[str, Any] | None  # services.stored_facts, for the formats that cover it
    # Its body_name is the approved minutes' own, set when the document is put together.
    statement: ApprovalStatement
    chain_warning: Message | None  # the record chain is broken and the settings print anyway


@dataclass(frozen=True)
class MinutesInputs:
    """What a minutes document is made of besides the meeting's record (plain values: it pickles)."""

    settings: MinutesSettings
    style: HouseStyle
    approved_here: tuple[MinutesApprovedHere, ...]
    approval: ApprovalRead | None  # None: the minutes are not approved


def minutes_from_inputs(record: MeetingRecord, inputs: MinutesInputs) -> MinutesDocument:
    """The document of `record` (the meeting as recorded now) and what was read with it."""
    warning: Message | None = None
    approval = inputs.approval
    if approval is not None:
        # Approved minutes print from their frozen snapshot, so a later rename of a person, the
        # body or a seat never changes them (and needs no warning: Verify reports it). Only a
        # change to the meeting's own records, or a damaged snapshot, is flagged on the page.
        found = compare_with_snapshot(
            approval.snapshot, approval.sha256, approval.snapshot_format, record, approval.stored
        )
        if found.agreement is Agreement.DAMAGED:
            warning = Message(SNAPSHOT_DAMAGED)
        else:
            if found.agreement is Agreement.CHANGED:
                warning = Message(CHANGED_SINCE_APPROVAL)
            record = record_from_snapshot(approval.snapshot, record)
    chain_warning = approval.chain_warning if approval else None
    return MinutesDocument(
        record=for_report(record),  # printed text bounded; the record and its snapshot are not
        settings=inputs.settings,
        # Minutes are approved by their own body only, named as the minutes name it.
        approval=replace(approval.statement, body_name=record.body.name) if approval else None,
        approved_here=inputs.approved_here,
        integrity_warnings=tuple(w for w in (chain_warning, warning) if w is not None),
        style=inputs.style,
    )
