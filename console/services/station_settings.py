"""Station settings that weaken security: changed only by admins, always audited, never quiet."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..settings import SOURCE_URL, SOURCE_VERIFY_TLS, Settings
from . import audit
from .permissions import SYSTEM, Actor, Permission

if TYPE_CHECKING:
    from ..station import StationContext

log = logging.getLogger(__name__)


def tls_verification_off(settings: Settings) -> bool:
    """True when certificate checks of the source system are switched off (however it was)."""
    return not bool(settings.get(SOURCE_VERIFY_TLS))


def set_verify_tls(ctx: StationContext, actor: Actor, on: bool) -> None:
    """Switch certificate checks on or off; the switch is written to the audit log."""
    actor.require(Permission.EDIT_SETTINGS)
    before = not tls_verification_off(ctx.settings)
    ctx.settings.set(SOURCE_VERIFY_TLS, bool(on))
    with ctx.db.write() as session:
        audit.record(session, actor, "settings.verify_tls", SOURCE_VERIFY_TLS.key,
                     before=before, after=bool(on))
    if not on:
        log.warning("TLS certificate verification switched OFF by %s", actor.username)


def audit_preset_change(ctx: StationContext, before: bool) -> None:
    """Department presets may switch checks off; that is audited like a person doing it."""
    after = not tls_verification_off(ctx.settings)
    if after != before:
        with ctx.db.write() as session:
            audit.record(session, SYSTEM, "settings.verify_tls", SOURCE_VERIFY_TLS.key,
                         before=before, after=after, source="department.json")


def warn_if_tls_off(settings: Settings) -> bool:
    """One WARNING line at every start while checks are off; True when they are."""
    if not tls_verification_off(settings):
        return False
    log.warning("TLS certificate verification is OFF for the source system %s: anyone on the "
                "network path can read and change what the console receives",
                settings.get(SOURCE_URL) or "(not configured)")
    return True
