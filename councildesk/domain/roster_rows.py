"""Roster rows as a clerk pastes them from a spreadsheet: person, seat, role, start, end."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from councildesk.domain.enums import MembershipRole

# How clerks write roles; the keys are lower case with single spaces and no hyphens.
ROLE_WORDS: dict[str, MembershipRole] = {
    "member": MembershipRole.MEMBER,
    "councilmember": MembershipRole.MEMBER,
    "council member": MembershipRole.MEMBER,
    "director": MembershipRole.MEMBER,
    "president": MembershipRole.PRESIDENT,
    "council president": MembershipRole.PRESIDENT,
    "vice president": MembershipRole.VICE_PRESIDENT,
    "vicepresident": MembershipRole.VICE_PRESIDENT,
    "chair": MembershipRole.CHAIR,
    "chairman": MembershipRole.CHAIR,
    "chairwoman": MembershipRole.CHAIR,
    "chairperson": MembershipRole.CHAIR,
    "vice chair": MembershipRole.VICE_CHAIR,
    "vicechair": MembershipRole.VICE_CHAIR,
    "vice chairperson": MembershipRole.VICE_CHAIR,
    "first vice chair": MembershipRole.VICE_CHAIR,
    "second vice chair": MembershipRole.VICE_CHAIR,
    "mayor": MembershipRole.MAYOR,
    "deputy mayor": MembershipRole.DEPUTY_MAYOR,
    "vice mayor": MembershipRole.DEPUTY_MAYOR,
    "mayor pro tem": MembershipRole.DEPUTY_MAYOR,
    "secretary": MembershipRole.SECRETARY,
    "clerk": MembershipRole.CLERK,
    "recording clerk": MembershipRole.CLERK,
}
ROLE_WORDS.update({role.value.replace("_", " "): role for role in MembershipRole})
HEADER_WORDS = {"person", "name", "member", "director", "councilmember"}
SEAT_WORDS = {"seat", "district", "ward", "post", ""}
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y")


def parse_role(text: str) -> MembershipRole | None:
    """The role a cell names ("Vice-Chair", "deputy mayor"), member for an empty cell, None if unknown."""
    key = " ".join(text.replace("-", " ").replace("_", " ").replace(".", " ").split()).casefold()
    return MembershipRole.MEMBER if not key else ROLE_WORDS.get(key)


def parse_day(text: str) -> date | None:
    """A date as spreadsheets write it: 2017-01-09, 1/9/2017 (US order), 9 Jan 2017, January 9, 2017."""
    cleaned = " ".join(text.replace(",", " ").split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class RosterRow:
    """One pasted row as typed: blanks stay blank (the service fills the body's defaults)."""

    line: int
    person: str
    seat: str = ""
    role: str = ""
    start: str = ""
    end: str = ""


def split_paste(text: str) -> list[RosterRow]:
    """Rows of a spreadsheet paste (tab-separated; lines without tabs may use commas or two spaces).

    Blank lines and a header line ("Name, Seat, Role, …") are left out; line numbers count from 1
    as the clerk sees them.
    """
    rows: list[RosterRow] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if "\t" in line:
            cells = line.split("\t")
        elif "," in line and not re.search(r"[A-Za-z]+ \d{1,2}, \d{4}", line):
            cells = line.split(",")
        else:
            cells = re.split(r" {2,}", line)
        cells = [c.strip() for c in cells] + [""] * 5
        if (
            not rows
            and cells[0].casefold() in HEADER_WORDS
            and cells[1].casefold() in {"seat", "district", "ward", "post", ""}
        ):
            continue
        rows.append(RosterRow(number, cells[0], cells[1], cells[2], cells[3], cells[4]))
    return rows
