"""The shortcuts of the shared PDF writing give what reportlab's and pikepdf's own ways give: the XMP
packet, the split of text into font subsets, the remembered subsets, PDFDocEncoding, a frame's copy."""

from __future__ import annotations

import copy
import io
import random

import pikepdf
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from councildesk.paths import resource
from councildesk.reports import font_cache, page_template, tagging

FACE = resource("fonts", "DejaVuSans.ttf")
TRICKY = ["", "&<>\"'", "a\r\nb\tc", "\x00\x07\x1f\ufffe\ud800x", "Łódź — 東京 𝔘 עברית", " ", "x" * 300]


def _random_text(rng: random.Random, alphabet: str, longest: int = 40) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(longest)))


def _pikepdf_xmp(facts: tagging.DocumentFacts) -> bytes:
    """The packet as finish wrote it through pikepdf's metadata API."""
    pdf = pikepdf.new()
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = facts.title
        meta["dc:creator"] = [facts.author]
        meta["dc:description"] = facts.subject
        meta["dc:language"] = [facts.lang]
        meta["pdf:Producer"] = "CouncilDesk"
        meta["pdfuaid:part"] = "1"
    return bytes(pdf.Root.Metadata.read_bytes())


def test_the_xmp_packet_is_the_one_pikepdf_wrote_to_the_byte() -> None:
    rng = random.Random(19)
    alphabet = "ab <>&\r\n\t\x01\x1f\"'é—東𝔘\ufffe\ufffd\u2028"
    values = TRICKY + [_random_text(rng, alphabet) for _ in range(150)]
    for n, value in enumerate(values):
        other = values[(n * 7 + 3) % len(values)]
        facts = tagging.DocumentFacts(title=value, author=other, subject=value[::-1], lang="en-US")
        assert tagging._xmp(facts) == _pikepdf_xmp(facts), (value, other)


def test_text_splits_into_subsets_as_reportlab_splits_it() -> None:
    ours = font_cache.ttfont("SplitCheck", FACE)
    theirs = TTFont("SplitCheckRL", str(FACE))
    assert isinstance(ours, font_cache.EmbeddedFont)
    rng = random.Random(7)
    # Past 256 characters a document's codes go to a second subset; \xa0 prints as a space; \U0010ffff
    # is not in the face; a few hundred CJK characters fill subsets.
    alphabet = "the quick brown fox\xa0,." + "".join(map(chr, range(0x4E00, 0x4E00 + 400))) + "\U0010ffff"
    for _document in range(4):
        doc_ours, doc_theirs = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
        for _ in range(400):
            text = _random_text(rng, alphabet if rng.random() < 0.3 else "the quick brown fox, éÉ.")
            assert ours.splitString(text, doc_ours) == theirs.splitString(text, doc_theirs), text
        assert ours.state[doc_ours].subsets == theirs.state[doc_theirs].subsets


def test_a_remembered_subset_is_the_subset_made_afresh() -> None:
    font = font_cache.ttfont("SubsetCheck", FACE)
    parsed = TTFont("SubsetCheckRL", str(FACE))
    subsets = [[ord(c) for c in text] for text in ("Agenda", "Minutes of the council", "Agenda")]
    for subset in subsets * 2:
        assert font.face.makeSubset(subset) == parsed.face.makeSubset(subset)
    assert len(font.face.makeSubset.made) == 2


def test_pdfdoc_encoding_is_reportlabs_for_every_character() -> None:
    assert pdfdoc.pdfdocEnc is page_template._pdfdoc_encoded  # installed when reports are imported
    codec = lambda text: text.encode("extpdfdoc")  # noqa: E731 - reportlab's own, as pdfdocEnc did
    for code in range(0x300):
        text = f"/N{chr(code)} 12.5"
        try:
            expected: bytes | None = codec(text)
        except UnicodeEncodeError:
            expected = None
        try:
            got: bytes | None = page_template._pdfdoc_encoded(text)
        except UnicodeEncodeError:
            got = None
        assert got == expected, hex(code)
    assert page_template._pdfdoc_encoded(b"\x80 kept") == b"\x80 kept"


def test_a_frames_copy_is_a_deep_copy() -> None:
    frame = tagging.TaggedFrame(10, 20, 300, 400, id="body")
    frame._frameBGs = [(0, 0, 1, [1, 2])]
    frame._generated_content = [object()]
    twin = copy.deepcopy(frame)
    assert twin is not frame and type(twin) is tagging.TaggedFrame
    assert vars(twin).keys() == vars(frame).keys()
    assert twin._frameBGs == frame._frameBGs and twin._frameBGs is not frame._frameBGs
    assert twin._frameBGs[0][3] is not frame._frameBGs[0][3]
    assert twin._generated_content[0] is not frame._generated_content[0]
    assert (twin._x, twin._y, twin._aW, twin._aH, twin.id) == (
        frame._x,
        frame._y,
        frame._aW,
        frame._aH,
        "body",
    )
    twin._y = 5
    assert frame._y != 5


def test_a_subset_embedded_again_is_deflated_once_and_its_widths_written_as_before() -> None:
    from councildesk.reports.page_template import FONT, PageFrame, PdfMeta, build_pdf, make_styles
    from councildesk.reports.script_text import Paragraph

    def pdf() -> bytes:
        story = [Paragraph("Minutes of the regular meeting — Łódź", make_styles()["body"])]
        frame = PageFrame("Ashford", "City Council", "Minutes", ())
        return build_pdf(story, frame, PdfMeta("Minutes", "Clerk", "Minutes"), invariant=True)

    first, again = pdf(), pdf()
    assert first == again
    with pikepdf.open(io.BytesIO(again)) as document:
        programs = [o for o in document.objects if isinstance(o, pikepdf.Stream) and "/Length1" in o]
        assert programs
        for program in programs:
            assert program.Filter == pikepdf.Name.FlateDecode
            assert len(program.read_bytes()) == program.Length1
    face = font_cache.ttfont("DeflateCheck", FACE).face
    remembered = page_template.pdfmetrics.getFont(FONT).face.makeSubset.made
    assert remembered and face.makeSubset.made == {}
    for subset, program in remembered.items():
        assert program == face.makeSubset(list(subset))
        assert program.deflated() is program.deflated()
    widths = page_template.pdfmetrics.getFont(FONT).face.makeSubset.widths_text
    assert widths and widths.keys() <= remembered.keys()
    for subset, text in widths.items():  # as reportlab formats the widths array
        array = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])
        assert text == array.format(Canvas(io.BytesIO())._doc)


def test_the_up_predictor_subtracts_each_byte_from_the_one_above() -> None:
    rng = random.Random(12)
    for count in (1, 2, 3, 50, 999):
        rows = bytes(
            rng.choice((0, 1, 2, 127, 128, 129, 254, 255, rng.randrange(256))) for _ in range(6 * count)
        )
        above = bytes(6) + rows[:-6]
        moved = bytes((a - b) % 256 for a, b in zip(rows, above, strict=True))
        expected = b"".join(b"\x02" + moved[i : i + 6] for i in range(0, len(moved), 6))
        assert tagging._png_up(rows, 6) == expected
