"""The source-system account: checked against the server, remembered, audited."""

from __future__ import annotations

import logging

from sqlalchemy import func, update
from sqlalchemy.orm import Session

from ..models import ItemFile
from ..settings import SOURCE_CA_BUNDLE, SOURCE_TLS_PIN, SOURCE_URL, SOURCE_USER, SOURCE_VERIFY_TLS
from ..station import StationContext
from ..sync.client import PASSWORD_KEY, StationInfo
from ..sync.diagnose import Diagnosis, probe
from ..sync.service import SyncResult, SyncService
from . import audit
from .errors import SettingLocked
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def connect_source(ctx: StationContext, actor: Actor, server: str, user: str,
                   password: str | None, *, ca_bundle: str | None = None,
                   tls_pin: str | None = None) -> StationInfo:
    """Log in to the source system with this account and keep it (password in the keyring;
    None: the one stored).

    `ca_bundle`: a PEM file for a provincial server with an internal certificate authority
    ("" removes it); certificate checks stay on either way. `tls_pin`: the SHA-256
    fingerprint of the server's own self-signed certificate, accepted instead of a CA's
    ("" removes it). The Department's locks hold.
    """
    actor.require(Permission.EDIT_SETTINGS)
    presets = ctx.settings.presets
    for option, value in ((SOURCE_URL, server), (SOURCE_USER, user)):
        if option.key in presets.locked and \
                value.rstrip("/") != str(presets.values[option.key]).rstrip("/"):
            raise SettingLocked(
                QT_TRANSLATE_NOOP("Errors", "{department} fixes {key} for every station of the "
                                            "province (department.json); ask the Department to "
                                            "change it"),
                department=presets.department, key=option.key)
    before = str(ctx.settings.get(SOURCE_URL) or "")
    station = SyncService(ctx).login(server, user, password, ca_bundle=ca_bundle,
                                     tls_pin=tls_pin)
    after = str(ctx.settings.get(SOURCE_URL))
    with ctx.db.write() as session:
        audit.record(session, actor, "source.account", after,
                     username=user, station=station.code,
                     **({"tls_pin": ctx.settings.get(SOURCE_TLS_PIN)} if tls_pin else {}))
        if before and before != after:
            moved = _move_file_links(session, before, after)
            audit.record(session, actor, "source.moved", after, previous=before,
                         file_links=moved)
    return station


def _move_file_links(session: Session, before: str, after: str) -> int:
    """The province moved its server: the files of items stored from the old address are
    fetched from the new one (the client only fetches files on the configured server, so
    links to the old one would never download again after an eviction)."""
    moved = session.execute(
        update(ItemFile).where(ItemFile.url.startswith(before, autoescape=True))
        .values(url=after + func.substr(ItemFile.url, len(before) + 1)))
    log.info("the source system moved from %s to %s: %d file links follow", before, after,
             moved.rowcount)
    return int(moved.rowcount or 0)


def record_sync_run(ctx: StationContext, actor: Actor, result: SyncResult) -> None:
    """A sync someone started (the command line) is audited under their name."""
    with ctx.db.write() as session:
        audit.record(session, actor, "sync.run", ctx.settings.get(SOURCE_URL),
                     added=result.items_added, updated=result.items_updated,
                     withdrawn=result.items_withdrawn, files=result.files_downloaded,
                     outbox_sent=result.outbox_sent, status=result.status)


def check_connection(ctx: StationContext, actor: Actor, server: str, user: str,
                     password: str | None = None) -> Diagnosis:
    """One careful sign-in to the source system with these details (the stored password
    when none is given); says what is wrong, stores nothing."""
    actor.require(Permission.EDIT_SETTINGS)
    if password is None:
        password = ctx.secrets.get(PASSWORD_KEY) or ""
    verify: bool | str = bool(ctx.settings.get(SOURCE_VERIFY_TLS))
    if verify and ctx.settings.get(SOURCE_CA_BUNDLE):
        verify = ctx.settings.get(SOURCE_CA_BUNDLE)
    diagnosis = probe(server, user, password, verify=verify)
    if diagnosis.ok:
        log.info("connection check to %s as %s: fine", server, user)
    else:
        log.info("connection check to %s as %s: %s (%s)", server, user, diagnosis.problem,
                 diagnosis.detail)
    return diagnosis


def stored_account(ctx: StationContext) -> tuple[str, str, bool]:
    """The source-system address and account in use, and whether a password is stored."""
    return (ctx.settings.get(SOURCE_URL), ctx.settings.get(SOURCE_USER),
            bool(ctx.secrets.get(PASSWORD_KEY)))
