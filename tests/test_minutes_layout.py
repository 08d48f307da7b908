"""Minutes pagination read back from the PDF: headings, motions and roll calls are never cut off."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from sqlalchemy import func, select

from councildesk.db import models
from councildesk.db.engine import Database
from councildesk.domain.house_style import HouseStyle
from councildesk.reports.minutes import minutes_pdf
from councildesk.sample.generator import generate
from councildesk.services.container import Services
from councildesk.services.minutes_document import MinutesSettings
from tests.minutes_helpers import build_big_meeting, page_texts


def _pages_of(element: pikepdf.Object, pages: dict[int, int]) -> set[int]:
    """Pages an element's marked content lies on, its descendants' included."""
    found = set()
    if "/Pg" in element:
        found.add(pages[element.Pg.objgen])
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary):
            found |= _pages_of(kid, pages)
    return found


def layout_faults(pdf: bytes) -> list[str]:
    """What a clerk would refuse to sign: a page ending in a heading, a motion parted from its
    vote, a roll call of up to 20 members split across pages, a totals row or a member alone."""
    faults = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        pages = {page.obj.objgen: n for n, page in enumerate(doc.pages)}
        nums = doc.Root.StructTreeRoot.ParentTree.Nums
        for i in range(0, len(nums), 2):
            owners = nums[i + 1]
            if len(owners) and str(owners[len(owners) - 1].S) in ("/H1", "/H2", "/H3", "/H4", "/H5", "/H6"):
                faults.append(f"page {int(nums[i]) + 1} ends with a heading")
        tables = [e for e in _walk(doc.Root.StructTreeRoot) if pikepdf.Name.Table == e.S]
        for n, table in enumerate(tables):
            rows = [k for k in table.K] if isinstance(table.K, pikepdf.Array) else [table.K]
            spread = {}
            for row in rows:
                for page in _pages_of(row, pages):
                    spread[page] = spread.get(page, 0) + 1
            members = len(rows) - 2  # header and totals
            if len(spread) > 1 and members <= 20:
                faults.append(f"roll call {n + 1} of {members} members is split")
            if len(spread) > 1 and min(spread.values()) < 3:
                faults.append(f"roll call {n + 1} leaves fewer than three rows on a page")
    for n, text in enumerate(page_texts(pdf), 1):
        last_motion = max(
            (m.start() for m in re.finditer(r"\bMotion\b( \([a-z ]+\))? by ", text)), default=-1
        )
        if last_motion >= 0 and "Disposition:" not in text[last_motion:]:
            faults.append(f"page {n} ends with a motion whose vote is on the next page")
    return faults


def _walk(node: pikepdf.Object) -> list[pikepdf.Object]:
    kids = node.get("/K")
    out = []
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            out += [kid, *_walk(kid)]
    return out


def test_generated_meeting_of_39_items_paginates_cleanly(db: Database, services: Services) -> None:
    generate(db, years=1)
    with db.reading() as s:
        counts = s.execute(
            select(models.AgendaItem.meeting_id, func.count()).group_by(models.AgendaItem.meeting_id)
        ).all()
    meeting_id = next(m for m, n in counts if n == 39)
    pdf = minutes_pdf(services.minutes.minutes(meeting_id, MinutesSettings()), invariant=True)
    assert layout_faults(pdf) == []
    text = " ".join(page_texts(pdf))
    assert "p.m.." not in text
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.bodies.set_house_style(body_id, HouseStyle(vote_tables=True))
    tabled = minutes_pdf(services.minutes.minutes(meeting_id, MinutesSettings()), invariant=True)
    assert layout_faults(tabled) == []
    assert len(page_texts(tabled)) > len(page_texts(pdf))  # tables only when the body asks for them


@pytest.mark.parametrize("members", [9, 15, 24])
def test_a_meeting_built_to_break_badly_keeps_motions_headings_and_roll_calls_whole(
    services: Services, members: int
) -> None:
    meeting_id = build_big_meeting(services, items=18, members=members, roll_call_every=1)
    pdf = minutes_pdf(services.minutes.minutes(meeting_id, MinutesSettings()), invariant=True)
    assert len(page_texts(pdf)) > 4
    assert layout_faults(pdf) == []
