"""Open Civic Data vocabulary shared by its reader and writer: file prefixes, kinds, statuses, roles."""

from __future__ import annotations

import uuid
from functools import lru_cache
from typing import Any

from councildesk.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    BodyClassification,
    MatterKind,
    MotionKind,
)
from councildesk.exchange.assemble import slug

SCHEME = "ocd"
PREFIXES = ("jurisdiction", "organization", "person", "post", "membership", "bill", "event", "vote_event")
MAX_FILES = 200_000
DEFAULT_COUNTRY = "us"  # of the divisions made for bodies whose import named none

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
    "clerk": "clerk",
}
# Roles as legislatures and rosters spell them (compared in lower case, spaces for _ and -).
ROLE_SPELLINGS.update(
    {
        "councillor": "member",
        "councilor": "member",
        "council member": "member",
        "alderman": "member",
        "alderperson": "member",
        "alder": "member",
        "trustee": "member",
        "commissioner": "member",
        "supervisor": "member",
        "selectman": "member",
        "selectperson": "member",
        "representative": "member",
        "senator": "member",
        "legislator": "member",
        "at large member": "member",
        "chair": "chair",
        "chairperson": "chair",
        "chairman": "chair",
        "chairwoman": "chair",
        "chairman of the board": "chair",
        "vice chair": "vice_chair",
        "vice chairperson": "vice_chair",
        "vice chairman": "vice_chair",
        "vice president": "vice_president",
        "president pro tem": "vice_president",
        "president pro tempore": "vice_president",
        "mayor": "mayor",
        "lord mayor": "mayor",
        "deputy mayor": "deputy_mayor",
        "vice mayor": "deputy_mayor",
        "mayor pro tem": "deputy_mayor",
        "mayor pro tempore": "deputy_mayor",
        "secretary": "secretary",
        "city clerk": "clerk",
        "clerk of the council": "clerk",
        "speaker": "president",
    }
)


def role_of(label: str) -> str | None:
    """Our role for a label in any case and spelling ('Deputy Mayor', 'deputy-mayor'), or None."""
    return ROLE_SPELLINGS.get(" ".join(label.strip().lower().replace("_", " ").replace("-", " ").split()))


ATTENDANCE = {s.value for s in AttendanceStatus}
# Kinds an import keeps as given; anything else becomes "other" (read from the enums, never copied).
ITEM_KINDS = {k.value for k in AgendaItemKind}
MOTION_KINDS = {k.value for k in MotionKind}

# Our body kinds in OCD's organization vocabulary (it has no board and no group; the exact kind
# travels in the CouncilDesk extras).
BODY_TO_OCD.update({"board": "commission", "executive": "executive", "party": "party", "group": "party"})
OCD_TO_BODY.update(
    {
        k: v
        for k, v in {"executive": "executive", "party": "party", "caucus": "group"}.items()
        if v in {c.value for c in BodyClassification}
    }
)
# Matter kinds OCD's bill vocabulary lacks.
MATTER_TO_OCD = {"other": "bill"}
OCD_ID_KIND = {
    "organization": "organization",
    "person": "person",
    "post": "post",
    "membership": "membership",
    "bill": "bill",
    "event": "event",
    "vote_event": "vote",
    "jurisdiction": "jurisdiction",
}
_ID_NAMESPACE = uuid.UUID("0c2d6a8e-3f4b-5c1d-8e9f-a1b2c3d4e5f6")


def ocd_id(kind: str, key: str | None) -> str | None:
    """Our key as an OCD id: 'ocd-person/<uuid>' (keys that are not UUIDs get one made from them)."""
    if key is None or key.startswith("ocd-") or key.startswith("~"):
        return key
    return f"ocd-{OCD_ID_KIND[kind]}/{_as_uuid(key)}"


@lru_cache(maxsize=1 << 18)  # an export names each person again in every ballot (a city: 268,000 ids)
def _as_uuid(key: str) -> str:
    try:
        return str(uuid.UUID(key))
    except ValueError:
        return str(uuid.uuid5(_ID_NAMESPACE, key))


@lru_cache(maxsize=1 << 16)  # an import reads each person's id again in every ballot
def bare_key(value: str | None) -> str | None:
    """An OCD id back to our key: 'ocd-event/<uuid>' → '<uuid>'; other ids are kept whole."""
    if value is None or not value.startswith("ocd-") or "/" not in value:
        return value
    tail = value.split("/", 1)[1]
    try:
        return str(uuid.UUID(tail))
    except ValueError:
        return value


# pupa takes only http(s) sources; until the clerk gives the council's own page, exports point
# under .invalid (RFC 2606), a name that can never resolve to someone else's site.
PLACEHOLDER_HOST = "councildesk.invalid"


def default_division(body: dict[str, Any] | None) -> str:
    """The division made for a top body that no import gave one: from its municipality, else its name."""
    place = slug(str(body.get("municipality") or body.get("name") or "unknown")) if body else "unknown"
    return f"ocd-division/country:{DEFAULT_COUNTRY}/place:{place.replace('-', '_')}"


def jurisdiction_of(division: str) -> str:
    return "ocd-jurisdiction/" + division.split("/", 1)[1] + "/government"
