"""`--demo`: a realistic commune on one machine, with no account anywhere.

The demo lives in its own data folder, seeds a station, villages and demo users, and
starts the built-in simulators in this process. Its editor has made the two daily
programmes (demo_programmes.py). When the demo folder is first created it also gets a
past: the last 30 days of broadcasts and device checks (`seed_history`), so the Reports
page has a month to show.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select

from .demo_programmes import seed_programmes
from .models import (
    AsRunEntry,
    Contribution,
    DeliveryTarget,
    DeviceStatusSample,
    SourceItem,
    Station,
    Village,
)
from .models.enums import Role
from .services.permissions import Actor
from .services.users import UserService
from .settings import STATION_CODE
from .sim.source.texts import STATION as SIM_STATION
from .station import StationContext
from .sync import state
from .timezone import STATION_TZ, station_now

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo2026"
DEMO_USERS = [
    ("admin", Role.ADMIN, "Quản trị viên"),
    ("bientap", Role.EDITOR, "Nguyễn Thị Hoa"),
    ("lanhdao", Role.APPROVER, "Trần Văn Đức"),
    ("vanhanh", Role.OPERATOR, "Lê Văn Đông"),
    ("xem", Role.VIEWER, "Phạm Thu Trang"),
]
DEMO_VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Đồng Tâm", "Ấp Phú Hòa", "Thôn Bến Đò",
                 "Khu phố Chợ"]


DEMO_ITEMS = 400
DEMO_SEED = 2026
FIRST_EMERGENCY_AFTER_S = 30.0


@dataclass
class DemoSession:
    """What the demo started; `stop()` ends it."""

    ctx: StationContext
    actor: Actor
    stoppers: list[Callable[[], None]] = field(default_factory=list)

    def prepare(self) -> None:
        """Start the demo's devices, source system and Zalo OA (on the live link's thread)."""
        self.connect_devices()
        self.connect_source()
        self.connect_zalo()

    def connect_devices(self) -> None:
        """12 simulated clusters in the villages (both protocols) and 2 boards, registered;
        then, on a new demo folder, their past month (they must be registered first)."""
        self.stoppers.append(start_demo_devices(self.ctx))
        try:
            seed_history(self.ctx)
        except Exception:  # the demo works without its past; say so and go on
            log.exception("demo: seeding the past month failed")

    def connect_source(self) -> None:
        """Start the source simulator on a free loopback port and log in to it.

        Runs on a background thread (the first start generates the demo's audio, which
        takes a few seconds); the generated media are kept in the demo's data folder.
        """
        from .services.permissions import SYSTEM
        from .services.source_account import connect_source
        from .sim.source import SimulatorConfig, SourceSimulator

        sim = SourceSimulator(SimulatorConfig(
            items=DEMO_ITEMS, seed=DEMO_SEED, media_dir=self.ctx.paths.root / "demo-source-media",
        )).start()
        self.stoppers.append(sim.stop)
        connect_source(self.ctx, SYSTEM, sim.url, "demo", "demo")
        log.info("demo: source simulator at %s", sim.url)
        # A newcomer should see how an emergency from the province looks.
        timer = threading.Timer(FIRST_EMERGENCY_AFTER_S, lambda: sim.publish(
            priority="emergency", kind="text",
            title="Khẩn cấp: cảnh báo lũ quét và sạt lở đất tại các xã phía tây tỉnh Đắk Lắk"))
        timer.daemon = True
        timer.start()
        self.stoppers.append(timer.cancel)

    def connect_zalo(self) -> None:
        """Start the Zalo OA simulator, put back the articles the demo's OA already has,
        and connect the commune's OA to it (a new simulator each start: connect again)."""
        try:
            self.stoppers.append(start_demo_zalo(self.ctx))
        except Exception:  # the demo works without its OA; say so and go on
            log.exception("demo: the Zalo OA could not be started")

    def stop(self) -> None:
        for stop in reversed(self.stoppers):
            try:
                stop()
            except Exception:  # stopping must go on for the rest
                log.exception("demo: stopping a simulator failed")
        self.stoppers.clear()


