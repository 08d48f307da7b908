"""The video index: WebVTT chapters and a YouTube list from the seed meeting's times, moved by the offset."""

from __future__ import annotations

import re
import shutil
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from councildesk.cli import language, main
from councildesk.domain.errors import UserError
from councildesk.exchange.video_chapters import chapters, parse_offset, webvtt, youtube
from councildesk.services.container import Services

TIMING = re.compile(r"^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3}) --> (\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$")
OFFSET = timedelta(minutes=4, seconds=12)


def parse_webvtt(text: str) -> list[tuple[timedelta, timedelta, str]]:
    """A strict reader of the WebVTT the chapters use: header, then cues of id, timing and one text line."""
    assert text.startswith("WEBVTT\n\n"), "a WebVTT file starts with the line WEBVTT and a blank line"
    assert "\r" not in text and "\ufeff" not in text
    cues = []
    for block in text[len("WEBVTT\n\n") :].strip("\n").split("\n\n"):
        lines = block.split("\n")
        assert len(lines) == 3, f"cue {block!r}: an id, a timing line and one line of text"
        assert lines[0].isdigit() and "-->" not in lines[0]
        match = TIMING.match(lines[1])
        assert match, f"bad timing line {lines[1]!r}"
        n = [int(g) for g in match.groups()]
        start = timedelta(hours=n[0], minutes=n[1], seconds=n[2], milliseconds=n[3])
        end = timedelta(hours=n[4], minutes=n[5], seconds=n[6], milliseconds=n[7])
        assert end > start, f"cue {lines[0]} ends before it starts"
        assert lines[2].strip() and "-->" not in lines[2]
        cues.append((start, end, lines[2]))
    starts = [c[0] for c in cues]
    assert starts == sorted(starts), "chapters in order"
    assert all(a[1] <= b[0] for a, b in pairwise(cues)), "chapters do not overlap"
    return cues


def at(hours: int, minutes: int) -> timedelta:
    return timedelta(hours=hours, minutes=minutes)


