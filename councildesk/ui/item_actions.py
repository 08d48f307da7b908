"""Every change the item panel can make, each one undoable step that calls one service.

Widgets call these methods and never touch the services' write side themselves. Changes to the
rows under an item (speakers, motions and votes, exhibits, sponsors) are undone by putting back
an exact snapshot; changes to the item's own fields are undone by writing the old value back.
Each method returns the service's result, or None (after reporting one plain sentence) when
the change was refused and nothing was stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from councildesk.domain.enums import (
    MatterKind,
    MotionDisposition,
    MotionKind,
    SpeakerKind,
    VoteMethod,
    VoteResult,
)
from councildesk.domain.rules import Threshold
from councildesk.services.dto import AgendaItemDTO, DocumentDTO, MatterDTO, MotionDTO, SpeakerDTO, VoteDTO
from councildesk.services.snapshot import Snapshot
from councildesk.services.stale_edit import RowKey
from councildesk.services.vote_service import BallotInput
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.ui_context import RecordKind, RowVersion, RowVersions, UiContext

FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("item_actions", "title"),
    "kind": QT_TRANSLATE_NOOP("item_actions", "kind"),
    "body": QT_TRANSLATE_NOOP("item_actions", "item text"),
    "discussion": QT_TRANSLATE_NOOP("item_actions", "discussion summary"),
    "action_text": QT_TRANSLATE_NOOP("item_actions", "action taken"),
    "consent": QT_TRANSLATE_NOOP("item_actions", "consent flag"),
    "matter_id": QT_TRANSLATE_NOOP("item_actions", "matter"),
}


def sponsor_versions(matter: MatterDTO) -> RowVersions:
    """The matter's sponsorships as the window read them."""
    return RowVersions(
        None, rows={("sponsorship", sp.sponsorship_id): sp.row_version for sp in matter.sponsors}
    )


def _done(delete: Callable[[int], None], id_: int) -> bool:
    """Run a deletion and say it happened (a refused one raises instead)."""
    delete(id_)
    return True


# What each part of the panel names in `on_change`, and the kinds of records it announces.
PART_KINDS: dict[str, tuple[RecordKind, ...]] = {
    "item": (RecordKind.ITEM, RecordKind.AGENDA),  # the title and kind show in the agenda tree
    "matter": (RecordKind.ITEM, RecordKind.SPONSORS),
    "documents": (RecordKind.DOCUMENTS,),
    "speakers": (RecordKind.SPEAKERS,),
    "motions": (RecordKind.MOTIONS, RecordKind.VOTES),
}


