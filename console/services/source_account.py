"""The source-system account: checked against the server, remembered, audited."""

from __future__ import annotations

from ..settings import SOURCE_TLS_PIN, SOURCE_URL
from ..station import StationContext
from ..sync.client import StationInfo
from ..sync.service import SyncResult, SyncService
from . import audit
from .permissions import Actor, Permission


def connect_source(ctx: StationContext, actor: Actor, server: str, user: str, password: str,
                   *, ca_bundle: str | None = None, tls_pin: str | None = None) -> StationInfo:
    """Log in to the source system with this account and keep it (password in the keyring).

    `ca_bundle`: a PEM file for a provincial server with an internal certificate authority
    ("" removes it); certificate checks stay on either way. `tls_pin`: the SHA-256
    fingerprint of the server's own self-signed certificate, accepted instead of a CA's
    ("" removes it).
    """
    actor.require(Permission.EDIT_SETTINGS)
    station = SyncService(ctx).login(server, user, password, ca_bundle=ca_bundle,
                                     tls_pin=tls_pin)
    with ctx.db.write() as session:
        audit.record(session, actor, "source.account", ctx.settings.get(SOURCE_URL),
                     username=user, station=station.code,
                     **({"tls_pin": ctx.settings.get(SOURCE_TLS_PIN)} if tls_pin else {}))
    return station


def record_sync_run(ctx: StationContext, actor: Actor, result: SyncResult) -> None:
    """A sync someone started (the command line) is audited under their name."""
    with ctx.db.write() as session:
        audit.record(session, actor, "sync.run", ctx.settings.get(SOURCE_URL),
                     added=result.items_added, updated=result.items_updated,
                     withdrawn=result.items_withdrawn, files=result.files_downloaded,
                     outbox_sent=result.outbox_sent, status=result.status)
