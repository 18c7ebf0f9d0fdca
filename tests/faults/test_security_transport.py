"""Security review, finding 5: keys and passwords over plain HTTP.

Reference-device keys, board and Icecast passwords and the source-system password could
travel over http:// with no word said. Now `doctor` and the Devices page warn for each
target, and for the source, whose secret would cross the network unencrypted, and
https:// works with the station's choice: verify the certificate, or pin a self-signed
one by its SHA-256 fingerprint. The TLS servers here are real (the simulators on
https://127.0.0.1 with a certificate made by the test).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QApplication

from console.cli.main import main as cli_main
from console.delivery.dispatcher import Dispatcher
from console.services.device_registry import import_device_rows
from console.settings import SOURCE_URL, SOURCE_USER
from console.sim.devices.device import SimDevice
from console.sim.devices.reference import ReferenceSimulator
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.errors import SyncError
from tests.support.delivery import ADMIN

DEVICE_KEY = "khoa-cum-loa-cho-2026"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A self-signed certificate for 127.0.0.1: (cert.pem, key.pem, sha256 fingerprint)."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "dai-truyen-thanh-xa.local")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([
                x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    fingerprint = ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))
    return cert_path, key_path, fingerprint  # as openssl prints it


WRONG_PIN = "AB" * 32


# -- warnings ----------------------------------------------------------------------------------

def _registry(ctx: StationContext) -> None:
    rows = [
        ("cl-http", "reference", "http://192.0.2.10:8080/api/v1", DEVICE_KEY, ""),
        ("cl-https", "reference", "https://192.0.2.11/api/v1", DEVICE_KEY, ""),
        ("cl-local", "reference", "http://127.0.0.1:9/api/v1", DEVICE_KEY, ""),
        ("bd-http", "anthias", "http://192.0.2.12", "admin:mat-khau-bang", ""),
        ("ic-http", "icecast", "http://192.0.2.13:8000", "mat-khau-nguon", "mount=/xa.mp3"),
        ("cl-nokey", "reference", "http://192.0.2.14/api/v1", "", ""),
    ]
    report = import_device_rows(ctx, [
        {"id": i, "kind": "board" if i.startswith("bd") else "cluster", "name": f"Thiết bị {i}",
         "village": "Thôn Đông", "protocol": p, "address": a, "device_id": "", "key": k,
         "options": o} for i, p, a, k, o in rows], ADMIN, name="transport")
    assert not report.errors, report.errors
    ctx.settings.set_many({SOURCE_URL: "http://192.0.2.20/api/v1", SOURCE_USER: "demo"})


WARNED = {"in_clear:cl-http", "in_clear:bd-http", "in_clear:ic-http", "in_clear:source"}


def test_doctor_warns_for_each_secret_sent_in_clear(ctx: StationContext, data_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _registry(ctx)
    code = cli_main(["--data-dir", str(data_dir), "doctor", "--json"])
    checks = {c["name"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert code in (0, 1)                  # ffmpeg or audio may fail here; not our concern
    warned = {name for name, c in checks.items() if name.startswith("in_clear:")}
    assert warned == WARNED
    assert all(checks[name]["status"] == "warn" for name in warned)
    assert "device key of cl-http" in checks["in_clear:cl-http"]["detail"]
    assert "http://192.0.2.20/api/v1" in checks["in_clear:source"]["detail"]
    assert "Icecast source password" in checks["in_clear:ic-http"]["detail"]
    # The keys themselves are in the keyring, none in the database file.
    assert checks["secrets_at_rest"]["status"] == "ok", checks["secrets_at_rest"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", extend=True)
def test_the_devices_page_warns_too(qtbot, qapp: QApplication, ctx: StationContext,  # type: ignore[no-untyped-def]
                                    tasks) -> None:
    from console.ui.i18n import Translations
    from console.ui.pages.base import PageEnv
    from console.ui.pages.devices import DevicesPage
    from console.ui.pages.devices_link import DeliveryLink
    from console.ui.preferences import UiPreferences

    _registry(ctx)
    translations = Translations(qapp)
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                          font_scale=1.0)
    prefs.apply_all()
    page = DevicesPage(PageEnv(ctx=ctx, actor=ADMIN, tasks=tasks, prefs=prefs,
                               delivery=DeliveryLink(ctx, None)))
    qtbot.addWidget(page)
    page.show()
    try:
        page.activate()
        qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=10_000)
        model = page.model
        security = {model.target(r).id: model.data(model.index(r, model.SECURITY))
                    for r in range(model.rowCount())}
        assert {i for i, text in security.items() if "không mã hóa" in text} == {
            "cl-http", "bd-http", "ic-http"}
        qtbot.waitUntil(lambda: page.transport_notice.isVisible(), timeout=10_000)
        assert "http://192.0.2.20/api/v1" in page.transport_notice.text()
    finally:
        page.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)
        translations.uninstall()


# -- https to the source system ----------------------------------------------------------------

@pytest.fixture
def tls_source(certificate: tuple[Path, Path, str]) -> Iterator[SourceSimulator]:
    cert, key, _ = certificate
    # seed 7: the media pool the session's synced station generated already
    config = SimulatorConfig(items=6, seed=7, tls_cert=cert, tls_key=key)
    with SourceSimulator(config) as sim:
        yield sim


def test_the_source_over_https_verified_or_pinned(ctx: StationContext,
                                                  tls_source: SourceSimulator,
                                                  certificate: tuple[Path, Path, str]) -> None:
    from console.services.source_account import connect_source
    from console.settings import SOURCE_TLS_PIN
    from console.sync.service import SyncService

    cert, _, fingerprint = certificate
    assert tls_source.url.startswith("https://127.0.0.1:")
    with pytest.raises(SyncError, match="TLS check failed"):   # self-signed: not trusted
        connect_source(ctx, ADMIN, tls_source.url, "demo", "demo")
    with pytest.raises(SyncError, match="TLS check failed"):   # pinned to another one
        connect_source(ctx, ADMIN, tls_source.url, "demo", "demo", tls_pin=WRONG_PIN)
    assert ctx.settings.get(SOURCE_TLS_PIN) == ""              # a failed pin is not kept
    station = connect_source(ctx, ADMIN, tls_source.url, "demo", "demo", tls_pin=fingerprint)
    assert station.code and ctx.settings.get(SOURCE_TLS_PIN) == \
        fingerprint.replace(":", "").lower()
    result = SyncService(ctx).sync_once()                      # catalogue and media, pinned
    assert result.items_added == 6 and result.files_failed == 0
    # Verified instead: the certificate given as the station's CA bundle.
    station = connect_source(ctx, ADMIN, tls_source.url, "demo", "demo", ca_bundle=str(cert),
                             tls_pin="")
    assert station.code and ctx.settings.get(SOURCE_TLS_PIN) == ""


# -- https to a device ---------------------------------------------------------------------------

@pytest.fixture
def tls_devices(certificate: tuple[Path, Path, str]) -> Iterator[ReferenceSimulator]:
    from console.sim.httpserver import server_tls

    cert, key, _ = certificate
    device = SimDevice("CL-CHO", "Cụm loa Chợ", key=DEVICE_KEY)
    with ReferenceSimulator([device], tls=server_tls(cert, key)) as sim:
        yield sim


def _status(ctx: StationContext, sim: ReferenceSimulator, options: str) -> bool:
    report = import_device_rows(ctx, [{
        "id": "cl-cho", "kind": "cluster", "name": "Cụm loa Chợ", "village": "Thôn Đông",
        "protocol": "reference", "address": sim.device_url("CL-CHO"), "device_id": "",
        "key": DEVICE_KEY, "options": options}], ADMIN, name="tls")
    assert not report.errors, report.errors
    from console.delivery.registry import target_info
    from console.models import DeliveryTarget

    with ctx.db.read() as session:
        info = target_info(session.get(DeliveryTarget, "cl-cho"))
    dispatcher = Dispatcher(ctx, timeout_s=5.0)
    try:
        return dispatcher.adapter_for(info).status().online
    finally:
        dispatcher.close()


def test_a_device_key_goes_only_to_the_verified_or_pinned_certificate(
        ctx: StationContext, tls_devices: ReferenceSimulator,
        certificate: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    cert, _, fingerprint = certificate
    assert tls_devices.url.startswith("https://")
    assert not _status(ctx, tls_devices, "")                       # not trusted
    assert not _status(ctx, tls_devices, f"tls_pin={WRONG_PIN}")   # not the pinned one
    assert tls_devices.devices["CL-CHO"].commands == {}
    assert _status(ctx, tls_devices, f"tls_pin={fingerprint}")     # pinned
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    assert _status(ctx, tls_devices, "")                           # verified


def test_the_icecast_source_connection_is_pinned_too(
        tls_devices: ReferenceSimulator, certificate: tuple[Path, Path, str]) -> None:
    """The Icecast source client speaks raw HTTP on a socket: the same check there."""
    from console.tlspin import wrap_socket

    _, _, fingerprint = certificate
    port = int(tls_devices.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        tls = wrap_socket(raw, "127.0.0.1", fingerprint=fingerprint)
        tls.close()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw, \
            pytest.raises(ssl.SSLError):
        wrap_socket(raw, "127.0.0.1", fingerprint=WRONG_PIN)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw, \
            pytest.raises(ssl.SSLError):
        wrap_socket(raw, "127.0.0.1")                             # verified: self-signed
