"""Signed approved minutes (PAdES, with pyHanko): trial keys, signing a PDF, checking a signed PDF."""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message, MessageId, Worded

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

    from councildesk.services.minutes_document import MinutesDocument

FIELD_NAME = "ClerkSignature"
KEY_FILE_NAME = "signing-key.p12"
# Where the visible block sits on the last page (points from the lower left): above the footer's
# two lines, inside the margins of Letter and A4 alike.
SIGNATURE_BOX = (72, 92, 360, 152)
TRIAL_YEARS = 3


def new_trial_key(path: Path, name: str, passphrase: str) -> str:
    """Write a self-signed certificate and its private key to `path` (PKCS#12, passphrase-protected).

    For trying signed minutes before the city has a certificate from an authority; readers show
    it as signed but not trusted. Returns the certificate's SHA-256 fingerprint (hex).
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    name = name.strip()
    if not name:
        raise UserError(
            QT_TRANSLATE_NOOP("reports", 'Give the signer\'s name, for instance "City Clerk, Northampton".')
        )
    if len(passphrase) < 8:
        raise UserError(
            QT_TRANSLATE_NOOP("reports", "Choose a passphrase of at least 8 characters for the signing key.")
        )
    if path.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "reports", "{path} already exists; choose another file name (a key is never overwritten)."
            ),
            path=path,
        )
    if not path.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("reports", "The folder {parent} does not exist."), parent=path.parent
        )
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * TRIAL_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # non-repudiation: the clerk stands behind the minutes
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    from councildesk.reports.output import write_atomically

    # A private key: readable by its owner only from the moment it has its name, not after a chmod.
    write_atomically(path, data, mode=0o600)
    return cert.fingerprint(hashes.SHA256()).hex()


def _signer(key_file: Path, passphrase: str) -> SimpleSigner:
    from pyhanko.sign import signers

    if not key_file.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "reports", "There is no signing key at {key_file}; make one with `councildesk keys new`."
            ),
            key_file=key_file,
        )
    try:
        # pyHanko logs a wrong passphrase with a traceback before returning None; the sentence says it.
        with _quiet_pyhanko():
            signer: SimpleSigner | None = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
                str(key_file), passphrase=passphrase.encode("utf-8")
            )
    except (ValueError, OSError):
        signer = None
    if signer is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "reports", "The passphrase for {key_file_name} is wrong, or the file is not a signing key."
            ),
            key_file_name=key_file.name,
        )
    return signer


def signer_name(key_file: Path, passphrase: str) -> str:
    """The common name on the key file's certificate (also checks the passphrase)."""
    return _common_name(_signer(key_file, passphrase).signing_cert)


def _common_name(cert: object) -> str:
    subject = cert.subject  # type: ignore[attr-defined]
    return str(subject.native.get("common_name") or subject.human_friendly)


def sign_pdf(
    pdf: bytes,
    key_file: Path,
    passphrase: str,
    *,
    reason: str,
    location: str = "",
    box: tuple[int, int, int, int] = SIGNATURE_BOX,
    page: int = -1,
) -> bytes:
    """The PDF with a visible PAdES signature in `box` on `page` (0-based; the last by default),
    added as an incremental update.

    The update only appends, so the tagged structure and everything signed before stay byte for
    byte as they were; signing must therefore be the last change made to the file.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    signer = _signer(key_file, passphrase)
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    fields.append_signature_field(writer, fields.SigFieldSpec(FIELD_NAME, box=box, on_page=page))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        reason=reason,
        location=location or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    style = TextStampStyle(
        stamp_text="Digitally signed by %(signer)s\n%(ts)s\nAny change after signing is detected.",
        border_width=1,
    )
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style)
    out = pdf_signer.sign_pdf(writer)
    return bytes(out.getvalue())


def signed_minutes_pdf(doc: MinutesDocument, key_file: Path, passphrase: str) -> tuple[bytes, str]:
    """Approved minutes as a signed PDF, and the signer's name; drafts are never signed.

    The PDF is made (and tagged) first and signed last, so the signature covers the finished file.
    """
    from councildesk.reports.minutes import minutes_pdf
    from councildesk.reports.signature_space import SignatureRoom

    if doc.approval is None:
        raise UserError(
            QT_TRANSLATE_NOOP("reports", "These minutes are a draft; only approved minutes are signed.")
        )
    who = signer_name(key_file, passphrase)  # a wrong passphrase is refused before the PDF is made
    reason = (
        f"Approved minutes of the {doc.record.meeting.body_name}, content fingerprint (SHA-256) "
        f"{doc.approval.sha256}"
    )
    room = SignatureRoom()  # kept blank beside the signature lines, so the block covers no text
    pdf = minutes_pdf(doc, signature_room=room)
    assert room.page, "the minutes always end with their signature lines"
    x1, y1, x2, y2 = room.box
    box = (math.ceil(x1), math.ceil(y1), math.floor(x2), math.floor(y2))  # inside the space kept
    signed = sign_pdf(
        pdf, key_file, passphrase, reason=reason, location=doc.municipality, box=box, page=room.page - 1
    )
    return signed, who


def default_key_file() -> Path:
    """Where `keys new` puts a key unless told otherwise: the data folder, never the database."""
    from councildesk.paths import user_data_dir

    return user_data_dir() / KEY_FILE_NAME


@contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs what it then reports (a wrong passphrase, an untrusted self-signed certificate)
    with a traceback; our one sentence says it instead."""
    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


