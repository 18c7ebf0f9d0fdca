"""Qt Multimedia players made from Python, set up so that stopping one cannot deadlock.

PySide asks Python, on every first call of a C++ virtual method of an object made from
Python, whether Python overrides it, and needs the interpreter lock to ask. Qt
Multimedia's FFmpeg backend tears its playback objects down on a thread of its own, and
doing so calls connectNotify/disconnectNotify on the player and its audio output with a
connection mutex held. If that is the first such call, the backend's thread waits for
the interpreter lock while the UI thread, holding it inside QMediaPlayer.stop(), waits
for that mutex: both stop for good (seen once in the playout tests: an emergency cutting
into a programme). Connecting and disconnecting once from the creating thread, which
holds the lock anyway, has PySide look the answer up there first; it keeps the answer,
so the backend's thread is not the one that asks.

A second path to the same freeze: a call that waits for a backend thread (stop() waits
for the audio renderer) while that thread logs a Qt warning, which our message handler
(console/qtlog.py) turns into Python logging and so needs the lock. `queued()` makes
such calls from the event loop, which runs without the interpreter lock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer


def _nothing(*_args: object) -> None:
    return None


def settle_overrides(obj: QObject) -> None:
    """Have PySide look up connectNotify/disconnectNotify of `obj` now, in this thread."""
    obj.objectNameChanged.connect(_nothing)
    obj.objectNameChanged.disconnect(_nothing)


def media_player(parent: QObject) -> tuple[QMediaPlayer, QAudioOutput]:
    """A player with its audio output, both owned by `parent`."""
    player = QMediaPlayer(parent)
    output = QAudioOutput(parent)
    player.setAudioOutput(output)
    settle_overrides(player)
    settle_overrides(output)
    return player, output


def queued(obj: QObject, method: str, *args: Any) -> None:
    """Call the C++ slot `method` of `obj` from the event loop, soon and in order.

    An argument is passed with its Python type, or as (C++ type name, value) where the
    slot wants another ("qint64" for QMediaPlayer.setPosition).
    """
    typed = [Q_ARG(arg[0], arg[1]) if isinstance(arg, tuple) else Q_ARG(type(arg), arg)
             for arg in args]
    if not QMetaObject.invokeMethod(obj, method, Qt.ConnectionType.QueuedConnection, *typed):
        raise RuntimeError(f"{type(obj).__name__} has no slot {method} for these arguments")
