"""Open Civic Data export/import: byte-identical round trips, re-imports, vote options and refusals."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import Database, open_database
from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import UserError
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.services.container import Services
from councildesk.services.exchange_records import DateRange
from tests.helpers import table_dump


def same_folders(a: Path, b: Path) -> None:
    names_a = sorted(p.name for p in a.iterdir())
    assert names_a == sorted(p.name for p in b.iterdir())
    _match, mismatch, errors = filecmp.cmpfiles(a, b, names_a, shallow=False)
    assert mismatch == [] and errors == []


def docs(folder: Path, prefix: str) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(folder.glob(f"{prefix}_*.json"))]


def test_demo_round_trip_is_byte_identical(demo, tmp_path: Path) -> None:
    services, _seed = demo
    first = tmp_path / "first"
    export_ocd(services.exchange, first)
    with open_database(tmp_path / "empty.db") as other:
        preview = import_ocd(Services(other).exchange, first)
        assert preview.applied and preview.warnings == []
        assert preview.created["meeting"] == 3 and preview.created["ballot"] == 45
        second = tmp_path / "second"
        export_ocd(Services(other).exchange, second)
    same_folders(first, second)


def test_export_has_scraper_layout_and_ocd_vote_options(demo, tmp_path: Path) -> None:
    services, _seed = demo
    tmp_path = tmp_path / "out"
    export_ocd(services.exchange, tmp_path)
    kinds = {p.name.rsplit("_", 1)[0] for p in tmp_path.glob("*.json")}
    assert kinds == {
        "jurisdiction",
        "organization",
        "person",
        "post",
        "membership",
        "bill",
        "event",
        "vote_event",
    }
    seed_event = next(d for d in docs(tmp_path, "event") if d["start_date"].startswith("2011-08-18T19:00:00"))
    titles = [a["description"] for a in seed_event["agenda"]]
    assert any("Secure Communities" in t for t in titles)
    assert all(
        p.name.startswith(
            (
                "event_",
                "person_",
                "organization_",
                "bill_",
                "vote_event_",
                "post_",
                "membership_",
                "jurisdiction_",
            )
        )
        for p in tmp_path.iterdir()
    )
    bill = next(d for d in docs(tmp_path, "bill") if "Secure Communities" in d["title"])
    sponsor_names = {s["name"] for s in bill["sponsorships"]}
    assert "Russell P. Sienkiewicz" in sponsor_names and len(bill["sponsorships"]) == 3
    for vote in docs(tmp_path, "vote_event"):
        assert {c["option"] for c in vote["counts"]} <= {
            "yes",
            "no",
            "abstain",
            "absent",
            "excused",
            "not voting",
        }
        assert sum(c["value"] for c in vote["counts"]) == len(vote["votes"])


def test_recused_travels_as_abstain_with_note_and_comes_back(demo, tmp_path: Path) -> None:
    services, _ = demo
    with services.db.transaction() as s:
        ballot = s.scalars(
            select(m.Ballot)
            .join(m.Vote)
            .join(m.Motion)
            .join(m.AgendaItem)
            .join(m.Meeting)
            .where(m.Meeting.minutes_status == "draft")
            .order_by(m.Ballot.id)
        ).first()
        assert ballot is not None
        ballot.option, ballot.note = BallotOption.RECUSED, "owns the parcel"
    export_ocd(services.exchange, tmp_path / "out")
    notes = [v for d in docs(tmp_path / "out", "vote_event") for v in d["votes"] if v["note"]]
    pairs = [(v["option"], v["note"]) for v in notes]
    assert ("abstain", "recused: owns the parcel") in pairs
    assert all(option == "abstain" for option, note in pairs if note.startswith("recused"))
    with services.db.reading() as s:
        originally = sorted(s.scalars(select(m.Ballot.note).where(m.Ballot.option == BallotOption.RECUSED)))
    # A file written by others carries only the OCD fields: the note alone makes it a recusal.
    for path in (tmp_path / "out").glob("vote_event_*.json"):
        doc = json.loads(path.read_text())
        doc.pop("extras")
        for v in doc["votes"]:
            v.pop("extras")
        path.write_text(json.dumps(doc))
    with open_database(tmp_path / "b.db") as other:
        import_ocd(Services(other).exchange, tmp_path / "out")
        with other.reading() as s:
            recused = s.scalars(select(m.Ballot).where(m.Ballot.option == BallotOption.RECUSED)).all()
            assert sorted(b.note for b in recused) == originally
            assert "owns the parcel" in originally


def test_reimport_creates_nothing_and_dry_run_writes_nothing(demo, tmp_path: Path) -> None:
    services, _ = demo
    export_ocd(services.exchange, tmp_path / "o")
    with open_database(tmp_path / "b.db") as other:
        before = table_dump(other)
        preview = import_ocd(Services(other).exchange, tmp_path / "o", dry_run=True)
        assert not preview.applied and preview.created["person"] == 14
        assert table_dump(other) == before
        import_ocd(Services(other).exchange, tmp_path / "o")
        after_first = table_dump(other)
        again = import_ocd(Services(other).exchange, tmp_path / "o")
        assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0
        dump = table_dump(other)
        assert {k: v for k, v in dump.items() if k != "audit_log"} == {
            k: v for k, v in after_first.items() if k != "audit_log"
        }


def test_reimport_of_own_export_matches_own_rows(demo, tmp_path: Path) -> None:
    services, _ = demo
    export_ocd(services.exchange, tmp_path / "o")
    preview = import_ocd(services.exchange, tmp_path / "o")
    assert sum(preview.created.values()) == 0


def test_changed_file_updates_the_record(demo, tmp_path: Path) -> None:
    services, _ = demo
    export_ocd(services.exchange, tmp_path / "o")
    with open_database(tmp_path / "b.db") as other:
        import_ocd(Services(other).exchange, tmp_path / "o")
        path = next(p for p in (tmp_path / "o").glob("person_*.json") if "Schwartz" in p.read_text())
        doc = json.loads(path.read_text())
        doc["extras"]["councildesk"]["email"] = "pschwartz@example.org"
        path.write_text(json.dumps(doc))
        preview = import_ocd(Services(other).exchange, tmp_path / "o")
        assert preview.updated == {"person": 1}
        with other.reading() as s:
            assert s.scalar(select(m.Person.email).where(m.Person.display_name == "Pamela Schwartz")) == (
                "pschwartz@example.org"
            )


def test_date_range_exports_only_meetings_inside(demo, tmp_path: Path) -> None:
    services, _ = demo
    tmp_path = tmp_path / "out"
    export_ocd(services.exchange, tmp_path, DateRange(None, None))
    assert len(list(tmp_path.glob("event_*.json"))) == 3
    export_ocd(services.exchange, tmp_path, DateRange(date_(2011, 8, 10), date_(2011, 8, 31)))
    events = docs(tmp_path, "event")
    assert [e["start_date"][:10] for e in events] == ["2011-08-18"]
    assert len(list(tmp_path.glob("vote_event_*.json"))) == 2


def date_(y: int, mo: int, d: int):
    from datetime import date

    return date(y, mo, d)


def test_backwards_range_is_refused() -> None:
    with pytest.raises(UserError, match="starts"):
        DateRange(date_(2012, 1, 1), date_(2011, 1, 1))


def foreign_vote(tmp_path: Path, votes: list[dict], **extra: object) -> Path:
    folder = tmp_path / "foreign"
    folder.mkdir(exist_ok=True)
    (folder / "organization_o1.json").write_text(
        json.dumps(
            {
                "_id": "o1",
                "_type": "organization",
                "name": "Springfield Council",
                "classification": "legislature",
            }
        )
    )
    for i, name in enumerate(["Ann Lee", "Bo Diaz", "Cy Park", "Di Moss"]):
        (folder / f"person_p{i}.json").write_text(
            json.dumps({"_id": f"p{i}", "_type": "person", "name": name})
        )
    doc = {
        "_id": "v1",
        "_type": "vote_event",
        "motion_text": "To adopt the budget.",
        "start_date": "2019-05-01T19:30:00",
        "result": "passed",
        "organization_id": "o1",
        "counts": [],
        "votes": votes,
    } | extra
    (folder / "vote_event_v1.json").write_text(json.dumps(doc))
    return folder


def test_foreign_option_spellings_map_with_paired_as_warning(db: Database, tmp_path: Path) -> None:
    folder = foreign_vote(
        tmp_path,
        [
            {"voter_id": "p0", "option": "aye"},
            {"voter_id": "p1", "option": "Yea"},
            {"voter_id": "p2", "option": "not voting"},
            {"voter_id": "p3", "option": "paired"},
        ],
    )
    preview = import_ocd(Services(db).exchange, folder)
    assert any("paired" in w for w in preview.warnings)
    with db.reading() as s:
        options = sorted(b.option.value for b in s.scalars(select(m.Ballot)))
        assert options == ["absent", "present", "yes", "yes"]
        assert s.scalar(select(m.Meeting.title)) == "Imported votes"


def test_an_option_outside_the_table_is_kept_as_other_with_its_words(db: Database, tmp_path: Path) -> None:
    folder = foreign_vote(
        tmp_path,
        [{"voter_id": "p0", "option": "Present - not voting (late)"}, {"voter_id": "p1", "option": "yes"}],
    )
    folder.joinpath("vote_event_v1.json").write_text(
        folder.joinpath("vote_event_v1.json")
        .read_text()
        .replace('"counts": []', '"counts": [{"option": "maybe", "value": 1}, {"option": "yes", "value": 1}]')
    )
    preview = import_ocd(Services(db).exchange, folder)
    with db.reading() as s:
        ballots = sorted((b.option.value, b.note) for b in s.scalars(select(m.Ballot)))
    assert ballots == [("other", "Present - not voting (late)"), ("yes", "")]
    assert (
        "vote_event_v1.json, vote_event 'v1', field 'votes[0].option': the vote value 'Present - not "
        "voting (late)' has no meaning CouncilDesk knows; it was recorded as 'other' with the original "
        "value in the ballot's note." in preview.warnings
    )
    assert any("the count option 'maybe' has no meaning" in w for w in preview.warnings)


@pytest.mark.parametrize(
    ("votes", "message"),
    [
        ([{"voter_id": "p0", "option": 3}], "field 'votes[0].option': 3 is not a known vote option."),
        (
            [{"voter_id": "p0", "option": "yes"}, {"voter_id": "p0", "option": "no"}],
            "already voted at votes[0]",
        ),
        (["p0"], "votes[0]: expected an object, found text"),
    ],
)
def test_bad_votes_are_refused_and_change_nothing(
    db: Database, tmp_path: Path, votes: list, message: str
) -> None:
    folder = foreign_vote(tmp_path, votes)
    before = table_dump(db)
    with pytest.raises(UserError) as error:
        import_ocd(Services(db).exchange, folder)
    assert message in str(error.value)
    assert str(error.value).startswith("vote_event_v1.json")
    assert table_dump(db) == before


def test_unknown_result_is_refused(db: Database, tmp_path: Path) -> None:
    folder = foreign_vote(tmp_path, [], result="sort of")
    with pytest.raises(UserError, match="'sort of' is not a known vote result"):
        import_ocd(Services(db).exchange, folder)


def test_dangling_reference_is_refused(demo, tmp_path: Path) -> None:
    services, _ = demo
    export_ocd(services.exchange, tmp_path / "o")
    for p in (tmp_path / "o").glob("bill_*.json"):
        p.unlink()
    with open_database(tmp_path / "b.db") as other:
        before = table_dump(other)
        with pytest.raises(UserError, match="does not name any matter in the file or the database"):
            import_ocd(Services(other).exchange, tmp_path / "o")
        assert table_dump(other) == before


def test_duplicate_ids_are_refused(demo, tmp_path: Path) -> None:
    services, _ = demo
    export_ocd(services.exchange, tmp_path / "o")
    person = next((tmp_path / "o").glob("person_*.json"))
    (tmp_path / "o" / "person_copy.json").write_text(person.read_text())
    with (
        open_database(tmp_path / "b.db") as other,
        pytest.raises(UserError, match="is used by two person records"),
    ):
        import_ocd(Services(other).exchange, tmp_path / "o")


def test_truncated_and_mistyped_files_are_refused(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "o"
    folder.mkdir()
    bad = folder / "person_x.json"
    bad.write_text('{"_id": "x", "_type": "person", "name": "Ann')
    with pytest.raises(UserError, match=r"person_x.json is not valid JSON \(line 1"):
        import_ocd(Services(db).exchange, folder)
    bad.write_text('{"_id": "x", "_type": "person", "name": ["Ann"]}')
    with pytest.raises(
        UserError, match=r"person_x.json, person 'x', field 'name': expected text, found a list"
    ):
        import_ocd(Services(db).exchange, folder)
    bad.write_text("[1, 2]")
    with pytest.raises(UserError, match="expected an object, found a list"):
        import_ocd(Services(db).exchange, folder)


def test_approved_meeting_round_trips_and_stays_locked(demo, tmp_path: Path) -> None:
    services, _ = demo
    with services.db.reading() as s:
        approved = s.scalars(
            select(m.Meeting.scheduled_start).where(m.Meeting.minutes_status == "approved")
        ).all()
    assert approved, "the demo approves the minutes of 4 August 2011"
    export_ocd(services.exchange, tmp_path / "o")
    with open_database(tmp_path / "b.db") as other:
        import_ocd(Services(other).exchange, tmp_path / "o")
        with other.reading() as s:
            again = s.scalars(
                select(m.Meeting.scheduled_start).where(m.Meeting.minutes_status == "approved")
            ).all()
        assert again == approved
        with pytest.raises(UserError, match="approved and locked"), other.transaction() as s:
            item = s.scalars(
                select(m.AgendaItem).join(m.Meeting).where(m.Meeting.minutes_status == "approved")
            ).first()
            assert item is not None
            item.title = "changed"


def test_services_fixture_is_usable(services: Services) -> None:
    assert services.backups.list_backups() == []
