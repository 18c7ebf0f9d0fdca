"""The device list: importing the Department's list of clusters and boards, and exporting it.

Rows are checked one by one: bad ones are reported with their line and reason, good ones
imported (an existing id is updated). Device keys go to the OS keyring, never the
database, and are never exported.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from ..delivery.registry import (
    ImportReport,
    RegistryRow,
    check_rows,
    export_rows,
    read_rows,
    store_rows,
    write_csv,
)
from ..station import StationContext
from . import audit
from .permissions import Actor, Permission

log = logging.getLogger(__name__)


def import_devices(ctx: StationContext, path: Path, actor: Actor) -> ImportReport:
    """Import a CSV or XLSX device list; audited."""
    actor.require(Permission.EDIT_DEVICES)
    return _import(ctx, read_rows(path), actor, path.name)


def import_device_rows(ctx: StationContext, rows: Iterable[dict[str, str]], actor: Actor,
                       name: str = "simulator") -> ImportReport:
    """Import rows given in memory (the demo registers its simulated commune this way)."""
    actor.require(Permission.EDIT_DEVICES)
    numbered = [RegistryRow(line, {k.strip().lower(): "" if v is None else str(v).strip()
                                   for k, v in row.items()})
                for line, row in enumerate(rows, start=2)]
    return _import(ctx, numbered, actor, name)


def _import(ctx: StationContext, rows: list[RegistryRow], actor: Actor,
            name: str) -> ImportReport:
    good, errors = check_rows(rows)
    report = ImportReport(errors=errors)
    with ctx.db.write() as session:
        store_rows(session, ctx.secrets, good, report)
        audit.record(session, actor, "devices.import", name, imported=report.imported,
                     updated=report.updated, rejected=len(report.errors))
    for line, reason in report.errors:
        log.info("device list %s line %d skipped: %s", name, line, reason)
    return report


def export_devices(ctx: StationContext, path: Path) -> int:
    """The device list as CSV (keys are never exported); returns the number of rows."""
    with ctx.db.read() as session:
        rows = export_rows(session)
    return write_csv(path, rows)
