"""Full-fidelity archive: one zip with a manifest (schema, sha256 per entry) and every table as JSON lines.

An archive restores into an empty database to the same rows with the same ids: attachments
(base64), minutes approvals, corrections and the audit log included.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, func, select, update
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from councildesk.db import full_text, migrate
from councildesk.db.base import Base
from councildesk.db.engine import Database, open_database
from councildesk.domain.errors import SchemaTooNewError, UserError
from councildesk.services.backup_service import BackupService, RestoreResult

FORMAT = "councildesk-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024  # uncompressed; refuses zip bombs before anything is written


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


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


def write_archive(db: Database, path: Path) -> Path:
    """Write every table of `db` (one consistent read) into the zip `path`."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")
    partial = path.with_name(path.name + ".partial")
    digests: dict[str, str] = {}
    counts: dict[str, int] = {}
    with db.reading() as session:
        schema = session.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for table in _tables():
                    lines = []
                    pk = list(table.primary_key.columns)
                    for row in session.execute(select(table).order_by(*pk)).mappings():
                        lines.append(
                            json.dumps(
                                {k: _encode(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True
                            )
                        )
                    data = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
                    name = f"tables/{table.name}.jsonl"
                    zf.writestr(name, data)
                    digests[name] = hashlib.sha256(data).hexdigest()
                    counts[table.name] = len(lines)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "schema": schema,
                    "created": datetime.now().replace(microsecond=0).isoformat(),
                    "tables": counts,
                    "sha256": digests,
                }
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
            partial.replace(path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise UserError(f"Could not write the archive {path}: {error.strerror}.") from None
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


def read_archive(path: Path) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
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
            schema = manifest.get("schema")
            if schema not in migrate.known_revisions():
                raise SchemaTooNewError(
                    f"{path.name} was written by a newer CouncilDesk (schema {schema}); "
                    "install that version to restore it."
                )
            if schema != migrate.head_revision():
                raise UserError(
                    f"{path.name} holds schema {schema}; restore it with the CouncilDesk version "
                    "that wrote it, "
                    "then archive again."
                )
            digests = manifest.get("sha256")
            if not isinstance(digests, dict):
                raise UserError(f"{path.name}: {MANIFEST}, field 'sha256': expected an object.")
            rows: dict[str, list[dict[str, Any]]] = {}
            for table in _tables():
                name = f"tables/{table.name}.jsonl"
                if name not in names or name not in digests:
                    raise UserError(f"{path.name}: the entry {name} is missing.")
                data = zf.read(name)
                if hashlib.sha256(data).hexdigest() != digests[name]:
                    raise UserError(
                        f"{path.name}: {name} does not match its checksum; the archive is damaged."
                    )
                rows[table.name] = []
                for n, line in enumerate(data.decode("utf-8").splitlines(), start=1):
                    try:
                        row = json.loads(line)
                    except ValueError:
                        raise UserError(f"{path.name}, {name}, line {n}: not valid JSON.") from None
                    if not isinstance(row, dict):
                        raise UserError(f"{path.name}, {name}, line {n}: expected an object.")
                    rows[table.name].append(row)
    except zipfile.BadZipFile as error:
        raise UserError(f"{path.name} is a damaged zip file ({error}).") from None
    return manifest, rows


def _decode(table: Table, row: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name not in row:
            raise UserError(f"{where}: the field '{col.name}' is missing.")
        value = row[col.name]
        try:
            if value is None:
                out[col.name] = None
            elif isinstance(col.type, LargeBinary):
                out[col.name] = base64.b64decode(value, validate=True)
            elif isinstance(col.type, DateTime):
                out[col.name] = datetime.fromisoformat(value)
            elif isinstance(col.type, Date):
                out[col.name] = date.fromisoformat(value)
            elif isinstance(col.type, SAEnum) and col.type.enum_class is not None:
                out[col.name] = col.type.enum_class(value)
            elif isinstance(col.type, Boolean):
                out[col.name] = bool(value)
            else:
                out[col.name] = value
        except (ValueError, TypeError):
            raise UserError(f"{where}, field '{col.name}': {value!r} is not valid.") from None
    return out


def load_archive(db: Database, path: Path) -> dict[str, int]:
    """Insert an archive's rows, ids unchanged, into an empty database (one transaction)."""
    _manifest, rows = read_archive(path)
    meeting = Base.metadata.tables["meeting"]
    with db.transaction() as session:
        _require_empty(session, db)
        if db.is_sqlite:
            # Sections may come after their items, amendments after motions: check keys at commit.
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        approved: list[int] = []
        for table in _tables():
            decoded = []
            for n, row in enumerate(rows[table.name], start=1):
                values = _decode(table, row, f"{Path(path).name}, tables/{table.name}.jsonl, line {n}")
                if (
                    table is meeting
                    and values.get("minutes_status") is not None
                    and str(getattr(values["minutes_status"], "value", values["minutes_status"]))
                    == "approved"
                ):
                    # Locked meetings accept no new children; lock them after everything is in.
                    approved.append(values["id"])
                    values["minutes_status"] = type(values["minutes_status"])("draft")
                decoded.append(values)
            if decoded:
                session.execute(table.insert(), decoded)
        if approved:
            session.execute(
                update(meeting).where(meeting.c.id.in_(approved)).values(minutes_status="approved")
            )
        connection = session.connection()
        if full_text.has_fts5_index(connection):
            # The search index is derived data: rebuilt whole rather than carried in the archive.
            for indexed in full_text.INDEXED:
                connection.exec_driver_sql(f"INSERT INTO {indexed.fts}({indexed.fts}) VALUES ('rebuild')")
    return {name: len(r) for name, r in rows.items()}


def _require_empty(session: Session, db: Database) -> None:
    for table in _tables():
        if session.execute(select(func.count()).select_from(table)).scalar():
            raise UserError(
                f"An archive restores only into an empty database; {db.url} already holds "
                f"{table.name} records."
            )


def restore_archive(backups: BackupService, path: Path) -> RestoreResult:
    """Replace the open database with an archive's contents, keeping the replaced file beside it."""
    _manifest, _rows = read_archive(path)  # refuse a bad archive before anything else happens
    target = backups._database_path()
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".restore-") as tmp:
        staged = Path(tmp) / "staged.db"
        fresh = open_database(staged)
        try:
            load_archive(fresh, path)
        finally:
            fresh.close()
        result = backups.restore(staged)
    return RestoreResult(Path(path), result.replaced_copy, result.schema)


def restore_any(backups: BackupService, path: Path) -> RestoreResult:
    """Restore from an archive (.zip) or a backup (.db), told apart by content, not by extension."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"There is no file {path}.")
    if zipfile.is_zipfile(path):
        return restore_archive(backups, path)
    return backups.restore(path)
