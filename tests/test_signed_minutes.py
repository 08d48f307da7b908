"""Signed approved minutes: keys new, minutes --sign, verify-pdf; pyHanko's validator has the last word."""

from __future__ import annotations

import base64
import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.engine import open_database
from councildesk.services.container import Services

PASSPHRASE = "correct horse battery"
M = 2  # the demo's meeting of 18 August 2011, approved at meeting 3


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(database, key file, signed PDF) with the demo's minutes of 18 August 2011 approved and signed."""
    from councildesk.sample.demo import load_demo

    folder = tmp_path_factory.mktemp("signed")
    db_path = folder / "council.db"
    with open_database(db_path) as db:
        services = Services(db)
        load_demo(services)
        services.approvals.approve(M, at_meeting_id=3)
    key = folder / "clerk.p12"
    mp = pytest.MonkeyPatch()
    mp.setenv("COUNCILDESK_KEY_PASSPHRASE", PASSPHRASE)
    try:
        assert main(["keys", "new", "-o", str(key), "--name", "City Clerk, Northampton"]) == 0
        pdf = folder / "minutes.pdf"
        assert main(["--db", str(db_path), "minutes", str(M), "-o", str(pdf), "--sign", str(key)]) == 0
    finally:
        mp.undo()
    return db_path, key, pdf


def _private_key_der(key: Path) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    private, _cert, _more = pkcs12.load_key_and_certificates(key.read_bytes(), PASSPHRASE.encode())
    assert private is not None
    return private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _forms(der: bytes) -> list[bytes]:
    """The key as it could be stored: raw DER, its base64 (as in PEM) and its hex, beginning to end."""
    return [der, base64.b64encode(der), der.hex().encode(), der.hex().upper().encode()]


def test_the_key_file_is_private_and_the_passphrase_protects_it(signed: tuple[Path, Path, Path]) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    _db, key, _pdf = signed
    assert key.stat().st_mode & 0o077 == 0
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(key.read_bytes(), b"not the passphrase")


def test_a_signed_pdf_validates_in_pyhankos_validator(signed: tuple[Path, Path, Path]) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _db, key, pdf = signed
    reader = PdfFileReader(BytesIO(pdf.read_bytes()))
    (embedded,) = reader.embedded_signatures
    # The trial certificate itself as the trust root: what a reader holding the city's certificate sees.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.keys import load_cert_from_pemder

    _k, cert, _m = pkcs12.load_key_and_certificates(key.read_bytes(), PASSPHRASE.encode())
    assert cert is not None
    root = pdf.with_name("clerk.crt")
    root.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    status = validate_pdf_signature(
        embedded, ValidationContext(trust_roots=[load_cert_from_pemder(str(root))])
    )
    assert status.intact and status.valid and status.trusted
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.subject.native["common_name"] == "City Clerk, Northampton"
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES


