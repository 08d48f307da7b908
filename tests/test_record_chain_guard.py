"""The insert guard and append-only triggers, and minutes that refuse to print over a broken chain."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from councildesk.services.minutes_document import MinutesSettings

FOUR_AUGUST = 1  # approved by the demo


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO correction (meeting_id, made_on, reason, entity, entity_id, field, before, after, "
        "recorded_at) VALUES (1, '2011-09-01', 'forged', 'meeting', 1, '', 'a', 'b', '2011-09-01 10:00:00')",
        "INSERT INTO minutes_approval (meeting_id, version, approved_on, approving_meeting_id, "
        "approving_vote_id, manner, sha256, snapshot, snapshot_format, recorded_at) SELECT meeting_id, 2, "
        "approved_on, approving_meeting_id, approving_vote_id, manner, sha256, snapshot, snapshot_format, "
        "recorded_at FROM minutes_approval",
        "INSERT INTO record_chain (kind, entry_id, entry_hash, prev_hash, hash) "
        "VALUES ('audit', 1, 'a', 'b', 'c')",
        "UPDATE audit_log SET after = NULL",
        "DELETE FROM audit_log",
        "DELETE FROM record_chain",
    ],
)
def test_hand_written_sql_is_refused(demo: tuple[Services, int], db_path: Path, sql: str) -> None:
    demo[0].db.close()
    con = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="CouncilDesk: "):
        con.execute(sql)
    con.close()


def test_approved_minutes_refuse_to_print_over_a_broken_chain(
    demo: tuple[Services, int], db_path: Path
) -> None:
    services, _ = demo
    assert services.minutes.minutes(FOUR_AUGUST).approval is not None
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER trg_audit_log_append_only_delete")
    con.execute("DELETE FROM audit_log WHERE id = 3")
    con.commit()
    con.close()
    with pytest.raises(UserError, match=r"record chain of this file is broken \(audit entry 3 "):
        services.minutes.minutes(FOUR_AUGUST)
    doc = services.minutes.minutes(FOUR_AUGUST, MinutesSettings(print_despite_broken_chain=True))
    assert doc.integrity_warning is not None and doc.integrity_warning.startswith(
        "The record chain of this file is broken"
    )
    # A draft still prints: only an approval needs the chain to vouch for it.
    assert services.minutes.minutes(3).approval is None


def test_the_chain_head_travels_with_the_approved_minutes(demo: tuple[Services, int]) -> None:
    services, _ = demo
    doc = services.minutes.minutes(FOUR_AUGUST)
    assert doc.approval is not None and doc.approval.chain_head == services.approvals.chain_head().hash


def test_every_page_of_approved_minutes_carries_the_chain_head_in_its_footer(
    demo: tuple[Services, int],
) -> None:
    from councildesk.reports.minutes import minutes_pdf
    from tests.minutes_helpers import page_texts

    services, _ = demo
    head = services.approvals.chain_head().hash
    pages = [
        " ".join(text.split()) for text in page_texts(minutes_pdf(services.minutes.minutes(FOUR_AUGUST)))
    ]
    assert len(pages) > 1
    for page in pages:
        assert f"Record chain head when printed: {head[:16]}…" in page
    assert head in pages[-1].replace(" ", "")  # printed whole in the approval block
