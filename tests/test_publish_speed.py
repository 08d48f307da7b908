"""What makes a first publish fast gives the same site: bulk reads, the PDF workers, exports in memory."""

from __future__ import annotations

import json
import os
import re
import stat
import zlib
from pathlib import Path

import pytest

from councildesk.exchange.assemble import dump_json
from councildesk.exchange.exporters import export_contents, export_each, run_exporter
from councildesk.exchange.ics import fold
from councildesk.exchange.ocd import SCHEME as OCD
from councildesk.exchange.ocd_write import ocd_documents
from councildesk.publish import drawing
from councildesk.publish.drawing import Drawer
from councildesk.publish.meeting_files import agenda_document
from councildesk.publish.site import DATA_FORMATS
from councildesk.publish.site_folder import SiteFolder
from councildesk.services.container import Services
from councildesk.services.exchange_records import DateRange


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
        assert (drawer._pool is not None) == (kind == "pool" and drawing.workers() > 1)
        folder.begin_group()
        for n, data in enumerate(payloads):
            drawer.draw(f"f/{n}.bin", zlib.compress, data, kind="packed")
            # One task, one payload sent, two files back (as a meeting's agenda and minutes).
            drawer.draw_files((f"f/{n}.a", f"f/{n}.b"), _both_ways, data)
        group = folder.end_group()
        drawer.finish()
        # Counted with the page that asked for them, in the order asked.
        assert group == [f"f/{n}.{x}" for n in range(40) for x in ("bin", "a", "b")]
        made[kind] = {p.name: p.read_bytes() for p in (tmp_path / kind / "f").iterdir()}
        assert folder.changed == set(group)
        assert drawer.count == {"packed": 40, "upper": 40, "lower": 40}  # as measured where drawn
        assert all(seconds >= 0 for seconds in drawer.cpu.values()) and set(drawer.cpu) == set(drawer.count)
    assert made["inline"] == made["pool"]
    assert made["pool"]["7.bin"] == zlib.compress(payloads[7])
    assert (made["pool"]["7.a"], made["pool"]["7.b"]) == (payloads[7].upper(), payloads[7].lower())


def _both_ways(data: bytes) -> drawing.Drawn:
    """Two files from one payload, each with its CPU time (a worker runs this: it is module level)."""
    return (data.upper(), data.lower()), {"upper": 0.0, "lower": 0.0}


def test_open_data_made_in_memory_equals_the_exports(demo: tuple[Services, int], tmp_path: Path) -> None:
    """The website takes each export's files as bytes: the same files, byte for byte, as `export` writes."""
    services, _ = demo
    for kind in DATA_FORMATS:
        run_exporter(kind, services.exchange, tmp_path / kind)
        written = {p.name: p.read_bytes() for p in sorted((tmp_path / kind).iterdir())}
        made = export_contents(kind, services.exchange)
        assert [name for name, _ in made] == sorted(written)
        for name, data in made:
            if kind == "ics":  # the calendar is stamped with the time it is made
                data, written[name] = (re.sub(rb"DTSTAMP:\S+", b"", x) for x in (data, written[name]))
            assert data == written[name], f"{kind}: {name}"
    assert len(made) == 1 and len(written) == 1
    with pytest.raises(ValueError):
        export_contents("wide-csv", services.exchange)


def test_open_data_made_together_equals_each_made_alone(demo: tuple[Services, int]) -> None:
    """The site makes its exports in one pass, OCD and Popolo sharing the rows they read (and the
    Rec objects where their keys agree): each kind's files must be those it makes by itself, for the
    whole record and for a span that cuts the demo's meetings."""
    services, _ = demo
    meetings = services.meetings.list_meetings(newest_first=False)
    middle = meetings[len(meetings) // 2].scheduled_start.date()
    for span in (
        None,
        DateRange(None, middle, approved_only=False),
        DateRange(middle, None, approved_only=True),
    ):
        together = dict(export_each(list(reversed(DATA_FORMATS)), services.exchange, span))
        assert list(together) == list(reversed(DATA_FORMATS))
        for kind in DATA_FORMATS:
            alone = export_contents(kind, services.exchange, span)
            stamp = (lambda b: re.sub(rb"DTSTAMP:\S+", b"", b)) if kind == "ics" else (lambda b: b)
            assert [(n, stamp(d)) for n, d in together[kind]] == [(n, stamp(d)) for n, d in alone], (
                kind,
                span,
            )
    assert together["ocd"] and together["popolo"]  # something was compared
    with pytest.raises(ValueError):
        list(export_each(["ocd", "wide-csv"], services.exchange))


def test_the_folder_makes_readable_files_and_never_writes_through_a_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("keep")
    folder = SiteFolder(tmp_path / "site")
    folder.write("a/new.html", "new")
    folder.write("a/new.html", "changed")  # replaced whole
    (tmp_path / "site" / "a" / "planted.html").symlink_to(outside / "secret.txt")
    folder.write("a/planted.html", "page")
    (tmp_path / "site" / "b").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValueError, match="outside the site folder"):
        folder.write("b/secret.txt", "overwritten")
    assert (outside / "secret.txt").read_text() == "keep"
    planted = tmp_path / "site" / "a" / "planted.html"
    assert not planted.is_symlink() and planted.read_text() == "page"
    assert (tmp_path / "site" / "a" / "new.html").read_text() == "changed"
    umask = os.umask(0o022)
    os.umask(umask)
    for name in ("new.html", "planted.html"):  # a web server, or a colleague, can read the pages
        assert stat.S_IMODE((tmp_path / "site" / "a" / name).stat().st_mode) == 0o666 & ~umask
    assert not [p for p in (tmp_path / "site" / "a").iterdir() if p.name.startswith(".")]