def seed_station(ctx: StationContext) -> None:
    """The demo commune: station, villages and one user per role (password DEMO_PASSWORD)."""
    with ctx.db.write() as session:
        if session.scalar(select(Station)) is None:
            # A new demo folder: its past month is seeded once its devices are registered.
            state.put(session, HISTORY_STATE, "pending")
            station = Station(code=SIM_STATION["code"], name=SIM_STATION["name"],
                              commune_code=SIM_STATION["commune_code"],
                              commune_name="Xã Phú Lộc",
                              province_code=SIM_STATION["province_code"], profile="rural")
            session.add(station)
            session.flush()
            for name in DEMO_VILLAGES:
                session.add(Village(station_id=station.id, name=name))
    if not ctx.settings.is_set(STATION_CODE):
        ctx.settings.set(STATION_CODE, SIM_STATION["code"])
    if not UserService(ctx.db).has_users():
        admin = UserService(ctx.db).create_first_admin("admin", DEMO_PASSWORD, "Quản trị viên")
        for username, role, display in DEMO_USERS[1:]:
            UserService(ctx.db).add_user(admin, username, role, DEMO_PASSWORD, display)


def start_demo(ctx: StationContext) -> DemoSession:
    seed_station(ctx)
    try:
        seed_channels(ctx)
    except Exception:  # the demo works without its plan and team; say so and go on
        log.exception("demo: seeding the plan, the team and the OA failed")
    try:
        seed_programmes(ctx)
    except Exception:  # the demo works without its programmes; say so and go on
        log.exception("demo: making the demo's programmes failed")
    actor = Actor("admin", Role.ADMIN, "Quản trị viên")
    return DemoSession(ctx=ctx, actor=actor)


# --- demo history -----------------------------------------------------------------------
# Everything below is DEMO HISTORY: an invented past month for the demo commune only (never
# for a real station), so that the Reports page of a new demo shows a month's broadcasts,
# availability and source use instead of an almost empty report.

HISTORY_STATE = "demo.history"  # sync_state: "pending" on a new demo folder, then a summary
HISTORY_DAYS = 30
HISTORY_SLOTS = (dt.time(5, 30), dt.time(17, 0))
RELAY_AT = dt.time(18, 0)
SAMPLE_EVERY = dt.timedelta(minutes=30)
OUTAGE_DAYS_AGO = (14, 11)  # one cluster is out from 14 days ago (08:00) to 11 days ago (15:00)
EMERGENCY_DAYS_AGO = 9
OWN_TITLES = {5: "Chương trình phát thanh buổi sáng của Đài truyền thanh xã Phú Lộc",
              17: "Chương trình phát thanh buổi chiều của Đài truyền thanh xã Phú Lộc"}
RELAY_TITLE = "Tiếp sóng chương trình thời sự Đài Tiếng nói Việt Nam"
_HISTORY_NS = uuid.UUID("5b0c3f4e-6f1d-4d8a-9a57-2f0d6c1e9b21")
# Commune-made notices of the past month: (key, days ago, title, category, body).
LOCAL_NOTICES = [
    ("tiem-phong-dai", 25, "Thông báo lịch tiêm phòng dại cho chó, mèo tại các thôn", "NN-CN",
     "Ủy ban nhân dân xã Phú Lộc thông báo: từ ngày mai, cán bộ thú y tiêm phòng dại cho chó, "
     "mèo tại nhà văn hóa các thôn. Đề nghị bà con đưa vật nuôi đến tiêm đầy đủ."),
    ("ve-sinh-moi-truong", 16,
     "Ra quân tổng vệ sinh môi trường, khơi thông cống rãnh sáng Chủ nhật", "VHXH-NTM",
     "Sáng Chủ nhật, mỗi hộ gia đình cử ít nhất một người tham gia dọn vệ sinh đường làng, "
     "khơi thông cống rãnh trước mùa mưa. Các thôn tập trung lúc 6 giờ tại nhà văn hóa."),
    ("hop-dan-ben-do", 6, "Thông báo họp dân Thôn Bến Đò bàn kế hoạch làm đường bê tông",
     "VHXH-NTM",
     "Mời đại diện các hộ Thôn Bến Đò dự họp lúc 19 giờ tối thứ Sáu tại nhà văn hóa thôn "
     "để bàn kế hoạch góp công, góp vốn làm đường bê tông nội thôn."),
]
HISTORY_EMERGENCY = {
    "title": "Khẩn cấp: mưa lớn gây ngập úng, nguy cơ sạt lở đất tại các thôn ven suối",
    "summary": "Mưa lớn kéo dài, nước suối dâng nhanh; bà con các thôn ven suối không qua "
               "ngầm, tràn và di chuyển người, tài sản đến nơi an toàn.",
    "issuer": "Ban Chỉ huy Phòng thủ dân sự tỉnh Đắk Lắk", "category": "PCTT-LU",
}


