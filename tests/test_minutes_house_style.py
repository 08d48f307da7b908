"""A body's house style (clock, dates, vote sentences, tables always) in the PDF and the HTML minutes."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from councildesk.db.engine import Database
from councildesk.domain.enums import AttendanceStatus, BallotOption
from councildesk.domain.house_style import ClockStyle, DateStyle, HouseStyle, VoteSentenceStyle
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.minutes_html import minutes_html
from councildesk.services.container import Services
from tests.helpers import refused
from tests.minutes_helpers import pdf_text

NAMES = ("Ann Menten", "Bo Mihalik", "Cy Archuleta", "Di Folska", "Ed Ames", "Fay Brook", "Gus Cole")
START = datetime(2011, 8, 18, 19, 5)  # a Thursday


def _meeting(services: Services) -> tuple[int, int]:
    """Seven members, Folska absent; a split roll call (3–2, one abstaining), a failed one (2–4) and a
    unanimous voice vote; called to order at 7:05 p.m., adjourned at 10:02 p.m."""
    body = services.bodies.create_body("Style Council", len(NAMES), municipality="Testville")
    people = []
    for n, name in enumerate(NAMES):
        post = services.bodies.add_post(body.id, f"Ward {n + 1}")
        person = services.people.create_person(name)
        services.bodies.add_membership(person.id, body.id, date(2011, 1, 1), post_id=post.id)
        people.append(person)
    meeting = services.meetings.create_meeting(body.id, START, location="Council Chamber")
    services.meetings.mark_all_present(meeting.id)
    services.meetings.set_attendance(meeting.id, people[3].id, AttendanceStatus.ABSENT)
    services.meetings.call_to_order(meeting.id, START)
    menten, mihalik, archuleta, folska, *ayes = (p.id for p in people)
    split = {p: BallotOption.YES for p in ayes}
    split |= {menten: BallotOption.NO, mihalik: BallotOption.NO, archuleta: BallotOption.ABSTAIN}
    split[folska] = BallotOption.ABSENT
    failing = {p: BallotOption.NO for p in ayes} | {mihalik: BallotOption.NO, archuleta: BallotOption.NO}
    failing |= {menten: BallotOption.YES, folska: BallotOption.ABSENT}
    failing[ayes[0]] = BallotOption.YES
    for n, (title, ballots) in enumerate((("Paving", split), ("Parking", failing), ("Parks", None))):
        item = services.agenda.add_item(meeting.id, f"{title} resolution")
        motion = services.motions.make_motion(
            item.id, f"To adopt the {title.lower()} resolution.", mover_id=ayes[0], seconder_id=ayes[1]
        )
        when = START + timedelta(minutes=10 * (n + 1))
        if ballots is None:
            services.votes.record_unanimous(motion.id, taken_at=when)
        else:
            services.votes.record_roll_call(motion.id, ballots, taken_at=when)
    services.meetings.adjourn(meeting.id, START.replace(hour=22, minute=2))
    return body.id, meeting.id


def _editions(services: Services, meeting_id: int) -> tuple[str, str]:
    doc = services.minutes.minutes(meeting_id)
    html = minutes_html(doc)
    text = re.sub(r"<[^>]+>", "", html)  # the page's text, markup left out
    return pdf_text(minutes_pdf(doc, invariant=True)), re.sub(r"\s+", " ", text)


def test_the_default_style_is_what_minutes_always_printed(services: Services) -> None:
    _body, meeting_id = _meeting(services)
    for text in _editions(services, meeting_id):
        assert "Thursday, 18 August 2011 · 7:05 p.m." in text
        assert "The meeting adjourned at 10:02 p.m. " in text + " " and "p.m.." not in text
        assert "Adopted, 3–2, 1 abstaining, 1 absent (yes 3, no 2, abstaining 1)." in text
        assert "Failed, 2–4, 1 absent (yes 2, no 4)." in text
        assert "Adopted unanimously, 6–0" in text and "opposed" not in text
        assert "19:05" not in text
    pdf, _html = _editions(services, meeting_id)
    assert pdf.count("Totals") == 2  # the two split roll calls have tables; the unanimous vote none


def test_24_hour_clock_month_first_dates_and_names_in_the_vote_sentence(services: Services) -> None:
    body_id, meeting_id = _meeting(services)
    style = HouseStyle(ClockStyle.TWENTY_FOUR_HOUR, DateStyle.MONTH_DAY_YEAR, VoteSentenceStyle.NAMES)
    assert services.bodies.set_house_style(body_id, style) == style
    assert services.bodies.house_style(body_id) == style
    pdf, html = _editions(services, meeting_id)
    for text in (pdf, html):
        assert "Thursday, August 18, 2011 · 19:05" in text
        assert "called to order at 19:05." in text and "The meeting adjourned at 22:02." in text
        assert "a.m." not in text and "p.m." not in text
        assert (
            "Vote (roll call at 19:15): Adopted, 3–2 (Ann Menten, Bo Mihalik opposed; Cy Archuleta "
            "abstaining; Di Folska absent). Required: majority of votes cast." in text
        )
        # A failed vote names the smaller side: those in favour.
        assert "Failed, 2–4 (Ann Menten, Ed Ames in favour; Di Folska absent)." in text
        assert "Adopted unanimously, 6–0 (Di Folska absent)." in text
        assert "18 August 2011" not in text
    # The names are in the sentence: no roll-call tables unless the body asks for them.
    assert "Totals" not in pdf and "<table>" not in minutes_html(services.minutes.minutes(meeting_id))


def test_tables_always_puts_every_roll_call_in_a_table_in_both_editions(services: Services) -> None:
    body_id, meeting_id = _meeting(services)
    services.bodies.set_house_style(body_id, HouseStyle(vote_tables=True))
    pdf, _ = _editions(services, meeting_id)
    assert pdf.count("Totals") == 3  # the unanimous vote too
    assert minutes_html(services.minutes.minutes(meeting_id)).count("<table>") == 3
    services.bodies.set_house_style(
        body_id, HouseStyle(vote_sentence=VoteSentenceStyle.NAMES, vote_tables=True)
    )
    assert minutes_html(services.minutes.minutes(meeting_id)).count("<table>") == 3


def test_the_style_is_one_audited_change_and_a_bad_value_changes_nothing(
    db: Database, services: Services
) -> None:
    body_id, _ = _meeting(services)
    entries = len(services.audit.history())
    services.bodies.set_house_style(body_id, HouseStyle(clock=ClockStyle.TWENTY_FOUR_HOUR))
    assert len(services.audit.history()) == entries + 1
    assert "clock_style" in (services.audit.history()[0].after or "")
    bad = HouseStyle(clock="13h")  # type: ignore[arg-type]
    refused(
        db,
        lambda: services.bodies.set_house_style(body_id, bad),
        "That is not a house style CouncilDesk knows ('13h' is not a valid ClockStyle).",
    )


@pytest.mark.parametrize("clock", list(ClockStyle))
def test_approved_minutes_follow_the_style_and_print_the_chain_head(
    services: Services, clock: ClockStyle
) -> None:
    body_id, meeting_id = _meeting(services)
    services.bodies.set_house_style(body_id, HouseStyle(clock=clock, date=DateStyle.MONTH_DAY_YEAR))
    later = services.meetings.create_meeting(body_id, datetime(2011, 9, 1, 19, 0))
    services.approvals.approve(meeting_id, at_meeting_id=later.id, on=date(2011, 9, 1))
    doc = services.minutes.minutes(meeting_id)
    assert doc.approval is not None and doc.approval.chain_head
    pdf, html = _editions(services, meeting_id)
    for text in (pdf, html):
        assert "Approved on September 1, 2011 by the Style Council" in text
        assert doc.approval.chain_head in text.replace(" ", "")
        assert ("22:02." if clock is ClockStyle.TWENTY_FOUR_HOUR else "10:02 p.m.") in text
