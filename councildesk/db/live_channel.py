"""A client's own PostgreSQL connection that hears other clients' notices and says which meeting it has open.

Presence rides on this connection's application_name ("councildesk m=<meeting> p=<person> u=<os user>"),
which the server lists in pg_stat_activity to every role, readers included: nothing is written, so a
read-only councilor is seen too, and a client that crashes or loses its network disappears with its
connection, with no heartbeat and no stale row to clean up.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine

from councildesk.db.change_notice import CHANNEL, Notice
from councildesk.db.file_lock import os_user

log = logging.getLogger("councildesk.db")

PREFIX = "councildesk "
PRESENCE_MOVED = '{"presence": true}'
_PRESENCE = re.compile(r"^councildesk m=(\d*) p=(\d*) u=(.*)$")


@dataclass(frozen=True)
class Presence:
    """Another client with a meeting open."""

    meeting_id: int | None
    person_id: int | None
    role: str
    os_user: str


class LiveChannel:
    """LISTEN councildesk on a connection of its own, read without blocking when its socket wakes."""

    def __init__(self, engine: Engine) -> None:
        raw = engine.raw_connection()
        conn: Any = raw.driver_connection
        raw.detach()  # this connection lives as long as the window, outside the pool
        self._conn = conn
        conn.rollback()
        conn.autocommit = True
        # A query on this connection (presence) takes in notices that arrived meanwhile and hands
        # them to the handlers, not to notifies(): keep them for the next read.
        self._backlog: list[str] = []
        conn.add_notify_handler(lambda n: self._backlog.append(n.payload))
        conn.execute(f"LISTEN {CHANNEL}")
        self._closed = False

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def read(self) -> tuple[list[Notice], bool]:
        """What arrived, and whether a client moved (never waits); a lost connection raises OSError."""
        pgconn = self._conn.pgconn
        try:
            pgconn.consume_input()
        except Exception as error:  # noqa: BLE001 - psycopg's OperationalError, without importing it
            raise OSError(str(error)) from None
        if int(pgconn.status) != 0:  # not CONNECTION_OK: the server ended this connection
            raise OSError("the server closed the live connection")
        while (raw := pgconn.notifies()) is not None:
            self._backlog.append(raw.extra.decode("utf-8", "replace"))
        found: list[Notice] = []
        moved = False
        payloads, self._backlog = self._backlog, []
        for text in payloads:
            notice = Notice.parse(text)
            if notice is not None:
                found.append(notice)
            elif text == PRESENCE_MOVED:
                moved = True
        return found, moved

    def has_backlog(self) -> bool:
        """Whether notices came in with a query's answer (the socket will not wake for them again)."""
        return bool(self._backlog)

    def announce(self, meeting_id: int | None, person_id: int | None) -> None:
        """Say which meeting this client has open (visible to others in pg_stat_activity)."""
        user = re.sub(r"[^A-Za-z0-9_.@-]", "", os_user())[:20]
        name = f"{PREFIX}m={meeting_id or ''} p={person_id or ''} u={user}"
        self._conn.execute("SELECT set_config('application_name', %s, false)", (name,))
        # Others re-read who is here when any client says it moved.
        self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, PRESENCE_MOVED))

    def others(self) -> list[Presence]:
        """Every other CouncilDesk client connected to this database, with the meeting it has open."""
        rows = self._conn.execute(
            "SELECT application_name, usename::text FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE %s",
            (PREFIX + "%",),
        ).fetchall()
        found = []
        for name, role in rows:
            match = _PRESENCE.match(name or "")
            if match is None:
                continue
            meeting, person, user = match.groups()
            found.append(
                Presence(
                    int(meeting) if meeting else None, int(person) if person else None, str(role or ""), user
                )
            )
        return found

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            try:  # leave the list first, so that the others' re-read no longer finds this client
                self._conn.execute("SELECT set_config('application_name', '', false)")
                self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, PRESENCE_MOVED))
                self._conn.close()
            except Exception as error:  # noqa: BLE001 - closing a connection the server already dropped
                log.info("live channel closed with %s", error)