def _history_id(*parts: object) -> str:
    """A stable id for a seeded row: the same past on every machine."""
    return str(uuid.uuid5(_HISTORY_NS, "/".join(str(p) for p in parts)))


@dataclass
class _Airing:
    """One planned airing of the demo history: what, when, on which kind of target."""

    at: dt.datetime                 # station time: the scheduled start, or when it was started
    title: str
    seconds: float
    on: str                         # "clusters" | "boards" | "all"
    item_id: str | None = None
    origin: str = "source"
    priority: str = "normal"
    scheduled: bool = True


def seed_history(ctx: StationContext, *, now: dt.datetime | None = None) -> int:
    """DEMO HISTORY: give a new demo commune the last 30 days of broadcasts.

    Runs once, on a demo folder that `seed_station` has just created (sync_state
    `demo.history` is "pending") and whose devices are registered; returns the number of
    as-run entries added (0 when there is nothing to do, so a later start adds nothing).

    What it writes, all in one transaction, deterministic (seeded random, stable ids):

    * as-run entries at 05:30 and 17:00 (station time) on every cluster (the commune's own
      opening, the source system's items of the seeded demo catalogue published since the
      slot before, commune-made notices) and on the boards (the items for boards), a relay
      at 18:00, and one emergency aired within minutes of its item's publication; mostly
      success, some partial and failed, and one cluster out for a few days. They are marked
      uploaded (handed to the outbox), so they are never sent to the source as new logs;
    * a status check of every cluster and board every 30 minutes (for availability),
      consistent with the plays (a device found offline did not play);
    * three commune-made notices (two of them contributed) and the province's emergency
      warning, as library items; the rest of the catalogue comes from the simulator's sync.
    """
    now = (now or station_now()).astimezone(STATION_TZ)
    with ctx.db.write() as session:
        if state.get(session, HISTORY_STATE) != "pending":
            return 0
        targets = session.execute(
            select(DeliveryTarget.id, DeliveryTarget.kind, DeliveryTarget.protocol)
            .where(DeliveryTarget.enabled.is_(True),
                   DeliveryTarget.kind.in_(("loudspeaker_cluster", "bulletin_board")))
            .order_by(DeliveryTarget.id)).all()
        if not targets:
            log.info("demo: no devices registered yet; the past month waits")
            return 0
        rng = random.Random(DEMO_SEED)
        start = dt.datetime.combine(now.date() - dt.timedelta(days=HISTORY_DAYS), dt.time(),
                                    STATION_TZ)
        clusters = [t for t in targets if t.kind == "loudspeaker_cluster"]
        out_cluster = clusters[min(6, len(clusters) - 1)].id if clusters else None
        samples = _status_samples(rng, targets, start, now, out_cluster)
        local_items, emergency_item, plan = _history_plan(rng, ctx, start, now)
        session.execute(insert(SourceItem), [*local_items, emergency_item])
        runs = _as_run_rows(rng, plan, targets, samples, start)
        session.execute(insert(AsRunEntry), runs)
        session.execute(insert(DeviceStatusSample), [
            {"target_id": target, "at": start + n * SAMPLE_EVERY, "status": status}
            for target, statuses in samples.items() for n, status in enumerate(statuses)])
        for n, (item, status) in enumerate(zip(local_items, ("accepted", "pending_review"),
                                               strict=False)):
            sent = item["published_at"] + dt.timedelta(hours=2)
            session.add(Contribution(item_id=item["id"], status=status,
                                     remote_id=f"dg-{now.year}-{n + 101:04d}", created_at=sent,
                                     updated_at=sent + dt.timedelta(hours=20)))
        state.put(session, HISTORY_STATE, {"seeded_at": now.isoformat(), "as_run": len(runs),
                                           "status_checks": sum(map(len, samples.values()))})
    log.info("demo: seeded the past %d days (%d plays, %d device checks)", HISTORY_DAYS,
             len(runs), sum(map(len, samples.values())))
    return len(runs)


