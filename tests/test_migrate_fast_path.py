"""Opening a current database reads the schema version without Alembic, and agrees with Alembic."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from councildesk.db import migrate
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError

ROOT = Path(__file__).resolve().parents[1]


def alembic_view() -> tuple[str | None, set[str]]:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    return scripts.get_current_head(), {s.revision for s in scripts.walk_revisions()}


def test_head_and_known_revisions_match_alembic() -> None:
    head, known = alembic_view()
    assert migrate.head_revision() == head
    assert migrate.known_revisions() == known


def test_an_unusual_migration_file_falls_back_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge revision (a tuple of parents) is beyond the text reader; Alembic answers instead."""
    head = migrate.head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    for name, down in (("9001_side.py", f'"{head}"'), ("9002_merge.py", f'("{head}", "9001side")')):
        revision = name[:4] + name[5:-3]
        (migrations / "versions" / name).write_text(
            textwrap.dedent(
                f'''\
                """Test-only revision."""
                revision = "{revision}"
                down_revision = {down}
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                    pass


                def downgrade() -> None:
                    pass
                '''
            )
        )
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)
    assert migrate._revision_graph() is None
    assert migrate.head_revision() == "9002merge" == alembic_view()[0]
    assert migrate.known_revisions() == alembic_view()[1]


def test_current_revision_of_empty_current_and_doubly_stamped_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    assert migrate.current_revision(create_engine(f"sqlite:///{empty}")) is None
    current = tmp_path / "current.db"
    open_database(current).close()
    assert migrate.current_revision(create_engine(f"sqlite:///{current}")) == migrate.head_revision()
    conn = sqlite3.connect(current)
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="carries several schema versions"):
        open_database(current)


def test_opening_a_current_file_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    open_database(path).close()
    probe = (
        "import sys\n"
        "from councildesk.db.engine import open_database\n"
        f"open_database({str(path)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
    assert not (tmp_path / "backups").exists()
