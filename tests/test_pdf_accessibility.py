"""Tagged PDF/UA-1: each PDF kind checked by pdfua, its structure walked with pikepdf, read by pdftotext."""

from __future__ import annotations

import io
import itertools
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pdfua import validate

from councildesk.services.container import Services
from tests.pdf_kinds import every_pdf

TEXT_SHOWING = {"Tj", "TJ", "'", '"'}


@pytest.fixture
def pdfs(demo: tuple[Services, int]) -> dict[str, bytes]:
    services, seed = demo
    return every_pdf(services, seed)


def test_pdfua_finds_nothing_in_any_kind(pdfs: dict[str, bytes], tmp_path: Path) -> None:
    found = {}
    for kind, data in pdfs.items():
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(data)
        report = validate(str(path))
        found[kind] = [f"{f.rule_id} {f.message}" for f in report.findings]
        found[kind] += [f"skipped {o.rule_id}: {o.skipped_reason}" for o in report.skipped]
    assert found == {kind: [] for kind in pdfs}


def _walk(
    element: pikepdf.Object, parent_roles: tuple[str, ...], seen: list[tuple[tuple[str, ...], str]]
) -> None:
    role = str(element.S)[1:]
    seen.append((parent_roles, role))
    kids = element.get("/K")
    kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != pikepdf.Name.MCR:
            _walk(kid, (*parent_roles, role), seen)


def _structure(data: bytes) -> list[tuple[tuple[str, ...], str]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root.StructTreeRoot
        seen: list[tuple[tuple[str, ...], str]] = []
        for kid in root.K:
            _walk(kid, (), seen)
        for element in _elements(root):
            if element.S == pikepdf.Name.TH:
                assert str(element.A.Scope) in ("/Column", "/Row")
        return seen


def _elements(node: pikepdf.Object) -> list[pikepdf.Object]:
    kids = node.get("/K")
    kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    out = []
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            out += [kid, *_elements(kid)]
    return out


def test_structure_tree_has_a_title_heading_tables_with_headers_and_lists(pdfs: dict[str, bytes]) -> None:
    for kind, data in pdfs.items():
        seen = _structure(data)
        roles = [role for _parents, role in seen]
        assert roles[0] == "Document", kind
        headings = [r for r in roles if r.startswith("H")]
        assert headings and headings[0] == "H1", kind
        # Heading levels never skip one going down (H1, then H2, then H3 ...).
        levels = [int(h[1:]) for h in headings]
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), kind
        for parents, role in seen:
            if role in ("TH", "TD"):
                assert parents[-2:] == ("Table", "TR"), kind
            if role == "LBody":
                assert parents[-2:] == ("L", "LI"), kind
    assert "TH" in [r for _p, r in _structure(pdfs["year volume"])]  # contents and roll-call tables
    assert "TH" in [r for _p, r in _structure(pdfs["voting record"])]
    assert "Figure" in [r for _p, r in _structure(pdfs["agreement report"])]


def _content_marks(pdf: pikepdf.Pdf) -> tuple[int, list[set[int]]]:
    """Text-showing operators outside any marked content, and each page's MCIDs."""
    untagged = 0
    mcids: list[set[int]] = []
    for page in pdf.pages:
        depth, found = 0, set()
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                depth += 1
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    found.add(int(operands[1].MCID))
            elif op == "EMC":
                depth -= 1
            elif depth == 0 and (op in TEXT_SHOWING or op == "Do"):
                untagged += 1
        assert depth == 0
        mcids.append(found)
    return untagged, mcids


def test_no_text_outside_tags_or_artifacts_and_every_mark_has_its_element(pdfs: dict[str, bytes]) -> None:
    for kind, data in pdfs.items():
        with pikepdf.open(io.BytesIO(data)) as pdf:
            untagged, mcids = _content_marks(pdf)
            assert untagged == 0, kind
            assert pdf.Root.MarkInfo.Marked is True
            nums = pdf.Root.StructTreeRoot.ParentTree.Nums
            parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
            for number, page in enumerate(pdf.pages):
                assert int(page.StructParents) == number
                assert len(parents[number]) == len(mcids[number]) == max(mcids[number], default=-1) + 1, kind


def test_fonts_are_embedded_and_xmp_identifies_pdf_ua(pdfs: dict[str, bytes]) -> None:
    for kind, data in pdfs.items():
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font:
                    assert "Helvetica" not in str(obj.get("/BaseFont")), kind
                    if obj.get("/Subtype") != pikepdf.Name.Type0:
                        assert "/FontFile2" in obj.FontDescriptor, (kind, obj.BaseFont)
            meta = pdf.open_metadata()
            assert meta["pdfuaid:part"] == "1", kind
            assert meta["dc:title"] == str(pdf.docinfo.Title), kind
            assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
            assert str(pdf.Root.Lang) == "en-US"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_reading_order_follows_the_page_and_the_watermark_is_not_text(pdfs: dict[str, bytes]) -> None:
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdfs["draft minutes"], capture_output=True, check=True
    ).stdout.decode()
    order = ["Minutes of the Regular Meeting", "Call to order", "Attendance", "Business of the meeting"]
    order += ["Documents and exhibits", "Adjournment", "Respectfully submitted"]
    assert [text.index(s) for s in order] == sorted(text.index(s) for s in order)
    lines = {line.strip() for line in text.splitlines()}
    assert not lines & {"D", "R", "A", "F", "T", "FT", "DRAFT", "DR", "AFT"}
    assert "DRAFT — not approved" in text  # the footer says so in words