def _status_samples(rng: random.Random, targets: list[Any], start: dt.datetime,
                    now: dt.datetime, out_cluster: str | None) -> dict[str, list[str]]:
    """Every device's status at each half hour since `start`: mostly online, playing in the
    broadcast slots, short offline spells (3G links), rare faults, one cluster's outage."""
    count = int((now - start) / SAMPLE_EVERY) + 1
    out_from = dt.datetime.combine(now.date() - dt.timedelta(days=OUTAGE_DAYS_AGO[0]),
                                   dt.time(8, 0), STATION_TZ)
    out_until = dt.datetime.combine(now.date() - dt.timedelta(days=OUTAGE_DAYS_AGO[1]),
                                    dt.time(15, 0), STATION_TZ)
    on_air = {*HISTORY_SLOTS, RELAY_AT}
    out: dict[str, list[str]] = {}
    for target in targets:
        board = target.kind == "bulletin_board"
        statuses, down = [], 0
        for n in range(count):
            at = start + n * SAMPLE_EVERY
            if target.id == out_cluster and out_from <= at < out_until:
                statuses.append("offline")
                continue
            if down == 0 and rng.random() < (0.006 if board else 0.012):
                down = rng.randint(1, 6)
            if down:
                down -= 1
                statuses.append("offline")
            elif rng.random() < 0.002:
                statuses.append("fault")
            elif not board and at.time() in on_air:
                statuses.append("playing")
            else:
                statuses.append("online")
        out[target.id] = statuses
    return out


def _catalogue_items(ctx: StationContext, anchor: dt.datetime) -> list[dict[str, Any]]:
    """The demo source simulator's catalogue (same seed and size), metadata only: the
    simulator itself serves these items and the console's sync stores them."""
    from .sim.source.catalogue import Catalogue
    from .sim.source.media import MediaPool

    pool = MediaPool(ctx.paths.root / "demo-source-media", DEMO_SEED)  # not loaded: no files
    catalogue = Catalogue(seed=DEMO_SEED, size=DEMO_ITEMS, pool=pool, anchor=anchor)
    return [catalogue.item(i) for i in range(DEMO_ITEMS)]


def _history_plan(rng: random.Random, ctx: StationContext, start: dt.datetime,
                  now: dt.datetime) -> tuple[list[dict[str, Any]], dict[str, Any],
                                             list[_Airing]]:
    """The seeded items and every airing of the past month, in time order."""
    anchor = dt.datetime.combine(now.date(), dt.time(), STATION_TZ)
    received = []
    for item in _catalogue_items(ctx, anchor):
        published = dt.datetime.fromisoformat(item["published_at"])
        if start <= published < now:
            received.append((published, item))
    received.sort(key=lambda pair: pair[0])
    # About one item in five is never aired: the report's "received" is more than "aired".
    skipped = {item["id"] for _, item in received if rng.random() < 0.2}

    def day_at(days_ago: int, hour: int, minute: int) -> dt.datetime:
        return dt.datetime.combine(now.date() - dt.timedelta(days=days_ago),
                                   dt.time(hour, minute), STATION_TZ)

    locals_ = []
    for key, days_ago, title, category, body in LOCAL_NOTICES:
        at = day_at(days_ago, 8, 15 + days_ago)
        locals_.append({
            "id": f"local-{_history_id('local', key)}", "revision": 1, "kind": "text",
            "title": title, "summary": body.split(": ", 1)[-1][:200], "body": body,
            "category_code": category, "tags": ["thông báo của xã"], "language": "vi",
            "priority": "normal", "origin": "commune", "issuer": SIM_STATION["name"],
            "published_at": at, "valid_from": at, "valid_until": at + dt.timedelta(days=10),
            "reviewed": True, "channels": ["radio", "board"],
            "duration_s": round(len(body.split()) / 2.5, 1), "requested_airings": [],
            "received_at": at, "local": True, "seen": True})
    published = day_at(EMERGENCY_DAYS_AGO, 14, 2)
    emergency = {
        "id": f"tb-ls-{published:%Y%m%d}-01", "revision": 1, "kind": "text",
        "title": HISTORY_EMERGENCY["title"], "summary": HISTORY_EMERGENCY["summary"],
        "body": HISTORY_EMERGENCY["summary"], "category_code": HISTORY_EMERGENCY["category"],
        "tags": ["mưa lũ", "sạt lở đất"], "language": "vi", "priority": "emergency",
        "origin": "province", "issuer": HISTORY_EMERGENCY["issuer"], "published_at": published,
        "valid_from": published, "valid_until": published + dt.timedelta(days=2),
        "reviewed": True, "channels": ["radio", "board"], "duration_s": 95.0,
        "requested_airings": [], "received_at": published + dt.timedelta(seconds=20),
        "local": False, "seen": True}

    plan: list[_Airing] = []
    aired: dict[str, int] = {}
    day = start.date()
    while day <= now.date():
        for slot in HISTORY_SLOTS:
            at = dt.datetime.combine(day, slot, STATION_TZ)
            if at + dt.timedelta(minutes=45) > now:
                continue
            plan += _slot_plan(rng, at, received, skipped, aired, locals_)
        relay_at = dt.datetime.combine(day, RELAY_AT, STATION_TZ)
        if relay_at + dt.timedelta(minutes=30) <= now:
            stream = next((item for published_at, item in received
                           if item["kind"] == "stream" and published_at.date()
                           == day - dt.timedelta(days=1)), None)
            plan.append(_Airing(relay_at, stream["title"] if stream else RELAY_TITLE, 1800.0,
                                "clusters", stream["id"] if stream else None, origin="relay"))
        day += dt.timedelta(days=1)
    # The province's warning, broadcast six minutes after it was published (phát khẩn cấp).
    plan.append(_Airing(published + dt.timedelta(minutes=6), emergency["title"], 95.0, "all",
                        emergency["id"], priority="emergency", scheduled=False))
    plan.sort(key=lambda a: a.at)
    return locals_, emergency, plan


