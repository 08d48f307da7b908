"""Wide roll-call CSV: the demo's votes out and back into a fresh database, and portals' own files in."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from councildesk.cli import main
from councildesk.db.engine import Database, open_database
from councildesk.domain.errors import UserError
from councildesk.exchange.importers import run_importer
from councildesk.exchange.roster_csv import import_roster
from councildesk.exchange.wide_csv_write import export_wide_csv
from councildesk.services.container import Services
from councildesk.services.exchange_records import DateRange
from tests.helpers import refused

VOTES = """
    SELECT date(mt.scheduled_start), mo.text, v.result, p.display_name, bl.option
    FROM ballot bl JOIN vote v ON v.id = bl.vote_id JOIN motion mo ON mo.id = v.motion_id
    JOIN agenda_item a ON a.id = mo.agenda_item_id JOIN meeting mt ON mt.id = a.meeting_id
    JOIN person p ON p.id = bl.person_id"""
ROSTER = """
    SELECT p.display_name, b.name, po.label, ms.role, ms.start_date, ms.end_date, ms.voting
    FROM membership ms JOIN person p ON p.id = ms.person_id JOIN body b ON b.id = ms.body_id
    LEFT JOIN post po ON po.id = ms.post_id ORDER BY po.position, ms.id"""


def rows(db: Database, query: str) -> list[tuple[object, ...]]:
    with db.reading() as s:
        return [tuple(r) for r in s.execute(text(query))]


def tallies(db: Database) -> dict[tuple[object, object], Counter[object]]:
    out: dict[tuple[object, object], Counter[object]] = {}
    for day, motion, _, _, option in rows(db, VOTES):
        out.setdefault((day, motion), Counter())[option] += 1
    return out


def write(path: Path, lines: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(lines)
    return path


def test_demo_votes_round_trip_into_a_fresh_database_with_the_same_roster(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    (sheet,) = export_wide_csv(services.exchange, tmp_path / "out")
    header = next(csv.reader(sheet.read_text("utf-8-sig").splitlines()))
    assert header[:8] == ["Date", "Body", "Meeting", "Item", "Matter", "Motion", "Result", "Tally"]
    assert "City Clerk" not in header  # a non-voting seat is not a column
    roster = write(
        tmp_path / "roster.csv",
        [
            ["name", "body", "seat", "role", "start_date", "end_date", "voting"],
            *[
                [n, b, s or "", r, str(start), str(end or ""), "yes" if v else "no"]
                for n, b, s, r, start, end, v in rows(services.db, ROSTER)
            ],
        ],
    )
    fresh = open_database(tmp_path / "fresh.db")
    try:
        other = Services(fresh)
        import_roster(other.exchange, roster)
        preview = run_importer("wide-csv", other.exchange, sheet, dry_run=False)
        # The roster carries no matters: each file number voted on is created, and said so.
        assert [w.split(": ", 1)[1] for w in preview.warnings] == [
            f"there is no matter '{m}'; it was created." for m in ("O-11-021", "R-11-034", "ORD-11-007")
        ]
        assert preview.created["vote"] == 5 and preview.created["meeting"] == 3
        assert preview.created.get("person", 0) == 0  # every member found by name
        assert tallies(fresh) == tallies(services.db)
        assert sorted(rows(fresh, VOTES)) == sorted(rows(services.db, VOTES))
        # The same file again changes nothing: meetings by date, items by number, motions by text.
        again = run_importer("wide-csv", other.exchange, sheet, dry_run=False)
        assert not +again.created and not +again.updated
        # The export of the copy lists the same members in the same seat order.
        (copy,) = export_wide_csv(other.exchange, tmp_path / "copy")
        assert copy.read_text("utf-8-sig") == sheet.read_text("utf-8-sig")
    finally:
        fresh.close()


def test_portal_headers_and_values_are_read_by_meaning(demo: tuple[Services, int], tmp_path: Path) -> None:
    services, _ = demo
    path = write(
        tmp_path / "portal.csv",
        [
            ["City of Northampton roll calls"],  # a title line above the header is skipped
            [
                "MEETING DATE",
                "Agenda Item",
                "File Number",
                "Action",
                "Outcome",
                "pamela schwartz",
                "Narkewicz",
            ],
            ["10/06/2011", "7", "R-11-099", "To adopt", "Carried", "In Favor", "aye"],
            ["2011-10-06", "8", "", "To refer", "defeated", "Opposed", "Excused"],
            ["2011-10-06", "9", "", "To table", "", "Present", ""],
        ],
    )
    preview = run_importer("wide-csv", services.exchange, path, dry_run=True)
    assert not preview.applied and preview.created["vote"] == 3 and preview.created["meeting"] == 1
    assert preview.created.get("person", 0) == 0  # a full name in another case, and a family name
    assert (
        preview.text()
        .splitlines()[1]
        .endswith(
            "portal.csv holds 3 votes in 1 meeting, with 2 member columns and 5 ballots; "
            "3 values read by meaning (such as 'In Favor', 'aye' and 'Opposed')."
        )
    )
    assert preview.warnings == [
        "portal.csv, row 3: there is no matter 'R-11-099'; it was created.",
        "portal.csv, row 5, column 5: no result is given; it was counted from the votes (0 yes, 0 no): fail.",
    ]
    run_importer("wide-csv", services.exchange, path, dry_run=False)
    got = rows(
        services.db, VOTES + " WHERE date(mt.scheduled_start) = '2011-10-06' ORDER BY v.id, p.display_name"
    )
    assert [(m, r, p, o) for _, m, r, p, o in got] == [
        ("To adopt", "pass", "David J. Narkewicz", "yes"),
        ("To adopt", "pass", "Pamela Schwartz", "yes"),
        ("To refer", "fail", "David J. Narkewicz", "excused"),
        ("To refer", "fail", "Pamela Schwartz", "no"),
        ("To table", "fail", "Pamela Schwartz", "present"),
    ]
    assert rows(services.db, "SELECT identifier FROM matter WHERE identifier = 'R-11-099'") == [("R-11-099",)]


def test_an_unknown_value_is_kept_as_other_with_a_warning_and_a_new_member_is_created(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    path = write(
        tmp_path / "votes.csv",
        [
            ["Date", "Meeting", "Motion", "Result", "Pamela Schwartz", "Ada Newcomer"],
            # A long meeting name still makes ids short enough to store.
            ["2011-10-06", "Joint session " * 20, "To adopt", "Pass", "Y", "Sick leave?"],
        ],
    )
    preview = run_importer("wide-csv", services.exchange, path, dry_run=False)
    assert preview.warnings == [
        "votes.csv, row 1, column 6: no one is named 'Ada Newcomer'; a person of that name was created.",
        "votes.csv, row 2, column 'Ada Newcomer': the vote value 'Sick leave?' has no meaning CouncilDesk "
        "knows; it was recorded as 'other' with the original value in the ballot's note.",
    ]
    assert rows(
        services.db,
        "SELECT bl.option, bl.note FROM ballot bl JOIN person p ON p.id = bl.person_id "
        "WHERE p.display_name = 'Ada Newcomer'",
    ) == [("other", "Sick leave?")]


def test_a_tally_keeps_the_counts_of_a_vote_without_ballots_and_checks_one_with_them(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    path = write(
        tmp_path / "tallies.csv",
        [
            ["Date", "Item", "Motion", "Result", "Vote Count", "Pamela Schwartz", "David J. Narkewicz"],
            ["2011-10-06", "1", "To adopt by show of hands", "", "7-2", "", ""],
            ["2011-10-06", "2", "To refer", "Pass", "5-0-0", "Y", "N"],
            ["2011-10-06", "3", "To table", "Fail", "most", "N", "N"],
        ],
    )
    preview = run_importer("wide-csv", services.exchange, path, dry_run=False)
    assert preview.warnings == [
        "tallies.csv, row 2, column 4: no result is given; "
        "it was counted from the votes (7 yes, 2 no): pass.",
        "tallies.csv, row 3, column 5: the tally '5-0-0' differs from the member columns (1-1-0); "
        "the ballots were kept.",
        "tallies.csv, row 4, column 5: the tally 'most' is not yes-no or yes-no-abstain counts; "
        "it was not read.",
    ]
    assert rows(
        services.db,
        "SELECT mo.text, v.method, v.result, v.yes_count, v.no_count, v.abstain_count FROM vote v "
        "JOIN motion mo ON mo.id = v.motion_id WHERE mo.text LIKE 'To % hands'",
    ) == [("To adopt by show of hands", "voice", "pass", 7, 2, 0)]
    (sheet,) = export_wide_csv(services.exchange, tmp_path / "out", DateRange(date(2011, 10, 6), None))
    lines = sheet.read_text("utf-8-sig").splitlines()
    assert lines[1].endswith(",To adopt by show of hands,Pass,7-2-0" + "," * (len(lines[0].split(",")) - 8))
    assert ",To refer,Pass,1-1-0," in lines[2]  # counted from the ballots, as every other format counts


def test_one_file_may_hold_several_bodies_and_a_file_without_bodies_is_named_after_one(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    both = write(
        tmp_path / "all.csv",
        [
            ["Date", "Committee", "Motion", "Result", "Pamela Schwartz"],
            ["2011-10-06", "northampton city council", "To adopt", "Pass", "Y"],
            ["2011-10-07", "Planning Board", "To approve the plan", "Pass", "Y"],
        ],
    )
    preview = run_importer("wide-csv", services.exchange, both, dry_run=False)
    assert preview.warnings == [
        "all.csv, row 3: there is no body 'Planning Board'; "
        "it was created with 1 seat, one per member column."
    ]
    assert rows(
        services.db,
        "SELECT b.name, mo.text FROM motion mo JOIN agenda_item a ON a.id = mo.agenda_item_id "
        "JOIN meeting mt ON mt.id = a.meeting_id JOIN body b ON b.id = mt.body_id "
        "WHERE date(mt.scheduled_start) > '2011-10-01' ORDER BY mo.id",
    ) == [("Northampton City Council", "To adopt"), ("Planning Board", "To approve the plan")]
    lines = [["Date", "Motion", "Result", "Pamela Schwartz"], ["2011-10-08", "To adjourn", "Pass", "Y"]]
    named = write(tmp_path / "planning-board-roll-calls.csv", lines)
    assert run_importer("wide-csv", services.exchange, named, dry_run=True).created["meeting"] == 1
    unnamed = write(tmp_path / "votes.csv", lines)
    refused(
        services.db,
        lambda: run_importer("wide-csv", services.exchange, unnamed, dry_run=False),
        "votes.csv, row 2 does not say which body voted; add a Body column or name the file after the body.",
    )


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            [["Date", "Motion", "Pamela Schwartz"], ["2011-10-06", "To adopt", "Y", "N"]],
            "bad.csv, row 2, column 4: the row has 4 cells, more than the header's 3.",
        ),
        (
            [["Date", "Motion", "Pamela Schwartz"], ["2011-10-06", "To adopt"]],
            "bad.csv, row 2, column 3 ('Pamela Schwartz'): the row has 2 cells, fewer than the header's 3.",
        ),
        (
            [["Date", "Motion", "Pamela Schwartz"], ["2011-10-06", "To adopt", "Y"], ["6 Oct", "x", "Y"]],
            "bad.csv, row 3, column 1: '6 Oct' is not a date (YYYY-MM-DD or MM/DD/YYYY).",
        ),
        (
            [["To adopt", "Y", "N"], ["To refer", "N", "N"]],
            "bad.csv has no header line naming its columns (Date, Meeting, Item, Matter, Motion, Result, "
            "then one column per member).",
        ),
        (
            [["Date", "Motion", "Result"], ["2011-10-06", "To adopt", "Pass"]],
            "bad.csv, row 1: the header names no member columns after its own.",
        ),
    ],
)
def test_a_malformed_file_is_one_sentence_and_changes_nothing(
    demo: tuple[Services, int], tmp_path: Path, lines: list[list[str]], message: str
) -> None:
    services, _ = demo
    path = write(tmp_path / "bad.csv", lines)
    refused(services.db, lambda: run_importer("wide-csv", services.exchange, path, dry_run=False), message)


def test_the_command_line_exports_one_body_and_previews_an_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    assert main(["--db", db, "demo"]) == 0
    out = tmp_path / "out"
    assert (
        main(
            [
                "--db",
                db,
                "export",
                "wide-csv",
                str(out),
                "--to",
                "2011-08-31",
                "--body",
                "northampton city council",
            ]
        )
        == 0
    )
    (sheet,) = out.iterdir()
    assert len(sheet.read_text("utf-8-sig").splitlines()) == 1 + 3  # the header and August's votes
    capsys.readouterr()
    assert main(["--db", db, "import", "wide-csv", str(sheet), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "would create nothing, and would update nothing" in printed
    assert printed.rstrip().endswith("Dry run: nothing was changed.")


def test_an_unknown_body_is_one_sentence(demo: tuple[Services, int], tmp_path: Path) -> None:
    services, _ = demo
    with pytest.raises(UserError, match=r"^There is no body named 'Planning Board' \("):
        export_wide_csv(services.exchange, tmp_path / "none", body="Planning Board")


def test_import_takes_the_folder_export_wrote_or_names_its_files(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    """`export wide-csv` writes a folder; giving that folder back to import must work, not refuse."""
    services, _ = demo
    one = tmp_path / "one"
    (sheet,) = export_wide_csv(services.exchange, one)
    by_folder = run_importer("wide-csv", services.exchange, one, dry_run=True)
    by_file = run_importer("wide-csv", services.exchange, sheet, dry_run=True)
    assert by_folder.lines == by_file.lines
    two = tmp_path / "two"
    two.mkdir()
    for name in ("council-roll-calls.csv", "board-roll-calls.csv"):
        (two / name).write_bytes(sheet.read_bytes())
    with pytest.raises(UserError) as refusal:
        run_importer("wide-csv", services.exchange, two, dry_run=True)
    assert refusal.value.message == (
        f"{two} holds 2 roll-call files (board-roll-calls.csv, council-roll-calls.csv); "
        f"import one at a time, for instance {two / 'board-roll-calls.csv'}."
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UserError, match=r"is a folder with no roll-call \.csv file in it"):
        run_importer("wide-csv", services.exchange, empty, dry_run=True)
