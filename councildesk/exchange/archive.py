"""Full-fidelity archive: one zip with a manifest (schema, sha256 per entry) and every table as JSON lines.

An archive restores into an empty database to the same rows with the same ids: attachments
(base64), minutes approvals, corrections and the audit log included.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from councildesk.atomic_output import atomic_path
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.backup_service import RestoreResult
from councildesk.services.exchange_service import ExchangeService

FORMAT = "councildesk-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024  # uncompressed; refuses zip bombs before anything is written


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value
    return value


def write_archive(exchange: ExchangeService, path: Path) -> Path:
    """Write every table (one consistent read, through the exchange service) into the zip `path`."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "The folder {parent} does not exist."), parent=path.parent
        )
    digests: dict[str, str] = {}
    counts: dict[str, int] = {}
    # The zip is written under a temporary name and renamed when whole (nothing partial is left).
    with atomic_path(path) as partial, zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:

        def write(table: str, rows: Iterator[Mapping[Any, Any]]) -> None:
            lines = [
                json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True)
                for row in rows
            ]
            data = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
            name = f"tables/{table}.jsonl"
            zf.writestr(name, data)
            digests[name] = hashlib.sha256(data).hexdigest()
            counts[table] = len(lines)

        schema = exchange.dump_tables(write)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema": schema,
            "created": datetime.now().replace(microsecond=0).isoformat(),
            "tables": counts,
            "sha256": digests,
        }
        zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
    return path


def _safe_names(zf: zipfile.ZipFile, name: str) -> None:
    total = 0
    for info in zf.infolist():
        entry = info.filename
        pure = PurePosixPath(entry)
        if (
            entry.startswith(("/", "\\"))
            or "\\" in entry
            or ".." in pure.parts
            or (len(entry) > 1 and entry[1] == ":")
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{name}: the entry '{entry}' points outside the archive folder; the archive is refused.",
                ),
                name=name,
                entry=entry,
            )
        total += info.file_size
    if total > MAX_ARCHIVE_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{name} would unpack to {value:.1f} GB; it is refused."),
            name=name,
            value=total / 1_073_741_824,
        )


def read_archive(
    exchange: ExchangeService, path: Path
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Check an archive completely (names, manifest, checksums, schema) and return its rows."""
    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("exchange", "There is no archive {path}."), path=path)
    if not zipfile.is_zipfile(path):
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{path_name} is not a CouncilDesk archive (not a zip file)."),
            path_name=path.name,
        )
    try:
        with zipfile.ZipFile(path) as zf:
            _safe_names(zf, path.name)
            names = set(zf.namelist())
            if MANIFEST not in names:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{path_name} has no {manifest}; it is not a CouncilDesk archive."
                    ),
                    path_name=path.name,
                    manifest=MANIFEST,
                )
            try:
                manifest = json.loads(zf.read(MANIFEST))
            except (ValueError, UnicodeDecodeError):
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{path_name}: {manifest} is not valid JSON."),
                    path_name=path.name,
                    manifest=MANIFEST,
                ) from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{path_name}: {manifest} does not describe a CouncilDesk archive."
                    ),
                    path_name=path.name,
                    manifest=MANIFEST,
                )
            exchange.check_archive_schema(manifest.get("schema"), path.name)
            digests = manifest.get("sha256")
            if not isinstance(digests, dict):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{path_name}: {manifest}, field 'sha256': expected an object."
                    ),
                    path_name=path.name,
                    manifest=MANIFEST,
                )
            rows: dict[str, list[dict[str, Any]]] = {}
            for table in exchange.archive_tables():
                name = f"tables/{table}.jsonl"
                if name not in names or name not in digests:
                    raise UserError(
                        QT_TRANSLATE_NOOP("exchange", "{path_name}: the entry {name} is missing."),
                        path_name=path.name,
                        name=name,
                    )
                data = zf.read(name)
                if hashlib.sha256(data).hexdigest() != digests[name]:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "exchange",
                            "{path_name}: {name} does not match its checksum; the archive is damaged.",
                        ),
                        path_name=path.name,
                        name=name,
                    )
                rows[table] = []
                for n, line in enumerate(data.decode("utf-8").splitlines(), start=1):
                    try:
                        row = json.loads(line)
                    except ValueError:
                        raise UserError(
                            QT_TRANSLATE_NOOP("exchange", "{path_name}, {name}, line {n}: not valid JSON."),
                            path_name=path.name,
                            name=name,
                            n=n,
                        ) from None
                    if not isinstance(row, dict):
                        raise UserError(
                            QT_TRANSLATE_NOOP(
                                "exchange", "{path_name}, {name}, line {n}: expected an object."
                            ),
                            path_name=path.name,
                            name=name,
                            n=n,
                        )
                    rows[table].append(row)
    except zipfile.BadZipFile as error:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{path_name} is a damaged zip file ({error})."),
            path_name=path.name,
            error=error,
        ) from None
    return manifest, rows


def load_archive(exchange: ExchangeService, path: Path) -> dict[str, int]:
    """Insert an archive's rows, ids unchanged, into the service's empty database (one transaction)."""
    _manifest, rows = read_archive(exchange, path)
    return exchange.load_archive(rows, Path(path).name)


def restore_archive(exchange: ExchangeService, path: Path) -> RestoreResult:
    """Replace the open database with an archive's contents, keeping the replaced file beside it."""
    _manifest, rows = read_archive(exchange, path)  # refuse a bad archive before anything else happens
    return exchange.restore_archive(rows, Path(path))


def restore_any(exchange: ExchangeService, path: Path) -> RestoreResult:
    """Restore from an archive (.zip) or a backup (.db), told apart by content, not by extension."""
    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("exchange", "There is no file {path}."), path=path)
    if zipfile.is_zipfile(path):
        return restore_archive(exchange, path)
    return exchange.restore_backup(path)
