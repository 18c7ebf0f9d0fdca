"""The data budget as people set and see it: on or off, MB per station day (or the "3G"
preset), whether this link is metered, from what size a file is large; and what was used
today. Every change is audited like other settings changes.

The "3G" preset: 100 MB a day, metered, files over 50 MB only on demand. A commune airs two
slots a day of at most 45 minutes; the province's speech audio at 64 kbit/s is about 22 MB
for a full slot, so both slots with their pictures and the catalogue fit in about half of
it and priority items in the rest. 100 MB a day is 3 GB a month, the size of the smallest
common monthly mobile data packages; 50 MB lets every audio programme through and holds
back videos longer than a few minutes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from ..settings import (
    DATA_BUDGET_MB,
    DATA_BUDGET_ON,
    DATA_BUDGET_PRESET,
    LARGE_FILE_MB,
    LINK_METERED,
)
from ..station import StationContext
from ..sync.budget import HELD_BUDGET, HELD_LARGE, DayUse, held_on_metered, read_use
from . import audit
from .errors import ServiceError
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

__all__ = ["HELD_BUDGET", "HELD_LARGE", "PRESET_3G", "BudgetSettings", "BudgetStatus",
           "read_budget", "save_budget", "why_waiting"]

MB = 2**20
PRESET_3G = "3g"
SMALLEST_MB, LARGEST_MB = 1, 100_000
BAD_SIZE = QT_TRANSLATE_NOOP("Errors", "A size must be between {low} and {high} MB.")
NO_PRESET = QT_TRANSLATE_NOOP("Errors", "No such data budget preset: {name}")


@dataclass(frozen=True)
class BudgetSettings:
    on: bool = False
    mb_per_day: int = 100
    preset: str = ""          # "3g", or "" for figures of one's own
    metered: bool = False
    large_mb: int = 50


PRESETS = {PRESET_3G: BudgetSettings(True, 100, PRESET_3G, True, 50)}


@dataclass(frozen=True)
class BudgetStatus:
    settings: BudgetSettings
    today: DayUse

    @property
    def limit_bytes(self) -> int | None:
        return self.settings.mb_per_day * MB if self.settings.on else None

    @property
    def left_bytes(self) -> int | None:
        limit = self.limit_bytes
        return None if limit is None else max(0, limit - self.today.budgeted)

    @property
    def spent(self) -> bool:
        return self.left_bytes == 0


def read_settings(ctx: StationContext) -> BudgetSettings:
    s = ctx.settings
    return BudgetSettings(bool(s.get(DATA_BUDGET_ON)), int(s.get(DATA_BUDGET_MB)),
                          str(s.get(DATA_BUDGET_PRESET) or ""), bool(s.get(LINK_METERED)),
                          int(s.get(LARGE_FILE_MB)))


def read_budget(ctx: StationContext, day: dt.date | None = None) -> BudgetStatus:
    return BudgetStatus(read_settings(ctx), read_use(ctx.db, day))


def preset(name: str) -> BudgetSettings:
    try:
        return PRESETS[name]
    except KeyError:
        raise ServiceError(NO_PRESET, name=name) from None


def save_budget(ctx: StationContext, actor: Actor, new: BudgetSettings) -> bool:
    """Store the budget's settings; audited with what changed. False when nothing did."""
    actor.require(Permission.EDIT_SETTINGS)
    for value in (new.mb_per_day, new.large_mb):
        if not SMALLEST_MB <= value <= LARGEST_MB:
            raise ServiceError(BAD_SIZE, low=SMALLEST_MB, high=LARGEST_MB)
    if new.preset and new.preset not in PRESETS:
        raise ServiceError(NO_PRESET, name=new.preset)
    before = read_settings(ctx)
    if new == before:
        return False
    ctx.settings.set_many({DATA_BUDGET_ON: new.on, DATA_BUDGET_MB: int(new.mb_per_day),
                           DATA_BUDGET_PRESET: new.preset, LINK_METERED: new.metered,
                           LARGE_FILE_MB: int(new.large_mb)})
    old, now = asdict(before), asdict(new)
    changed = sorted(k for k in now if now[k] != old[k])
    with ctx.db.write() as session:
        audit.record(session, actor, "settings.data_budget", DATA_BUDGET_ON.key,
                     before={k: old[k] for k in changed}, after={k: now[k] for k in changed})
    return True


def why_waiting(status: BudgetStatus, files: list[tuple[int, str | None]]) -> str | None:
    """Why files (size, mime) not on this PC wait: HELD_LARGE (a video or a large file on a
    metered link), HELD_BUDGET (today's budget is spent), or None (the next sync brings them)."""
    large = status.settings.large_mb * MB
    if status.settings.metered and any(held_on_metered(size, mime, large)
                                       for size, mime in files):
        return HELD_LARGE
    if status.spent:
        return HELD_BUDGET
    return None
