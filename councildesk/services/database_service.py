"""What the window may know of the open database: its file or address, its name, whether it is writable."""

from __future__ import annotations

from pathlib import Path

from councildesk.db.engine import Database


class DatabaseService:
    """Read-only facts about the open database, so that the ui never holds the `Database` itself."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def path(self) -> Path | None:
        """The database file (None on a server): where file dialogs start and what Open recent lists."""
        return self._db.path

    @property
    def url(self) -> str:
        """The address with any password hidden, for the About box and a server's title."""
        return self._db.url

    @property
    def target(self) -> str:
        """What another process opens to read the same records: the file, or the server's address
        with its password (a publish's worker; never shown)."""
        if self._db.path is not None:
            return str(self._db.path)
        return self._db.engine.url.render_as_string(hide_password=False)

    @property
    def name(self) -> str:
        """The file name, or the server address: what the window title shows."""
        return self._db.path.name if self._db.path else self._db.url

    @property
    def writable(self) -> bool:
        """False when opened read only (a councilor's copy, or a file another copy holds for writing)."""
        return self._db.writable

    @property
    def role(self) -> str | None:
        """On a server, the database role signed in (None for a file): whose rights the window has."""
        found = self._db.server_role
        return found.role if found is not None else None

    @property
    def person(self) -> str | None:
        """The person in the records that role is mapped to (`pg-setup --add-person`), if any."""
        found = self._db.server_role
        return found.person if found is not None else None
