"""Long right-to-left paragraphs in the minutes PDF: wrapped in typing order, each line then drawn in
display order and right-aligned; mixed paragraphs keep each run in its place. Read back word by word
with their positions (pdftotext -bbox: glyphs as drawn, left to right) and with pypdf."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from html.parser import HTMLParser

import pytest

from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.minutes_html import minutes_html
from councildesk.services.container import Services
from tests.minutes_helpers import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

HEBREW_MOTION = (
    "להטיל על מנהל העיר להכין עד סוף החודש הבא תוכנית מפורטת לשיפוץ הספרייה העירונית, לרבות לוח"
    " זמנים, אומדן עלויות ומקורות מימון, ולהציג אותה בפני המועצה בישיבה הקרובה לאחר התייעצות עם"
    " ועד השכונה ועם הספרנים העובדים בספרייה מזה שנים רבות, כדי שהעבודות יסתיימו לפני פתיחת שנת"
    " הלימודים"
)
ARABIC_SPEAKER = "ليلى حداد"
ARABIC_SUMMARY = (
    "شكرت المجلس على الاستماع وطالبت بإصلاح الأرصفة في شارع الزيتون قبل بداية فصل الشتاء، لأن كبار"
    " السن والأطفال يجدون صعوبة كبيرة في المشي إلى المدرسة والسوق، واقترحت أن تخصص البلدية جزءا من"
    " ميزانية الطرق لهذا الغرض وأن تنشر جدولا زمنيا واضحا للأعمال يطلع عليه السكان في كل حي"
)
# An Arabic sentence holding figures and a Latin name; an English one holding an Arabic name.
ARABIC_WITH_LATIN = (
    "وافق المجلس على الميزانية بمبلغ 250000 دولار بعد أن قدم John Smith تقريره عن السنة 2024 وطلب"
    " ثلاثة أعضاء تأجيل التصويت إلى الجلسة القادمة حتى يتمكنوا من دراسة الأرقام بعناية"
)
ENGLISH_WITH_ARABIC = "Residents thanked محمد الأحمد for the report on the library roof."
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _meeting(services: Services) -> int:
    body = services.bodies.create_body("Lakeside Council", 3, municipality="Lakeside")
    people = []
    for n, name in enumerate(("שרה לוי", "Ann Menten", "Omar Haddad")):
        post = services.bodies.add_post(body.id, f"Ward {n + 1}")
        person = services.people.create_person(name)
        services.bodies.add_membership(person.id, body.id, date(2024, 1, 1), post_id=post.id)
        people.append(person)
    start = datetime(2024, 5, 2, 19, 0)
    meeting = services.meetings.create_meeting(body.id, start, location="Council Chamber")
    services.meetings.mark_all_present(meeting.id)
    services.meetings.call_to_order(meeting.id, start)
    item = services.agenda.add_item(meeting.id, "Library", body=ARABIC_WITH_LATIN)
    services.agenda.update_item(item.id, discussion=ENGLISH_WITH_ARABIC)
    services.speakers.add_speaker(item.id, ARABIC_SPEAKER, summary=ARABIC_SUMMARY)
    services.motions.make_motion(item.id, HEBREW_MOTION, mover_id=people[0].id, seconder_id=people[1].id)
    services.meetings.adjourn(meeting.id, start + timedelta(hours=1))
    return meeting.id


Word = tuple[float, float, str]  # left, right, the glyphs as drawn (left to right)


def _drawn_lines(pdf: bytes, page: int = 1) -> list[list[Word]]:
    """Every line of `page`, top to bottom, its words left to right as poppler found them."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()
    words = sorted(
        ((float(y0) + float(y1)) / 2, float(x0), float(x1), html.unescape(text))
        for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out
        )
    )
    # One line: words whose middles lie within a few points (fonts' boxes differ in height).
    lines: list[list[tuple[float, float, float, str]]] = []
    for word in words:
        if lines and word[0] - lines[-1][0][0] < 4:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted((x0, x1, text) for _y, x0, x1, text in line) for line in lines]


def _typed(word: str) -> str:
    """A drawn word as it was typed: a right-to-left word's glyphs come right to left, and Arabic's
    joined forms are taken back to its letters."""
    return unicodedata.normalize("NFKC", word[::-1] if _RTL.search(word) else word)


def _read_rtl(line: list[Word]) -> list[str]:
    """A right-to-left line read as its reader reads it: words right to left, except that a run of
    left-to-right words (a Latin name, a figure) reads left to right inside it."""
    out: list[str] = []
    ltr: list[str] = []
    for _x0, _x1, word in reversed(line):
        if _RTL.search(word):
            out += [*ltr[::-1], _typed(word)]
            ltr = []
        else:
            ltr.append(word)
    return out + ltr[::-1]


def _lines_of(lines: list[list[Word]], first: str, last: str) -> list[list[Word]]:
    """The lines from the one holding the (typed) word `first` to the one holding `last`."""
    start = next(n for n, line in enumerate(lines) if first in {_typed(w) for *_, w in line})
    end = next(n for n, line in enumerate(lines) if n >= start and last in {_typed(w) for *_, w in line})
    return lines[start : end + 1]


