"""The website's minutes: the record chain checked once per publish, attendance from approved minutes."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from councildesk.db import record_chain
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.publish.site import PublishOptions, PublishResult, person_path, publish
from councildesk.services.container import Services

PAMELA = "Pamela Schwartz"


@pytest.fixture(scope="module")
def two_approved(
    demo_template: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Services, Path, PublishResult, int]]:
    """The demo with 18 August approved too (4 August is; 1 September stays a draft), published once,
    counting the checks of the whole record chain made meanwhile."""
    folder = tmp_path_factory.mktemp("two-approved")
    shutil.copyfile(demo_template[0], folder / "d.db")  # closed, so the file holds it all
    database = open_database(folder / "d.db")
    services = Services(database)
    services.approvals.approve(2, at_meeting_id=3)
    checks: list[int] = []
    real = record_chain.check

    def counted(*args: object, **kwargs: object) -> list[record_chain.Break]:
        checks.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(record_chain, "check", counted)
        result = publish(services, folder / "site", PublishOptions())
    yield services, folder / "site", result, len(checks)
    database.close()


def _person(services: Services, name: str) -> int:
    return next(ms.person_id for ms in services.bodies.list_memberships() if ms.person_name == name)


def _seated(page: Path) -> list[tuple[str, str]]:
    """(year, meetings seated) of each row of a member page's attendance table."""
    html = page.read_text("utf-8")
    table = html.split('<h2 id="attendance">', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<tr><th scope="row">(\d{4})</th><td>(\d+)</td>', table)


def test_a_publish_checks_the_record_chain_once_for_all_its_approved_minutes(
    two_approved: tuple[Services, Path, PublishResult, int],
) -> None:
    _services, site, result, checks = two_approved
    assert result.approved == 2
    assert checks == 1  # was one per approved meeting: the whole chain read and hashed each time
    for meeting in (1, 2):
        assert (site / "meetings" / str(meeting) / "minutes.pdf").stat().st_size > 10_000


def test_member_attendance_counts_approved_minutes_only(
    two_approved: tuple[Services, Path, PublishResult, int],
) -> None:
    services, site, _result, _checks = two_approved
    person = _person(services, PAMELA)  # seated at all three meetings, their rolls all taken
    records = services.voting_records
    assert [(y.year, y.seated) for y in records.attendance_history(person)] == [(2011, 3)]
    assert [(y.year, y.seated) for y in records.attendance_history(person, approved_only=True)] == [(2011, 2)]
    assert _seated(site / person_path(person)) == [("2011", "2")]  # 1 September's draft roll left out


def test_a_broken_record_chain_still_stops_a_publish_in_one_sentence(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path
) -> None:
    services, _ = demo
    with closing(sqlite3.connect(db_path)) as con:  # an entry changed behind CouncilDesk's back
        con.executescript(
            "DROP TRIGGER trg_audit_log_append_only_update; UPDATE audit_log SET after = '{}' WHERE id = 3;"
        )
    with pytest.raises(
        UserError,
        match=r"record chain of this file is broken \(audit entry 3 at link \d+: the entry was changed",
    ):
        publish(services, tmp_path / "site", PublishOptions())
