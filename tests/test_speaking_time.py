"""Speaking time: the clock's phases and text, a body's limits per kind of speaker, yields, sign-up."""

from __future__ import annotations

import pytest

from councildesk.domain.enums import SignUp, SpeakerKind
from councildesk.domain.errors import UserError
from councildesk.domain.speaking_time import TimePhase, clock_text, phase, remaining
from councildesk.services.container import Services
from tests.helpers import refused


def test_phases_warn_at_one_minute_and_at_zero() -> None:
    assert phase(180, 0) is TimePhase.RUNNING
    assert phase(180, 119.9) is TimePhase.RUNNING
    assert phase(180, 120) is TimePhase.LAST_MINUTE
    assert phase(180, 179.5) is TimePhase.LAST_MINUTE
    assert phase(180, 180) is TimePhase.OVER
    assert phase(None, 5000) is TimePhase.UNLIMITED
    assert remaining(180, 200) == -20 and remaining(None, 3) is None


def test_clock_text() -> None:
    assert clock_text(180) == "3:00"
    assert clock_text(59.6) == "0:59"
    assert clock_text(0) == "0:00"
    assert clock_text(-12.4) == "−0:12"
    assert clock_text(3725) == "62:05"


def test_body_limits_per_kind(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    assert services.speakers.time_limits(body_id) == {}
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 180)
    services.speakers.set_time_limit(body_id, SpeakerKind.PRESENTER, 600)
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 120)
    item_id = services.agenda.add_item(meeting_id, "Public comment").id
    assert services.speakers.limits_for_item(item_id) == {
        SpeakerKind.PUBLIC_COMMENT: 120,
        SpeakerKind.PRESENTER: 600,
    }
    services.speakers.set_time_limit(body_id, SpeakerKind.PRESENTER, None)
    assert services.speakers.time_limits(body_id) == {SpeakerKind.PUBLIC_COMMENT: 120}


def test_a_limit_out_of_range_is_refused_and_changes_nothing(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 180)
    for seconds in (0, -5, 5 * 3600):
        refused(
            services.db,
            lambda seconds=seconds: services.speakers.set_time_limit(
                body_id, SpeakerKind.PUBLIC_COMMENT, seconds
            ),
            f"A speaking limit must be between 1 second and 4 hours, not {seconds} seconds.",
        )


def test_yield_and_sign_up_are_recorded(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = services.agenda.add_item(meeting_id, "Public comment").id
    other_item = services.agenda.add_item(meeting_id, "Second public comment").id
    amy = services.speakers.add_speaker(item_id, "Amy Bookbinder", sign_up=SignUp.CARD)
    emma = services.speakers.add_speaker(item_id, "Emma Roderick")
    elsewhere = services.speakers.add_speaker(other_item, "William C. Newman")
    assert amy.sign_up is SignUp.CARD and emma.sign_up is SignUp.WALK_UP
    assert services.speakers.yield_time(amy.id, emma.id).yielded_to_id == emma.id
    with pytest.raises(UserError, match="can yield time only to another speaker on the same item"):
        services.speakers.yield_time(amy.id, elsewhere.id)
    with pytest.raises(UserError, match="same item"):
        services.speakers.yield_time(emma.id, emma.id)
    assert services.speakers.list_speakers(item_id)[0].yielded_to_id == emma.id