def test_the_agenda_is_drawn_from_the_record_already_read(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    record = services.records.load(meeting_id)
    style = services.bodies.house_style(record.meeting.body_id)
    assert agenda_document(record, style) == services.minutes.agenda(meeting_id)


def test_json_files_are_written_as_json_dumps_writes_them(demo: tuple[Services, int]) -> None:
    services, _ = demo
    documents = list(ocd_documents(services.exchange.records(OCD)).values())
    odd = [{}, [], {"b": [1, 2.5, None, True, False, 'é\n"\\\u2028', {"z": {}}], "a": (1,)}, -0.0, 1e300]
    odd += [float("nan"), float("inf"), {1: "a", 2: "b"}, {None: 2}, [[[]]]]
    for data in [*documents, *odd]:
        assert dump_json(data) == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert len(documents) > 40 and any(d["_type"] == "vote_event" for d in documents)
    with pytest.raises(TypeError):
        dump_json({"a": object()})


def test_minutes_made_from_the_record_already_read_equal_minutes_read_afresh(
    demo: tuple[Services, int],
) -> None:
    services, _ = demo
    ids = [m.id for m in services.meetings.list_meetings()]
    records = services.records.load_many(ids)
    breaks = services.minutes.chain_breaks()
    approved = 0
    for meeting_id in ids:
        doc = services.minutes.minutes(meeting_id, breaks=breaks, record=records[meeting_id])
        assert doc == services.minutes.minutes(meeting_id)
        approved += doc.approval is not None
    assert approved  # approved minutes (printed from their snapshot) are compared too


def test_calendar_lines_fold_at_75_octets_and_unfold_to_the_line() -> None:
    for line in (
        "DTSTAMP:20261202T000000Z",
        "SUMMARY:" + "x" * 67,
        "SUMMARY:" + "x" * 68,
        "D:" + "é, 市" * 40,
    ):
        folded = fold(line)
        pieces = folded.split("\r\n")[:-1]
        assert all(len(p.encode("utf-8")) <= 75 for p in pieces) and folded.endswith("\r\n")
        assert "".join(p[1:] if n else p for n, p in enumerate(pieces)) == line  # RFC 5545 unfolding
        assert len(pieces) == 1 or len(pieces[0].encode("utf-8")) > 72  # full pieces, not short ones


@pytest.mark.skipif(drawing.workers() < 2, reason="one core: a publish makes its open data in-process")
def test_open_data_made_in_a_worker_equals_open_data_made_in_process(
    demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from councildesk.publish.site import publish

    services, _ = demo
    here = publish(services, tmp_path / "here")
    assert "open data" not in here.drawing_count  # a small site: no workers
    monkeypatch.setattr(drawing, "POOL_FROM", 0)  # workers even for the demo
    there = publish(services, tmp_path / "there")
    assert there.drawing_count["open data"] == 1 and there.drawing_cpu["open data"] > 0
    for kind in DATA_FORMATS:
        made_here = {
            p.name: _stamp_free(p.read_bytes()) for p in (tmp_path / "here" / "data" / kind).iterdir()
        }
        made_there = {
            p.name: _stamp_free(p.read_bytes()) for p in (tmp_path / "there" / "data" / kind).iterdir()
        }
        assert made_here and made_there == made_here


def _stamp_free(data: bytes) -> bytes:
    """The file without the calendar's DTSTAMP lines (the moment it was written)."""
    return re.sub(rb"DTSTAMP:[0-9TZ]+\r\n", b"", data)


@pytest.mark.skipif(drawing.workers() < 2, reason="one core: a publish makes its open data in-process")
def test_a_cancelled_publish_stops_its_workers_at_once(
    demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from councildesk.publish.site import PublishCancelled, publish

    services, _ = demo
    monkeypatch.setattr(drawing, "POOL_FROM", 0)
    pools: list[Drawer] = []
    real_init = Drawer.__init__

    def remembered(self: Drawer, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        pools.append(self)

    monkeypatch.setattr(Drawer, "__init__", remembered)
    started = time.perf_counter()
    with pytest.raises(PublishCancelled):
        publish(services, tmp_path / "site", cancel=lambda: len(pools) > 1)
    assert time.perf_counter() - started < 30
    assert pools[-1].pooled is False  # the workers are gone