def _assert_right_aligned(lines: list[list[Word]]) -> None:
    rights = [line[-1][1] for line in lines]
    assert max(rights) - min(rights) < 0.5, rights
    assert lines[-1][0][0] > lines[0][0][0] + 20  # the last, shorter line is short on the left


def test_long_right_to_left_paragraphs_print_line_by_line_in_reading_order(services: Services) -> None:
    pdf = minutes_pdf(services.minutes.minutes(_meeting(services)), invariant=True)
    lines = _drawn_lines(pdf)

    # The Hebrew motion: three lines or more, the first words typed on the top line, each line
    # right-aligned and read right to left, nothing moved from one line to another.
    motion = _lines_of(lines, "להטיל", "הלימודים")
    assert len(motion) >= 3
    assert " ".join(w for line in motion for w in _read_rtl(line)) == HEBREW_MOTION
    assert [w for *_, w in motion[0]][-1][::-1] == "להטיל"  # the first word at the top right
    _assert_right_aligned(motion)

    # The Arabic speaker: name, then summary, over three lines or more; the bullet on the right.
    speaker = _lines_of(lines, "ليلى", "حي")
    assert len(speaker) >= 3
    said = " ".join(w for line in speaker for w in _read_rtl(line) if w != "•")
    assert said == f"{ARABIC_SPEAKER}. {ARABIC_SUMMARY}"
    assert speaker[0][-1][2] == "•" and _typed(speaker[0][-2][2]) == "ليلى"  # the name first, at the right

    # An Arabic sentence with figures and a Latin name: right to left, the figures and the name left
    # to right inside it, each on the line where it was typed.
    body = _lines_of(lines, "وافق", "بعناية")
    assert len(body) >= 2
    assert " ".join(w for line in body for w in _read_rtl(line)) == ARABIC_WITH_LATIN
    drawn = [w for line in body for *_, w in line]
    assert "250000" in drawn and "2024" in drawn  # figures not reversed
    assert drawn.index("John") + 1 == drawn.index("Smith")  # the name left to right
    _assert_right_aligned(body)

    # An English sentence with an Arabic name: left-aligned, the name's two words right to left.
    (discussion,) = _lines_of(lines, "Residents", "Residents")
    words = [_typed(w) for *_, w in discussion]
    assert words[:5] == ["Discussion:", "Residents", "thanked", "الأحمد", "محمد"]
    assert words[5:] == ["for", "the", "report", "on", "the", "library", "roof."]

    # pypdf turns each drawn right-to-left run back into typing order, by a guess that a change of
    # font mid-line upsets (the bold name): the summary's lines read in order, top line first.
    text = unicodedata.normalize("NFKC", pdf_text(pdf))
    top, rest = ARABIC_SUMMARY.split(" السن ")
    assert -1 < text.find(top) < text.find("السن " + rest)


def test_the_html_edition_gives_each_right_to_left_run_its_direction(services: Services) -> None:
    page = minutes_html(services.minutes.minutes(_meeting(services)))
    # Paragraphs of what was typed decide their own direction, as the PDF's do (first strong letter).
    assert f'<blockquote><p dir="auto">{HEBREW_MOTION}</p></blockquote>' in page
    assert f'<p dir="auto">{ARABIC_WITH_LATIN}</p>' in page
    # The Arabic speaker's line runs right to left (the PDF right-aligns it), the summary isolated.
    assert (
        f'<li dir="rtl"><strong><bdi>{ARABIC_SPEAKER}</bdi></strong>. <bdi>{ARABIC_SUMMARY}</bdi></li>'
        in page
    )
    # Typed text after a label of the minutes is isolated, the label's sentence left to right.
    assert f"<p><strong>Discussion:</strong> <bdi>{ENGLISH_WITH_ARABIC}</bdi></p>" in page
    assert "by <bdi>שרה לוי</bdi>, seconded by Ann Menten" in page
    # English typed text is left as it was.
    assert "<bdi>Ann Menten</bdi>" not in page


class _Isolation(HTMLParser):
    """Every text holding right-to-left script, and whether an element around it sets its direction
    (<bdi>, or dir=…): without one a browser lets an RTL run take the punctuation beside it."""

    VOID = {"meta", "link", "br", "img", "hr", "input", "col", "wbr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.bare: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag == "bdi" or any(name == "dir" for name, _ in attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if _RTL.search(data) and not any(self.stack):
            self.bare.append(data)


def test_no_right_to_left_run_in_the_html_edition_is_left_without_a_direction(services: Services) -> None:
    from tests.test_minutes_language import _world_meeting

    for meeting_id in (_meeting(services), _world_meeting(services)):
        check = _Isolation()
        check.feed(minutes_html(services.minutes.minutes(meeting_id)))
        assert not check.stack and not check.bare, check.bare


def test_a_running_header_prints_a_hebrew_name_in_reading_order(services: Services) -> None:
    meeting_id = _meeting(services)
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.bodies.update_body(body_id, name="מועצת העיר")
    pdf = minutes_pdf(services.minutes.minutes(meeting_id), invariant=True)
    # Page 2's running header: the municipality, then the body's two words drawn right to left.
    header = [_typed(w) for *_, w in _drawn_lines(pdf, page=2)[0]]
    assert header[:4] == ["Lakeside", "·", "העיר", "מועצת"], header