def _slot_plan(rng: random.Random, at: dt.datetime, received: list[tuple[dt.datetime, Any]],
               skipped: set[str], aired: dict[str, int],
               locals_: list[dict[str, Any]]) -> list[_Airing]:
    """One 05:30 or 17:00 programme: the commune's own news, then what came in over the
    last three days (each item up to three times), then the commune's fresh notices."""
    fresh = [item for published, item in received
             if at - dt.timedelta(hours=72) <= published <= at - dt.timedelta(minutes=20)
             and item["id"] not in skipped and item["kind"] != "stream"
             and aired.get(item["id"], 0) < 3]
    radio = [i for i in fresh if "radio" in i["channels"]][:5]
    boards = [i for i in fresh if "board" in i["channels"]][:3]
    notices = [i for i in locals_ if at - dt.timedelta(hours=30) <= i["published_at"] <= at]
    out = []
    offset = 0.0
    opening = round(rng.uniform(240, 420))  # the commune's own news and announcements
    out.append(_Airing(at, OWN_TITLES[at.hour], opening, "clusters", origin="own"))
    offset += opening + 5
    for item in radio:
        seconds = item.get("duration_s") or round(rng.uniform(150, 420))
        out.append(_Airing(at + dt.timedelta(seconds=offset), item["title"], float(seconds),
                           "clusters", item["id"], priority=item["priority"]))
        offset += seconds + 5
        aired[item["id"]] = aired.get(item["id"], 0) + 1
    for notice in notices:
        out.append(_Airing(at + dt.timedelta(seconds=offset), notice["title"],
                           float(notice["duration_s"]), "all", notice["id"], origin="own"))
        offset += notice["duration_s"] + 5
    for n, item in enumerate(boards):
        out.append(_Airing(at + dt.timedelta(minutes=10 * n), item["title"], 600.0, "boards",
                           item["id"], priority=item["priority"]))
        if item not in radio:
            aired[item["id"]] = aired.get(item["id"], 0) + 1
    return out


