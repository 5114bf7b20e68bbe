"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries.

PostgreSQL comes from Debian's packages on our machines and CI's, installed but not running.
The tests start a private server in a temporary directory (trust authentication, loopback
only, no fsync), create one database per test that asks for one, and stop the server at the
end of the session. Where no PostgreSQL is installed the tests that need it skip with a
one-line reason, except on CI (``CI`` set), where they fail instead: there they must run.

``initdb`` refuses to run as root, so as root the server runs as the ``postgres`` system
user that Debian's package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_SEARCH = ("/usr/lib/postgresql/*/bin",)


class PostgresUnavailable(Exception):
    """No PostgreSQL server binaries on this machine; the message says what is missing."""


@dataclass(frozen=True)
class PostgresServer:
    """A running throwaway server; ``dsn(name)`` is the conninfo of one of its databases."""

    host: str
    port: int
    bindir: Path
    user: str = "postgres"

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; returns its conninfo."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        createdb = str(self.bindir / "createdb")
        subprocess.run(
            [createdb, "-h", self.host, "-p", str(self.port), "-U", self.user, name],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return self.dsn(name)


def find_bindir() -> Path:
    """The directory of ``initdb``/``pg_ctl``: ``PG_BINDIR``, then Debian's layout, then PATH."""
    explicit = os.environ.get("PG_BINDIR")
    candidates = [explicit] if explicit else []
    candidates += sorted(glob.glob(_SEARCH[0]), key=_version_key, reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    raise PostgresUnavailable(
        "PostgreSQL is not installed (no initdb/pg_ctl; apt-get install postgresql)"
    )


def _version_key(path: str) -> int:
    digits = Path(path).parent.name
    return int(digits) if digits.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _as_server_user() -> tuple[list[str], int | None, int | None]:
    """The command prefix and ids to run server commands as a user initdb accepts."""
    if os.geteuid() != 0:
        return [], None, None
    try:
        entry = pwd.getpwnam("postgres")
    except KeyError as exc:
        raise PostgresUnavailable("running as root and no 'postgres' system user") from exc
    return ["runuser", "-u", "postgres", "--"], entry.pw_uid, entry.pw_gid


def start(workdir: Path) -> tuple[PostgresServer, Path]:
    """Initialise and start a server under ``workdir``; returns it and its data directory."""
    bindir = find_bindir()
    prefix, uid, gid = _as_server_user()
    data = workdir / "data"
    sockets = workdir / "sockets"
    data.mkdir()
    sockets.mkdir()
    if uid is not None and gid is not None:
        for path in (workdir, data, sockets):
            os.chown(path, uid, gid)
    run = [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres"]
    subprocess.run(
        [*run, "--auth=trust", "--encoding=UTF8", "--no-sync"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
    )
    log = str(workdir / "server.log")
    subprocess.run(
        [
            *prefix,
            *(str(bindir / "pg_ctl"), "-D", str(data), "-o", options),
            *("-l", log, "-w", "-t", "60", "start"),
        ],
        check=True,
        capture_output=True,
        timeout=90,
    )
    return PostgresServer(host="127.0.0.1", port=port, bindir=bindir), data


def stop(server: PostgresServer, data: Path) -> None:
    prefix, _, _ = _as_server_user()
    subprocess.run(
        [*prefix, str(server.bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
        check=False,
        capture_output=True,
        timeout=60,
    )


def running_server() -> Iterator[PostgresServer | str]:
    """Yield a started server, or the one-line reason there is none; stop it afterwards."""
    workdir = Path(tempfile.mkdtemp(prefix="asperion-pg-"))
    os.chmod(workdir, 0o755)  # noqa: S103 (the server user must reach its data directory)
    try:
        try:
            server, data = start(workdir)
        except PostgresUnavailable as exc:
            yield str(exc)
            return
        except subprocess.CalledProcessError as exc:
            log = workdir / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            stderr = exc.stderr.decode(errors="replace") if exc.stderr else ""
            raise RuntimeError(f"PostgreSQL did not start: {stderr}\n{tail}") from exc
        try:
            yield server
        finally:
            stop(server, data)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
