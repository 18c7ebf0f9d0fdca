"""`--demo`: the commune's two daily programmes, so that a newcomer finds something to open.

A new demo otherwise shows an empty programme list and an empty week in Lịch phát while its
reports show a month of broadcasts. The editor of the demo ("bientap") has made the
morning programme (a draft, still to be finished) and sent the afternoon one for approval,
so a leader who signs in finds it waiting. Both air every day from tomorrow; their entries
are the commune's own spoken notices, so they need nothing from the source system.

Runs once per demo folder (sync_state `demo.programmes`), never for a real station.
"""

from __future__ import annotations

import datetime as dt
import logging

from .models.enums import RepeatKind, Role
from .services import programmes
from .services.permissions import Actor
from .station import StationContext
from .sync import state
from .timezone import STATION_TZ, station_now

log = logging.getLogger(__name__)

PROGRAMMES_STATE = "demo.programmes"  # sync_state: set once the programmes are made
EDITOR = Actor("bientap", Role.EDITOR, "Nguyễn Thị Hoa")  # one of demo.DEMO_USERS

MORNING = ("Chương trình phát thanh buổi sáng", dt.time(5, 30), [
    "Đây là Đài truyền thanh xã Phú Lộc. Kính chào bà con trong xã, mời bà con nghe chương "
    "trình phát thanh buổi sáng.",
    "Thông báo của Ủy ban nhân dân xã: từ tuần này, bộ phận một cửa của xã tiếp nhận hồ sơ "
    "cả buổi sáng thứ Bảy. Bà con đi làm thủ tục nhớ mang theo căn cước.",
    "Trạm y tế xã nhắc bà con phòng chống sốt xuất huyết: đậy kín dụng cụ chứa nước, thả "
    "cá diệt lăng quăng, ngủ màn cả ban ngày.",
    "Chương trình phát thanh buổi sáng đến đây là hết. Xin chào và hẹn gặp lại bà con.",
])
AFTERNOON = ("Chương trình phát thanh buổi chiều", dt.time(17, 0), [
    "Đây là Đài truyền thanh xã Phú Lộc. Mời bà con nghe chương trình phát thanh buổi chiều.",
    "Thông báo lịch thu gom rác thải: xe thu gom đi qua các thôn vào sáng thứ Ba và thứ "
    "Sáu. Bà con để rác đã buộc kín ra trước cổng từ tối hôm trước.",
    "Chương trình phát thanh buổi chiều đến đây là hết. Xin chào và hẹn gặp lại bà con.",
])


def _make(ctx: StationContext, name: str, at: dt.time, texts: list[str],
          first_day: dt.date) -> int:
    start = dt.datetime.combine(first_day, at, STATION_TZ)
    pid = programmes.create_programme(ctx.db, EDITOR, name, start_at=start)
    for text in texts:
        programmes.add_entry(ctx.db, EDITOR, pid, "speech", text=text)
    programmes.set_schedule(ctx.db, EDITOR, pid, RepeatKind.DAILY, time_of_day=at,
                            start_date=first_day)
    return pid


def seed_programmes(ctx: StationContext, *, now: dt.datetime | None = None) -> bool:
    """The demo's morning programme (a draft) and afternoon programme (sent for approval),
    daily from tomorrow. Returns True when it made them (once per demo folder)."""
    now = (now or station_now()).astimezone(STATION_TZ)
    with ctx.db.write() as session:  # claimed first: a failure part-way never makes twins
        if state.get(session, PROGRAMMES_STATE) is not None:
            return False
        state.put(session, PROGRAMMES_STATE, {"seeded_at": now.isoformat()})
    tomorrow = now.date() + dt.timedelta(days=1)
    _make(ctx, *MORNING, tomorrow)
    afternoon = _make(ctx, *AFTERNOON, tomorrow)
    try:
        programmes.submit(ctx, EDITOR, afternoon)
    except Exception:  # e.g. the station's limits were changed: it stays a draft to finish
        log.exception("demo: the afternoon programme could not be sent for approval")
    return True
