"""A modal dialog nobody answers must fail its test, not hang the worker forever.

A scenario answers the dialogs it expects (conftest.answer_next_dialog). One it does not
expect (a QMessageBox.exec() from a new code path, a question in a changed flow) would
block the test in its own event loop until the CI job is killed, with nothing said. The
guard's timer still fires inside that loop: a modal open longer than the limit is written
down with its text, closed, and the test fails with that text.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QMessageBox, QWidget

LIMIT_S = 30.0   # far above any dialog a scenario answers, far below a CI job's timeout


def dialog_text(widget: QWidget) -> str:
    """What the dialog says: its title and its words."""
    parts = [widget.windowTitle()]
    if isinstance(widget, QMessageBox):
        parts += [widget.text(), widget.informativeText()]
    elif isinstance(widget, QInputDialog):
        parts.append(widget.labelText())
    else:
        parts += [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    return " | ".join(p.strip() for p in parts if p and p.strip()) or type(widget).__name__


class ModalGuard:
    """Watches the application's active modal widget every `every_ms`."""

    def __init__(self, limit_s: float = LIMIT_S, every_ms: int = 100) -> None:
        self.limit_s = limit_s
        self.stuck: list[str] = []
        self._since: tuple[int, float] | None = None   # (id of the modal, first seen)
        self._timer = QTimer()
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> ModalGuard:
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            self._since = None
            return
        now = time.monotonic()
        if self._since is None or self._since[0] != id(widget):
            self._since = (id(widget), now)
            return
        if now - self._since[1] < self.limit_s:
            return
        self.stuck.append(f"{type(widget).__name__}: {dialog_text(widget)}")
        self._since = None
        if isinstance(widget, QDialog):
            widget.reject()   # returns from its exec(): the test goes on, and fails below
        else:
            widget.close()

    def fail_if_stuck(self) -> None:
        if self.stuck:
            pytest.fail(f"a modal dialog stayed open unanswered for {self.limit_s:g} s and "
                        f"was closed: {'; '.join(self.stuck)}", pytrace=False)
