"""What the console says about the backups off the disk: on Today, in the tray, in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.offsite_backup import OffsiteStatus
from .timefmt import format_moment

translate = QCoreApplication.translate


def last_backup_text(status: OffsiteStatus) -> str:
    if status.last_at is None:
        return translate("Backups", "never")
    return format_moment(status.last_at, now=status.now)


def backup_warning_title(status: OffsiteStatus) -> str:
    """A short heading for the tray ("" when there is nothing to warn about)."""
    if status.warning == "missing":
        return translate("Backups", "Backup drive missing")
    if status.warning == "overdue":
        return translate("Backups", "Backup overdue")
    if status.warning == "no_tool":
        return translate("Backups", "No backup of the server")
    return ""


def backup_warning_text(status: OffsiteStatus) -> str:
    """The warning in plain words ("" when the last backup off the disk is recent)."""
    if status.warning == "not_configured":
        return translate("Backups", "The station's backups are only on this computer's disk. "
                                    "Choose a USB drive or a network folder in Settings "
                                    "(Backups): the console copies the station there every "
                                    "day.")
    if status.warning == "missing":
        return translate("Backups", "The backup folder {folder} is not there: plug the USB "
                                    "drive in or reconnect the network folder. Last backup "
                                    "there: {last}.").format(folder=status.folder,
                                                             last=last_backup_text(status))
    if status.warning == "no_tool":
        return translate("Backups", "No backup of the station's server database is made on "
                                    "this computer: it has no pg_dump. Install the PostgreSQL "
                                    "client tools (on Windows, the 'Command Line Tools' of the "
                                    "PostgreSQL installer). Last backup in {folder}: "
                                    "{last}.").format(folder=status.folder,
                                                      last=last_backup_text(status))
    if status.warning == "overdue":
        if status.last_at is None:
            return translate("Backups", "No backup has been written to {folder} yet.").format(
                folder=status.folder)
        return translate("Backups", "The last backup in {folder} is more than 7 days old "
                                    "({last}).").format(folder=status.folder,
                                                        last=last_backup_text(status))
    return ""
