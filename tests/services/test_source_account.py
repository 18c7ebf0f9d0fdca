""""Kiểm tra kết nối": each obstacle between the console and the source system is named.

Every server here is real and on 127.0.0.1: the source simulator, a plain HTTP server
answering 500 or 404, a TLS server with a certificate nobody signed, a socket that
accepts and never answers, and a port nobody listens on.
"""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.models.enums import Role
from console.services.errors import PermissionDenied
from console.services.permissions import Actor
from console.services.source_account import check_connection
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.diagnose import probe


@pytest.fixture(scope="module")
def sim() -> Iterator[SourceSimulator]:
    server = SourceSimulator(SimulatorConfig(items=2, seed=3, edge_cases=False)).start()
    yield server
    server.stop()


class _Answer(http.server.BaseHTTPRequestHandler):
    status = 500

    def do_POST(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"no")

    def log_message(self, *args: object) -> None:
        pass


def _serve(status: int, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    handler = type("Answer", (_Answer,), {"status": status})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if tls else "http"
    yield f"{scheme}://127.0.0.1:{server.server_address[1]}/api/v1"
    server.shutdown()
    server.server_close()


def test_the_simulator_account_works_and_a_wrong_password_is_named(
        ctx, sim: SourceSimulator) -> None:  # type: ignore[no-untyped-def]
    admin = Actor("quantri", Role.ADMIN)
    good = check_connection(ctx, admin, sim.url, "demo", "demo")
    assert good.ok and good.station is not None and good.station.code
    assert check_connection(ctx, admin, sim.url, "demo", "sai").problem == "wrong_password"
    with pytest.raises(PermissionDenied):
        check_connection(ctx, Actor("vanhanh", Role.OPERATOR), sim.url, "demo", "demo")


@pytest.mark.parametrize(("status", "problem"), [(500, "server_error"), (503, "server_error"),
                                                 (404, "not_source")])
def test_server_answers(status: int, problem: str) -> None:
    for url in _serve(status):
        assert probe(url, "demo", "demo").problem == problem


def test_a_certificate_nobody_signed(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    for url in _serve(200, context):
        found = probe(url, "demo", "demo", timeout_s=5)
        assert found.problem == "certificate", found


def test_nothing_listening_timeout_unknown_name_and_bad_address() -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    assert probe(f"http://127.0.0.1:{port}/api/v1", "a", "b").problem == "refused"

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts (in the kernel) and never answers
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/api/v1"
        assert probe(url, "a", "b", timeout_s=0.3).problem == "timeout"
    finally:
        silent.close()

    assert probe("https://nguon-khong-co.invalid/api/v1", "a", "b").problem == \
        "name_not_found"
    assert probe("nguon.gov.vn/api", "a", "b").problem == "bad_url"


def test_a_moved_server_keeps_the_files_coming(make_sim, ctx) -> None:  # type: ignore[no-untyped-def]
    """The province moves its server: files not yet on this PC come from the new address
    (the client fetches files only from the configured server)."""
    from sqlalchemy import select

    from console.media.store import MediaStore
    from console.models import AuditEntry, ItemFile, MediaBlob
    from console.models.enums import MediaState
    from console.services.permissions import SYSTEM
    from console.services.source_account import connect_source
    from console.sync.service import SyncService

    sim = make_sim(items=20, edge_cases=False)
    connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
    SyncService(ctx).sync_once()
    store = MediaStore(ctx.paths.media)
    with ctx.db.write() as session:  # one file held back before the move (a data budget)
        blob = session.scalars(select(MediaBlob).where(
            MediaBlob.state == MediaState.READY).order_by(MediaBlob.sha256)).first()
        assert blob is not None
        blob.state, sha = MediaState.MISSING, blob.sha256
    store.path(sha).unlink()
    with ctx.db.read() as session:
        links = len(session.scalars(select(ItemFile.url)).all())

    moved = sim.url.replace("127.0.0.1", "localhost")
    connect_source(ctx, Actor("quantri", Role.ADMIN), moved, "demo", "demo")
    result = SyncService(ctx).sync_once()
    assert result.files_failed == 0 and result.files_downloaded == 1
    assert store.path(sha).is_file()
    with ctx.db.read() as session:
        assert session.get(MediaBlob, sha).state == MediaState.READY
        urls = session.scalars(select(ItemFile.url)).all()
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "source.moved")).one()
    base = moved.rstrip("/") + "/"
    assert urls and all(url.startswith(base) for url in urls)
    assert audit.actor == "quantri" and audit.detail["file_links"] == links
