"""CSV for a member's voting record, search results and the agreement matrix (spreadsheet-safe)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from councildesk.services.voting_record_dto import AgreementMatrix, RecordRow, SearchHit

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula (OWASP CSV injection advice)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _write(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue()


def record_csv(rows: Iterable[RecordRow]) -> str:
    header = [
        "date",
        "body",
        "meeting_id",
        "item_id",
        "item_number",
        "item_title",
        "matter",
        "motion",
        "vote",
        "note",
        "result",
        "yes",
        "no",
        "with_majority",
    ]
    return _write(
        header,
        (
            [
                r.taken_on.isoformat(),
                r.body_name,
                r.meeting_id,
                r.item_id,
                r.item_number,
                r.item_title,
                r.matter_identifier,
                r.motion_text,
                r.option.value,
                r.note,
                r.result.value,
                r.yes,
                r.no,
                "" if r.with_majority is None else ("yes" if r.with_majority else "no"),
            ]
            for r in rows
        ),
    )


def search_csv(hits: Iterable[SearchHit]) -> str:
    header = ["source", "date", "body", "meeting_id", "item_id", "title", "snippet", "rank"]
    return _write(
        header,
        (
            [
                h.source,
                h.meeting_on.isoformat() if h.meeting_on else "",
                h.body_name,
                h.meeting_id or "",
                h.item_id or "",
                h.title,
                h.plain_snippet(),
                f"{h.rank:.4f}",
            ]
            for h in hits
        ),
    )


def agreement_csv(m: AgreementMatrix) -> str:
    """One row per pair that voted together: counts and the share, so a spreadsheet can pivot it."""
    header = ["member_a", "member_b", "agreed", "votes_together", "share"]
    rows = []
    for i in range(len(m.names)):
        for j in range(i + 1, len(m.names)):
            if m.together[i][j]:
                rows.append(
                    [
                        m.names[i],
                        m.names[j],
                        m.agree[i][j],
                        m.together[i][j],
                        f"{m.agree[i][j] / m.together[i][j]:.4f}",
                    ]
                )
    return _write(header, rows)
