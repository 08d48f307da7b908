"""The refusal to open a database another CouncilDesk holds names the holder in the reader's language."""

from __future__ import annotations

import getpass
import os
import socket
from pathlib import Path

import pytest

from councildesk.cli import language
from councildesk.db.engine import Database, open_database
from councildesk.domain.errors import DatabaseInUseError


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("en", "council.db is already open in another CouncilDesk (process {pid} of {user} on {host}); "),
        (
            "fr",
            "council.db est déjà ouverte dans un autre CouncilDesk (processus {pid} de {user} sur {host}); ",
        ),
        ("es", "council.db ya está abierta en otro CouncilDesk (proceso {pid} de {user} en {host}); "),
    ],
)
def test_the_lock_refusal_names_its_holder_in_the_readers_language(
    language_code: str, expected: str, db: Database, db_path: Path
) -> None:
    with pytest.raises(DatabaseInUseError) as caught:
        open_database(db_path)
    language.install(language_code)
    try:
        read = caught.value.message
    finally:
        language.install("en")
    holder = {"pid": os.getpid(), "user": getpass.getuser(), "host": socket.gethostname()}
    assert read.startswith(expected.format(**holder)), read
    assert str(caught.value).startswith(
        "council.db is already open in another CouncilDesk (process {pid} of ".format(**holder)
    )
