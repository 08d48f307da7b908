"""The cheap ways a minutes document is now made give what the plain ways gave: text bounded as the
generic walk bounds it, a snapshot rebuilt as the generic rebuild did, and minutes put together from
inputs read for a whole batch (and sent to another process) equal to minutes read one by one.

The generic walk and rebuild that the product used before are kept here as the specification.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import sqlite3
from datetime import date, datetime
from enum import Enum, StrEnum
from pathlib import Path
from types import UnionType
from typing import Any, NamedTuple, Union, get_args, get_origin, get_type_hints

import pytest
from sqlalchemy import select

from councildesk.db import record_chain
from councildesk.db.models import Body, Meeting, MinutesApproval, Vote
from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import UserError
from councildesk.domain.messages import Message
from councildesk.domain.rules import describe_tally
from councildesk.services.approval_service import latest_approval
from councildesk.services.approved_minutes import Agreement, compare_with_snapshot
from councildesk.services.body_service import house_style_of
from councildesk.services.container import Services
from councildesk.services.dto import DocumentDTO, MeetingRecord, SpeakerDTO
from councildesk.services.meeting_record_service import load_meeting_record
from councildesk.services.minutes_assembly import (
    CHANGED_SINCE_APPROVAL,
    SNAPSHOT_DAMAGED,
    minutes_from_inputs,
)
from councildesk.services.minutes_document import (
    ApprovalStatement,
    MinutesApprovedHere,
    MinutesDocument,
    MinutesSettings,
)
from councildesk.services.minutes_service import CHAIN_BROKEN
from councildesk.services.minutes_snapshot import record_from_snapshot
from councildesk.services.report_text import (
    CELL_CHARS,
    MAX_FIELD_CHARS,
    MAX_FIELD_LINES,
    for_report,
    printable_text,
)
from councildesk.services.snapshot_format import snapshot_format
from councildesk.services.stored_facts import stored_facts
from councildesk.services.typed_json import from_json
from councildesk.services.vote_service import vote_dto

FOUR_AUGUST, EIGHTEEN_AUGUST = 1, 2  # the demo's approved minutes (the first approved by a vote)


def plain_walk(value: Any, caps: tuple[int, int]) -> Any:
    """for_report as it was: every value visited, every text through printable_text."""
    if isinstance(value, str):
        return printable_text(value, *caps)
    if isinstance(value, tuple):
        walked = tuple(plain_walk(v, caps) for v in value)
        if all(a is b for a, b in zip(walked, value, strict=True)):
            return value
        kind: Any = type(value)
        return kind._make(walked) if hasattr(kind, "_fields") else walked
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = plain_walk(old, caps)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def plain_build(tp: Any, value: Any) -> Any:
    """The snapshot rebuild as it was: the type hints asked for every value."""
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, UnionType):
        return plain_build(next(a for a in get_args(tp) if a is not type(None)), value)
    if origin is tuple:
        return tuple(plain_build(get_args(tp)[0], v) for v in value)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = get_type_hints(tp)
        fields = dataclasses.fields(tp)
        return tp(**{f.name: plain_build(hints[f.name], value[f.name]) for f in fields if f.name in value})
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    return value


class Colour(StrEnum):
    RED = "red"


class Row(NamedTuple):
    name: str
    n: int
    note: str


class Pair(tuple[str, str]):
    """A tuple subclass that is no named tuple: the walk gives back a plain tuple when it cuts."""


@dataclasses.dataclass(frozen=True)
class Leaf:
    text: str
    count: int  # holds a text in one case below: what is bounded is what a field holds, not its hint
    colour: Colour = Colour.RED
    when: datetime | None = None
    derived: str = dataclasses.field(default="", init=False)


@dataclasses.dataclass(frozen=True)
class Tree:
    title: str
    leaves: tuple[Leaf, ...]
    rows: tuple[Row, ...]
    pairs: tuple[Pair, ...]
    nested: tuple[tuple[str, ...], ...]
    child: Tree | None = None
    raw: bytes = b""


LONG = "x" * (MAX_FIELD_CHARS + 5)
MANY_LINES = "\n".join(f"line {n}" for n in range(MAX_FIELD_LINES + 3))
HOSTILE = [
    "",
    "short",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "a\n\n\n\n\nb",
    "trailing\n\n\n",
    "\n",
    "c" * CELL_CHARS,
    "c" * (CELL_CHARS + 1),
    "\n".join("y" for _ in range(20)),
    LONG,
    MANY_LINES,
    "\u2028\r\n\x00\x0c",
]


def _tree(texts: list[str], depth: int = 2) -> Tree:
    return Tree(
        title=texts[0],
        leaves=(
            *(Leaf(t, n, when=datetime(2011, 8, 4)) for n, t in enumerate(texts)),
            Leaf("ok", "\n" * 30),  # type: ignore[arg-type]
        ),
        rows=tuple(Row(t, n, t[::-1]) for n, t in enumerate(texts)),
        pairs=tuple(Pair((t, "plain")) for t in texts),
        nested=(tuple(texts), ("a", "b"), ()),
        child=_tree(texts[1:] or ["leaf"], depth - 1) if depth else None,
        raw=b"\n" * 3,
    )


@pytest.mark.parametrize("cells", [False, True])
def test_for_report_bounds_hostile_long_and_nested_values_exactly_as_the_plain_walk(cells: bool) -> None:
    caps = (CELL_CHARS, 12) if cells else (MAX_FIELD_CHARS, MAX_FIELD_LINES)
    values: list[Any] = [
        _tree(HOSTILE),
        _tree(list(reversed(HOSTILE))),
        tuple(HOSTILE),
        Row("a\n\n\nb", 1, LONG),
        Pair(("x", MANY_LINES)),
        Colour.RED,
        *HOSTILE,
    ]
    for value in values:
        fast, plain = for_report(value, cells=cells), plain_walk(value, caps)
        assert fast == plain and repr(fast) == repr(plain)
        assert type(fast) is type(plain)
    # Deep inside, the same types as the plain walk gives (a named tuple stays one, a Pair does not).
    tree = for_report(_tree(HOSTILE), cells=cells)
    assert type(tree.rows[0]) is Row and type(tree.pairs[-3]) is tuple
    # What is bounded is what a field holds, whatever its hint says.
    assert tree.leaves[-1].count != "\n" * 30  # type: ignore[comparison-overlap]


def test_for_report_returns_what_fits_as_it_is() -> None:
    fitting = _tree(["short", "<b>", "two\nlines"])
    for cells in (False, True):
        assert for_report(fitting, cells=cells).child is not None
    untouched = Tree("t", (Leaf("a", 1),), (Row("r", 1, "n"),), (Pair(("p", "q")),), (("n",),))
    assert for_report(untouched) is untouched
    assert for_report(untouched, cells=True) is untouched


def test_for_report_bounds_the_demo_records_as_the_plain_walk(demo: tuple[Services, int]) -> None:
    services, _ = demo
    records = services.records.load_many([m.id for m in services.meetings.list_meetings()])
    for record in records.values():
        for cells, caps in ((False, (MAX_FIELD_CHARS, MAX_FIELD_LINES)), (True, (CELL_CHARS, 12))):
            assert repr(for_report(record, cells=cells)) == repr(plain_walk(record, caps))


def test_a_snapshot_rebuilds_as_the_plain_rebuild_did_in_every_format(demo: tuple[Services, int]) -> None:
    services, _ = demo
    _approve_eighteen_august(services)
    with sqlite3.connect(services.db.path) as con:  # type: ignore[arg-type]
        snapshots = [json.loads(s) for (s,) in con.execute("SELECT snapshot FROM minutes_approval")]
    assert snapshots
    for content in snapshots:
        data = dict(content["minutes"], approvals=[], corrections=[])
        meeting = dict(data["meeting"], status="adjourned", minutes_status="approved")
        data["meeting"] = meeting
        for entry in data["items"]:
            if entry.get("matter"):
                entry["matter"] = {**entry["matter"], "status": "adopted"}
        fast, plain = from_json(MeetingRecord, data), plain_build(MeetingRecord, data)
        assert fast == plain and repr(fast) == repr(plain)
        # An older format's snapshot lacks fields a DTO gained since: both take the default.
        for entry in data["items"]:
            entry["documents"] = [{k: v for k, v in d.items() if k != "url"} for d in entry["documents"]]
            entry["speakers"] = [
                {k: v for k, v in s.items() if k != "limit_seconds"} for s in entry["speakers"]
            ]
        assert repr(from_json(MeetingRecord, data)) == repr(plain_build(MeetingRecord, data))
    assert (
        from_json(
            DocumentDTO,
            {
                "id": 1,
                "agenda_item_id": None,
                "matter_id": None,
                "title": "t",
                "file_name": "",
                "media_type": "",
                "sha256": "",
                "size": 0,
            },
        ).url
        == ""
    )
    assert from_json(SpeakerDTO | None, None) is None  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        from_json(BallotOption, "maybe")
    with pytest.raises(ValueError):
        plain_build(BallotOption, "maybe")


def test_the_approved_record_round_trips_through_its_snapshot(demo: tuple[Services, int]) -> None:
    services, _ = demo
    record = services.records.load(FOUR_AUGUST)
    with sqlite3.connect(services.db.path) as con:  # type: ignore[arg-type]
        (snapshot,) = con.execute(
            "SELECT snapshot FROM minutes_approval WHERE meeting_id = ? ORDER BY version DESC", (FOUR_AUGUST,)
        ).fetchone()
    rebuilt = record_from_snapshot(snapshot, record)
    # The snapshot holds what was approved; the live parts come from the record as it is now.
    assert rebuilt.items and rebuilt.approvals == record.approvals
    assert [e.item.title for e in rebuilt.items] == [e.item.title for e in record.items]
    assert rebuilt.meeting.minutes_status is record.meeting.minutes_status


def minutes_as_they_were(services: Services, meeting_id: int, settings: MinutesSettings) -> MinutesDocument:
    """The document as MinutesService.minutes made it before it read for many meetings at once: a
    query or two per part, the record chain checked and its head read for the meeting, the
    snapshot through the plain rebuild and the text through the plain walk."""
    with services.db.reading() as s:
        record = load_meeting_record(s, meeting_id)
        approval = latest_approval(s, meeting_id)
        warnings: list[Message] = []
        statement = None
        if approval is not None:
            if record_chain.check(s.connection(), limit=1):
                assert settings.print_despite_broken_chain
                warnings.append(Message(CHAIN_BROKEN, {}))  # (only its text is compared below)
            version = approval.snapshot_format
            stored = stored_facts(s, record) if snapshot_format(version).stored else None
            found = compare_with_snapshot(approval.snapshot, approval.sha256, version, record, stored)
            if found.agreement is Agreement.DAMAGED:
                warnings.append(Message(SNAPSHOT_DAMAGED))
            else:
                if found.agreement is Agreement.CHANGED:
                    warnings.append(Message(CHANGED_SINCE_APPROVAL))
                data = json.loads(approval.snapshot)["minutes"]
                data["approvals"], data["corrections"] = [], []
                data["meeting"] = dict(
                    data["meeting"],
                    minutes_status=record.meeting.minutes_status,
                    status=record.meeting.status,
                )
                status = {e.matter.id: e.matter.status.value for e in record.items if e.matter}
                for entry in data["items"]:
                    if entry.get("matter"):
                        entry["matter"] = {
                            **entry["matter"],
                            "status": status.get(entry["matter"]["id"], "adopted"),
                        }
                rebuilt = plain_build(MeetingRecord, data)
                record = dataclasses.replace(
                    rebuilt, approvals=record.approvals, corrections=record.corrections
                )
            approving = (
                s.get(Meeting, approval.approving_meeting_id) if approval.approving_meeting_id else None
            )
            vote = s.get(Vote, approval.approving_vote_id) if approval.approving_vote_id else None
            tally = vote_dto(s, vote).tally if vote else None
            statement = ApprovalStatement(
                approved_on=approval.approved_on,
                body_name=record.body.name,
                approving_meeting_start=approving.scheduled_start if approving else None,
                manner=approval.manner,
                sha256=approval.sha256,
                chain_head=record_chain.head(s.connection()).hash,
                vote_summary=describe_tally(tally) if tally else "",
                vote_tally=tally,
            )
        here = s.scalars(
            select(MinutesApproval)
            .where(MinutesApproval.approving_meeting_id == meeting_id)
            .order_by(MinutesApproval.id)
        )
        return MinutesDocument(
            record=plain_walk(record, (MAX_FIELD_CHARS, MAX_FIELD_LINES)),
            settings=settings,
            approval=statement,
            approved_here=tuple(
                MinutesApprovedHere(s.get(Meeting, a.meeting_id).scheduled_start, a.manner, a.approved_on)  # type: ignore[union-attr]
                for a in here
            ),
            integrity_warnings=tuple(warnings),
            style=house_style_of(s.get(Body, s.get(Meeting, meeting_id).body_id)),  # type: ignore[arg-type, union-attr]
        )


def _approve_eighteen_august(services: Services) -> None:
    """A second approval, of minutes with speakers, roll calls and an exhibit (stored facts of each)."""
    item = next(e.item.id for e in services.records.load(EIGHTEEN_AUGUST).items if e.speakers)
    services.documents.attach(b"%PDF-1.4 exhibit", "exhibit.pdf", agenda_item_id=item, title="Exhibit A")
    services.approvals.approve(EIGHTEEN_AUGUST, at_meeting_id=3)


def _same_minutes_both_ways(
    services: Services, settings: MinutesSettings | None = None
) -> list[MinutesDocument]:
    """Every meeting's minutes read one by one equal those put together from batch inputs that
    went through pickle (as they do to a publish's drawing process); returns the documents."""
    ids = [m.id for m in services.meetings.list_meetings()]
    records = services.records.load_many(ids)
    run = services.minutes.chain_breaks()
    inputs = pickle.loads(pickle.dumps(services.minutes.inputs(records, settings, breaks=run)))
    docs = []
    for meeting_id in ids:
        alone = services.minutes.minutes(meeting_id, settings)
        together = minutes_from_inputs(records[meeting_id], inputs[meeting_id])
        assert together == alone and repr(together) == repr(alone)
        # And as they were made before: the same but for the chain's warning's reason, compared by text.
        was = minutes_as_they_were(services, meeting_id, settings or MinutesSettings())
        assert [w.text for w in alone.integrity_warnings] == [w.text for w in was.integrity_warnings]
        assert repr(dataclasses.replace(alone, integrity_warnings=())) == repr(
            dataclasses.replace(was, integrity_warnings=())
        )
        docs.append(alone)
    return docs


def test_minutes_put_together_from_batch_inputs_equal_minutes_read_alone(demo: tuple[Services, int]) -> None:
    services, _ = demo
    _approve_eighteen_august(services)
    docs = _same_minutes_both_ways(services)
    approved = [d.approval for d in docs if d.approval is not None]
    assert len(approved) >= 2 and any(a.vote_tally for a in approved) and all(a.chain_head for a in approved)
    assert any(d.approved_here for d in docs)
    assert all(not d.integrity_warnings for d in docs)
    assert all(a.body_name == "Northampton City Council" for a in approved)


def test_changed_and_damaged_minutes_are_flagged_the_same_in_a_batch(
    demo: tuple[Services, int], db_path: Path
) -> None:
    services, _ = demo
    _approve_eighteen_august(services)
    with sqlite3.connect(db_path) as con:
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute(
            "UPDATE agenda_item SET title = 'Forged\n\n\n\ntitle' WHERE id = "
            f"(SELECT MIN(id) FROM agenda_item WHERE meeting_id = {FOUR_AUGUST})"
        )
        con.execute(
            "UPDATE minutes_approval SET snapshot = replace(snapshot, '\"title\":', '\"title\": ') "
            f"WHERE meeting_id = {EIGHTEEN_AUGUST}"
        )
    with pytest.raises(UserError):  # the edited snapshot breaks the record chain: refused
        services.minutes.inputs(
            services.records.load_many([FOUR_AUGUST]), breaks=services.minutes.chain_breaks()
        )
    anyway = MinutesSettings(print_despite_broken_chain=True)
    docs = {d.record.meeting.id: d for d in _same_minutes_both_ways(services, anyway)}
    assert [w.text for w in docs[FOUR_AUGUST].integrity_warnings] == [CHAIN_BROKEN, CHANGED_SINCE_APPROVAL]
    assert "Forged" not in repr(docs[FOUR_AUGUST].record)  # printed as approved
    assert [w.text for w in docs[EIGHTEEN_AUGUST].integrity_warnings] == [CHAIN_BROKEN, SNAPSHOT_DAMAGED]
