"""What the minutes claim is what happened: the approving vote, arrivals, missing texts, corrections."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from councildesk.reports.minutes import approval_sentence, minutes_pdf
from councildesk.services.container import Services
from tests.minutes_helpers import pdf_text

FOUR_AUGUST = 1  # demo minutes approved on 18 August 2011 by a 9–0 vote


def test_the_approval_line_names_the_vote_only_when_one_is_linked(demo: tuple[Services, int]) -> None:
    services, _ = demo
    doc = services.minutes.minutes(FOUR_AUGUST)
    assert doc.approval is not None and doc.approval.vote_summary == "9–0"
    text = pdf_text(minutes_pdf(doc, invariant=True))
    assert (
        "Approved on 18 August 2011 by vote of the Northampton City Council (9–0) "
        "at its meeting of 18 August 2011, as read." in text
    )
    unvoted = replace(doc, approval=replace(doc.approval, vote_summary=""))
    text = pdf_text(minutes_pdf(unvoted, invariant=True))
    assert "by vote of" not in text
    sentence = "Approved on 18 August 2011 by the Northampton City Council at its meeting of 18 August 2011"
    assert sentence + ", as read." in text
    nowhere = replace(unvoted.approval, approving_meeting_start=None)
    council = "by the Northampton City Council"
    assert approval_sentence(nowhere) == f"Approved on 18 August 2011 {council}, as read."


def test_arrivals_and_departures_print_where_they_happened(demo: tuple[Services, int]) -> None:
    services, seed = demo
    doc = services.minutes.minutes(seed)
    first, second, *rest = doc.record.attendance
    late = replace(first, arrived_at=datetime(2011, 8, 18, 19, 20))  # during the public speakers
    early = replace(second, left_at=datetime(2011, 8, 18, 20, 0))  # after the resolution's vote at 7:42
    on_time = replace(rest[0], arrived_at=datetime(2011, 8, 18, 18, 55))  # before the call to order
    record = replace(doc.record, attendance=(late, early, on_time, *rest[1:]))
    text = pdf_text(minutes_pdf(replace(doc, record=record), invariant=True))
    arrived = text.index("Ward 1 Councilor (Ward 1) arrived at 7:20 p.m.")
    left = text.index("David J. Narkewicz (Ward 2) left the meeting at 8:00 p.m.")
    assert text.index("Emma Roderick") < arrived < text.index("Motion by At-Large Councilor A")
    assert text.index("Resolution condemning") < left < text.index("Points of order and notices")
    assert text.index("Disposition: Adopted.", text.index("Resolution condemning")) < left
    assert "arrived at 6:55 p.m." not in text  # in the room before the call to order: simply present
    assert "p.m.." not in text


def test_an_adopted_resolution_without_its_text_is_a_warning_in_the_draft(
    demo: tuple[Services, int],
) -> None:
    services, seed = demo
    entry = next(e for e in services.records.load(seed).items if e.matter)
    assert entry.matter is not None
    assert services.minutes.minutes(seed).missing_texts == ()
    services.matters.update_matter(entry.matter.id, full_text="")
    doc = services.minutes.minutes(seed)
    sentence = (
        f"Item 4.1: resolution {entry.matter.identifier} was adopted but its text has not been entered; "
        "the minutes must carry it in full."
    )
    assert doc.missing_texts == (sentence,)
    text = pdf_text(minutes_pdf(doc, invariant=True))
    assert text.count("Warning: " + sentence) == 2  # at the top and at the item


def test_every_correction_is_marked_beside_its_entry_and_listed_at_the_end(
    demo: tuple[Services, int],
) -> None:
    services, _ = demo
    item = services.agenda.list_items(FOUR_AUGUST)[1]
    services.approvals.record_correction(
        FOUR_AUGUST,
        reason="The grant amount was misstated",
        before="a sample road-repair grant",
        after="a sample road-repair grant of $40,000",
        made_on=date(2011, 9, 1),
        agenda_item_id=item.id,
    )
    services.approvals.record_correction(
        FOUR_AUGUST,
        reason="The meeting was held in the council chamber",
        before="City Hall",
        after="the council chamber, City Hall",
        made_on=date(2011, 9, 2),
    )
    text = pdf_text(minutes_pdf(services.minutes.minutes(FOUR_AUGUST), invariant=True))
    heading = f"{item.number}. {item.title} [Corrected — see correction 1]"
    assert heading in text
    top = text.index("[Corrected — see correction 2]")
    assert top < text.index("Call to order")  # the meeting as a whole: marked at the head
    end = text.rindex("Corrections after approval")
    assert text.index(heading) < end
    assert f"Correction 1, recorded 1 September 2011, to item {item.number}" in text[end:]
    assert "Correction 2, recorded 2 September 2011, to the minutes as a whole" in text[end:]
