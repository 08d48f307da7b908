"""Live refresh on a server: the channel hearing other clients' changes, and who else has a meeting open."""

from __future__ import annotations

from sqlalchemy import select

from councildesk.db import change_notice
from councildesk.db.change_notice import Notice as Notice
from councildesk.db.engine import Database
from councildesk.db.live_channel import LiveChannel as LiveChannel
from councildesk.db.live_channel import Presence
from councildesk.db.models import Person


class LiveService:
    """Nothing on a SQLite file (one writer, no server to tell); on PostgreSQL a channel per window."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def origin(self) -> str | None:
        """What this client's own notices carry (the window skips them: it has shown its change)."""
        return change_notice.origin_of(self._db.engine)

    def open_channel(self) -> LiveChannel | None:
        if self._db.is_sqlite or self.origin is None:
            return None
        return LiveChannel(self._db.engine)

    @property
    def person_id(self) -> int | None:
        """The person this client signs in as, for the others' status bars."""
        role = getattr(self._db, "server_role", None)  # None on a file
        person_id = getattr(role, "person_id", None)
        return int(person_id) if person_id is not None else None

    def who_is_here(self, channel: LiveChannel, meeting_id: int) -> list[str]:
        """The names of the other clients with `meeting_id` open, each once, in order."""
        here = [p for p in channel.others() if p.meeting_id == meeting_id]
        ids = {p.person_id for p in here if p.person_id is not None}
        names: dict[int, str] = {}
        if ids:
            with self._db.reading() as s:
                query = select(Person.id, Person.display_name).where(Person.id.in_(ids))
                names = {int(person_id): str(name) for person_id, name in s.execute(query)}
        return sorted({_label(p, names) for p in here})


def _label(presence: Presence, names: dict[int, str]) -> str:
    """A person by name; a role not mapped to anyone by the role and the desk's user."""
    if presence.person_id is not None and presence.person_id in names:
        return names[presence.person_id]
    if presence.os_user and presence.os_user != presence.role:
        return f"{presence.role} ({presence.os_user})"
    return presence.role