def test_verify_pdf_says_who_signed_and_that_the_certificate_is_not_from_an_authority(
    signed: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _db, _key, pdf = signed
    assert main(["verify-pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "OK: minutes.pdf is unchanged since signing; signed by City Clerk, Northampton" in out
    assert "certificate not from a trusted authority" in out


def test_one_byte_changed_inside_the_signed_range_is_refused(
    signed: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _db, _key, pdf = signed
    data = bytearray(pdf.read_bytes())
    start, length = (int(n) for n in re.search(rb"/ByteRange \[\s*(\d+)\s+(\d+)", data).groups())  # type: ignore[union-attr]
    assert start == 0 and length > 1000
    # A digit of the approval's date, in the text of the first range: what a forger would change.
    at = data.index(b"2011", length // 3)
    assert at < length
    data[at] ^= 0x01
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(bytes(data))
    assert main(["verify-pdf", str(forged)]) == 1
    assert "REFUSED" in capsys.readouterr().out


def test_an_update_appended_after_signing_is_refused(
    signed: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pikepdf

    _db, _key, pdf = signed
    later = tmp_path / "later.pdf"
    with pikepdf.open(pdf) as doc:
        doc.docinfo["/Title"] = "Forged minutes"
        doc.save(later)  # a full rewrite: the old signature no longer covers the file
    assert main(["verify-pdf", str(later)]) == 1
    assert "REFUSED" in capsys.readouterr().out


def test_an_unsigned_pdf_is_refused(signed: tuple[Path, Path, Path], tmp_path: Path) -> None:
    db_path, _key, _pdf = signed
    plain = tmp_path / "plain.pdf"
    assert main(["--db", str(db_path), "minutes", str(M), "-o", str(plain)]) == 0
    assert main(["verify-pdf", str(plain)]) == 1


def _structure_roles(pdf: Path) -> list[str]:
    import pikepdf

    roles: list[str] = []

    def walk(node: pikepdf.Object) -> None:
        if isinstance(node, pikepdf.Array):
            for child in node:
                walk(child)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            roles.append(str(node.S))
            if "/K" in node:
                walk(node.K)

    with pikepdf.open(pdf) as doc:
        assert doc.Root.MarkInfo.Marked
        walk(doc.Root.StructTreeRoot.K)
    return roles


def test_signing_keeps_the_tagged_structure(signed: tuple[Path, Path, Path], tmp_path: Path) -> None:
    db_path, _key, pdf = signed
    plain = tmp_path / "plain.pdf"
    assert main(["--db", str(db_path), "minutes", str(M), "-o", str(plain)]) == 0
    roles = _structure_roles(pdf)
    assert "/H1" in roles and "/P" in roles
    assert roles == _structure_roles(plain)


def test_a_draft_or_a_wrong_passphrase_is_refused_and_writes_nothing(
    signed: tuple[Path, Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db_path, key, _pdf = signed
    out = tmp_path / "out.pdf"
    monkeypatch.setenv("COUNCILDESK_KEY_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(db_path), "minutes", "3", "-o", str(out), "--sign", str(key)]) == 1
    assert "only approved minutes are signed" in capsys.readouterr().err
    monkeypatch.setenv("COUNCILDESK_KEY_PASSPHRASE", "wrong wrong wrong")
    assert main(["--db", str(db_path), "minutes", str(M), "-o", str(out), "--sign", str(key)]) == 1
    assert "passphrase for clerk.p12 is wrong" in capsys.readouterr().err
    assert not out.exists()


def test_keys_new_never_overwrites_a_key(
    signed: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _db, key, _pdf = signed
    before = key.read_bytes()
    monkeypatch.setenv("COUNCILDESK_KEY_PASSPHRASE", PASSPHRASE)
    assert main(["keys", "new", "-o", str(key)]) == 1
    assert key.read_bytes() == before


def test_the_private_key_is_never_in_the_database_nor_its_archive(
    signed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    db_path, key, _pdf = signed
    forms = _forms(_private_key_der(key))
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert db_path in files
    for file in files:
        content = file.read_bytes()
        assert not any(form in content for form in forms), file.name
    archive = tmp_path / "archive.zip"
    assert main(["--db", str(db_path), "archive", str(archive)]) == 0
    with zipfile.ZipFile(archive) as zf:
        members = [zf.read(name) for name in zf.namelist()]
    assert members
    assert not any(form in member for form in forms for member in members)


def test_a_wrong_passphrase_prints_only_the_sentence(signed: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """Run as the clerk runs it (no pytest log capture), so a library traceback on stderr would show."""
    import os
    import subprocess
    import sys

    db_path, key, _pdf = signed
    out = tmp_path / "out.pdf"
    env = {**os.environ, "COUNCILDESK_KEY_PASSPHRASE": "wrong wrong wrong"}
    command = [sys.executable, "-m", "councildesk", "--db", str(db_path), "minutes", str(M)]
    done = subprocess.run(
        [*command, "-o", str(out), "--sign", str(key)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert (
        done.stderr
        == "councildesk: The passphrase for clerk.p12 is wrong, or the file is not a signing key.\n"
    )
    assert not out.exists()


def test_a_new_key_never_appears_readable_by_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key file has mode 0600 at the moment it gets its name (a chmod after would leave a window)."""
    import os

    from councildesk import atomic_output

    modes: list[int] = []
    rename = os.replace

    def watched(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        modes.append(os.stat(src).st_mode & 0o777)
        rename(src, dst)

    monkeypatch.setattr(atomic_output.os, "replace", watched)
    monkeypatch.setenv("COUNCILDESK_KEY_PASSPHRASE", PASSPHRASE)
    old = os.umask(0o022)
    try:
        assert main(["keys", "new", "-o", str(tmp_path / "k.p12"), "--name", "City Clerk"]) == 0
    finally:
        os.umask(old)
    assert modes == [0o600]


def _words(pdf: bytes, page: int) -> list[tuple[float, float, float, float]]:
    """Every word's box on `page` (1-based) in PDF points from the lower left, as poppler reads it."""
    import subprocess
    import xml.etree.ElementTree as ET

    done = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    root = ET.fromstring(done.stdout.decode("utf-8"))
    (sheet,) = [e for e in root.iter() if e.tag.endswith("page")]
    height = float(sheet.attrib["height"])
    return [
        (
            float(w.attrib["xMin"]),
            height - float(w.attrib["yMax"]),
            float(w.attrib["xMax"]),
            height - float(w.attrib["yMin"]),
        )
        for w in root.iter()
        if w.tag.endswith("word")
    ]


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_the_visible_signature_covers_no_text_on_a_full_last_page(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    """Minutes whose last page is filled to the foot: the block sits in room kept for it, over no word."""
    from dataclasses import replace

    from pypdf import PdfReader, PdfWriter

    from councildesk.reports.minutes import minutes_pdf
    from councildesk.reports.pdf_signature import SIGNATURE_BOX, new_trial_key, signed_minutes_pdf

    services, _ = demo
    # An approval statement to print the minutes as approved while their length is still tuned
    # (approved minutes can no longer be lengthened): the demo's 4 August minutes are approved.
    approval = services.minutes.minutes(1).approval
    assert approval is not None
    item = services.records.load(M).items[-1].item
    words = ["The council heard the report and discussed it at length."]
    for _ in range(80):  # lengthen the discussion until text reaches where a fixed block would sit
        services.agenda.update_item(item.id, discussion=" ".join(words))
        doc = replace(services.minutes.minutes(M), approval=approval)
        pdf = minutes_pdf(doc)
        last = len(PdfReader(BytesIO(pdf)).pages)
        if any(_overlaps(w, SIGNATURE_BOX) for w in _words(pdf, last)):
            break
        words.append("A member asked a question, and the answer was given and noted.")
    else:
        pytest.fail("no discussion length filled the last page's foot")
    key = tmp_path / "clerk.p12"
    new_trial_key(key, "City Clerk, Northampton", PASSPHRASE)
    signed, _who = signed_minutes_pdf(doc, key, PASSPHRASE)
    (tmp_path / "signed.pdf").write_bytes(signed)  # to render and look at
    reader = PdfReader(BytesIO(signed))
    (widget, page) = next(
        (annot.get_object(), n)
        for n, p in enumerate(reader.pages, 1)
        for annot in p.get("/Annots") or []
        if annot.get_object().get("/FT") == "/Sig" or annot.get_object().get("/Parent") is not None
    )
    rect = tuple(float(v) for v in widget["/Rect"])
    assert rect[2] - rect[0] > 200 and rect[3] - rect[1] > 40  # the block is there, at its size
    # The signed page's own words: the same file without its annotations (the stamp has words too).
    bare = PdfWriter(clone_from=reader)
    bare.remove_annotations(subtypes=None)
    out = BytesIO()
    bare.write(out)
    text = _words(out.getvalue(), page)
    assert text
    assert not [w for w in text if _overlaps(w, rect)]
