"""Approved minutes' files drawn once at approval, kept, and published byte for byte while they verify."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.models import KeptMinutesFiles
from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import UserError
from councildesk.domain.house_style import ClockStyle
from councildesk.publish.kept_files import keep_minutes_files
from councildesk.publish.site import publish
from councildesk.services.container import Services
from councildesk.services.kept_files_service import KeptFiles

MINUTES_FILES = ("agenda.pdf", "minutes.html", "minutes.pdf")
HEX64 = re.compile(r"[0-9a-f]{64}")


def _approved(services: Services) -> list[int]:
    return [m.id for m in services.meetings.list_meetings() if m.minutes_status is MinutesStatus.APPROVED]


def _kept_row(db_path: Path, meeting_id: int) -> tuple[bytes, str, bytes, str]:
    with closing(sqlite3.connect(db_path)) as conn:
        row = conn.execute(
            "SELECT agenda_pdf, minutes_html, minutes_pdf, files_sha256 FROM kept_minutes_files "
            "WHERE meeting_id = ?",
            (meeting_id,),
        ).fetchone()
    assert row is not None
    agenda, html, pdf, sha = row
    return bytes(agenda), str(html), bytes(pdf), str(sha)


def _kept_entries(db_path: Path) -> int:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'kept_minutes_files'").fetchone()[
            0
        ]


def _forge(db_path: Path, sql: str, *values: object) -> None:
    """An edit behind the application's back, straight into the file."""
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(sql, values)
        conn.commit()


def test_kept_files_are_published_byte_for_byte_and_not_drawn_again(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path
) -> None:
    services, _ = demo
    [approved] = _approved(services)
    assert keep_minutes_files(services, [approved]) == 1
    agenda, html, pdf, _ = _kept_row(db_path, approved)
    result = publish(services, tmp_path / "site")
    folder = tmp_path / "site" / "meetings" / str(approved)
    assert [(folder / name).read_bytes() for name in MINUTES_FILES] == [agenda, html.encode(), pdf]
    # The only approved minutes were copied, not drawn; every other meeting's agenda was drawn.
    assert "minutes PDF" not in result.drawing_count and "minutes web edition" not in result.drawing_count
    assert result.drawing_count["agenda PDF"] == result.meetings - 1
    # Keeping again draws nothing: the copy was made from the same record by the same code.
    assert _kept_entries(db_path) == 1
    assert keep_minutes_files(services, [approved]) == 1
    assert _kept_row(db_path, approved)[:3] == (agenda, html, pdf)
    assert _kept_entries(db_path) == 1


