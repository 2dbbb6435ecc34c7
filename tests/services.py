"""Throwaway PostgreSQL and Chroma servers on loopback for the tests.

    python -m tests.services -- python -m pytest -q     (what `make test` runs)

starts both, exports JIXIAO_TEST_PG and JIXIAO_TEST_CHROMA to the command, and stops them
afterwards whatever happens. Run pytest alone and tests/conftest.py starts them itself on first
use (once per session). initdb refuses root, so as root the cluster runs as Debian's `postgres`.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_ENV = "JIXIAO_TEST_PG"
CHROMA_ENV = "JIXIAO_TEST_CHROMA"


class ServiceUnavailable(RuntimeError):
    """A server the tests want cannot be started here; the message says what to install."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServiceUnavailable("PostgreSQL not installed: apt-get install postgresql")


@contextmanager
def postgres() -> Iterator[str]:
    """A fresh cluster in a temporary folder; yields its URL (database `jixiao`)."""
    bindir = postgres_bindir()
    root = Path(tempfile.mkdtemp(prefix="jixiao-pg-"))
    data, port = root / "data", free_port()
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as postgres
        shutil.chown(root, "postgres")
        os.chmod(root, 0o700)
        as_user = ["runuser", "-u", "postgres", "--"]
    run = lambda *args: subprocess.run([*as_user, *args], check=True,  # noqa: E731
                                       capture_output=True, text=True)
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "jixiao", "--auth=trust",
            "--encoding=UTF8", "--no-locale")
        # Throwaway data: no fsync, no socket file outside the folder, loopback only.
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off"
                   " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
            "-w", "-t", "60", "start")
        run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "jixiao",
            "jixiao")
        yield f"postgresql://jixiao@127.0.0.1:{port}/jixiao"
    except subprocess.CalledProcessError as err:
        raise ServiceUnavailable(f"PostgreSQL did not start: {err.stderr or err.stdout}") from err
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                            "-w", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def chroma() -> Iterator[str]:
    """`chroma run` on a temporary folder; yields its URL."""
    executable = Path(sys.executable).parent / "chroma"
    if not executable.exists():
        found = shutil.which("chroma")
        if not found:
            raise ServiceUnavailable("the chroma command is missing: pip install chromadb")
        executable = Path(found)
    root = Path(tempfile.mkdtemp(prefix="jixiao-chroma-"))
    port = free_port()
    log = open(root / "log", "wb")
    server = subprocess.Popen(
        [str(executable), "run", "--path", str(root / "data"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise ServiceUnavailable(
                        f"chroma run did not start: {(root / 'log').read_text()[-500:]}")
                time.sleep(0.2)
        yield url
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        print("usage: python -m tests.services -- COMMAND …", file=sys.stderr)
        return 2
    with postgres() as pg_url, chroma() as chroma_url:
        env = {**os.environ, PG_ENV: pg_url, CHROMA_ENV: chroma_url}
        print(f"services: PostgreSQL {pg_url}, Chroma {chroma_url}", flush=True)
        return subprocess.run(argv, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