def _as_run_rows(rng: random.Random, plan: list[_Airing], targets: list[Any],
                 samples: dict[str, list[str]], start: dt.datetime) -> list[dict[str, Any]]:
    """Each airing on each of its targets: played, partly played or failed (a device found
    offline or faulty at that half hour failed), already handed to the outbox."""
    rows = []
    for airing in plan:
        for target in targets:
            board = target.kind == "bulletin_board"
            if (airing.on == "clusters" and board) or (airing.on == "boards" and not board):
                continue
            jitter = rng.uniform(3, 40) if not airing.scheduled else rng.uniform(0, 3)
            started = airing.at + dt.timedelta(seconds=jitter)
            check = samples[target.id][min(len(samples[target.id]) - 1,
                                           int((started - start) / SAMPLE_EVERY))]
            draw = rng.random()
            if check in ("offline", "fault") or draw < 0.025:
                result, played = "failed", 0.0  # missed plays are stored as failed
            elif draw < 0.06:
                result, played = "partial", round(airing.seconds * rng.uniform(0.35, 0.9), 1)
            else:
                result, played = "success", airing.seconds
            rows.append({
                "id": _history_id("run", airing.at.isoformat(), airing.title, target.id),
                "item_id": airing.item_id, "programme_id": None, "title": airing.title,
                "target_id": target.id, "target_kind": target.kind,
                "scheduled_at": airing.at if airing.scheduled else None,
                "started_at": started, "ended_at": started + dt.timedelta(seconds=played),
                "played_s": played, "requested_s": airing.seconds, "result": result,
                "priority": airing.priority, "content_origin": airing.origin,
                # gateways keep no play log: their plays are inferred from acknowledgements
                "source": "inferred" if target.protocol == "gateway" else "device",
                "uploaded": True,  # demo history: never sent up as new logs
            })
    return rows


def start_demo_devices(ctx: StationContext) -> Callable[[], None]:
    """The demo commune's 12 clusters in its villages (both protocols) and 2 boards,
    started and registered in the station database; returns the function that stops them.
    """
    from .services.device_registry import import_device_rows
    from .services.permissions import SYSTEM
    from .sim.devices import DeviceFleet, FleetConfig

    with ctx.db.read() as session:
        villages = tuple(session.scalars(select(Village.name).order_by(Village.id)))
    config = FleetConfig(clusters=12, boards=2, protocol="both",
                         villages=villages or FleetConfig().villages)
    fleet = DeviceFleet(config).start()
    report = import_device_rows(ctx, fleet.registry_rows(), SYSTEM, name="demo-devices")
    log.info("demo: %d devices at %s (%d imported, %d updated)", len(fleet.devices), fleet.url,
             report.imported, report.updated)
    return fleet.stop


# --- demo plan, team and Zalo OA ----------------------------------------------------------
# Also DEMO HISTORY: the commune's plan for this year, its propagandist team with a few weeks
# of activities and a training, and its Zalo OA's last month (articles, views, followers).

CHANNELS_STATE = "demo.channels"  # sync_state: set once the plan, team and OA are seeded
CHANNEL_DAYS = 30
DEMO_APP = {"app_id": "3719146372418906118", "secret_key": "demo-secret-key-phu-loc"}
PLAN_MONTHS = {
    1: ("An toàn giao thông dịp Tết", ["ANTT-GT", "giao thông"]),
    2: ("Phòng chống dịch bệnh mùa xuân", ["YT-DB", "dịch bệnh"]),
    3: ("Chuyển đổi số, dịch vụ công trực tuyến", ["CSPL-TTHC", "chuyển đổi số"]),
    4: ("Phòng chống cháy rừng mùa khô", ["PCTT-CR", "cháy rừng"]),
    5: ("Phòng chống nắng nóng, hạn hán", ["PCTT-HH", "hạn hán"]),
    6: ("Tháng hành động vì trẻ em; tiêm chủng đầy đủ", ["YT-TC", "tiêm chủng"]),
    7: ("Phòng chống lừa đảo qua mạng", ["ANTT-LD", "lừa đảo"]),
    8: ("Vệ sinh an toàn thực phẩm", ["YT-ATTP"]),
    9: ("Chủ động phòng chống bão, lũ", ["PCTT-BAO", "PCTT-LU"]),
    10: ("Chính sách bảo hiểm xã hội, bảo hiểm y tế", ["CSPL-BH", "bảo hiểm"]),
    11: ("Sản xuất vụ đông, thị trường nông sản", ["NN-TT", "NN-TTR"]),
    12: ("Phòng cháy chữa cháy, an ninh trật tự cuối năm", ["ANTT-PCCC", "ANTT-LD"]),
}
PLAN_LONGER = (
    ("quarter", 2, "Chiến dịch xây dựng nông thôn mới", ["VHXH-NTM", "nông thôn mới"]),
    ("quarter", 4, "Cao điểm phòng chống lừa đảo, an ninh mạng", ["ANTT-LD", "an ninh mạng"]),
    ("year", None, "Phổ biến chính sách, pháp luật và thủ tục hành chính",
     ["CSPL-VB", "CSPL-TTHC", "CSPL-DD"]),
)
TEAM = (
    ("Nguyễn Văn Hải", "Tổ trưởng"), ("Lê Thị Mai", "Thành viên"), ("Trần Văn Bình", "Tổ phó"),
    ("Phạm Thị Lan", "Thành viên"), ("Y Khuê Niê", "Thành viên"), ("H'Linh Mlô", "Thành viên"),
    ("Đỗ Văn Tùng", "Tổ phó"), ("Hoàng Thị Thu", "Thành viên"), ("Vũ Văn Nam", "Thành viên"),
    ("Bùi Thị Hạnh", "Thành viên"), ("Đinh Văn Sơn", "Tổ phó"), ("Ngô Thị Yến", "Thành viên"),
)
ACTIVITY_TITLES = {
    "meeting": "Họp dân phổ biến {theme}",
    "house_visits": "Đến từng hộ tuyên truyền {theme}",
    "mobile_loudspeaker": "Loa lưu động tuyên truyền {theme}",
    "zalo_post": "Đăng bài về {theme} trong nhóm Zalo thôn",
}


