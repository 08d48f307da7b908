"""Builds the public site from the services: home, meetings, members, matters, search, data, fingerprints."""

from __future__ import annotations

import functools
import hashlib
import json
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.domain.enums import BallotOption, MinutesStatus
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.publish.agreement_page import heatmap_svg, legend, matrix_table
from councildesk.publish.drawing import Drawer
from councildesk.publish.kept_files import PDF_KEY_VERSION, code_digest, files_key, kept_key
from councildesk.publish.meeting_files import MeetingDrawing, meeting_files, meeting_paths
from councildesk.publish.member_votes import filter_js, published_summary, votes_section
from councildesk.publish.open_data import Exports, start_exports
from councildesk.publish.page import SITE_CSS, bullet_list, esc, page, table
from councildesk.publish.search_assets import Entry, index_script, kind_name, search_js
from councildesk.publish.site_folder import SiteFolder, safe_extension
from councildesk.publish.site_fonts import SiteFonts
from councildesk.publish.site_words import ENGLISH, SiteWords, site_language

if TYPE_CHECKING:
    from councildesk.domain.house_style import HouseStyle
    from councildesk.services.container import Services
    from councildesk.services.dto import MatterDTO, MeetingRecord, MeetingSummary, MembershipDTO, VideoDTO
    from councildesk.services.kept_files_service import KeptFiles
    from councildesk.services.minutes_assembly import MinutesInputs
    from councildesk.services.minutes_service import ChainBreaks
    from councildesk.services.voting_record_dto import MatterHistory, RecordRow, RecordSummary

DATA_FORMATS = ("ocd", "popolo", "csv", "ics")
# The site's words used more than once (each page's own are declared where they print).
MEETINGS, NO_MEETINGS = QT_TRANSLATE_NOOP("site", "Meetings"), QT_TRANSLATE_NOOP("site", "No meetings.")
ATTENDANCE, SEARCH = QT_TRANSLATE_NOOP("site", "Attendance"), QT_TRANSLATE_NOOP("site", "Search")
DATE, VOTE = QT_TRANSLATE_NOOP("site", "Date"), QT_TRANSLATE_NOOP("site", "Vote")
TERM_HEADS = (
    QT_TRANSLATE_NOOP("site", "Body"),
    QT_TRANSLATE_NOOP("site", "Seat"),
    QT_TRANSLATE_NOOP("site", "Role"),
    QT_TRANSLATE_NOOP("site", "From"),
    QT_TRANSLATE_NOOP("site", "To"),
)
ATTENDANCE_HEADS = (
    QT_TRANSLATE_NOOP("site", "Year"),
    QT_TRANSLATE_NOOP("site", "Meetings seated"),
    QT_TRANSLATE_NOOP("site", "Present"),
    QT_TRANSLATE_NOOP("site", "Absent"),
    QT_TRANSLATE_NOOP("site", "Excused"),
)


@dataclass(frozen=True)
class PublishOptions:
    body_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_drafts: bool = False
    force: bool = False
    today: date | None = None  # what "upcoming" and "now serving" are measured from
    # Where the site will be served; only the Atom feed and the sitemap use it (pages stay relative).
    base_url: str = ""
    # The language of the site's own words ("en", "es", "fr"); None: the published bodies' language
    # when they share one, else English.
    lang: str | None = None


@dataclass
class PublishResult:
    pages: int = 0
    files: int = 0
    changed: int = 0
    changed_pages: int = 0  # .html files rewritten (PDFs and the calendar carry their time of writing)
    removed: int = 0
    seconds: float = 0.0
    meetings: int = 0
    approved: int = 0
    changed_files: tuple[str, ...] = ()
    # CPU seconds spent drawing each kind of file (agenda PDF, minutes PDF, …), where it was drawn.
    drawing_cpu: dict[str, float] = field(default_factory=dict)
    drawing_count: dict[str, int] = field(default_factory=dict)


@dataclass
class _State:
    """What one publish has gathered so far: the pages link to each other through these."""

    meeting_rows: list[MeetingSummary] = field(default_factory=list)
    with_minutes: set[int] = field(default_factory=set)  # meetings whose minutes are published
    people: dict[int, str] = field(default_factory=dict)
    matters: dict[int, str] = field(default_factory=dict)
    matter_kinds: dict[int, str] = field(default_factory=dict)
    speakers: list[tuple[str, str, str]] = field(default_factory=list)  # name, what about, page
    entries: list[Entry] = field(default_factory=list)
    fingerprints: dict[int, str] = field(default_factory=dict)
    feed: list[tuple[date, str, str, str]] = field(default_factory=list)  # approved on, title, path, sha


def meeting_path(meeting_id: int) -> str:
    return f"meetings/{int(meeting_id)}/index.html"


def person_path(person_id: int) -> str:
    return f"people/{int(person_id)}.html"


def matter_path(matter_id: int) -> str:
    return f"matters/{int(matter_id)}.html"


def link(from_path: str, to_path: str, text: str) -> str:
    """A relative link from one page to another, its text escaped."""
    return f'<a href="{"../" * from_path.count("/")}{to_path}">{esc(text)}</a>'


class PublishCancelled(UserError):
    """The clerk stopped a publish: the files written so far stay, and the next publish tidies them."""


