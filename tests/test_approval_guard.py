"""What recorded an approval of minutes (meeting, item, motion, vote) cannot be deleted out from under it."""

from __future__ import annotations

import pytest

from councildesk.domain.enums import AgendaItemKind
from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from tests.helpers import table_dump


def test_the_approving_meeting_item_motion_and_vote_are_kept(demo: tuple[Services, int]) -> None:
    services, seed = demo  # the demo approves the 4 August minutes at the seed meeting, item 2
    entry = next(
        e for e in services.records.load(seed).items if e.item.kind is AgendaItemKind.APPROVAL_OF_MINUTES
    )
    motion = entry.motions[0]
    before = table_dump(services.db)
    attempts = [
        lambda: services.meetings.delete_meeting(seed),
        lambda: services.agenda.delete_item(entry.item.id),
        lambda: services.motions.delete_motion(motion.id),
        lambda: services.votes.delete_vote(motion.votes[0].id),
    ]
    for attempt in attempts:
        with pytest.raises(UserError, match="approved the minutes of 4 August 2011, so it cannot be deleted"):
            attempt()
    assert table_dump(services.db) == before


def test_other_items_of_the_approving_meeting_can_still_be_deleted(demo: tuple[Services, int]) -> None:
    services, seed = demo
    comment = next(i for i in services.agenda.list_items(seed) if i.kind is AgendaItemKind.PUBLIC_COMMENT)
    services.agenda.delete_item(comment.id)
    assert comment.id not in {i.id for i in services.agenda.list_items(seed)}
    assert services.approvals.verify(1).ok