def seed_channels(ctx: StationContext, *, now: dt.datetime | None = None) -> bool:
    """DEMO HISTORY: this year's plan, the team with its last weeks, the OA's last month.

    Runs once per demo folder (sync_state `demo.channels`); deterministic (seeded random).
    Returns True when it seeded.
    """
    from .models import (
        PlanTheme,
        Propagandist,
        TeamActivity,
        Training,
        TrainingAttendee,
        ZaloArticle,
        ZaloFollowerReading,
        ZaloViewReading,
    )
    from .models.team import ACTIVITY_KINDS
    from .zalo.article import build_article

    now = (now or station_now()).astimezone(STATION_TZ)
    rng = random.Random(DEMO_SEED + 22)
    with ctx.db.write() as session:
        if state.get(session, CHANNELS_STATE) is not None:
            return False
        villages = list(session.execute(select(Village.id, Village.name).order_by(Village.id)))
        if not villages:
            return False
        themes = []
        for month, (title, tags) in PLAN_MONTHS.items():
            themes.append(PlanTheme(year=now.year, period_kind="month", period_index=month,
                                    title=title, tags=tags, planned_airings=24,
                                    planned_board_days=20, planned_zalo_articles=3,
                                    planned_team_activities=4, position=month - 1))
        for n, (kind, index, title, tags) in enumerate(PLAN_LONGER):
            scale = 3 if kind == "quarter" else 12
            themes.append(PlanTheme(year=now.year, period_kind=kind, period_index=index,
                                    title=title, tags=tags, planned_airings=20 * scale,
                                    planned_board_days=15 * scale,
                                    planned_zalo_articles=2 * scale,
                                    planned_team_activities=2 * scale, position=12 + n))
        session.add_all(themes)
        people = []
        for n, (name, role) in enumerate(TEAM):
            village_id = villages[n % len(villages)][0]
            person = Propagandist(name=name, village_id=village_id, role=role,
                                  phone=f"09{rng.randint(10_000_000, 99_999_999)}",
                                  zalo=None)
            person.zalo = person.phone if rng.random() < 0.8 else None
            session.add(person)
            people.append(person)
        session.flush()
        today = now.date()
        current = [t for t in themes if t.period_kind == "month" and t.period_index in (
            today.month, (today - dt.timedelta(days=CHANNEL_DAYS)).month)]
        for days_ago in range(CHANNEL_DAYS + 12, 0, -3):
            day = today - dt.timedelta(days=days_ago)
            theme = next((t for t in current if t.period_index == day.month), None)
            kind = ACTIVITY_KINDS[rng.randrange(len(ACTIVITY_KINDS))]
            village_id = villages[rng.randrange(len(villages))][0]
            who = [p.id for p in people if p.village_id == village_id]
            topic = theme.title.lower() if theme else "chính sách mới"
            session.add(TeamActivity(day=day, kind=kind, village_id=village_id,
                                     people_reached=rng.randint(15, 90),
                                     theme_id=theme.id if theme else None,
                                     title=ACTIVITY_TITLES[kind].format(theme=topic),
                                     participants=who, recorded_by="vanhanh"))
        training = Training(day=today - dt.timedelta(days=15),
                            title="Tập huấn kỹ năng tuyên truyền trên mạng xã hội",
                            place="Hội trường Ủy ban nhân dân xã",
                            theme_id=current[-1].id if current else None,
                            recorded_by="bientap")
        session.add(training)
        session.flush()
        for person in people[:9]:
            session.add(TrainingAttendee(training_id=training.id, propagandist_id=person.id))
        # the OA's last month: followers read each morning, articles and their views
        followers = 1150
        for days_ago in range(CHANNEL_DAYS, 0, -1):
            day = today - dt.timedelta(days=days_ago)
            followers += rng.randint(0, 6)
            session.add(ZaloFollowerReading(
                day=day.isoformat(), followers=followers, oa_name=ZALO_OA_NAME,
                read_at=dt.datetime.combine(day, dt.time(6, 5), STATION_TZ)))
        start = dt.datetime.combine(today - dt.timedelta(days=CHANNEL_DAYS), dt.time(),
                                    STATION_TZ)
        candidates = [item for item in _catalogue_items(ctx, dt.datetime.combine(
            today, dt.time(), STATION_TZ)) if item["kind"] == "text"
            and start <= dt.datetime.fromisoformat(item["published_at"]) < now
            and item["priority"] != "emergency"]
        for n, item in enumerate(rng.sample(candidates, min(8, len(candidates)))):
            published = dt.datetime.fromisoformat(item["published_at"]) + dt.timedelta(hours=3)
            article = build_article(item_id=item["id"], revision=item["revision"],
                                    title=item["title"], summary=item["summary"],
                                    body=item["body"], issuer=item["issuer"],
                                    author=SIM_STATION["name"])
            row = ZaloArticle(key=f"{item['id']}@{item['revision']}", item_id=item["id"],
                              revision=item["revision"], title=article["title"],
                              article=article, state="published",
                              article_id=f"demo{n:04d}{_history_id('oa', item['id'])[:8]}",
                              requested_by="vanhanh", requested_at=published,
                              create_sent_at=published, published_at=published)
            session.add(row)
            session.flush()
            views = 0
            day = published.date() + dt.timedelta(days=1)
            while day < today:
                views += rng.randint(5, 60) if (day - published.date()).days < 5 \
                    else rng.randint(0, 8)
                session.add(ZaloViewReading(
                    article_row_id=row.id, total_view=views,
                    read_at=dt.datetime.combine(day, dt.time(6, 5), STATION_TZ)))
                day += dt.timedelta(days=1)
            row.total_view = views
            row.views_read_at = dt.datetime.combine(today - dt.timedelta(days=1),
                                                    dt.time(6, 5), STATION_TZ)
        state.put(session, CHANNELS_STATE, {"seeded_at": now.isoformat(),
                                            "followers": followers})
    log.info("demo: seeded this year's plan, a team of %d and the OA's last month", len(TEAM))
    return True


