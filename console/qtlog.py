"""Route Qt's own messages into Python logging (so they reach the log file, not stderr)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Noisy categories that only say which optional system libraries are absent.
_QUIET_PREFIXES = ("qt.multimedia", "qt.qpa.fonts")
# Messages that only mean "no sound server here"; the doctor reports that plainly.
_QUIET_MESSAGES = ("PulseAudioService:",)
_installed = False


def _handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    level = _LEVELS.get(msg_type, logging.WARNING)
    quiet = category.startswith(_QUIET_PREFIXES) or message.startswith(_QUIET_MESSAGES)
    if quiet and level < logging.ERROR:
        level = logging.DEBUG
    logging.getLogger(f"qt.{category}" if not category.startswith("qt") else category).log(
        level, "%s", message
    )


def install() -> None:
    global _installed
    if not _installed:
        qInstallMessageHandler(_handler)
        _installed = True
