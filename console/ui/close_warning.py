"""The warning shown before the window closes while this computer has plays coming up:
with the window closed nothing plays through its speakers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from ..timezone import STATION_TZ

LISTED = 5


class Play(Protocol):
    """A coming play as the warning names it."""

    @property
    def start(self) -> dt.datetime: ...

    @property
    def title(self) -> str: ...


def close_warning_text(upcoming: Sequence[Play], *,
                       now: dt.datetime | None = None) -> str | None:
    """None when nothing is coming up; else the plain warning with the plays listed."""
    if not upcoming:
        return None
    today = (now or dt.datetime.now(STATION_TZ)).astimezone(STATION_TZ).date()

    def when(play: Play) -> str:
        local = play.start.astimezone(STATION_TZ)
        clock = local.strftime("%H:%M")
        return clock if local.date() == today else f"{clock} {local.strftime('%d/%m')}"

    first = when(upcoming[0])
    if len(upcoming) == 1:
        head = QCoreApplication.translate(
            "LocalPlayout", "The programme at {time} plays through this computer's speakers "
            "and will be missed if you close the console.").format(time=first)
    else:
        head = QCoreApplication.translate(
            "LocalPlayout", "{count} programmes from {time} on play through this computer's "
            "speakers and will be missed if you close the console.").format(
            count=len(upcoming), time=first)
    lines = [f"{when(play)}  {play.title}" for play in upcoming[:LISTED]]
    if len(upcoming) > LISTED:
        lines.append(QCoreApplication.translate("LocalPlayout", "and {count} more").format(
            count=len(upcoming) - LISTED))
    return head + "\n\n" + "\n".join(lines)
