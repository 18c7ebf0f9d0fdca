"""A delivery job's reason, kept twice: the English sentence in `detail` (the log, the
command line) and the sentence with its values in `reason`, which the window translates
(console.ui.errors.reason_text)."""

from __future__ import annotations

from typing import Any

from ..models import DeliveryJob
from ..text.translatable import QT_TRANSLATE_NOOP, Reason

DETAIL_CHARS = 1000


def reason_columns(reason: Reason) -> dict[str, Any]:
    """The job's columns for `reason`: for update().values(**…)."""
    return {"detail": str(reason)[:DETAIL_CHARS], "reason": reason.to_json()}


def set_reason(job: DeliveryJob, reason: Reason) -> None:
    for column, value in reason_columns(reason).items():
        setattr(job, column, value)


RESUMED = Reason(QT_TRANSLATE_NOOP("Errors", "resumed after a restart"))
TARGET_GONE = Reason(QT_TRANSLATE_NOOP("Errors", "the target was removed or disabled"))
REQUEUED = Reason(QT_TRANSLATE_NOOP("Errors", "queued again: the workstation sending it "
                                              "stopped"))
ITEM_WITHDRAWN = Reason(QT_TRANSLATE_NOOP("Errors", "an item was withdrawn by the province"))
NOT_NEEDED = Reason(QT_TRANSLATE_NOOP("Errors", "not sent: the device was given another "
                                                "command since"))  # a late timed end
PROGRAMME_WITHDRAWN = Reason(QT_TRANSLATE_NOOP("Errors", "the programme was withdrawn"))


def superseded(version: int) -> Reason:
    return Reason(QT_TRANSLATE_NOOP("Errors", "superseded by version {version}"),
                  {"version": version})


# A command's name inside a reason ("{command} acknowledged"), translated with it.
_COMMANDS = {
    "play_now": Reason(QT_TRANSLATE_NOOP("Errors", "play now")),
    "stop": Reason(QT_TRANSLATE_NOOP("Errors", "stop playing")),
    "set_volume": Reason(QT_TRANSLATE_NOOP("Errors", "set the volume")),
    "emergency_start": Reason(QT_TRANSLATE_NOOP("Errors", "start the emergency broadcast")),
    "emergency_stop": Reason(QT_TRANSLATE_NOOP("Errors", "end the emergency broadcast")),
}


def command_name(kind: object) -> Reason | str:
    """A command type as a reason's value: its words, or the type itself if unknown."""
    return _COMMANDS.get(str(kind), str(kind))