def publish(
    services: Services,
    root: Path,
    options: PublishOptions | None = None,
    progress: Callable[[str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PublishResult:
    """Write the site into `root`; only changed files are rewritten and last time's leftovers removed.

    `cancel` is asked between steps; when it says yes, the publish stops with PublishCancelled and
    its manifest keeps every file of the last publish and this one, so that nothing is orphaned.
    """
    from councildesk.reports.page_template import collector_paused

    # Python's cycle collector off meanwhile: what a publish gathers (pages' links, search entries,
    # the open data's rows) stays alive to the end, and each full collection went over all of it
    # again (59 of them, 15 s of a 30-year city's 82 s); the garbage in cycles is small (350,000
    # objects, 56 MB of its 1.9 GB peak), freed once the collector runs again.
    with collector_paused():
        return _publish(services, root, options, progress, cancel)


def _publish(
    services: Services,
    root: Path,
    options: PublishOptions | None,
    progress: Callable[[str], None] | None,
    cancel: Callable[[], bool] | None,
) -> PublishResult:
    options = options or PublishOptions()
    options = replace(options, lang=options.lang or site_language(services.bodies, options.body_id))
    started = time.perf_counter()
    stop = cancel or (lambda: False)

    def say(text: str) -> None:
        if stop():
            folder.abandon()
            raise PublishCancelled(
                QT_TRANSLATE_NOOP(
                    "publish",
                    "Publishing stopped; the folder holds part of the new site until the next publish.",
                )
            )
        if progress is not None:
            progress(text)

    if options.body_id is not None:
        services.bodies.get_body(options.body_id)  # an unknown body: one sentence, and no folder made
    folder = SiteFolder(root, force=options.force)  # refuses a foreign folder before any work
    today = options.today or date.today()
    made_with, mark = options_token(services, options, today), _latest_change(services)
    source = hashlib.sha256(f"{made_with}:{mark}".encode()).hexdigest()
    if folder.still_whole(source):
        folder.keep_all()
        return PublishResult(
            **{k: v for k, v in folder.previous_summary.items() if k in SUMMARY_FIELDS},  # type: ignore[arg-type]
            files=len(folder.written),
            seconds=time.perf_counter() - started,
        )
    state = _State()
    site_name = _site_name(services, options)
    builder = _Builder(services, folder, options, state, site_name, today, say)
    builder.dirty = _changed_since(services, folder, made_with)
    builder.prev = folder.cache if builder.dirty is not None else {}
    say(said(QT_TRANSLATE_NOOP("publish", "Reading the meetings…")))
    builder.select_meetings()
    redrawn = len(state.meeting_rows) if builder.dirty is None else len(builder.dirty)
    builder.drawer = Drawer(folder, expected=redrawn)
    try:
        builder.start_data_files()
        say(
            said(
                QT_TRANSLATE_NOOP("publish", "Writing {count} meeting pages…"), count=len(state.meeting_rows)
            )
        )
        builder.meeting_pages()
        builder.gather_people()
        say(said(QT_TRANSLATE_NOOP("publish", "Writing the matter pages…")))
        builder.matter_pages()
        say(said(QT_TRANSLATE_NOOP("publish", "Writing the member pages…")))
        builder.people_pages()
        say(said(QT_TRANSLATE_NOOP("publish", "Writing who votes with whom…")))
        builder.agreement_pages()
        builder.speakers_page()
        builder.meeting_lists()
        builder.home_page()
        builder.search_pages()
        say(said(QT_TRANSLATE_NOOP("publish", "Writing the open data…")))
        builder.data_files()
        # The PDFs are drawn meanwhile by the workers; the last ones are written now.
        say(said(QT_TRANSLATE_NOOP("publish", "Writing the PDFs…")))
        builder.drawer.finish()
    finally:
        builder.drawer.close()
    folder.write("assets/site.css", SITE_CSS + builder.fonts.ship(folder, builder.prev, builder.cache))
    folder.write("assets/filter.js", filter_js(builder.w))
    if options.base_url:
        folder.write(
            "sitemap.xml", sitemap(options.base_url, sorted(p for p in folder.written if p.endswith(".html")))
        )
    summary: dict[str, object] = {"pages": sum(1 for p in folder.written if p.endswith(".html"))}
    summary |= {"meetings": len(state.meeting_rows), "approved": len(state.fingerprints)}
    summary |= {"made_with": made_with, "mark": mark}
    folder.cache = builder.cache
    removed = folder.finish(source, summary)
    result = PublishResult(
        pages=sum(1 for p in folder.written if p.endswith(".html")),
        files=len(folder.written),
        changed=len(folder.changed),
        changed_pages=sum(1 for p in folder.changed if p.endswith(".html")),
        removed=len(removed),
        seconds=time.perf_counter() - started,
        meetings=len(state.meeting_rows),
        approved=len(state.fingerprints),
        changed_files=tuple(sorted(folder.changed)),
        drawing_cpu=dict(builder.drawer.cpu),
        drawing_count=dict(builder.drawer.count),
    )
    return result


SUMMARY_FIELDS = ("pages", "meetings", "approved")


# Entries read to learn what changed since the last publish; more than this reads every record.
MAX_CHANGES = 2000


def options_token(services: Services, options: PublishOptions, today: date) -> str:
    """What the site is made from besides the records: the code, the database, the options, the day.

    The day counts because "upcoming" and "serving" do.
    """
    where = services.database.url or str(services.database.path or "")
    chosen = (options.body_id, options.date_from, options.date_to, options.include_drafts, options.base_url)
    made = repr((code_digest(), where, chosen, options.lang, today.isoformat()))  # lang: every page's words
    return hashlib.sha256(made.encode("utf-8")).hexdigest()


def _latest_change(services: Services) -> int:
    """The latest audit entry's id: every change to the records writes one, and ids only grow."""
    latest = services.audit.entries(limit=1)
    return latest[0].id if latest else 0


def _changed_since(services: Services, folder: SiteFolder, made_with: str) -> set[int] | None:
    """The meetings changed since the last whole publish made the same way, or None: read them all."""
    from councildesk.publish.changes import touched_meetings

    before = folder.previous_summary
    if before.get("made_with") != made_with or not isinstance(before.get("mark"), int):
        return None
    cache = folder.previous_cache()
    index = cache.get("index")
    if not isinstance(index, dict) or not isinstance(cache.get("meetings"), dict):
        return None
    mark = int(before["mark"])  # type: ignore[call-overload]
    entries = [e for e in services.audit.entries(limit=MAX_CHANGES) if e.id > mark]
    if len(entries) >= MAX_CHANGES:
        return None
    changed = touched_meetings(entries, index)
    if changed is not None:
        folder.cache = cache  # read once; the builder takes last time's contributions from it
    return changed


def _site_name(services: Services, options: PublishOptions) -> str:
    bodies = services.bodies.list_bodies()
    chosen = [b for b in bodies if options.body_id in (None, b.id)]
    town = next((b.municipality for b in chosen if b.municipality), "")
    w = SiteWords(options.lang or "en")
    return (
        w(QT_TRANSLATE_NOOP("site", "{town} — public records"), town=town)
        if town
        else w(QT_TRANSLATE_NOOP("site", "Public records"))
    )


class _Builder:
    def __init__(
        self,
        services: Services,
        folder: SiteFolder,
        options: PublishOptions,
        state: _State,
        site_name: str,
        today: date,
        say: Callable[[str], None],
    ) -> None:
        self.say = say
        self.s = services
        self.folder = folder
        self.options = options
        self.state = state
        self.site_name = site_name
        self.today = today
        self.w = SiteWords(options.lang or "en")  # the site's own words, in the site's language
        self.serving: list[int] = []
        # Incremental publishing: the meetings changed since the last publish (None: all of them),
        # what that publish left in its cache, and what this one leaves for the next.
        self.dirty: set[int] | None = None
        self.prev: dict[str, object] = {}
        self.cache: dict[str, object] = {"index": {}, "meetings": {}, "matters": {}, "people": {}}
        self._seen: set[int] = set()  # matters and people of the meeting being written
        self._attended: set[int] = set()
        self._matter_meetings: defaultdict[int, set[int]] = defaultdict(set)
        self._person_meetings: defaultdict[int, set[int]] = defaultdict(set)
        self.memberships: defaultdict[int, list[MembershipDTO]] = defaultdict(list)
        self.drawer = Drawer(folder, expected=0)  # publish() gives it workers for a big site
        self.fonts = SiteFonts()
        self._styles: dict[int, HouseStyle] = {}
        self._breaks: ChainBreaks | None = None  # the record chain's first break, once checked
        self._files_keys: dict[int, str] = {}  # meetings read: the key of their files (files_key)
        self._kept: dict[int, KeptFiles] = {}  # meetings read: their approved minutes' kept files
        self._exports: Callable[[], tuple[Exports, float]] = lambda: ([], 0.0)  # start_data_files's
        self._cell_memo: dict[tuple[object, ...], str] = {}  # the cells of members' votes (_vote_cells)
        self.municipality = next(
            (b.municipality for b in services.bodies.list_bodies() if options.body_id in (None, b.id)), ""
        )

    def write_page(self, path: str, title: str, body: str, scripts: tuple[str, ...] = ()) -> None:
        html = page(path, title, body, site_name=self.site_name, scripts=scripts, words=self.w)
        self.folder.write(path, self.fonts.page(html))  # a character no font has: its marker, no box

    # -- meetings ---------------------------------------------------------------------------------
    def select_meetings(self) -> None:
        o = self.options
        rows = self.s.meetings.list_meetings(body_id=o.body_id, newest_first=False)
        self.state.meeting_rows = [
            m
            for m in rows
            if (o.date_from is None or m.scheduled_start.date() >= o.date_from)
            and (o.date_to is None or m.scheduled_start.date() <= o.date_to)
        ]
        for m in self.state.meeting_rows:
            if m.minutes_status is MinutesStatus.APPROVED or o.include_drafts:
                self.state.with_minutes.add(m.id)

    def meeting_pages(self) -> None:
        kept = self.prev.get("meetings", {})
        assert isinstance(kept, dict)
        meetings: dict[str, object] = {}
        self.cache["meetings"] = meetings
        self.cache["index"] = dict(self.prev.get("index", {}))  # type: ignore[call-overload]
        rows = self.state.meeting_rows
        redraw = [m.id for m in rows if not (isinstance(kept.get(str(m.id)), dict) and self._unchanged(m.id))]
        read = _Batches(redraw, self._read_meetings, lambda i: self._read_meetings([i])[i], size=100)
        for n, summary in enumerate(rows):
            if n % 20 == 0:
                self.say(
                    said(
                        QT_TRANSLATE_NOOP("publish", "Writing meeting pages ({n} of {total})…"),
                        n=n,
                        total=len(rows),
                    )
                )
            mid, last = summary.id, kept.get(str(summary.id))
            if isinstance(last, dict) and self._unchanged(mid) and self._restore_meeting(mid, last):
                meetings[str(summary.id)] = last
                continue
            record, video, minutes = read(summary.id)
            write = functools.partial(self._meeting_page, summary, record, video, minutes)
            meetings[str(summary.id)] = self._recorded(summary.id, write)
            self._index_rows(summary.id, record)

    def _read_meetings(
        self, ids: list[int]
    ) -> dict[int, tuple[MeetingRecord, VideoDTO, MinutesInputs | None]]:
        """Whole meetings, their recordings and what their published minutes are made of besides the
        record, a batch at a time (one at a time is ~20 queries each)."""
        records, videos = self.s.records.load_many(ids), self.s.meetings.videos(ids)
        published = {i: records[i] for i in ids if i in self.state.with_minutes}
        if published and self._breaks is None:  # the whole record chain, checked once per publish
            self._breaks = self.s.minutes.chain_breaks()
        minutes = self.s.minutes.inputs(published, breaks=self._breaks) if published else {}
        wanted: dict[int, str] = {}  # approved meetings whose files are to be written: their kept key
        for i in ids:
            record = records[i]
            key = self._files_keys[i] = files_key(
                record, self._house_style(record.meeting.body_id), i in published
            )
            approved = record.meeting.minutes_status is MinutesStatus.APPROVED and i in minutes
            if approved and self.folder.previous_keys.get(f"meeting-{i}") != key:
                wanted[i] = kept_key(key, minutes[i].approved_here)
        # Kept files only under a whole record chain: with a break the minutes print its warning.
        if wanted and self._breaks is not None and not self._breaks.breaks:
            self._kept.update(self.s.kept_files.kept(wanted))
        return {i: (records[i], videos[i], minutes.get(i)) for i in ids}

    def _matter_cache(self) -> dict[str, object]:
        """Which meetings each matter and each member appear in, last time and now (for what to redraw)."""
        for source in (self.prev.get("meetings", {}), self.cache["meetings"]):
            for meeting_id, made in dict(source).items():  # type: ignore[call-overload]
                for key in dict(made.get("matters", {})):
                    self._matter_meetings[int(key)].add(int(meeting_id))
                for key in dict(made.get("people", {})):
                    self._person_meetings[int(key)].add(int(meeting_id))
        matters: dict[str, object] = {}
        self.cache["matters"] = matters
        return matters

    def _matter_unchanged(self, matter_id: int) -> bool:
        return self.dirty is not None and not self._matter_meetings[matter_id] & self.dirty

    def _unchanged(self, meeting_id: int) -> bool:
        """True when the last publish's page of this meeting still holds (no change recorded since)."""
        return self.dirty is not None and meeting_id not in self.dirty

    def _index_rows(self, meeting_id: int, record: MeetingRecord) -> None:
        """Where each item, motion and vote of the meeting lives, to place later audit entries."""
        index = self.cache["index"]
        assert isinstance(index, dict)
        for entry in record.items:
            index[f"item:{entry.item.id}"] = meeting_id
            for motion in entry.motions:
                index[f"motion:{motion.id}"] = meeting_id
                for vote in motion.votes:
                    index[f"vote:{vote.id}"] = meeting_id

    def _recorded(self, meeting_id: int, build: Callable[[], None]) -> dict[str, object]:
        """Build one meeting's page and note all it added to the site, to keep it next time."""
        st = self.state
        entries, speakers, feed = len(st.entries), len(st.speakers), len(st.feed)
        self._seen, self._attended = set(), set()
        self.folder.begin_group()
        build()
        return {
            "files": self.folder.end_group(),
            "entries": [list(e.__dict__.values()) for e in st.entries[entries:]],
            "speakers": [list(s) for s in st.speakers[speakers:]],
            "feed": [[on.isoformat(), title, path, sha] for on, title, path, sha in st.feed[feed:]],
            "fingerprint": st.fingerprints.get(meeting_id),
            "matters": {str(k): st.matters[k] for k in self._seen},
            "people": {str(k): st.people[k] for k in self._attended},
        }

    def _restore_meeting(self, meeting_id: int, last: dict[str, object]) -> bool:
        """Take a meeting's page and contributions from the last publish; False if its files are gone."""
        files = last.get("files")
        if not isinstance(files, list) or not self.folder.keep([str(f) for f in files]):
            return False
        st = self.state
        st.entries += [Entry(*row) for row in last.get("entries", [])]  # type: ignore[attr-defined]
        st.speakers += [(a, b, c) for a, b, c in last.get("speakers", [])]  # type: ignore[attr-defined]
        for on, title, path, sha in last.get("feed", []):  # type: ignore[attr-defined]
            st.feed.append((date.fromisoformat(on), title, path, sha))
        for key, value in dict(last.get("matters", {})).items():  # type: ignore[call-overload]
            st.matters[int(key)] = str(value)
        for key, value in dict(last.get("people", {})).items():  # type: ignore[call-overload]
            st.people.setdefault(int(key), str(value))
        if isinstance(last.get("fingerprint"), str):
            st.fingerprints[meeting_id] = str(last["fingerprint"])
        return True

    def _meeting_page(
        self, summary: MeetingSummary, record: MeetingRecord, video: VideoDTO, minutes: MinutesInputs | None
    ) -> None:
        m = record.meeting
        path = meeting_path(m.id)
        base = f"meetings/{m.id}/"
        kind, on = self.w.meeting_kind(m.kind), f"{m.scheduled_start:%Y-%m-%d}"
        title = self.w(
            QT_TRANSLATE_NOOP("site", "{body} — {kind} meeting, {day}"), body=m.body_name, kind=kind, day=on
        )
        parts = [
            f"<p>{esc(self.w.moment(m.scheduled_start))}"
            + (f" · {esc(m.location)}" if m.location else "")
            + "</p>"
        ]
        approved = m.minutes_status is MinutesStatus.APPROVED
        with_minutes = m.id in self.state.with_minutes
        pdfs = meeting_paths(base, with_minutes)
        # The record, its house style and what is published of it decide every byte of the PDFs.
        style = self._house_style(m.body_id)
        key = self._files_keys.pop(m.id, None) or files_key(record, style, with_minutes)
        kept = self._kept.pop(m.id, None)
        if self.folder.unchanged(f"meeting-{m.id}", key, list(pdfs)):
            pass
        elif kept is not None:  # drawn when the minutes were approved, from this very record
            files: tuple[bytes | str, ...] = (kept.agenda_pdf, kept.minutes_html, kept.minutes_pdf)
            for relative, data in zip(pdfs, files, strict=True):
                self.folder.write(relative, data)
        else:
            # The minutes document is put together in the worker, from the record and `minutes`.
            self.drawer.draw_files(pdfs, meeting_files, MeetingDrawing(record, style, minutes))
        parts.append(
            '<p><a href="agenda.pdf">' + self.w.text(QT_TRANSLATE_NOOP("site", "Agenda (PDF)")) + "</a></p>"
        )
        if with_minutes:
            parts += self._minutes_links(approved)
        else:
            not_yet = QT_TRANSLATE_NOOP(
                "site", "The minutes of this meeting are not yet approved; they appear here once they are."
            )
            parts.append(f"<p>{self.w.text(not_yet)}</p>")
        if record.approvals and approved:
            latest = record.approvals[-1]
            self.state.fingerprints[m.id] = latest.sha256
            self.state.feed.append((latest.approved_on, title, path, latest.sha256))
            sha = f'<span class="fingerprint">{esc(latest.sha256)}</span>'
            approved_on = esc(self.w.day(latest.approved_on))
            said_so = QT_TRANSLATE_NOOP("site", "Minutes approved on {day}. Fingerprint (SHA-256): {sha}")
            parts.append(f"<p>{self.w(said_so, day=approved_on, sha=sha)}</p>")
        parts.append('<h2 id="agenda">' + self.w.text(QT_TRANSLATE_NOOP("site", "Agenda")) + "</h2>")
        rows = []
        moments = _video_moments(record, video)
        for entry in record.items:
            item = entry.item
            cell = esc(item.title)
            if item.id in moments:
                cell += (
                    f' — <a href="{esc(moments[item.id])}">'
                    + self.w.text(QT_TRANSLATE_NOOP("site", "Video"))
                    + "</a>"
                )

            if entry.matter is not None:
                self.state.matters[entry.matter.id] = entry.matter.identifier
                self._seen.add(entry.matter.id)
                cell += " — " + link(path, matter_path(entry.matter.id), entry.matter.identifier)
            docs = []
            for d in entry.documents:
                if d.url:
                    # A linked document has no bytes to copy: the page links to where it is published
                    # (a web address only; anything else, e.g. a "javascript:" text, is shown, not linked).
                    if d.url.lower().startswith(("https://", "http://")):
                        outside = self.w.text(QT_TRANSLATE_NOOP("site", "(external link)"))
                        docs.append(f'<a href="{esc(d.url)}">{esc(d.title or d.url)}</a> {outside}')
                    else:
                        docs.append(f"{esc(d.title)} ({esc(d.url)})")
                elif m.id in self.state.with_minutes:
                    name = f"exhibits/{d.sha256}.{safe_extension(d.file_name)}"
                    self.folder.write(base + name, self.s.documents.content(d.id))
                    docs.append(
                        f'<a href="{name}">{esc(d.title or d.file_name)}</a> '
                        f'<span class="fingerprint">SHA-256 {esc(d.sha256)}</span>'
                    )
                else:
                    docs.append(esc(d.title or d.file_name))
            rows.append([esc(item.number), cell, "<br>".join(docs)])
            if m.id in self.state.with_minutes:
                self._index_item(m.id, title, entry)
        heads = (
            QT_TRANSLATE_NOOP("site", "No."),
            QT_TRANSLATE_NOOP("site", "Item"),
            QT_TRANSLATE_NOOP("site", "Documents"),
        )
        parts.append(
            table(self.w(QT_TRANSLATE_NOOP("site", "Agenda items")), tuple(self.w(h) for h in heads), rows)
            if rows
            else "<p>" + self.w.text(QT_TRANSLATE_NOOP("site", "No agenda items.")) + "</p>"
        )
        if m.id in self.state.with_minutes:
            present = [a for a in record.attendance if a.status is not None]
            for a in record.attendance:
                self.state.people.setdefault(a.person_id, a.person_name)
                self._attended.add(a.person_id)
            parts.append('<h2 id="attendance">' + self.w.text(ATTENDANCE) + "</h2>")
            unknown = self.w(QT_TRANSLATE_NOOP("site", "not recorded"))
            parts.append(
                bullet_list(
                    [
                        link(path, person_path(a.person_id), a.person_name)
                        + f" — {esc(self.w.label(a.status) if a.status else unknown)}"
                        for a in present
                    ],
                    self.w(QT_TRANSLATE_NOOP("site", "No attendance was recorded.")),
                )
            )
        self.write_page(path, title, "\n".join(parts))

    def _house_style(self, body_id: int) -> HouseStyle:
        if body_id not in self._styles:
            self._styles[body_id] = self.s.bodies.house_style(body_id)
        return self._styles[body_id]

    def _minutes_links(self, approved: bool) -> list[str]:
        out = []
        if not approved:
            draft = QT_TRANSLATE_NOOP("site", "DRAFT — these minutes are not approved and may still change.")
            out.append(f'<p class="draft">{self.w.text(draft)}</p>')
        web, tagged = (
            QT_TRANSLATE_NOOP("site", "Minutes (web edition)"),
            QT_TRANSLATE_NOOP("site", "Minutes (tagged PDF)"),
        )
        out.append(
            f'<p><a href="minutes.html">{self.w.text(web)}</a> · '
            f'<a href="minutes.pdf">{self.w.text(tagged)}</a></p>'
        )
        return out

    def _index_item(self, meeting_id: int, meeting_title: str, entry: object) -> None:
        from councildesk.services.dto import ItemRecord

        assert isinstance(entry, ItemRecord)
        item = entry.item
        url = f"meetings/{meeting_id}/minutes.html"
        text = " ".join(t for t in (item.body, item.discussion, item.action_text) if t)
        self.state.entries.append(Entry("minutes", f"{meeting_title}: {item.title}", url, text[:2000]))
        for sp in entry.speakers:
            about = self.w(
                QT_TRANSLATE_NOOP("site", "{name} on {item} ({meeting})"),
                name=sp.name,
                item=item.title,
                meeting=meeting_title,
            )
            self.state.entries.append(Entry("speaker", about, url, sp.summary[:500]))
            self.state.speakers.append((sp.name, f"{item.title} ({meeting_title})", url))

    def meeting_lists(self) -> None:
        by_body_year: dict[tuple[int, str], dict[int, list[MeetingSummary]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for m in self.state.meeting_rows:
            by_body_year[(m.body_id, m.body_name)][m.scheduled_start.year].append(m)
        index = []
        for (body_id, body_name), years in sorted(by_body_year.items(), key=lambda kv: kv[0][1]):
            index.append(f"<h2>{esc(body_name)}</h2>")
            year_links = []
            for year in sorted(years, reverse=True):
                path = f"meetings/body-{int(body_id)}-{int(year)}.html"
                count = self.w(
                    QT_TRANSLATE_NOOP("site", "{year} ({n} meetings)"), year=year, n=len(years[year])
                )
                year_links.append(link("meetings/index.html", path, count))
                rows = [
                    [
                        link(path, meeting_path(m.id), f"{m.scheduled_start:%Y-%m-%d}"),
                        esc(self.w.label(m.kind)),
                        esc(self._minutes_state(m)),
                    ]
                    for m in years[year]
                ]
                heads = (DATE, QT_TRANSLATE_NOOP("site", "Kind"), QT_TRANSLATE_NOOP("site", "Minutes"))
                self.write_page(
                    path,
                    self.w(
                        QT_TRANSLATE_NOOP("site", "{body}: meetings in {year}"), body=body_name, year=year
                    ),
                    table(
                        self.w(
                            QT_TRANSLATE_NOOP("site", "Meetings of the {body} in {year}"),
                            body=body_name,
                            year=year,
                        ),
                        tuple(self.w(h) for h in heads),
                        rows,
                    ),
                )
            index.append(bullet_list(year_links, self.w(NO_MEETINGS)))
        none = "<p>" + self.w.text(NO_MEETINGS) + "</p>"
        self.write_page("meetings/index.html", self.w(MEETINGS), "\n".join(index) or none)

    def _minutes_state(self, m: MeetingSummary) -> str:
        if m.minutes_status is MinutesStatus.APPROVED:
            return self.w(QT_TRANSLATE_NOOP("site", "Approved"))
        if m.id in self.state.with_minutes:
            return self.w(QT_TRANSLATE_NOOP("site", "Draft (published)"))
        return self.w(QT_TRANSLATE_NOOP("site", "Not yet approved"))

    # -- people -----------------------------------------------------------------------------------
    def gather_people(self) -> None:
        """Everyone holding a seat on a published body, so that sponsors and votes can link to them."""
        body_ids = {m.body_id for m in self.state.meeting_rows}
        self.memberships = defaultdict(list)
        for ms in self.s.bodies.list_memberships():
            if ms.body_id in body_ids:
                self.memberships[ms.person_id].append(ms)
                self.state.people.setdefault(ms.person_id, ms.person_name)

    def people_pages(self) -> None:
        from councildesk.services.voting_record_dto import RecordFilter

        bodies = {b.id: b.name for b in self.s.bodies.list_bodies()}
        # A member's votes and attendance count on the published bodies only (all of them, or --body).
        o = self.options
        span = RecordFilter(date_from=o.date_from, date_to=o.date_to, body_id=o.body_id)
        serving, rows_index = [], []
        kept, people = self.prev.get("people", {}), dict[str, object]()
        assert isinstance(kept, dict)
        self.cache["people"] = people
        for n, (person_id, name) in enumerate(sorted(self.state.people.items(), key=lambda kv: kv[1])):
            if n % 20 == 0:
                self.say(
                    said(
                        QT_TRANSLATE_NOOP("publish", "Writing member pages ({n} of {total})…"),
                        n=n,
                        total=len(self.state.people),
                    )
                )
            path = person_path(person_id)
            terms = self.memberships.get(person_id, [])
            if any(
                t.start_date <= self.today and (t.end_date is None or t.end_date >= self.today) for t in terms
            ):
                serving.append(person_id)
            last = kept.get(str(person_id))
            if (
                isinstance(last, list)
                and self.dirty is not None
                and not self._person_meetings[person_id] & self.dirty
                and self.folder.keep([str(f) for f in last])
            ):
                people[str(person_id)] = last
                rows_index.append(link("people/index.html", path, name))
                continue
            self.folder.begin_group()
            here, terms_title = (
                esc(self.w(QT_TRANSLATE_NOOP("site", "On this page"))),
                self.w.text(QT_TRANSLATE_NOOP("site", "Seats and terms")),
            )
            attendance, votes_title = self.w.text(ATTENDANCE), self.w.text(QT_TRANSLATE_NOOP("site", "Votes"))
            parts = [
                f'<nav aria-label="{here}"><ul class="legend">'
                f'<li><a href="#terms">{terms_title}</a></li><li><a href="#attendance">{attendance}</a></li>'
                f'<li><a href="#votes">{votes_title}</a></li></ul></nav>',
                f'<h2 id="terms">{terms_title}</h2>',
            ]
            parts.append(
                table(
                    self.w(QT_TRANSLATE_NOOP("site", "Seats held by {name}"), name=name),
                    tuple(self.w(h) for h in TERM_HEADS),
                    [
                        [
                            esc(bodies.get(t.body_id, "")),
                            esc(t.post_label or "—"),
                            esc(self.w.label(t.role)),
                            esc(t.start_date.isoformat()),
                            esc(
                                t.end_date.isoformat()
                                if t.end_date
                                else self.w(QT_TRANSLATE_NOOP("site", "serving"))
                            ),
                        ]
                        for t in terms
                    ],
                )
                if terms
                else "<p>"
                + self.w.text(QT_TRANSLATE_NOOP("site", "No seat on a published body is recorded."))
                + "</p>"
            )
            # Counted from the published minutes only: a draft's roll may still be corrected.
            drafts = self.options.include_drafts
            years = self.s.voting_records.attendance_history(person_id, span, approved_only=not drafts)
            parts.append(f'<h2 id="attendance">{attendance}</h2>')
            parts.append(
                table(
                    self.w(QT_TRANSLATE_NOOP("site", "Attendance of {name} by year"), name=name),
                    tuple(self.w(h) for h in ATTENDANCE_HEADS),
                    [
                        [str(y.year), str(y.seated), str(y.present), str(y.absent), str(y.excused)]
                        for y in years
                    ],
                )
                if years
                else "<p>" + self.w.text(QT_TRANSLATE_NOOP("site", "No attendance recorded.")) + "</p>"
            )
            votes = [
                r
                for r in self.s.voting_records.full_record(person_id, span)
                if r.meeting_id in self.state.with_minutes
            ]
            parts.append(
                '<h2 id="votes">'
                + self.w.text(QT_TRANSLATE_NOOP("site", "Votes ({n})"), n=len(votes))
                + "</h2>"
            )
            if votes:
                summary = published_summary(
                    person_id, name, votes, sum(y.seated for y in years), sum(y.present for y in years)
                )
                self._record_files(person_id, summary, votes)
                share, n = summary.majority_share, summary.ballots
                ballots = (
                    QT_TRANSLATE_NOOP("site", "{n} ballot in published minutes")
                    if n == 1
                    else QT_TRANSLATE_NOOP("site", "{n} ballots in published minutes")
                )
                majority = QT_TRANSLATE_NOOP("site", "; with the majority on {share} of decided votes")
                against = QT_TRANSLATE_NOOP("site", "; {n} against the majority.")
                record, every = (
                    QT_TRANSLATE_NOOP("site", "Voting record (PDF)"),
                    QT_TRANSLATE_NOOP("site", "Every vote (CSV)"),
                )
                parts.append(
                    f"<p>{self.w(ballots, n=n)}"
                    + (self.w(majority, share=self.w.percent(share)) if share is not None else "")
                    + f"{self.w(against, n=len(summary.dissents))}</p>"
                    f'<p><a href="{person_id}-record.pdf">{self.w.text(record)}</a> · '
                    f'<a href="{person_id}-votes.csv">{self.w.text(every)}</a></p>'
                )
                cells = functools.partial(self._vote_cells, path)
                parts.append(votes_section(name, votes, self.state.matter_kinds, cells, self.w))
            else:
                parts.append(
                    "<p>" + self.w.text(QT_TRANSLATE_NOOP("site", "No votes in published minutes.")) + "</p>"
                )
            scripts = ("assets/filter.js",) if votes else ()
            self.write_page(path, name, "\n".join(parts), scripts=scripts)
            people[str(person_id)] = self.folder.end_group()
            rows_index.append(link("people/index.html", path, name))
        self.serving = serving
        members = bullet_list(rows_index, self.w(QT_TRANSLATE_NOOP("site", "No members.")))
        self.write_page("people/index.html", self.w(QT_TRANSLATE_NOOP("site", "Members")), members)

    def _vote_cells(self, path: str, r: RecordRow) -> list[str]:
        # Each cell is made once for all the members' pages (a vote's cells repeat on each voter's
        # page, an outcome on thousands): its key holds all it is made of, the page's depth too.
        depth, against = path.count("/"), r.with_majority is False
        linked = r.matter_id in self.state.matters  # a matter without a page is named, not linked
        return [
            self._once(
                ("when", depth, r.meeting_id, r.taken_on),
                lambda: link(path, meeting_path(r.meeting_id), r.taken_on.isoformat()),
            ),
            self._once(
                ("what", depth, r.item_title, r.matter_id, r.matter_identifier, linked),
                lambda: self._item_cell(path, r),
            ),
            self._once(("vote", r.option, against), lambda: esc(self._vote_word(r.option, against))),
            self._once(
                ("result", r.result, r.yes, r.no), lambda: esc(f"{self.w.label(r.result)} {r.yes}–{r.no}")
            ),
        ]

    def _once(self, key: tuple[object, ...], make: Callable[[], str]) -> str:
        made = self._cell_memo.get(key)
        if made is None:
            made = self._cell_memo[key] = make()
        return made

    def _item_cell(self, path: str, r: RecordRow) -> str:
        cell = esc(r.item_title)
        if r.matter_id is not None and r.matter_id in self.state.matters:
            cell += " — " + link(path, matter_path(r.matter_id), r.matter_identifier)
        return cell

    def _vote_word(self, option: BallotOption, against: bool) -> str:
        vote = self.w.label(option)
        if against:
            return self.w(QT_TRANSLATE_NOOP("site", "{vote} (against the majority)"), vote=vote)
        return vote

    @property
    def record_lang(self) -> str:
        """The members' voting-record PDFs print in the site's language: by default the published
        bodies' language, like their minutes (English when the bodies differ)."""
        return self.w.lang

    def _record_files(self, person_id: int, summary: RecordSummary, votes: list[RecordRow]) -> None:
        """The member's voting-record PDF and CSV; the PDF is drawn again only when its ballots changed."""
        from councildesk.exchange.records_csv import record_csv
        from councildesk.reports.record_report import RecordReportHeader, record_pdf

        pdf, csv = f"people/{person_id}-record.pdf", f"people/{person_id}-votes.csv"
        self.folder.write(csv, record_csv(votes).encode("utf-8-sig"))
        # The language is in the key only when it is not English: English records keep their key.
        language = () if self.record_lang == "en" else (self.record_lang,)
        key = hashlib.sha256(repr((summary, votes, PDF_KEY_VERSION, *language)).encode("utf-8")).hexdigest()
        if not self.folder.unchanged(f"person-{person_id}", key, [pdf]):
            header = RecordReportHeader(municipality=self.municipality, body_name="Voting record")
            filters = [("Published minutes", "approved" if not self.options.include_drafts else "all")]
            draw = functools.partial(record_pdf, invariant=True, lang=self.record_lang)
            self.drawer.draw(pdf, draw, summary, votes, filters, header, kind="voting record PDF")

    def agreement_pages(self) -> None:
        """Per body, who voted with whom on split votes in the published minutes: table, heat map, CSV."""
        from councildesk.exchange.records_csv import agreement_csv

        bodies = sorted({(m.body_name, m.body_id) for m in self.state.meeting_rows})
        index = []
        for body_name, body_id in bodies:
            matrix = self.s.voting_records.agreement(
                date_from=self.options.date_from,
                date_to=self.options.date_to,
                body_id=body_id,
                approved_only=not self.options.include_drafts,
            )
            path = f"agreement/body-{int(body_id)}.html"
            csv = f"agreement/body-{int(body_id)}.csv"
            w = self.w
            title = w(QT_TRANSLATE_NOOP("site", "Who votes with whom: {body}"), body=body_name)
            if len(matrix.names) < 2:
                parts = [
                    "<p>"
                    + w.text(
                        QT_TRANSLATE_NOOP(
                            "site", "No split vote with named ballots is in the published minutes."
                        )
                    )
                    + "</p>"
                ]
            else:
                self.folder.write(csv, agreement_csv(matrix).encode("utf-8-sig"))
                shares = QT_TRANSLATE_NOOP("site", "Share of {n} split votes on which each pair voted alike")
                caption = w(shares, n=matrix.split_votes)
                how = QT_TRANSLATE_NOOP(
                    "site",
                    "On split votes (at least one yes and one no) in the published minutes, how often "
                    "each pair of members cast the same vote. Abstentions, absences and recusals leave "
                    "a pair out of that vote.",
                )
                same, pairs = (
                    QT_TRANSLATE_NOOP("site", "The same figures as a table"),
                    QT_TRANSLATE_NOOP("site", "Download the pairs (CSV)"),
                )
                parts = [
                    f"<p>{w.text(how)}</p>",
                    f'<p><a href="#matrix">{w.text(same)}</a> · '
                    f'<a href="body-{int(body_id)}.csv">{w.text(pairs)}</a></p>',
                    '<h2 id="map">' + w.text(QT_TRANSLATE_NOOP("site", "Heat map")) + "</h2>",
                    legend(w),
                    f'<div class="table-wrap">{heatmap_svg(matrix, caption, w)}</div>',
                    '<h2 id="table">' + w.text(QT_TRANSLATE_NOOP("site", "Table")) + "</h2>",
                    matrix_table(matrix, caption, w),
                ]
            self.write_page(path, title, "\n".join(parts))
            index.append(link("agreement/index.html", path, body_name))
        bodies_list = bullet_list(index, self.w(QT_TRANSLATE_NOOP("site", "No bodies.")))
        self.write_page(
            "agreement/index.html", self.w(QT_TRANSLATE_NOOP("site", "Who votes with whom")), bodies_list
        )

    def speakers_page(self) -> None:
        """Every speaker in the published minutes, as a plain list that needs no script."""
        rows = [
            [esc(name), f'<a href="../{esc(url)}">{esc(about)}</a>']
            for name, about, url in sorted(self.state.speakers, key=lambda s: (s[0].casefold(), s[1]))
        ]
        heads = (QT_TRANSLATE_NOOP("site", "Speaker"), QT_TRANSLATE_NOOP("site", "On"))
        body = (
            table(
                self.w(QT_TRANSLATE_NOOP("site", "Speakers in the published minutes")),
                tuple(self.w(h) for h in heads),
                rows,
            )
            if rows
            else "<p>"
            + self.w.text(QT_TRANSLATE_NOOP("site", "No speaker is recorded in the published minutes."))
            + "</p>"
        )
        self.write_page("speakers/index.html", self.w(QT_TRANSLATE_NOOP("site", "Speakers")), body)

    # -- matters ----------------------------------------------------------------------------------
    def matter_pages(self) -> None:
        index = []
        published = {m.id for m in self.state.meeting_rows}
        kept, matters = self.prev.get("matters", {}), self._matter_cache()
        assert isinstance(kept, dict)
        order = sorted(self.state.matters, key=lambda i: self.state.matters[i])
        redraw = [i for i in order if not (isinstance(kept.get(str(i)), dict) and self._matter_unchanged(i))]
        read = _Batches(redraw, self._read_matters, self._read_matter, size=400)
        for n, matter_id in enumerate(order):
            if n % 200 == 0:
                self.say(
                    said(
                        QT_TRANSLATE_NOOP("publish", "Writing matter pages ({n} of {total})…"),
                        n=n,
                        total=len(self.state.matters),
                    )
                )
            path = matter_path(matter_id)
            last = kept.get(str(matter_id))
            if isinstance(last, dict) and self._matter_unchanged(matter_id) and self.folder.keep([path]):
                title, kind, text = last["title"], last["kind"], last["text"]
                self.state.matter_kinds[matter_id] = str(kind)
                self.state.entries.append(Entry("matter", str(title), path, str(text)))
                index.append(link("matters/index.html", path, str(title)))
                matters[str(matter_id)] = last
                continue
            matter, history = read(matter_id)
            title = f"{matter.identifier}: {matter.title}"
            kind = self.w.label(matter.kind)
            self.state.matter_kinds[matter_id] = kind
            status = self.w(QT_TRANSLATE_NOOP("site", "status: {status}"), status=self.w.label(matter.status))
            parts = [f"<p>{esc(kind)} · {esc(status)}</p>"]
            sponsors = [
                (
                    link(path, person_path(sp.person_id), sp.name)
                    if sp.person_id in self.state.people
                    else esc(sp.name)
                )
                + (self.w.text(QT_TRANSLATE_NOOP("site", " (primary sponsor)")) if sp.is_primary else "")
                for sp in matter.sponsors
            ]
            parts.append('<h2 id="sponsors">' + self.w.text(QT_TRANSLATE_NOOP("site", "Sponsors")) + "</h2>")
            parts.append(bullet_list(sponsors, self.w(QT_TRANSLATE_NOOP("site", "No sponsor is recorded."))))
            parts.append(
                '<h2 id="history">'
                + self.w.text(QT_TRANSLATE_NOOP("site", "Its path across meetings"))
                + "</h2>"
            )
            for step in history.steps:
                if step.meeting_id not in published:
                    continue
                where = link(
                    path, meeting_path(step.meeting_id), f"{step.meeting_on:%Y-%m-%d} {step.body_name}"
                )
                parts.append(f"<h3>{where} — {esc(self.w.stage(step.stage))}</h3>")
                if step.meeting_id not in self.state.with_minutes:
                    parts.append(
                        "<p>"
                        + self.w.text(
                            QT_TRANSLATE_NOOP("site", "On the agenda; the minutes are not yet approved.")
                        )
                        + "</p>"
                    )
                    continue
                for motion in step.motions:
                    outcome = self.w.label(motion.result) if motion.result else ""
                    result = f" — {outcome} {motion.yes}–{motion.no}" if motion.result else ""
                    parts.append(f"<p>{esc(motion.text)}{esc(result)}</p>")
                    if motion.ballots:
                        parts.append(
                            table(
                                self.w(QT_TRANSLATE_NOOP("site", "Roll call")),
                                (self.w(QT_TRANSLATE_NOOP("site", "Member")), self.w(VOTE)),
                                [[esc(b.person_name), esc(self.w.label(b.option))] for b in motion.ballots],
                            )
                        )
            self.write_page(path, title, "\n".join(parts))
            text = f"{matter.full_text[:2000]}"
            self.state.entries.append(Entry("matter", title, path, text))
            matters[str(matter_id)] = {"title": title, "kind": kind, "text": text}
            index.append(link("matters/index.html", path, title))
        matters_list = bullet_list(index, self.w(QT_TRANSLATE_NOOP("site", "No matters.")))
        self.write_page("matters/index.html", self.w(QT_TRANSLATE_NOOP("site", "Matters")), matters_list)

    def _read_matters(self, ids: list[int]) -> dict[int, tuple[MatterDTO, MatterHistory]]:
        matters, histories = self.s.matters.get_matters(ids), self.s.voting_records.matter_histories(ids)
        return {i: (matters[i], histories[i]) for i in ids if i in matters and i in histories}

    def _read_matter(self, matter_id: int) -> tuple[MatterDTO, MatterHistory]:
        # Not in a batch: read alone (an unknown matter is refused in one sentence, as get_matter does).
        return self.s.matters.get_matter(matter_id), self.s.voting_records.matter_history(matter_id)

    # -- home, search, data -----------------------------------------------------------------------
    def home_page(self) -> None:
        now = datetime.combine(self.today, datetime.min.time())
        upcoming = [m for m in self.state.meeting_rows if m.scheduled_start >= now][:10]
        approved = [m for m in self.state.meeting_rows if m.id in self.state.fingerprints][-5:]
        w = self.w
        parts = [
            '<form class="search-form" action="search.html" role="search">'
            '<label for="home-q">' + w.text(QT_TRANSLATE_NOOP("site", "Search the records")) + "</label> "
            '<input id="home-q" name="q" type="search"> '
            f'<button type="submit">{w.text(SEARCH)}</button></form>'
        ]
        parts.append('<h2 id="upcoming">' + w.text(QT_TRANSLATE_NOOP("site", "Upcoming meetings")) + "</h2>")
        parts.append(
            bullet_list(
                [link("index.html", meeting_path(m.id), w.meeting_label(m)) for m in upcoming],
                w(QT_TRANSLATE_NOOP("site", "No meeting is scheduled.")),
            )
        )
        parts.append(
            '<h2 id="minutes">' + w.text(QT_TRANSLATE_NOOP("site", "Latest approved minutes")) + "</h2>"
        )
        parts.append(
            bullet_list(
                [link("index.html", meeting_path(m.id), w.meeting_label(m)) for m in reversed(approved)],
                w(QT_TRANSLATE_NOOP("site", "No minutes are approved yet.")),
            )
        )
        heading = w(QT_TRANSLATE_NOOP("site", "Members now serving"))
        if not self.serving and self.state.meeting_rows:  # an archive of past terms: who sat last
            last = self.state.meeting_rows[-1]
            seated = self.s.meetings.attendance(last.id)
            self.serving = [a.person_id for a in seated if a.voting and a.person_id in self.state.people]
            heading = w(
                QT_TRANSLATE_NOOP("site", "Members at the last meeting, {day}"),
                day=w.day(last.scheduled_start.date()),
            )
        parts.append(f'<h2 id="members">{esc(heading)}</h2>')
        parts.append(
            bullet_list(
                [link("index.html", person_path(p), self.state.people[p]) for p in self.serving],
                w(QT_TRANSLATE_NOOP("site", "No member is serving today.")),
            )
        )
        self.write_page(
            "index.html", w(QT_TRANSLATE_NOOP("site", "Meetings, votes and members")), "\n".join(parts)
        )

    def search_pages(self) -> None:
        w = self.w
        self.folder.write("assets/search-index.js", index_script(self.state.entries, w))
        self.folder.write("assets/search.js", search_js(w))
        kinds = {kind: esc(kind_name(kind, w)) for kind in ("minutes", "matter")}
        plain = [
            f'<li><a href="{esc(e.url)}">{esc(e.title)}</a> ({kinds[e.kind]})</li>'
            for e in self.state.entries
            if e.kind != "speaker"
        ]
        what = w.text(QT_TRANSLATE_NOOP("site", "Search minutes, matters and speakers"))
        needs = w.text(
            QT_TRANSLATE_NOOP("site", "Search needs script; every minute and matter is listed below.")
        )
        every, everything = (
            QT_TRANSLATE_NOOP("site", "Every speaker in the published minutes"),
            QT_TRANSLATE_NOOP("site", "Everything published"),
        )
        body = (
            '<form id="search-form" class="search-form" role="search" hidden>'
            f'<label for="q">{what}</label> '
            f'<input id="q" name="q" type="search"> <button type="submit">{w.text(SEARCH)}</button></form>'
            '<p id="search-status" role="status" aria-live="polite"></p><ul id="results"></ul>'
            f"<noscript><p>{needs}</p></noscript>"
            f'<p><a href="speakers/index.html">{w.text(every)}</a></p>'
            f'<h2 id="all">{w.text(everything)}</h2><ul>{"".join(plain)}</ul>'
        )
        self.write_page(
            "search.html", w(SEARCH), body, scripts=("assets/search-index.js", "assets/search.js")
        )

    def start_data_files(self) -> None:
        """Keep last time's open data where it still holds, and begin making the rest (in a worker,
        beside the pages, when the site is drawn by workers)."""
        from councildesk.services.exchange_records import DateRange

        drafts = self.options.include_drafts
        span = DateRange(self.options.date_from, self.options.date_to, approved_only=not drafts)
        # Without drafts the files hold approved meetings only, which are locked: when no changed
        # meeting is approved (and nothing wider changed) last time's files still hold.
        approved = {m.id for m in self.state.meeting_rows if m.minutes_status is MinutesStatus.APPROVED}
        approved_changed = self.dirty is None or drafts or bool(self.dirty & approved)
        kept, made = self.prev.get("data", {}), dict[str, list[str]]()
        assert isinstance(kept, dict)
        self.cache["data"] = made
        for kind in DATA_FORMATS:
            last = [str(n) for n in kept.get(kind, [])]
            still = kind != "ics" and not approved_changed and bool(last)  # the calendar lists drafts too
            if still and self.folder.keep([f"data/{kind}/{n}" for n in last]):
                made[kind] = last
        # The rest are made together: OCD and Popolo read the same rows, once for both.
        todo = [k for k in DATA_FORMATS if k not in made]
        self._exports = start_exports(self.s, todo, span, self.drawer.start if self.drawer.pooled else None)

    def data_files(self) -> None:
        from councildesk.services.anchors import fingerprints

        with self.s.db.reading() as session:
            data = fingerprints(session)
        published = set(self.state.fingerprints)
        data["approvals"] = [a for a in data["approvals"] if a["meeting_id"] in published]
        self.folder.write("fingerprints.json", json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        self.folder.write(
            "minutes.atom", atom_feed(self.site_name, self.state.feed, self.options.base_url, self.w)
        )
        drafts = self.options.include_drafts
        links = []
        made = self.cache["data"]
        assert isinstance(made, dict)
        exports, cpu = self._exports()
        if cpu:  # made in a worker: counted with the drawings, where its time was spent
            self.drawer.cpu["open data"] = self.drawer.cpu.get("open data", 0.0) + cpu
            self.drawer.count["open data"] = self.drawer.count.get("open data", 0) + 1
        for kind, contents in exports:
            made[kind] = self._write_export(kind, contents)
        for kind in DATA_FORMATS:
            links += [f'<a href="{kind}/{n}">{esc(kind.upper())}: {esc(n)}</a>' for n in made[kind]]
        note = self.w.text(
            QT_TRANSLATE_NOOP(
                "site",
                "These files hold every meeting in the published range, including meetings whose minutes "
                "are not yet approved, marked as drafts; the calendar lists every meeting.",
            )
            if drafts
            else QT_TRANSLATE_NOOP(
                "site",
                "These files hold the meetings in the published range whose minutes are approved; "
                "the calendar (ICS) lists every meeting, upcoming ones included.",
            )
        )
        exported = bullet_list(links, self.w(QT_TRANSLATE_NOOP("site", "No data was exported.")))
        self.write_page(
            "data/index.html", self.w(QT_TRANSLATE_NOOP("site", "Open data")), f"<p>{note}</p>" + exported
        )

    def _write_export(self, kind: str, contents: list[tuple[str, bytes]]) -> list[str]:
        """One open-data export written into data/KIND/; the names of its files."""
        names = []
        for name, data in contents:
            safe = _data_name(name)
            self.folder.write(f"data/{kind}/{safe}", data)
            names.append(safe)
        return names


def _video_moments(record: MeetingRecord, video: VideoDTO) -> dict[int, str]:
    """Each stamped item's moment in the meeting's recording, when the clerk gave its address."""
    from councildesk.exchange.video_chapters import item_moments, moment_url

    if not video.url:
        return {}
    offset = timedelta(seconds=video.offset_seconds)
    return {i: moment_url(video.url, at) for i, at in item_moments(record, offset).items()}


class _Batches[V]:
    """The value of each id in turn, read `size` ids at a time in `order` by `many`.

    An id outside `order` (a kept page whose file went missing) is read on its own by `one`.
    """

    def __init__(
        self, order: list[int], many: Callable[[list[int]], dict[int, V]], one: Callable[[int], V], size: int
    ) -> None:
        self.order, self.many, self.one, self.size, self.next = order, many, one, size, 0
        self.position = {key: n for n, key in enumerate(order)}
        self.values: dict[int, V] = {}

    def __call__(self, key: int) -> V:
        at = self.position.get(key)
        if key not in self.values and at is not None and at >= self.next:
            ids, self.next = self.order[at : at + self.size], at + self.size
            self.values = self.many(ids)
        if key in self.values:
            return self.values.pop(key)
        return self.one(key)


def _data_name(relative: str) -> str:
    """An export's file name made safe for the site (lower case; anything odd becomes '-')."""
    import re

    stem, _, ext = relative.rpartition(".")
    clean = re.sub(r"[^a-z0-9_-]+", "-", (stem or ext).lower()).strip("-") or "file"
    return f"{clean}.{safe_extension(relative)}" if stem else clean


def absolute(base_url: str, path: str) -> str:
    """`path` under the site's address, or left relative (to the feed) when no address is given."""
    return f"{base_url.rstrip('/')}/{path}" if base_url else path


def sitemap(base_url: str, pages: list[str]) -> str:
    """The sitemaps.org list of every page, with absolute addresses (search engines need them)."""
    urls = "".join(f"<url><loc>{esc(absolute(base_url, p))}</loc></url>" for p in pages)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    )


def atom_feed(
    site_name: str, approved: list[tuple[date, str, str, str]], base_url: str = "", w: SiteWords = ENGLISH
) -> str:
    """Newly approved minutes, newest first; ids are the fingerprints; links absolute under `base_url`;
    its words in `w`'s language (tagged xml:lang unless English, which the feed never said)."""
    entries = []
    for on, title, path, sha in sorted(approved, reverse=True):
        summary = w(
            QT_TRANSLATE_NOOP("site", "Minutes approved on {day}; fingerprint (SHA-256) {sha}."),
            day=w.day(on),
            sha=sha,
        )
        entries.append(
            f"<entry><id>urn:sha256:{esc(sha)}</id><title>{esc(title)}</title>"
            f"<updated>{on.isoformat()}T00:00:00Z</updated>"
            f'<link rel="alternate" type="text/html" href="{esc(absolute(base_url, path))}"/>'
            f"<summary>{esc(summary)}</summary>"
            "</entry>"
        )
    updated = max((a[0] for a in approved), default=date(1970, 1, 1)).isoformat()
    feed_title = w(QT_TRANSLATE_NOOP("site", "{site}: approved minutes"), site=site_name)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"{"" if w.lang == "en" else f' xml:lang="{w.tag}"'}>'
        f"<id>urn:councildesk:site:{esc(site_name)}</id><title>{esc(feed_title)}</title>"
        f"<updated>{updated}T00:00:00Z</updated><author><name>{esc(site_name)}</name></author>"
        + "".join(entries)
        + "</feed>\n"
    )
