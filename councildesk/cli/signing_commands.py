"""Signing commands: keys new (a trial certificate and key) and verify-pdf (check a signed PDF)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import say
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

PASSPHRASE_ENV = "COUNCILDESK_KEY_PASSPHRASE"  # for scripts and tests; people are asked at a prompt
EXIT_REFUSED = 1


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "keys",
        cmd_keys,
        QT_TRANSLATE_NOOP("cli", "signing keys for approved minutes (kept in a file, never in the database)"),
        database="none",
    )
    actions = p.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    new = actions.add_parser(
        "new",
        help=QT_TRANSLATE_NOOP(
            "cli", "make a self-signed trial certificate and private key (PKCS#12, protected by a passphrase)"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Make a self-signed certificate for trying signed minutes. Readers show the signature as valid "
            "but not from a trusted authority; a city's own certificate (.p12) from an authority is used the "
            "same way with `minutes --sign`.",
        ),
    )
    new.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.p12",
        help=QT_TRANSLATE_NOOP("cli", "key file (default: signing-key.p12 in your data folder)"),
    )
    new.add_argument(
        "--name",
        default="City Clerk",
        help=QT_TRANSLATE_NOOP("cli", 'the signer\'s name, e.g. "City Clerk, Northampton"'),
    )
    p = add_command(
        sub,
        "verify-pdf",
        cmd_verify_pdf,
        QT_TRANSLATE_NOOP(
            "cli",
            "check a signed minutes PDF: unchanged since signing, and who signed it (exit 0 OK, 1 refused)",
        ),
        database="none",
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf", help=QT_TRANSLATE_NOOP("cli", "the PDF to check"))


def passphrase(key_file: Path, *, confirm: bool = False) -> str:
    """The key's passphrase: from COUNCILDESK_KEY_PASSPHRASE, else asked without echo."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    import getpass

    try:
        first = getpass.getpass(say(QT_TRANSLATE_NOOP("cli", "Passphrase for {file}: "), file=key_file.name))
        if confirm and getpass.getpass(say(QT_TRANSLATE_NOOP("cli", "The same passphrase again: "))) != first:
            raise UserError(QT_TRANSLATE_NOOP("cli", "The two passphrases differ; nothing was written."))
    except EOFError:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "No passphrase was given; set {variable} when no one can type it."),
            variable=PASSPHRASE_ENV,
        ) from None
    return first


def cmd_keys(args: argparse.Namespace) -> int:
    from councildesk.reports.pdf_signature import default_key_file, new_trial_key

    path: Path = (args.output or default_key_file()).expanduser()
    fingerprint = new_trial_key(path, args.name, passphrase(path, confirm=True))
    wrote = QT_TRANSLATE_NOOP(
        "cli",
        "Wrote a self-signed trial certificate for {name} and its private key to {path} (keep the file and "
        "its passphrase safe). Certificate fingerprint (SHA-256): {fingerprint}",
    )
    print(say(wrote, name=args.name.strip(), path=path, fingerprint=fingerprint))
    return 0


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    from councildesk.reports.pdf_signature import certificate_fingerprint, check_signed_pdf

    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "Cannot read {path}: {value}."), path=path, value=error.strerror or error
        ) from None
    result = check_signed_pdf(data, file_name=path.name)
    print(result.text)  # the verdict in the reader's language
    if result.ok:
        signer = QT_TRANSLATE_NOOP("cli", "Signer's certificate fingerprint (SHA-256): {fingerprint}")
        print(say(signer, fingerprint=certificate_fingerprint(data)))
    return 0 if result.ok else EXIT_REFUSED
