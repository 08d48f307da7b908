"""Consent agendas (one vote adopts every item, pulling an item off before the vote) and remote members."""

from __future__ import annotations

import pytest

from councildesk.domain.enums import AgendaItemKind, AttendanceStatus, MatterKind, MatterStatus
from councildesk.domain.errors import UserError
from councildesk.services.consent_agenda import CONSENT_ACTION
from councildesk.services.container import Services
from tests.builders import Council, small_council


def consent_section(services: Services, c: Council) -> tuple[int, list[int], list[int]]:
    """A consent section with three orders, each taking up its own matter; (section, items, matters)."""
    section = services.agenda.add_item(c.meeting_id, "Consent agenda", kind=AgendaItemKind.SECTION)
    items, matters = [], []
    for n, title in enumerate(["Order to buy a sweeper", "Order to accept a grant", "Order to name a park"]):
        matter = services.matters.create_matter(f"O-24-0{n}", title, kind=MatterKind.ORDER)
        item = services.agenda.add_item(
            c.meeting_id,
            title,
            kind=AgendaItemKind.ORDER,
            parent_id=section.id,
            consent=True,
            matter_id=matter.id,
        )
        items.append(item.id)
        matters.append(matter.id)
    return section.id, items, matters


def test_one_vote_on_the_consent_section_adopts_every_item_on_it(services: Services) -> None:
    """Before, the items kept no action text and their matters stayed "introduced"."""
    c = small_council(services)
    section, items, matters = consent_section(services, c)
    motion = services.motions.make_motion(
        section, "To adopt the consent agenda", mover_id=c.a, seconder_id=c.b
    )
    services.votes.record_unanimous(motion.id)
    assert [services.agenda.get_item(i).action_text for i in items] == [CONSENT_ACTION] * 3
    assert {services.matters.get_matter(m).status for m in matters} == {MatterStatus.ADOPTED}
    vote = services.motions.get_motion(motion.id).votes[0]
    services.votes.delete_vote(vote.id)
    assert [services.agenda.get_item(i).action_text for i in items] == [""] * 3
    assert {services.matters.get_matter(m).status for m in matters} == {MatterStatus.INTRODUCED}


def test_undoing_the_consent_vote_takes_the_adoptions_back(services: Services) -> None:
    c = small_council(services)
    section, items, matters = consent_section(services, c)
    motion = services.motions.make_motion(
        section, "To adopt the consent agenda", mover_id=c.a, seconder_id=c.b
    )
    saved = services.motions.snapshot(section)
    services.votes.record_unanimous(motion.id)
    services.motions.restore(section, saved)
    assert services.matters.get_matter(matters[0]).status is MatterStatus.INTRODUCED
    assert services.agenda.get_item(items[0]).action_text == ""


def test_an_item_pulled_off_consent_is_not_adopted_with_it_and_can_go_back(services: Services) -> None:
    c = small_council(services)
    section, items, matters = consent_section(services, c)
    pulled = services.agenda.pull_from_consent(items[1])
    assert not pulled.consent and pulled.parent_id is None
    assert pulled.number == "3"  # right after the consent section (item 2), to be taken up on its own
    assert [i.number for i in services.agenda.list_items(c.meeting_id)] == ["1", "2", "2.1", "2.2", "3"]
    back = services.agenda.return_to_consent(items[1], section, 1)
    assert back.consent and back.parent_id == section and back.number == "2.2"
    services.agenda.pull_from_consent(items[1])
    motion = services.motions.make_motion(
        section, "To adopt the consent agenda", mover_id=c.a, seconder_id=c.b
    )
    services.votes.record_unanimous(motion.id)
    assert services.matters.get_matter(matters[1]).status is MatterStatus.INTRODUCED
    assert services.matters.get_matter(matters[2]).status is MatterStatus.ADOPTED
    with pytest.raises(UserError, match="consent agenda has been voted on"):
        services.agenda.pull_from_consent(items[2])


def test_with_a_member_remote_only_a_roll_call_is_accepted(services: Services) -> None:
    """Before, a voice or unanimous-consent vote was recorded although a member took part remotely."""
    c = small_council(services)
    services.meetings.set_attendance(c.meeting_id, c.c, AttendanceStatus.REMOTE, remote_reason="illness")
    motion = services.motions.make_motion(c.item_id, "To repave", mover_id=c.a, seconder_id=c.b)
    with pytest.raises(UserError, match=r"Cara Cole takes part remotely.*roll call"):
        services.votes.record_unanimous(motion.id)
    with pytest.raises(UserError, match="roll call instead of a voice vote"):
        services.votes.record_voice_vote(motion.id, 3, 0)
    assert services.motions.get_motion(motion.id).votes == ()
    ballots = {c.a: "yes", c.b: "yes", c.c: "no", c.d: "absent", c.e: "excused"}
    assert services.votes.record_roll_call(motion.id, ballots).tally.yes == 2


def test_the_minutes_list_what_was_adopted_by_consent_and_tell_the_roll_call_truth(
    services: Services,
) -> None:
    from councildesk.reports.minutes import minutes_pdf
    from tests.minutes_helpers import pdf_text

    c = small_council(services)
    section, items, _ = consent_section(services, c)
    services.agenda.pull_from_consent(items[0])
    motion = services.motions.make_motion(
        section, "To adopt the consent agenda", mover_id=c.a, seconder_id=c.b
    )
    services.votes.record_unanimous(motion.id)
    doc = services.minutes.minutes(c.meeting_id)
    assert [(a.number, a.title, a.matter_identifier) for a in doc.adopted_by_consent] == [
        ("2.1", "Order to accept a grant", "O-24-01"),
        ("2.2", "Order to name a park", "O-24-02"),
    ]
    assert not doc.every_vote_by_roll_call
    text = pdf_text(minutes_pdf(doc, invariant=True))
    assert "Adopted by consent" in text and "2.2. Order to name a park (O-24-02)" in text