ZALO_OA_NAME = "Đài truyền thanh xã Phú Lộc"


def start_demo_zalo(ctx: StationContext) -> Callable[[], None]:
    """The OA simulator with the articles of the demo's history, connected; returns the
    function that stops it."""
    from .models import ZaloArticle
    from .services.permissions import SYSTEM
    from .services.zalo import connect_oa
    from .sim.zalo import ZaloSimConfig, ZaloSimulator
    from .zalo.article import with_cover

    with ctx.db.read() as session:
        known = state.get(session, CHANNELS_STATE) or {}
        rows = session.execute(select(ZaloArticle.article_id, ZaloArticle.article,
                                      ZaloArticle.published_at)
                               .where(ZaloArticle.state == "published",
                                      ZaloArticle.article_id.is_not(None))).all()
    sim = ZaloSimulator(ZaloSimConfig(oa_name=ZALO_OA_NAME, article_delay_s=1.0,
                                      followers=int(known.get("followers", 1180)) + 4,
                                      **DEMO_APP)).start()
    for article_id, article, published in rows:
        sim.seed_article(article_id, with_cover(article, f"{sim.url}/images/cover.jpg"),
                         published.timestamp())
    connect_oa(ctx, SYSTEM, app_id=sim.config.app_id, secret_key=sim.config.secret_key,
               refresh_token=sim.first_refresh_token, server=sim.url)
    log.info("demo: Zalo OA simulator at %s", sim.url)
    return sim.stop