def test_the_seed_meetings_chapters_parse_as_webvtt_and_follow_its_times(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    record = services.records.load(meeting_id)
    cues = parse_webvtt(webvtt(chapters(record, OFFSET)))
    called = record.meeting.called_to_order_at
    assert called is not None and record.meeting.adjourned_at is not None
    titles = [c[2] for c in cues]
    assert titles[0] == "Before the meeting" and cues[0][0] == timedelta(0)
    assert titles[1] == "Call to order" and cues[1][0] == OFFSET
    # The seed's items carry no stamps of their own: each starts at the first time recorded under it.
    resolution = next(e for e in record.items if e.item.number == "4.1")
    first_speaker = min(s.started_at for s in resolution.speakers if s.started_at)
    row = next(c for c in cues if c[2].startswith("4.1 Resolution condemning"))
    assert row[0] == OFFSET + (first_speaker - called)
    assert cues[-1][1] == OFFSET + (record.meeting.adjourned_at - called)

    # Stamping an item moves its chapter to the stamp.
    public = next(e for e in record.items if e.item.title == "Public comment")
    services.agenda.mark_started(public.item.id, called + timedelta(minutes=9, seconds=30))
    cues = parse_webvtt(webvtt(chapters(services.records.load(meeting_id), OFFSET)))
    row = next(c for c in cues if c[2].endswith("Public comment"))
    assert row[0] == OFFSET + timedelta(minutes=9, seconds=30)
    assert row[1] == next(c[0] for c in cues if c[2].startswith("4.1"))


def test_youtube_list_starts_at_zero_with_one_chapter_a_line(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    text = youtube(chapters(services.records.load(meeting_id), OFFSET))
    lines = text.splitlines()
    assert lines[0] == "00:00:00 Before the meeting"
    assert lines[1] == "00:04:12 Call to order"
    assert any(re.fullmatch(r"00:24:12 4\.1 Resolution condemning the federal .*", line) for line in lines)
    assert all(re.match(r"^\d\d:\d\d:\d\d \S", line) for line in lines)


def test_without_offset_the_call_to_order_is_0_00(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    found = chapters(services.records.load(meeting_id), timedelta(0))
    assert found[0].start == timedelta(0) and found[0].title == "Call to order"


def test_offsets() -> None:
    assert parse_offset("00:04:12") == OFFSET
    assert parse_offset("4:12") == OFFSET
    assert parse_offset("252") == OFFSET
    for bad in ("", "4:x", "1:2:3:4", "-5"):
        with pytest.raises(ValueError):
            parse_offset(bad)


def test_video_address_and_offset_are_kept_and_checked(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    assert services.meetings.video(meeting_id).url == ""
    services.meetings.set_video(
        meeting_id, url="https://video.example.org/council/2011-08-18", offset_seconds=252
    )
    services.meetings.set_video(meeting_id, offset_seconds=250)
    video = services.meetings.video(meeting_id)
    assert (video.url, video.offset_seconds) == ("https://video.example.org/council/2011-08-18", 250)
    with pytest.raises(UserError, match="is not a web address"):
        services.meetings.set_video(meeting_id, url="video.example.org")
    with pytest.raises(UserError, match="cannot be negative"):
        services.meetings.set_video(meeting_id, offset_seconds=-1)


def test_command_line(
    demo_template: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template, meeting_id = demo_template
    db = str(tmp_path / "council.db")
    shutil.copy(template, db)
    assert main(["--db", db, "chapters", str(meeting_id), "--format", "youtube", "--offset", "00:04:12"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "00:04:12 Call to order"
    assert main(["--db", db, "video", str(meeting_id), "--offset", "0:10:00"]) == 0
    capsys.readouterr()
    out = tmp_path / "chapters.vtt"
    assert main(["--db", db, "chapters", str(meeting_id), "-o", str(out)]) == 0
    cues = parse_webvtt(out.read_text(encoding="utf-8"))
    assert cues[1][0] == timedelta(minutes=10)
    assert main(["--db", db, "chapters", str(meeting_id), "--offset", "4 minutes"]) == 1
    assert "--offset 4 minutes is not a time like 00:04:12" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("language_code", "before", "call_to_order"),
    [
        ("fr", "00:00:00 Avant la séance", "00:04:12 Ouverture de la séance"),
        ("es", "00:00:00 Antes de la sesión", "00:04:12 Apertura de la sesión"),
    ],
)
def test_the_command_lines_chapters_are_named_in_the_readers_language(
    language_code: str,
    before: str,
    call_to_order: str,
    demo_template: tuple[Path, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    template, meeting_id = demo_template
    db = str(tmp_path / "council.db")
    shutil.copy(template, db)
    args = ["--lang", language_code, "--db", db, "chapters", str(meeting_id), "--format", "youtube"]
    try:
        assert main([*args, "--offset", "00:04:12"]) == 0
    finally:
        language.install("en")
    assert capsys.readouterr().out.splitlines()[:2] == [before, call_to_order]


def test_the_published_meeting_page_links_each_timed_item_to_its_moment(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    from councildesk.exchange.video_chapters import moment_url
    from councildesk.publish.site import PublishOptions, meeting_path, publish

    services, meeting_id = demo
    services.meetings.set_video(meeting_id, url="https://www.youtube.com/watch?v=nc2011", offset_seconds=252)
    publish(services, tmp_path / "site", PublishOptions())
    page = (tmp_path / "site" / meeting_path(meeting_id)).read_text("utf-8")
    # 4.1 starts with its first speaker at 19:20, twenty minutes after the call to order.
    assert 'href="https://www.youtube.com/watch?v=nc2011&amp;t=1452s">Video</a>' in page
    assert page.count(">Video</a>") == 2  # the two items with a time: 2 (its motion) and 4.1
    assert (
        moment_url("https://video.example.org/m.mp4", timedelta(seconds=75))
        == "https://video.example.org/m.mp4#t=75"
    )
    assert moment_url("https://youtu.be/abc", timedelta(seconds=9)) == "https://youtu.be/abc?t=9s"
