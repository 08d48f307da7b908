"""Minutes PDFs read back with pypdf: the DESIGN.md §4 checklist, roll calls, layout and metadata."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from councildesk.domain.enums import AttendanceStatus, MotionDisposition, MotionKind, VoteMethod
from councildesk.domain.errors import UserError
from councildesk.reports.agenda import agenda_pdf
from councildesk.reports.minutes import minutes_pdf
from councildesk.services.container import Services
from councildesk.services.minutes_document import MinutesSettings, PaperSize
from tests.minutes_helpers import build_big_meeting, outline_titles, page_texts, pdf_text

FOUR_AUGUST, SEPT = 1, 3  # demo meeting ids around the seed meeting


def minutes_of(services: Services, meeting_id: int, **settings: object) -> bytes:
    return minutes_pdf(services.minutes.minutes(meeting_id, MinutesSettings(**settings)), invariant=True)  # type: ignore[arg-type]


@pytest.fixture
def seed_text(demo: tuple[Services, int]) -> str:
    services, seed = demo
    return pdf_text(minutes_of(services, seed))


CHECKLIST = {
    "1 body and meeting kind": ["Northampton City Council", "Minutes of the Regular Meeting"],
    "2 date, time and place": ["Thursday, 18 August 2011", "7:00 p.m.", "212 Main Street, Northampton"],
    "3 present, absent, presiding, clerk": [
        "Members present: Ward 1 Councilor (Ward 1); David J. Narkewicz (Ward 2)",
        "Pamela Schwartz (Ward 4)",
        "Members absent: none.",
        "Presiding officer: David J. Narkewicz.",
        "Clerk: City Clerk.",
    ],
    "5 quorum": ["A quorum was present: 9 of the 9 members (5 required for a quorum)."],
    "6 previous minutes": [
        "Approval of previous minutes",
        "The minutes of the meeting of 4 August 2011 were approved as read.",
    ],
    "7 discussion and public speakers": [
        "Discussion: The resolution, co-sponsored by Council President Narkewicz",
        "Public speakers:",
        "William C. Newman, Northampton attorney; director, ACLU of Massachusetts western office",
        "Amy Bookbinder of Leeds",
        "Emma Roderick, Campaign coordinator, Bill of Rights Defense Committee",
    ],
    "8 documents": ["Documents and exhibits", "No documents or exhibits were recorded"],
    "9 motions with mover and seconder": [
        "Motion by At-Large Councilor A, seconded by Ward 7 Councilor at 7:40 p.m.:",
        'To adopt the resolution condemning the federal "Secure Communities" program.',
        "Motion by Ward 5 Councilor, seconded by Ward 6 Councilor",
        "Disposition: Adopted.",
    ],
    "10 every vote with counts": [
        "Adopted unanimously, 9–0",
        "(yes 9, no 0)",
        "Required: majority of votes cast.",
    ],
    "12 points of order and notices": ["Points of order and notices", "None recorded."],
    "13 adopted resolution in full": [
        "Text of the resolution as adopted (R-11-034):",
        'Resolved, that the Northampton City Council condemns the federal "Secure Communities" program',
        "General Court and in Congress.",
    ],
    "sponsors and co-sponsors": [
        "Resolution R-11-034",
        "Sponsor: David J. Narkewicz.",
        "Co-sponsors: Pamela Schwartz; Russell P. Sienkiewicz, Police Chief (not a member).",
    ],
    "14 adjournment": ["The meeting adjourned at 8:15 p.m."],
    "15 signatures and draft status": [
        "Respectfully submitted,",
        "City Clerk Clerk",
        "Attest:",
        "David J. Narkewicz Presiding Officer",
        "DRAFT — these minutes have not been approved by the Northampton City Council.",
    ],
}


@pytest.mark.parametrize("entry", sorted(CHECKLIST))
def test_seed_minutes_carry_every_checklist_item(seed_text: str, entry: str) -> None:
    for phrase in CHECKLIST[entry]:
        assert phrase in seed_text, f"{entry}: {phrase!r} missing"


def test_seed_minutes_have_three_speakers_and_two_unanimous_votes(seed_text: str) -> None:
    assert seed_text.count("Adopted unanimously, 9–0") == 2
    for name in ("William C. Newman", "Amy Bookbinder", "Emma Roderick"):
        assert seed_text.count(name) == 1
    assert "Agenda" not in seed_text.split("Business of the meeting")[0]  # numbering below is the agenda's
    for label in (
        "1. Call to order and roll call",
        "2. Approval of the minutes",
        "3. Public comment",
        "4.1. Resolution",
    ):
        assert label in seed_text


def test_remote_member_and_reason_and_roll_call_for_every_vote(demo: tuple[Services, int]) -> None:
    services, _ = demo
    item = services.agenda.list_items(SEPT)[-1]
    motion = services.motions.make_motion(
        item.id,
        "To thank the staff.",
        mover_id=_person(services, "Ward 3 Councilor"),
        made_at=datetime(2011, 9, 1, 20),
    )
    # With a member remote the law wants a roll call: a unanimous-consent vote is refused.
    with pytest.raises(UserError, match="record this one as a roll call"):
        services.votes.record_unanimous(motion.id, taken_at=datetime(2011, 9, 1, 20, 1))
    text = pdf_text(minutes_of(services, SEPT))
    assert (
        "Members participating remotely: At-Large Councilor B (At-Large B) — "
        "Travelling on city business (sample)" in text
    )
    assert text.count("Totals —") == 2  # one table per split roll call
    # The sentence is printed only when it is true of every vote of the meeting.
    every = services.minutes.minutes(SEPT).every_vote_by_roll_call
    assert ("Every vote below is recorded by roll call" in text) is every
    doc = services.minutes.minutes(SEPT)
    voice = next(v for e in doc.record.items for mo in e.motions for v in mo.votes)
    voiced = replace(voice, method=VoteMethod.VOICE)
    items = tuple(
        replace(
            e,
            motions=tuple(
                replace(mo, votes=tuple(voiced if v is voice else v for v in mo.votes)) for mo in e.motions
            ),
        )
        for e in doc.record.items
    )
    mixed = pdf_text(minutes_pdf(replace(doc, record=replace(doc.record, items=items)), invariant=True))
    assert "Every vote below is recorded by roll call" not in mixed


def test_split_roll_call_lists_each_member_and_option(demo: tuple[Services, int]) -> None:
    services, _ = demo
    text = pdf_text(minutes_of(services, SEPT))
    assert "Adopted, 6–2, 1 recused" in text
    table = text.split("Adopted, 6–2, 1 recused")[1].split("Totals")[0]
    expected = [
        ("Ward 1 Councilor", "Ward 1", "No"),
        ("David J. Narkewicz", "Ward 2", "Yes"),
        ("Ward 3 Councilor", "Ward 3", "Yes"),
        ("Pamela Schwartz", "Ward 4", "Yes"),
        ("Ward 5 Councilor", "Ward 5", "Recused Owns property on the affected block (sample)"),
        ("Ward 6 Councilor", "Ward 6", "Yes"),
        ("Ward 7 Councilor", "Ward 7", "No"),
        ("At-Large Councilor A", "At-Large A", "Yes"),
        ("At-Large Councilor B", "At-Large B", "Yes"),
    ]
    for member, seat, vote in expected:
        assert f"{member} {seat} {vote}" in table
    assert "Totals — Yes: 6, No: 2, Recused: 1" in text
    assert "Failed, 2–6, 1 abstaining" in text


def test_tabled_and_referred_motions_and_amendments_are_printed(demo: tuple[Services, int]) -> None:
    services, _ = demo
    item = services.agenda.list_items(SEPT)[-1]
    ward3, ward6 = _person(services, "Ward 3 Councilor"), _person(services, "Ward 6 Councilor")
    main = services.motions.list_motions(item.id)[0]
    amendment = services.motions.make_motion(
        item.id, "To strike “feasibility”.", parent_motion_id=main.id, mover_id=ward6, seconder_id=ward3
    )
    services.motions.set_disposition(amendment.id, MotionDisposition.REFERRED)
    table = services.motions.make_motion(
        item.id, "To lay the matter on the table.", kind=MotionKind.TABLE, mover_id=ward3
    )
    services.motions.set_disposition(table.id, MotionDisposition.TABLED)
    text = pdf_text(minutes_of(services, SEPT))
    assert "Motion (amendment) by Ward 6 Councilor, seconded by Ward 3 Councilor" in text
    assert "To strike “feasibility”." in text
    assert "Disposition: Referred." in text
    assert "Motion (table) by Ward 3 Councilor, no seconder recorded" in text
    assert "Disposition: Laid on the table." in text


def test_draft_watermark_and_status_on_every_page_then_fingerprint_after_approval(
    demo: tuple[Services, int],
) -> None:
    services, seed = demo
    pdf = minutes_of(services, seed)
    draft = page_texts(pdf)
    assert len(draft) >= 2
    for n, page in enumerate(draft, 1):
        assert "DRAFT — not approved" in page
        assert f"Page {n} of {len(draft)}" in page
    assert _images_per_page(pdf) == [1] * len(draft)  # the watermark, a picture so it stays out of the text
    approval = services.approvals.approve(seed, at_meeting_id=SEPT)
    approved = page_texts(minutes_of(services, seed))
    for page in approved:
        assert f"Content fingerprint (SHA-256): {approval.sha256}" in page
        # No vote approving them was recorded at 1 September: the page does not claim one.
        assert "Approved on 1 September 2011 by the Northampton City Council, as read." in page
        assert "DRAFT" not in page


def _images_per_page(pdf: bytes) -> list[int]:
    """Images each page draws, through the forms it shows (the watermark is drawn inside one)."""
    import pikepdf

    def images(resources: pikepdf.Object) -> int:
        found = 0
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.Subtype == pikepdf.Name.Image:
                found += 1
            elif "/Resources" in xobject:
                found += images(xobject.Resources)
        return found

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return [images(page.Resources) for page in doc.pages]


def test_outline_and_metadata(demo: tuple[Services, int]) -> None:
    services, seed = demo
    pdf = minutes_of(services, seed)
    titles = outline_titles(pdf)
    for expected in (
        "Attendance and quorum",
        "1. Call to order and roll call",
        "2. Approval of the minutes of the meeting of 4 August 2011",
        "4. Resolutions",
        '4.1. Resolution condemning the federal "Secure Communities" program',
        "Adjournment",
    ):
        assert expected in titles
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Minutes — Northampton City Council, regular meeting of 18 August 2011"
    assert meta.author == "City Clerk"
    assert meta.subject == "Official minutes (draft)"
    assert reader.trailer["/Root"]["/Lang"] == "en-US"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_fonts_are_embedded_and_invariant_output_is_reproducible(demo: tuple[Services, int]) -> None:
    services, seed = demo
    first, second = minutes_of(services, seed), minutes_of(services, seed)
    assert first == second
    fonts = set()
    for page in PdfReader(io.BytesIO(first)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else None
            if descriptor is not None:
                assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
                fonts.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)


@pytest.mark.parametrize(("paper", "size"), [(PaperSize.LETTER, (612, 792)), (PaperSize.A4, (595, 842))])
def test_paper_sizes(demo: tuple[Services, int], paper: PaperSize, size: tuple[int, int]) -> None:
    services, seed = demo
    for pdf in (
        minutes_of(services, seed, paper=paper),
        agenda_pdf(services.minutes.agenda(seed, MinutesSettings(paper=paper))),
    ):
        for page in PdfReader(io.BytesIO(pdf)).pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_international_names_print(services: Services) -> None:
    names = [
        "Łukasz Żółć",
        "Nguyễn Thị Minh Khai",
        "Søren Kierkegaard",
        "Rory O'Brien",
        "Russell P. Sienkiewicz",
    ]
    meeting_id = _meeting_with_members(services, names)
    text = pdf_text(minutes_of(services, meeting_id))
    for name in names:
        assert name in text


def test_hostile_text_is_printed_not_interpreted(services: Services) -> None:
    names = ["<b>&amp; Bold</b>", "V" * 300, "שלום עולם", "مرحبا بالعالم", "Party 🎉 Person", 'Quote "\'" Q']
    meeting_id = _meeting_with_members(
        services, names, location="<i>Hall</i> & <br/> Annex", notices="<para>&#x41;"
    )
    item = services.agenda.add_item(meeting_id, "<font size=40>Big</font> & <unclosed", kind="other")  # type: ignore[arg-type]
    services.agenda.update_item(item.id, discussion="", body="Line one\nLine two <u>", action_text="&nbsp;")
    services.speakers.add_speaker(item.id, name="</para>", affiliation="", residence="<", summary="")
    members = [a.person_id for a in services.meetings.attendance(meeting_id)]
    motion = services.motions.make_motion(item.id, "<b>move</b>", mover_id=members[1], seconder_id=members[0])
    services.votes.record_roll_call(
        motion.id, {pid: ("recused", "<&>") if i == 2 else "yes" for i, pid in enumerate(members)}
    )
    # The services cap names at 300 characters; the layout must survive far longer text anyway.
    doc = services.minutes.minutes(meeting_id)
    record = doc.record
    long_name = "W" * 5000
    attendance = (replace(record.attendance[0], person_name=long_name), *record.attendance[1:])
    entry = record.items[0]
    vote = entry.motions[0].votes[0]
    ballots = (replace(vote.ballots[0], person_name=long_name, note="N" * 5000), *vote.ballots[1:])
    motion = replace(entry.motions[0], votes=(replace(vote, ballots=ballots),))
    speaker = replace(entry.speakers[0], summary="S" * 5000)
    item = replace(entry.item, discussion="T" * 5000)
    entry = replace(entry, item=item, motions=(motion,), speakers=(speaker,))
    doc = replace(doc, record=replace(record, attendance=attendance, items=(entry,)))
    pdf = minutes_pdf(doc, invariant=True)
    text = pdf_text(pdf)
    squeezed = text.replace(" ", "")
    # Every character is printed (long words wrap, and may continue on the next page).
    assert squeezed.count("W") >= 2 * 5000  # attendance and roll call
    for letter in "NTS":
        assert squeezed.count(letter) >= 5000
    assert "V" * 300 in squeezed
    for literal in (
        "<b>&amp; Bold</b>",
        "<i>Hall</i> & <br/> Annex",
        "<para>&#x41;",
        "<font size=40>Big</font> & <unclosed",
        "Line two <u>",
        "&nbsp;",
        "</para>",
        "<b>move</b>",
        "<&>",
        'Quote "\'" Q',
    ):
        assert literal in text
    assert "Party" in text and "Person" in text
    agenda = pdf_text(agenda_pdf(services.minutes.agenda(meeting_id)))
    assert "<font size=40>Big</font> & <unclosed" in agenda


def test_an_over_long_name_is_refused_in_one_sentence_and_nothing_is_stored(services: Services) -> None:
    before = services.people.count()
    for name in ("V" * 301, "Vee " + "V" * 297):
        with pytest.raises(UserError) as refused:
            services.people.create_person(name)
        assert str(refused.value) == "A person's name can be at most 300 characters long."
    assert services.people.count() == before
    assert services.people.create_person("V" * 300).display_name == "V" * 300  # the limit itself fits


def test_sixty_items_paginate_with_roll_call_headers_repeated(services: Services) -> None:
    meeting_id = build_big_meeting(services, items=60, members=60, roll_call_every=20)
    pdf = minutes_of(services, meeting_id)
    pages = page_texts(pdf)
    assert len(pages) > 20
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
    # Three roll calls of 60 members each are taller than a page, so each header row repeats.
    assert pdf_text(pdf).count("Member Seat Vote") >= 6  # no Note column: no ballot has a note
    assert pdf_text(pdf).count("Adopted unanimously, 60–0") == 57
    titles = outline_titles(pdf)
    assert "1.60. Resolution number 60 on a matter of local importance" in titles


def test_empty_meeting_prints_with_sentences_for_missing_facts(services: Services) -> None:
    body = services.bodies.create_body("Empty Board", 3)
    meeting = services.meetings.create_meeting(body.id, datetime(2024, 1, 2, 9, 30))
    text = pdf_text(minutes_of(services, meeting.id))
    for phrase in (
        "Empty Board",
        "9:30 a.m.",
        "Place not recorded",
        "The time the meeting was called to order was not recorded.",
        "No agenda items were recorded.",
        "The time of adjournment was not recorded.",
        "A quorum was NOT present",
    ):
        assert phrase in text


def test_missing_logo_is_skipped_and_a_real_one_is_drawn(demo: tuple[Services, int], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    services, seed = demo
    minutes_of(services, seed, logo_path=str(tmp_path / "missing.png"))
    logo = tmp_path / "seal.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(logo))
    pdf = minutes_of(services, seed, logo_path=str(logo), municipality="City of Test")
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert any(
        str(name).startswith("/FormXob") or "/Im" in str(name) for name in first["/Resources"]["/XObject"]
    )
    assert "City of Test" in page_texts(pdf)[0]


def _person(services: Services, name: str) -> int:
    found = services.people.find_by_name(name)
    assert found is not None
    return found.id


def _meeting_with_members(
    services: Services, names: list[str], *, location: str = "", notices: str = ""
) -> int:
    from datetime import date

    body = services.bodies.create_body("Test Council", len(names), municipality="Testville")
    for n, name in enumerate(names):
        person = services.people.create_person(name)
        post = services.bodies.add_post(body.id, f"Seat {n + 1}")
        services.bodies.add_membership(person.id, body.id, date(2020, 1, 1), post_id=post.id)
    meeting = services.meetings.create_meeting(body.id, datetime(2024, 5, 6, 18, 0), location=location)
    if notices:
        services.meetings.update_meeting(meeting.id, notices=notices)
    services.meetings.mark_all_present(meeting.id)
    services.meetings.set_attendance(
        meeting.id, services.meetings.attendance(meeting.id)[0].person_id, AttendanceStatus.PRESENT
    )
    return meeting.id
