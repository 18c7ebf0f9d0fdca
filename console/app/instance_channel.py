"""A second launch of the console on the same data folder brings the first one's window to
the front (over a local socket named after the folder) instead of refusing."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = b"show\n"
WAIT_MS = 1500


def channel_name(root: Path) -> str:
    """One name per data folder (and user): two stations on one PC do not meet."""
    digest = hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"commune-console-{digest}"


def ask_first_to_show(root: Path) -> bool:
    """Tell the console already running on `root` to show its window; True when it heard."""
    socket = QLocalSocket()
    socket.connectToServer(channel_name(root))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(SHOW)
    socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return True


class InstanceChannel(QObject):
    """Listens for later launches; `on_show` runs on the UI thread for each of them."""

    def __init__(self, root: Path, on_show: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_show = on_show
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = channel_name(root)
        QLocalServer.removeServer(name)  # a socket left by a console that died (power cut)
        if not self.server.listen(name):
            log.warning("cannot listen for later launches: %s", self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            # Later, from the event loop: showing may sign in (a dialog of its own), and the
            # socket must not go away under this slot meanwhile.
            QTimer.singleShot(0, self._on_show)

    def close(self) -> None:
        self.server.close()
