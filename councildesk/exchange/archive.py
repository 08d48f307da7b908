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
        raise UserError(f"The folder {path.parent} does not exist.")
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
                f"{name}: the entry '{entry}' points outside the archive folder; the archive is refused."
            )
        total += info.file_size
    if total > MAX_ARCHIVE_BYTES:
        raise UserError(f"{name} would unpack to {total / 1_073_741_824:.1f} GB; it is refused.")


def read_archive(
    exchange: ExchangeService, path: Path
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Check an archive completely (names, manifest, checksums, schema) and return its rows."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"There is no archive {path}.")
    if not zipfile.is_zipfile(path):
        raise UserError(f"{path.name} is not a CouncilDesk archive (not a zip file).")
    try:
        with zipfile.ZipFile(path) as zf:
            _safe_names(zf, path.name)
            names = set(zf.namelist())
            if MANIFEST not in names:
                raise UserError(f"{path.name} has no {MANIFEST}; it is not a CouncilDesk archive.")
            try:
                manifest = json.loads(zf.read(MANIFEST))
            except (ValueError, UnicodeDecodeError):
                raise UserError(f"{path.name}: {MANIFEST} is not valid JSON.") from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise UserError(f"{path.name}: {MANIFEST} does not describe a CouncilDesk archive.")
            exchange.check_archive_schema(manifest.get("schema"), path.name)
            digests = manifest.get("sha256")
            if not isinstance(digests, dict):
                raise UserError(f"{path.name}: {MANIFEST}, field 'sha256': expected an object.")
            rows: dict[str, list[dict[str, Any]]] = {}
            for table in exchange.archive_tables():
                name = f"tables/{table}.jsonl"
                if name not in names or name not in digests:
                    raise UserError(f"{path.name}: the entry {name} is missing.")
                data = zf.read(name)
                if hashlib.sha256(data).hexdigest() != digests[name]:
                    raise UserError(
                        f"{path.name}: {name} does not match its checksum; the archive is damaged."
                    )
                rows[table] = []
                for n, line in enumerate(data.decode("utf-8").splitlines(), start=1):
                    try:
                        row = json.loads(line)
                    except ValueError:
                        raise UserError(f"{path.name}, {name}, line {n}: not valid JSON.") from None
                    if not isinstance(row, dict):
                        raise UserError(f"{path.name}, {name}, line {n}: expected an object.")
                    rows[table].append(row)
    except zipfile.BadZipFile as error:
        raise UserError(f"{path.name} is a damaged zip file ({error}).") from None
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
        raise UserError(f"There is no file {path}.")
    if zipfile.is_zipfile(path):
        return restore_archive(exchange, path)
    return exchange.restore_backup(path)
