"""The agenda PDF: numbered items, matters with sponsors, the same frame as the minutes, no watermark."""

from __future__ import annotations

from councildesk.reports.agenda import agenda_pdf
from councildesk.services.container import Services
from tests.minutes_helpers import outline_titles, page_texts


def test_agenda_lists_items_in_order_with_sponsors(demo: tuple[Services, int]) -> None:
    services, seed = demo
    pdf = agenda_pdf(services.minutes.agenda(seed), invariant=True)
    pages = page_texts(pdf)
    text = " ".join(pages)
    order = [
        "1. Call to order and roll call",
        "2. Approval of the minutes of the meeting of 4 August 2011",
        "3. Public comment",
        "4. Resolutions",
        '4.1. Resolution condemning the federal "Secure Communities" program',
    ]
    positions = [text.index(label) for label in order]
    assert positions == sorted(positions)
    assert "Agenda — Regular Meeting" in text
    assert "Thursday, 18 August 2011 · 7:00 p.m." in text
    assert (
        "Sponsors: David J. Narkewicz; Pamela Schwartz; Russell P. Sienkiewicz, Police Chief (not a member)."
        in text
    )
    assert "Members of the public may address the body." in text
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
        assert "DRAFT" not in page
    assert order[-1] in outline_titles(pdf)
    # Nothing recorded at the meeting leaks into the agenda.
    assert "Adopted unanimously" not in text and "William C. Newman" not in text


def test_agenda_of_a_meeting_without_items(services: Services) -> None:
    from datetime import datetime

    body = services.bodies.create_body("Board of Health", 3)
    meeting = services.meetings.create_meeting(body.id, datetime(2025, 2, 3, 18, 30))
    text = " ".join(page_texts(agenda_pdf(services.minutes.agenda(meeting.id))))
    assert "No items have been placed on this agenda yet." in text
    assert "Place to be announced" in text


def test_the_agenda_follows_the_bodys_house_style(services: Services) -> None:
    """A body that prints 24-hour times and American dates gets them on its agenda too, not the default."""
    from datetime import datetime

    from councildesk.domain.house_style import ClockStyle, DateStyle, HouseStyle

    body = services.bodies.create_body("RTD Board of Directors", 15)
    services.bodies.set_house_style(
        body.id, HouseStyle(ClockStyle.TWENTY_FOUR_HOUR, DateStyle.MONTH_DAY_YEAR)
    )
    meeting = services.meetings.create_meeting(body.id, datetime(2017, 2, 28, 17, 30))
    text = " ".join(page_texts(agenda_pdf(services.minutes.agenda(meeting.id))))
    assert "Tuesday, February 28, 2017 · 17:30" in text
    assert "meeting of February 28, 2017." in text
    assert "p.m." not in text