class ItemActions:
    def __init__(self, context: UiContext, on_change: Callable[[str], None]) -> None:
        self.context = context
        self.services = context.services
        self.report = context.report_error
        self.on_change = on_change
        self.meeting_id: int | None = None  # the meeting of the item on show; set by the panel

    def _push[T](self, part: str, text: str, do: Callable[[], T], undo: Callable[[T], object]) -> T | None:
        return self.context.push(
            text,
            do,
            undo,
            lambda: self.on_change(part),
            meeting_id=self.meeting_id,
            kinds=PART_KINDS[part],
        )

    def _scoped[T](
        self,
        part: str,
        text: str,
        snapshot: Callable[[], Snapshot],
        action: Callable[[], T],
        restore: Callable[[Snapshot], object],
        version: RowVersion | None = None,
    ) -> T | None:
        return self.context.push_scoped(
            text,
            snapshot=snapshot,
            action=action,
            restore=restore,
            on_change=lambda: self.on_change(part),
            meeting_id=self.meeting_id,
            kinds=PART_KINDS[part],
            version=version,
        )

    # -- helpers ------------------------------------------------------------------------
    # With `version` (which `action` takes), a change made from an outdated copy is offered again.
    def _speakers[T](
        self, item_id: int, text: str, action: Callable[[], T], version: RowVersion | None = None
    ) -> T | None:
        sp = self.services.speakers
        return self._scoped(
            "speakers",
            text,
            lambda: sp.snapshot(item_id),
            action,
            lambda saved: sp.restore(item_id, saved),
            version,
        )

    def _motions[T](
        self, item_id: int, text: str, action: Callable[[], T], version: RowVersion | None = None
    ) -> T | None:
        mo = self.services.motions
        return self._scoped(
            "motions",
            text,
            lambda: mo.snapshot(item_id),
            action,
            lambda saved: mo.restore(item_id, saved),
            version,
        )

    def _sponsors[T](
        self, matter: MatterDTO, text: str, action: Callable[[dict[RowKey, int] | None], T]
    ) -> T | None:
        """A change of the sponsors as shown (`action` takes their versions as read): a sponsorship
        someone changed since is offered again, one someone removed is one sentence."""
        ma = self.services.matters
        seen = sponsor_versions(matter)
        return self._scoped(
            "matter",
            text,
            lambda: ma.sponsor_snapshot(matter.id),
            lambda: action(seen.take_rows()),
            lambda saved: ma.restore_sponsors(matter.id, saved),
            seen,
        )

    def _documents[T](self, item_id: int, text: str, action: Callable[[], T]) -> T | None:
        do = self.services.documents
        return self._scoped(
            "documents", text, lambda: do.snapshot(item_id), action, lambda saved: do.restore(item_id, saved)
        )

    # -- the item and its matter ----------------------------------------------------------
    def change_item(
        self, item: AgendaItemDTO, field: str, value: Any, text: str = ""
    ) -> AgendaItemDTO | None:
        agenda = self.services.agenda
        # Made from the item as shown: refused and offered if another clerk changed it since.
        result = self.context.push_edit(
            text
            or fmt(
                translate("ItemActions", "Change {field} of item {number}"),
                field=translate("item_actions", FIELD_NAMES.get(field, field)),
                number=item.number,
            ).strip(),
            lambda version, values: agenda.update_item(item.id, expected_version=version, **values),
            {field: value},
            {field: getattr(item, field)},
            lambda: self.on_change("item"),
            version=item.row_version,
            meeting_id=self.meeting_id,
            kinds=PART_KINDS["item"],
        )
        if result is None:
            self.on_change("item")  # show the stored value again in place of the refused one
        return result

    def create_matter(
        self, item: AgendaItemDTO, identifier: str, title: str, kind: MatterKind
    ) -> MatterDTO | None:
        matters = self.services.matters
        previous = item.matter_id
        state: dict[str, MatterDTO] = {}

        def do() -> MatterDTO:
            # A redo creates it again under the same id, which later commands on the stack refer to.
            again = state["matter"].id if "matter" in state else None
            state["matter"] = matters.create_matter_for_item(
                item.id, identifier, title, kind=kind, matter_id=again
            )
            return state["matter"]

        def undo(_r: MatterDTO) -> None:
            matters.discard_matter_for_item(item.id, state["matter"].id, previous)

        return self._push(
            "item",
            fmt(translate("ItemActions", "Create matter {identifier}"), identifier=identifier.strip()),
            do,
            undo,
        )

    # -- sponsors -----------------------------------------------------------------------
    def add_sponsor(self, matter: MatterDTO, person_id: int, name: str, primary: bool) -> MatterDTO | None:
        ma = self.services.matters
        return self._sponsors(
            matter,
            fmt(
                translate("ItemActions", "Add {name} as primary sponsor of {identifier}")
                if primary
                else translate("ItemActions", "Add {name} as co-sponsor of {identifier}"),
                name=name,
                identifier=matter.identifier,
            ),
            lambda seen: ma.add_sponsor(matter.id, person_id, primary=primary, expected=seen),
        )

    def add_new_sponsor(self, matter: MatterDTO, name: str, title: str, primary: bool) -> MatterDTO | None:
        """A non-member added on the spot: the new person row is undone and redone with the sponsorship."""
        ma = self.services.matters
        state: dict[str, Any] = {}
        seen = sponsor_versions(matter)

        def do() -> MatterDTO:
            if "after" in state:
                return ma.restore_sponsors(matter.id, state["after"], (state["person_id"],))
            before = ma.sponsor_snapshot(matter.id)
            dto, person_id = ma.add_new_sponsor(
                matter.id, name, title, primary=primary, expected=seen.take_rows()
            )
            state.update(
                before=before, person_id=person_id, after=ma.sponsor_snapshot(matter.id, (person_id,))
            )
            return dto

        def undo(_r: MatterDTO) -> None:
            ma.restore_sponsors(matter.id, state["before"], (state["person_id"],))

        return self.context.push(
            fmt(
                translate("ItemActions", "Add {name} as sponsor of {identifier}"),
                name=name.strip(),
                identifier=matter.identifier,
            ),
            do,
            undo,
            lambda: self.on_change("matter"),
            meeting_id=self.meeting_id,
            kinds=PART_KINDS["matter"],
            version=seen,
        )

    def remove_sponsor(self, matter: MatterDTO, person_id: int) -> MatterDTO | None:
        ma = self.services.matters
        return self._sponsors(
            matter,
            fmt(translate("ItemActions", "Remove a sponsor of {identifier}"), identifier=matter.identifier),
            lambda seen: ma.remove_sponsor(matter.id, person_id, expected=seen),
        )

    def make_primary(self, matter: MatterDTO, person_id: int) -> MatterDTO | None:
        ma = self.services.matters
        return self._sponsors(
            matter,
            fmt(
                translate("ItemActions", "Change the primary sponsor of {identifier}"),
                identifier=matter.identifier,
            ),
            lambda seen: ma.make_primary(matter.id, person_id, expected=seen),
        )

    # -- exhibits -----------------------------------------------------------------------
    def attach_file(self, item_id: int, path: Path) -> DocumentDTO | None:
        docs = self.services.documents
        return self._documents(
            item_id,
            fmt(translate("ItemActions", "Attach {name}"), name=path.name),
            lambda: docs.attach_file(path, agenda_item_id=item_id),
        )

    def attach_link(self, item_id: int, url: str, title: str) -> DocumentDTO | None:
        docs = self.services.documents
        return self._documents(
            item_id,
            fmt(translate("ItemActions", "Link {title}"), title=title or url),
            lambda: docs.link(url, title, agenda_item_id=item_id),
        )

    def remove_document(self, item_id: int, document: DocumentDTO) -> bool:
        docs = self.services.documents
        done = self._documents(
            item_id,
            fmt(translate("ItemActions", "Remove exhibit {title}"), title=document.title),
            lambda: _done(docs.delete, document.id),
        )
        return bool(done)

    # -- speakers -----------------------------------------------------------------------
    def add_speaker(self, item_id: int, name: str, **fields: Any) -> SpeakerDTO | None:
        sp = self.services.speakers
        return self._speakers(
            item_id,
            fmt(translate("ItemActions", "Add speaker {name}"), name=name.strip()),
            lambda: sp.add_speaker(item_id, name, **fields),
        )

    def update_speaker(self, speaker: SpeakerDTO, **changes: Any) -> SpeakerDTO | None:
        """The clock's own steps (time spoken, time yielded): nothing a clerk typed over a copy."""
        return self._update_speaker(speaker, None, changes)

    def edit_speaker(self, speaker: SpeakerDTO, **changes: Any) -> SpeakerDTO | None:
        """A clerk's edit of the speaker as shown: refused and offered if someone changed it since."""
        return self._update_speaker(speaker, RowVersion(speaker.row_version), changes)

    def _update_speaker(
        self, speaker: SpeakerDTO, version: RowVersion | None, changes: dict[str, Any]
    ) -> SpeakerDTO | None:
        sp = self.services.speakers
        return self._speakers(
            speaker.agenda_item_id,
            fmt(translate("ItemActions", "Edit speaker {name}"), name=speaker.name),
            lambda: sp.update_speaker(
                speaker.id, expected_version=version.take() if version else None, **changes
            ),
            version,
        )

    def mark_speaker_started(self, speaker: SpeakerDTO, at: datetime | None = None) -> SpeakerDTO | None:
        sp = self.services.speakers
        return self._speakers(
            speaker.agenda_item_id,
            fmt(translate("ItemActions", "{name} starts speaking"), name=speaker.name),
            lambda: sp.mark_started(speaker.id, at),
        )

    def set_time_limit(
        self, item_id: int, kind: SpeakerKind, seconds: int | None, seen: tuple[int | None, int] | None = None
    ) -> object | None:
        """The body's time limit for a kind of speaker (None lifts it); undo puts the old one back.

        `seen` is the limit as the window read it, (seconds or None, its version; 0: no limit): one
        someone else changed since is offered, and undo after a re-apply puts back theirs.
        """
        sp = self.services.speakers
        meeting_id = self.services.agenda.get_item(item_id).meeting_id
        body_id = self.services.meetings.get_meeting(meeting_id).body_id
        before, read = seen if seen is not None else (sp.time_limits(body_id).get(kind), None)
        version = RowVersion(read)

        def undo(_limits: object) -> None:
            now = version.before  # after a re-apply: the limit as the other clerk left it
            value = now.get("seconds") if now is not None else before
            sp.set_time_limit(body_id, kind, value if isinstance(value, int) else None)

        return self.context.push(
            fmt(translate("ItemActions", "Time limit for {kind}"), kind=label(kind).lower()),
            lambda: sp.set_time_limit(body_id, kind, seconds, expected_version=version.take()),
            undo,
            lambda: self.on_change("speakers"),
            meeting_id=self.meeting_id,
            kinds=PART_KINDS["speakers"],
            version=version if read is not None else None,
        )

    def move_speaker(self, speaker: SpeakerDTO, position: int) -> list[SpeakerDTO] | None:
        sp = self.services.speakers
        return self._speakers(
            speaker.agenda_item_id,
            fmt(translate("ItemActions", "Move speaker {name}"), name=speaker.name),
            lambda: sp.move_speaker(speaker.id, position),
        )

    def delete_speaker(self, speaker: SpeakerDTO) -> bool:
        sp = self.services.speakers
        done = self._speakers(
            speaker.agenda_item_id,
            fmt(translate("ItemActions", "Delete speaker {name}"), name=speaker.name),
            lambda: _done(sp.delete_speaker, speaker.id),
        )
        return bool(done)

    # -- motions and votes --------------------------------------------------------------
    def make_motion(
        self,
        item_id: int,
        text: str,
        *,
        kind: MotionKind,
        mover_id: int | None,
        seconder_id: int | None,
        parent_motion_id: int | None = None,
    ) -> MotionDTO | None:
        mo = self.services.motions
        amending = parent_motion_id is not None
        return self._motions(
            item_id,
            translate("ItemActions", "Make amendment")
            if amending
            else translate("ItemActions", "Make motion"),
            lambda: mo.make_motion(
                item_id,
                text,
                kind=kind,
                mover_id=mover_id,
                seconder_id=seconder_id,
                parent_motion_id=parent_motion_id,
            ),
        )

    def update_motion(self, motion: MotionDTO, text: str, **changes: Any) -> MotionDTO | None:
        """Change the motion as shown: refused and offered if someone changed it since."""
        mo = self.services.motions
        version = RowVersion(motion.row_version)
        return self._motions(
            motion.agenda_item_id,
            text,
            lambda: mo.update_motion(motion.id, expected_version=version.take(), **changes),
            version,
        )

    def set_disposition(self, motion: MotionDTO, disposition: MotionDisposition) -> MotionDTO | None:
        return self.update_motion(
            motion,
            fmt(
                translate("ItemActions", "Mark motion {replace}"), replace=disposition.value.replace("_", " ")
            ),
            disposition=disposition,
        )

    def delete_motion(self, motion: MotionDTO) -> bool:
        mo = self.services.motions
        return bool(
            self._motions(
                motion.agenda_item_id,
                translate("ItemActions", "Delete motion"),
                lambda: _done(mo.delete_motion, motion.id),
            )
        )

    def record_unanimous(self, motion: MotionDTO) -> VoteDTO | None:
        votes = self.services.votes
        return self._motions(
            motion.agenda_item_id,
            translate("ItemActions", "Record unanimous vote"),
            lambda: votes.record_unanimous(motion.id),
        )

    def record_roll_call(
        self,
        motion: MotionDTO,
        ballots: Mapping[int, BallotInput],
        threshold: Threshold | None,
        declared_result: VoteResult | None,
    ) -> VoteDTO | None:
        votes = self.services.votes
        return self._motions(
            motion.agenda_item_id,
            translate("ItemActions", "Record roll call"),
            lambda: votes.record_roll_call(
                motion.id, dict(ballots), threshold=threshold, declared_result=declared_result
            ),
        )

    def record_voice_vote(
        self,
        motion: MotionDTO,
        yes: int,
        no: int,
        abstain: int,
        threshold: Threshold | None,
        declared_result: VoteResult | None,
        method: VoteMethod = VoteMethod.VOICE,
    ) -> VoteDTO | None:
        votes = self.services.votes
        return self._motions(
            motion.agenda_item_id,
            fmt(translate("ItemActions", "Record {method}"), method=label(method).lower()),
            lambda: votes.record_voice_vote(
                motion.id,
                yes,
                no,
                abstain,
                threshold=threshold,
                declared_result=declared_result,
                method=method,
            ),
        )

    def delete_vote(self, motion: MotionDTO, vote: VoteDTO) -> bool:
        votes = self.services.votes
        return bool(
            self._motions(
                motion.agenda_item_id,
                translate("ItemActions", "Delete vote"),
                lambda: _done(votes.delete_vote, vote.id),
            )
        )
