"""What makes a first publish fast gives the same site: bulk matter reads, the PDF workers, no fsync."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from councildesk.atomic_output import scratch_files, write_atomically
from councildesk.publish import drawing
from councildesk.publish.drawing import Drawer
from councildesk.publish.site import agenda_document
from councildesk.publish.site_folder import SiteFolder
from councildesk.services.container import Services


def test_bulk_matter_reads_equal_one_at_a_time(demo: tuple[Services, int]) -> None:
    services, _ = demo
    ids = [m.id for m in services.matters.find_matters(limit=1000)]
    assert ids
    histories = services.voting_records.matter_histories([*ids, 999_999])  # an unknown id is left out
    matters = services.matters.get_matters(ids)
    assert set(histories) == set(matters) == set(ids)
    assert any(step.motions for h in histories.values() for step in h.steps)  # the demo has votes
    assert any(m.sponsors for m in matters.values())
    for matter_id in ids:
        assert histories[matter_id] == services.voting_records.matter_history(matter_id)
        assert matters[matter_id] == services.matters.get_matter(matter_id)


def test_pdf_workers_write_what_drawing_in_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    payloads = [f"page {n} ".encode() * (n + 1) for n in range(40)]
    monkeypatch.setattr(drawing, "IN_FLIGHT", 5)  # some are written while others are still drawn
    made = {}
    for kind, expected in (("inline", 0), ("pool", drawing.POOL_FROM)):
        folder = SiteFolder(tmp_path / kind)
        drawer = Drawer(folder, expected=expected)
        assert (drawer._pool is not None) == (kind == "pool" and drawing._workers() > 1)
        folder.begin_group()
        for n, data in enumerate(payloads):
            drawer.draw(f"f/{n}.bin", zlib.compress, data)
        group = folder.end_group()
        drawer.finish()
        assert group == [f"f/{n}.bin" for n in range(40)]  # counted with the page that asked for them
        made[kind] = {p.name: p.read_bytes() for p in (tmp_path / kind / "f").iterdir()}
        assert folder.changed == set(group)
    assert made["inline"] == made["pool"]
    assert made["pool"]["7.bin"] == zlib.compress(payloads[7])


def test_scratch_files_skip_fsync_and_only_inside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real(fd)

    monkeypatch.setattr("councildesk.atomic_output.os.fsync", fsync)
    with scratch_files():
        write_atomically(tmp_path / "a.json", b"{}")
    assert synced == [] and (tmp_path / "a.json").read_bytes() == b"{}"
    write_atomically(tmp_path / "b.json", b"[]")
    assert len(synced) == 1


def test_the_agenda_is_drawn_from_the_record_already_read(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    record = services.records.load(meeting_id)
    style = services.bodies.house_style(record.meeting.body_id)
    assert agenda_document(record, style) == services.minutes.agenda(meeting_id)
