"""Open Civic Data vocabulary shared by its reader and writer: file prefixes, kinds, statuses, roles."""

from __future__ import annotations

from councildesk.domain.enums import AgendaItemKind, AttendanceStatus, MatterKind, MotionKind

SCHEME = "ocd"
PREFIXES = ("organization", "person", "post", "membership", "bill", "event", "vote_event")
MAX_FILES = 200_000

BODY_TO_OCD = {
    "council": "legislature",
    "committee": "committee",
    "board": "board",
    "commission": "commission",
}
OCD_TO_BODY = {
    "legislature": "council",
    "council": "council",
    "upper": "council",
    "lower": "council",
    "committee": "committee",
    "subcommittee": "committee",
    "board": "board",
    "commission": "commission",
}
STATUS_TO_OCD = {
    "scheduled": "confirmed",
    "in_progress": "confirmed",
    "adjourned": "passed",
    "cancelled": "cancelled",
}
OCD_TO_STATUS = {
    "confirmed": "scheduled",
    "tentative": "scheduled",
    "passed": "adjourned",
    "cancelled": "cancelled",
}
MATTER_KINDS = {k.value for k in MatterKind}
ROLE_SPELLINGS = {
    "member": "member",
    "councilmember": "member",
    "president": "president",
    "chair": "president",
    "chairperson": "president",
    "vice president": "vice_president",
    "vice_president": "vice_president",
    "vice chair": "vice_president",
    "clerk": "clerk",
}
ATTENDANCE = {s.value for s in AttendanceStatus}
# Kinds an import keeps as given; anything else becomes "other" (read from the enums, never copied).
ITEM_KINDS = {k.value for k in AgendaItemKind}
MOTION_KINDS = {k.value for k in MotionKind}
