"""Speakers under an agenda item (public commenters, members, staff, presenters); a body's time limits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Body, Meeting, Person, Speaker, SpeakingLimit
from councildesk.domain.enums import SignUp, SpeakerKind, Stance
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.dto import SpeakerDTO
from councildesk.services.guards import ensure_editable, fetch, next_position, require_text
from councildesk.services.mapping import speaker_dto
from councildesk.services.meeting_clock import stamp
from councildesk.services.snapshot import Snapshot, capture, put_back
from councildesk.services.stale_edit import check_keyed, check_version

SPEAKER_FIELDS = {
    "name",
    "person_id",
    "affiliation",
    "residence",
    "kind",
    "stance",
    "summary",
    "started_at",
    "duration_seconds",
    "sign_up",
    "yielded_to_id",
}
LONGEST_LIMIT = 4 * 3600  # a limit longer than a meeting is a typing slip (seconds for minutes)


class SpeakerService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_speaker(
        self,
        item_id: int,
        name: str = "",
        *,
        person_id: int | None = None,
        affiliation: str = "",
        residence: str = "",
        kind: SpeakerKind = SpeakerKind.PUBLIC_COMMENT,
        stance: Stance | None = None,
        summary: str = "",
        started_at: datetime | None = None,
        position: int | None = None,
        sign_up: SignUp = SignUp.WALK_UP,
    ) -> SpeakerDTO:
        with self.db.transaction() as s:
            item = fetch(s, AgendaItem, item_id)
            ensure_editable(s, item.meeting_id)
            if person_id is not None:
                person = fetch(s, Person, person_id)
                name = name.strip() or person.display_name
                affiliation = affiliation or person.affiliation
                residence = residence or person.residence
            name = require_text(name, "speaker's name")
            if position is None:
                position = next_position(s, Speaker.position, Speaker.agenda_item_id == item_id)
            else:
                self._make_room(s, item_id, position)
            speaker = Speaker(
                agenda_item_id=item_id,
                person_id=person_id,
                name=name,
                affiliation=affiliation.strip(),
                residence=residence.strip(),
                kind=kind,
                stance=stance,
                summary=summary,
                started_at=started_at,
                position=position,
                sign_up=sign_up,
            )
            if started_at is not None:
                speaker.limit_seconds = self._limit_now(s, speaker)
            audit.created(s, speaker)
            return speaker_dto(speaker)

    @staticmethod
    def _make_room(s: Any, item_id: int, position: int) -> None:
        for other in s.scalars(
            select(Speaker).where(Speaker.agenda_item_id == item_id, Speaker.position >= position)
        ):
            other.position += 1

    def update_speaker(
        self, speaker_id: int, *, expected_version: int | None = None, **changes: Any
    ) -> SpeakerDTO:
        """Change a speaker's fields; `expected_version` as in AgendaService.update_item."""
        unknown = set(changes) - SPEAKER_FIELDS
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} of a speaker")
        if "name" in changes:
            changes["name"] = require_text(changes["name"], "speaker's name")
        if changes.get("duration_seconds") is not None and changes["duration_seconds"] < 0:
            raise UserError(QT_TRANSLATE_NOOP("services", "A speaking time cannot be negative."))
        with self.db.transaction() as s:
            speaker = fetch(s, Speaker, speaker_id)
            ensure_editable(s, fetch(s, AgendaItem, speaker.agenda_item_id).meeting_id)
            speaker = fetch(s, Speaker, speaker_id)  # as committed now that the meeting is locked
            check_version(s, speaker, expected_version)
            if changes.get("person_id") is not None:
                fetch(s, Person, changes["person_id"])
            if changes.get("yielded_to_id") is not None:
                self._check_yield(s, speaker, changes["yielded_to_id"])
            timed = changes.get("started_at") is not None or changes.get("duration_seconds") is not None
            if timed and speaker.limit_seconds is None:
                changes["limit_seconds"] = self._limit_now(s, speaker)
            audit.updated(s, speaker, changes)
            return speaker_dto(speaker)

    def mark_started(self, speaker_id: int, at: datetime | None = None) -> SpeakerDTO:
        with self.db.reading() as s:
            item = fetch(s, AgendaItem, fetch(s, Speaker, speaker_id).agenda_item_id)
            when = stamp(s, fetch(s, Meeting, item.meeting_id), at)
        return self.update_speaker(speaker_id, started_at=when)

    @staticmethod
    def _limit_now(s: Any, speaker: Speaker) -> int | None:
        # Frozen with the speaker when their time is first taken: the minutes state the limit that
        # applied that night, whatever the body decides later.
        body_id = fetch(s, Meeting, fetch(s, AgendaItem, speaker.agenda_item_id).meeting_id).body_id
        limit = s.get(SpeakingLimit, (body_id, speaker.kind))
        return limit.seconds if limit is not None else None

    @staticmethod
    def _check_yield(s: Any, speaker: Speaker, to_id: int) -> None:
        other = fetch(s, Speaker, to_id)
        if other.id == speaker.id or other.agenda_item_id != speaker.agenda_item_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "{name} can yield time only to another speaker on the same item."
                ),
                name=speaker.name,
            )

    def yield_time(self, speaker_id: int, to_speaker_id: int | None) -> SpeakerDTO:
        """Record that a speaker gave the rest of their time to another (None: they did not)."""
        return self.update_speaker(speaker_id, yielded_to_id=to_speaker_id)

    # -- the body's time limits -----------------------------------------------------------
    def time_limits(self, body_id: int) -> dict[SpeakerKind, int]:
        """Seconds allowed per kind of speaker; a kind not listed has no limit."""
        with self.db.reading() as s:
            fetch(s, Body, body_id)
            rows = s.scalars(select(SpeakingLimit).where(SpeakingLimit.body_id == body_id))
            return {row.kind: row.seconds for row in rows}

    def limits_as_read(self, item_id: int) -> dict[SpeakerKind, tuple[int, int]]:
        """The time limits of the body meeting on this item, each with its row's version:
        (seconds, version), what a change of one is made from (see set_time_limit)."""
        with self.db.reading() as s:
            body_id = fetch(s, Meeting, fetch(s, AgendaItem, item_id).meeting_id).body_id
            rows = s.scalars(select(SpeakingLimit).where(SpeakingLimit.body_id == body_id))
            return {row.kind: (row.seconds, row.row_version) for row in rows}

    def limits_for_item(self, item_id: int) -> dict[SpeakerKind, int]:
        """The time limits of the body meeting on this item."""
        with self.db.reading() as s:
            body_id = fetch(s, Meeting, fetch(s, AgendaItem, item_id).meeting_id).body_id
        return self.time_limits(body_id)

    def set_time_limit(
        self, body_id: int, kind: SpeakerKind, seconds: int | None, *, expected_version: int | None = None
    ) -> dict[SpeakerKind, int]:
        """Set (or with None, lift) the body's limit for one kind of speaker; `expected_version` as
        in AgendaService.update_item, 0 when the window read no limit for that kind."""
        if seconds is not None and not 0 < seconds <= LONGEST_LIMIT:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "A speaking limit must be between 1 second and 4 hours, not {seconds} seconds.",
                ),
                seconds=seconds,
            )
        with self.db.transaction() as s:
            fetch(s, Body, body_id)
            row = s.get(SpeakingLimit, (body_id, kind))
            check_keyed(s, "speaking_limit", {"body_id": body_id, "kind": kind}, row, expected_version)
            if row is not None and seconds is None:
                audit.deleted(s, row)
            elif row is not None:
                audit.updated(s, row, {"seconds": seconds})
            elif seconds is not None:
                audit.created(s, SpeakingLimit(body_id=body_id, kind=kind, seconds=seconds))
        return self.time_limits(body_id)

    def delete_speaker(self, speaker_id: int) -> None:
        with self.db.transaction() as s:
            speaker = fetch(s, Speaker, speaker_id)
            ensure_editable(s, fetch(s, AgendaItem, speaker.agenda_item_id).meeting_id)
            audit.deleted(s, speaker)

    def move_speaker(self, speaker_id: int, position: int) -> list[SpeakerDTO]:
        with self.db.transaction() as s:
            speaker = fetch(s, Speaker, speaker_id)
            ensure_editable(s, fetch(s, AgendaItem, speaker.agenda_item_id).meeting_id)
            others = [
                x
                for x in s.scalars(
                    select(Speaker)
                    .where(Speaker.agenda_item_id == speaker.agenda_item_id)
                    .order_by(Speaker.position, Speaker.id)
                )
                if x.id != speaker.id
            ]
            before = audit.row_values(speaker)
            others.insert(max(0, min(position, len(others))), speaker)
            for i, x in enumerate(others):
                x.position = i
            audit.record(s, "move", speaker, before, audit.row_values(speaker))
            return [speaker_dto(x) for x in others]

    def list_speakers(self, item_id: int) -> list[SpeakerDTO]:
        with self.db.reading() as s:
            fetch(s, AgendaItem, item_id)
            rows = s.scalars(
                select(Speaker)
                .where(Speaker.agenda_item_id == item_id)
                .order_by(Speaker.position, Speaker.id)
            )
            return [speaker_dto(x) for x in rows]

    # -- undo support ---------------------------------------------------------------------
    def snapshot(self, item_id: int) -> Snapshot:
        """Every speaker row of an agenda item, exactly, for undo."""
        with self.db.reading() as s:
            fetch(s, AgendaItem, item_id)
            scope = [(Speaker, Speaker.agenda_item_id == item_id)]
            return capture(s, f"speakers of agenda item {item_id}", scope)  # type: ignore[arg-type]

    def restore(self, item_id: int, saved: Snapshot) -> list[SpeakerDTO]:
        """Put an agenda item's speakers back exactly as in `saved` (same ids, order and times)."""
        with self.db.transaction() as s:
            ensure_editable(s, fetch(s, AgendaItem, item_id).meeting_id)
            scope = [(Speaker, Speaker.agenda_item_id == item_id)]
            put_back(s, capture(s, saved.scope, scope), saved)  # type: ignore[arg-type]
        return self.list_speakers(item_id)
