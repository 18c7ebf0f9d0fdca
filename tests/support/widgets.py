"""Windows deleted when a test is done with them."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget


def delete_now(*widgets: QWidget) -> None:
    """Delete closed windows at once rather than at an event loop the test run may never
    come back to: every window left alive is restyled again by each later window's
    theme.apply_look (it walks every widget of the application), which made a window's
    set-up take 6 s late in a run instead of under one."""
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
