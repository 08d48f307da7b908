"""A version counter on every editable row, so that a change made from an outdated copy is refused.

Every UPDATE and DELETE of a versioned row says `WHERE id = ? AND row_version = ?` (SQLAlchemy's
`version_id_col`), so of two clerks who read the same row and then write it, the second one's
write matches no row and is refused instead of silently overwriting the first. The counter is
raised here, once per flush, only when a field a clerk edits changes: positions and numbers that
the agenda recomputes after another item moved do not make an item "changed by someone else".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, event, inspect
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column

ROW_VERSION = "row_version"

# Fields CouncilDesk derives from other rows (kept in step by the agenda's renumbering, a
# speaker list's or sponsor list's order), per table: changing only these is no new version.
DERIVED: dict[str, frozenset[str]] = {
    "agenda_item": frozenset({"position", "number"}),
    "speaker": frozenset({"position"}),
    "motion": frozenset({"position"}),
    "sponsorship": frozenset({"position"}),
    "post": frozenset({"position"}),
}


class Versioned:
    """Mixin for an editable table: a `row_version` column, checked on every update and delete."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Raised by `_raise_versions` rather than on every UPDATE (see the module docstring).
        return {"version_id_col": cls.row_version, "version_id_generator": False}


def _raise_versions(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if not isinstance(obj, Versioned):
            continue
        state = inspect(obj)
        version = state.attrs["row_version"]
        if version.history.has_changes():  # already raised (or restored) by the caller
            continue
        derived = DERIVED.get(state.mapper.local_table.name, frozenset())
        if any(
            attr.key not in derived
            and attr.key != "row_version"
            and state.attrs[attr.key].history.has_changes()
            for attr in state.mapper.column_attrs
        ):
            obj.row_version = (obj.row_version or 0) + 1


def install(session_factory: Any) -> None:
    """Attach the counter to a sessionmaker (beside the text rule), for every write CouncilDesk makes."""
    event.listen(session_factory, "before_flush", _raise_versions)
