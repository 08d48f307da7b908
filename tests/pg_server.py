"""A throwaway PostgreSQL cluster for tests (or COUNCILDESK_PG_URL), with a fresh database per test."""

from __future__ import annotations

import glob
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

ENV_URL = "COUNCILDESK_PG_URL"
DRIVER = "psycopg"


def postgres_bin() -> Path | None:
    """The newest server binaries Debian installed (/usr/lib/postgresql/<major>/bin), else PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def missing_requirement(bin_dir: Path | None, driver: str = DRIVER) -> str | None:
    """Why a throwaway cluster cannot run here (the reason a PostgreSQL test skips), or None."""
    if importlib.util.find_spec(driver) is None:
        return f'the PostgreSQL driver {driver} is not installed (pip install -e ".[postgres]")'
    if bin_dir is None:
        return "no PostgreSQL server binaries (initdb) installed; set COUNCILDESK_PG_URL to use a server"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a `postgres` OS user to run the throwaway server"
    return None


def _as_server_user(args: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root; run them as the `postgres` OS user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


class Cluster:
    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="councildesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.root.chmod(0o700)

    def run(self, *args: str) -> None:
        subprocess.run(_as_server_user(list(args)), check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        self.run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        )
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
        self.run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        try:
            self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove a cluster whose server never started."""
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A server URL for the whole session: COUNCILDESK_PG_URL, or a cluster started here."""
    if os.environ.get(ENV_URL):
        if importlib.util.find_spec(DRIVER) is None:
            pytest.skip(f"{ENV_URL} is set but the PostgreSQL driver {DRIVER} is not installed")
        yield os.environ[ENV_URL]
        return
    bin_dir = postgres_bin()
    reason = missing_requirement(bin_dir)
    if reason is not None:
        pytest.skip(reason)
    assert bin_dir is not None  # missing_requirement() checked it
    cluster = _started_cluster(bin_dir)
    try:
        yield cluster.admin_url
    finally:
        cluster.stop()


def _started_cluster(bin_dir: Path, attempts: int = 3) -> Cluster:
    """Start a cluster (one per pytest-xdist worker: own folder, socket and port).

    The free port is chosen before postgres binds it, so a parallel worker may take it in between;
    a fresh port is tried then.
    """
    for attempt in range(attempts):
        cluster = Cluster(bin_dir)
        try:
            cluster.start()
            return cluster
        except subprocess.CalledProcessError as error:
            cluster.discard()
            if attempt == attempts - 1:
                pytest.fail(f"could not start a test PostgreSQL cluster: {error.stderr}")
    raise AssertionError("unreachable")


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database for one test; dropped afterwards."""
    if os.environ.get(ENV_URL):
        # A server we did not start: reuse its database, emptied before and after.
        _empty(pg_admin_url)
        yield pg_admin_url
        _empty(pg_admin_url)
        return
    name = f"councildesk_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        yield make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _empty(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