@dataclass(frozen=True)
class SignatureCheck(Worded):
    ok: bool
    message: Message  # the verdict, declared: `sentence` in English, `text` in the reader's language
    signer: str = ""
    trusted: bool = False


def _verdict(
    ok: bool, text: MessageId, signer: str = "", trusted: bool = False, **params: object
) -> SignatureCheck:
    return SignatureCheck(ok, Message(text, {"signer": signer, **params}), signer, trusted)


def check_signed_pdf(pdf: bytes, *, file_name: str = "the file") -> SignatureCheck:
    """Validate every signature with pyHanko's validator: intact, covering the whole file, and who signed.

    A self-signed (trial) certificate is reported as such rather than as a failure: the document is
    unchanged, but only someone who knows the signer's certificate can tell who signed it.
    """
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, OSError):
        return _verdict(
            False, QT_TRANSLATE_NOOP("reports", "REFUSED: {file} is not a readable PDF."), file=file_name
        )
    if not signatures:
        return _verdict(False, QT_TRANSLATE_NOOP("reports", "REFUSED: {file} is not signed."), file=file_name)
    signed: list[SignatureCheck] = []
    for embedded in signatures:
        signer = _common_name(embedded.signer_cert)
        try:
            with _quiet_pyhanko():
                context = ValidationContext(trust_roots=[], allow_fetching=False)
                status = validate_pdf_signature(embedded, context)
        except Exception:  # noqa: BLE001 - a mangled signature is a refusal, whatever pyHanko raises
            unreadable = QT_TRANSLATE_NOOP(
                "reports", "REFUSED: the signature by {signer} in {file} cannot be read."
            )
            return _verdict(False, unreadable, signer, file=file_name)
        if not (status.intact and status.valid):
            changed = QT_TRANSLATE_NOOP(
                "reports",
                "REFUSED: {file} was changed after {signer} signed it (the signature does not match).",
            )
            return _verdict(False, changed, signer, file=file_name)
        if status.coverage is not SignatureCoverageLevel.ENTIRE_FILE and embedded is signatures[-1]:
            added = QT_TRANSLATE_NOOP(
                "reports", "REFUSED: something was added to {file} after {signer} signed it."
            )
            return _verdict(False, added, signer, file=file_name)
        when = embedded.self_reported_timestamp
        by = QT_TRANSLATE_NOOP("reports", "signed by {signer}")
        if when:
            by = QT_TRANSLATE_NOOP("reports", "signed by {signer} on {when}")
        at = f"{when:%Y-%m-%d %H:%M %Z}".rstrip() if when else ""
        signed.append(_verdict(True, by, signer, bool(status.trusted), when=at))
    last = signed[-1]
    trust = QT_TRANSLATE_NOOP(
        "reports",
        "certificate not from a trusted authority (compare its fingerprint with the one the city publishes)",
    )
    if last.trusted:
        trust = QT_TRANSLATE_NOOP("reports", "the certificate is trusted")
    ok = QT_TRANSLATE_NOOP("reports", "OK: {file} is unchanged since signing; {signed}, {trust}.")
    return _verdict(True, ok, last.signer, last.trusted, file=file_name, signed=last.message, trust=trust)


def certificate_fingerprint(pdf: bytes) -> str:
    """SHA-256 of the last signer's certificate, for comparing with a published one."""
    from hashlib import sha256

    from pyhanko.pdf_utils.reader import PdfFileReader

    embedded = PdfFileReader(BytesIO(pdf), strict=False).embedded_signatures[-1]
    return sha256(embedded.signer_cert.dump()).hexdigest()