def test_the_kept_copy_is_what_publishing_would_draw_but_for_when_it_was_printed(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    [approved] = _approved(services)
    drawn = tmp_path / "drawn"
    publish(services, drawn)  # nothing kept yet: drawn at publish, as before
    keep_minutes_files(services, [approved])
    copied = tmp_path / "copied"
    result = publish(services, copied)
    assert "minutes PDF" not in result.drawing_count
    name = f"meetings/{approved}/minutes.html"
    # The web edition prints the record chain's head when it was made: at keeping, one audit entry
    # later than the first publish. Nothing else differs, nor in any page of the site.
    heads = [HEX64.findall((root / name).read_text("utf-8")) for root in (drawn, copied)]
    assert len(heads[0]) == len(heads[1])
    assert HEX64.sub("#", (drawn / name).read_text("utf-8")) == HEX64.sub(
        "#", (copied / name).read_text("utf-8")
    )
    pages = sorted(p.relative_to(copied).as_posix() for p in copied.rglob("*.html"))
    assert pages == sorted(p.relative_to(drawn).as_posix() for p in drawn.rglob("*.html"))


def _kept_and_forged(services: Services, db_path: Path) -> tuple[int, KeptFiles, str]:
    """The demo's approved meeting, its files kept; what a forger would put in their place, and
    the SHA-256 kept with them."""
    [approved] = _approved(services)
    keep_minutes_files(services, [approved])
    agenda, html, pdf, sha = _kept_row(db_path, approved)
    forged = KeptFiles(agenda, html.replace("Minutes", "Forged minutes"), pdf)
    assert forged.minutes_html != html
    return approved, forged, sha


@pytest.mark.parametrize("forgery", ["bytes", "bytes and their sha256"])
def test_a_forged_copy_is_drawn_again_not_published(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, forgery: str
) -> None:
    services, _ = demo
    approved, forged, _ = _kept_and_forged(services, db_path)
    _forge(db_path, "UPDATE kept_minutes_files SET minutes_html = ?", forged.minutes_html)
    if forgery == "bytes and their sha256":
        _forge(db_path, "UPDATE kept_minutes_files SET files_sha256 = ?", forged.digest())
    assert services.kept_files.kept({approved: services.kept_files.keys([approved])[approved]}) == {}
    result = publish(services, tmp_path / "site")
    assert result.drawing_count["minutes PDF"] == 1
    published = (tmp_path / "site" / f"meetings/{approved}/minutes.html").read_text("utf-8")
    assert "Forged minutes" not in published


def test_a_copy_moved_to_another_meeting_is_drawn_again_not_published(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path
) -> None:
    services, seed = demo
    services.approvals.approve(seed, at_meeting_id=3)  # 18 August, approved on 1 September
    [first] = [m for m in _approved(services) if m != seed]
    assert keep_minutes_files(services, [first, seed]) == 2
    with closing(sqlite3.connect(db_path)) as conn:
        seed_key = conn.execute(
            "SELECT made_from FROM kept_minutes_files WHERE meeting_id = ?", (seed,)
        ).fetchone()
    # The 4 August copy put in the 18 August meeting's place, under the key 18 August would ask for.
    _forge(db_path, "DELETE FROM kept_minutes_files WHERE meeting_id = ?", seed)
    _forge(db_path, "UPDATE kept_minutes_files SET meeting_id = ?, made_from = ?", seed, seed_key[0])
    assert services.kept_files.kept({seed: seed_key[0]}) == {}
    result = publish(services, tmp_path / "site")
    assert result.drawing_count["minutes PDF"] == 2  # neither copy is taken
    first_html = (tmp_path / "site" / f"meetings/{first}/minutes.html").read_text("utf-8")
    assert (tmp_path / "site" / f"meetings/{seed}/minutes.html").read_text("utf-8") != first_html


def test_a_forged_copy_with_its_audit_entry_forged_too_breaks_the_chain_and_is_never_published(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path
) -> None:
    services, _ = demo
    approved, forged, sha = _kept_and_forged(services, db_path)
    with closing(sqlite3.connect(db_path)) as conn:  # everything a forger with the file can do
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(
            "UPDATE kept_minutes_files SET minutes_html = ?, files_sha256 = ?",
            (forged.minutes_html, forged.digest()),
        )
        conn.execute(
            "UPDATE audit_log SET after = replace(after, ?, ?) WHERE entity = 'kept_minutes_files'",
            (sha, forged.digest()),
        )
        conn.commit()
    assert services.minutes.chain_breaks().breaks  # the rewritten entry no longer chains
    with pytest.raises(UserError, match="record chain of this file is broken"):
        publish(services, tmp_path / "site")  # approved minutes are not published over a break
    assert not (tmp_path / "site" / f"meetings/{approved}/minutes.html").exists()
    assert keep_minutes_files(services, [approved]) == 0  # nothing is kept over a broken chain
    assert _kept_row(db_path, approved)[1] == forged.minutes_html


def test_a_new_house_style_redraws_the_minutes_and_keeping_again_takes_it(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path
) -> None:
    services, _ = demo
    [approved] = _approved(services)
    keep_minutes_files(services, [approved])
    body_id = services.meetings.get_meeting(approved).body_id
    style = services.bodies.house_style(body_id)
    services.bodies.set_house_style(body_id, replace(style, clock=ClockStyle.TWENTY_FOUR_HOUR))
    assert publish(services, tmp_path / "one").drawing_count["minutes PDF"] == 1
    before = _kept_row(db_path, approved)
    keep_minutes_files(services, [approved])
    assert _kept_row(db_path, approved) != before
    assert "minutes PDF" not in publish(services, tmp_path / "two").drawing_count


def test_draft_minutes_are_never_kept_and_nothing_changes(demo: tuple[Services, int], db_path: Path) -> None:
    services, _ = demo
    draft = next(
        m.id for m in services.meetings.list_meetings() if m.minutes_status is not MinutesStatus.APPROVED
    )
    with pytest.raises(UserError, match="not approved"):
        services.kept_files.keep(draft, "0" * 64, KeptFiles(b"%PDF", "<p>", b"%PDF"))
    assert keep_minutes_files(services, [draft]) == 0
    with services.db.reading() as s:
        assert s.query(KeptMinutesFiles).count() == 0


def test_approving_on_the_command_line_keeps_the_files(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, seed = demo
    services.db.close()  # the command line opens the file itself
    later = 3  # the 1 September meeting
    assert main(["--db", str(db_path), "approve", str(seed), "--at", str(later)]) == 0
    assert "now locked" in capsys.readouterr().out
    with closing(sqlite3.connect(db_path)) as conn:
        kept = {row[0] for row in conn.execute("SELECT meeting_id FROM kept_minutes_files")}
        conn.execute("DELETE FROM kept_minutes_files")  # as a file approved before this release
        conn.commit()
    assert kept == {seed}
    assert main(["--db", str(db_path), "keep-minutes-files"]) == 0
    assert "files kept: 2." in capsys.readouterr().out  # the demo's 4 August minutes and these


def test_the_code_digest_needs_no_sources_where_a_bundle_has_none() -> None:
    from councildesk.publish.kept_files import code_digest

    # A built bundle holds compiled modules only: the folders and files named are not there.
    missing = code_digest(("no_such_area", "no_such_area/module.py"))
    assert len(missing) == 64 and missing != code_digest(("reports",))
