"""A station with a year of plan, broadcasts, boards, OA articles and a team, seeded from a
fixed random draw, for the plan-against-actual tests."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from console.models import (
    AsRunEntry,
    DeliveryTarget,
    PlanTheme,
    Propagandist,
    SourceItem,
    TeamActivity,
    Training,
    TrainingAttendee,
    Village,
    ZaloArticle,
    ZaloFollowerReading,
    ZaloViewReading,
)
from console.services.reports.periods import period_of
from console.station import StationContext
from console.timezone import STATION_TZ

YEAR = 2025
TARGETS = (("c1", "loudspeaker_cluster", 1), ("c2", "loudspeaker_cluster", 2),
           ("b1", "bulletin_board", None), ("b2", "bulletin_board", 2))
TAGS = ("chuyển đổi số", "an ninh mạng", "nông thôn mới", "giá cả")


@dataclass
class Seeded:
    runs: list[dict] = field(default_factory=list)
    items: dict[str, list[str]] = field(default_factory=dict)   # id → tags
    articles: list[dict] = field(default_factory=list)
    readings: list[dict] = field(default_factory=list)           # views
    followers: list[dict] = field(default_factory=list)
    activities: list[dict] = field(default_factory=list)
    trainings: list[dict] = field(default_factory=list)
    attendees: list[tuple[int, int]] = field(default_factory=list)
    themes: list[dict] = field(default_factory=list)


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=STATION_TZ)


def seed(ctx: StationContext, rng_seed: int = 22) -> Seeded:
    rng = random.Random(rng_seed)
    out = Seeded()
    with ctx.db.write() as s:
        s.add_all([Village(id=1, name="Thôn Đông"), Village(id=2, name="Ấp Bắc")])
        s.flush()
        for tid, kind, village in TARGETS:
            s.add(DeliveryTarget(id=tid, kind=kind, name=f"Thiết bị {tid}", village_id=village,
                                 protocol="reference", address="http://127.0.0.1:9"))
        # bulletins: tags drawn from TAGS (some in upper case or without accents)
        for n in range(40):
            tags = rng.sample(TAGS, rng.randint(0, 2))
            shown = [t.upper() if rng.random() < 0.2 else t for t in tags]
            item_id = f"tb-{n:03d}"
            out.items[item_id] = tags
            published = at(dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randint(0, 360)), 8)
            s.add(SourceItem(id=item_id, kind="text", title=f"Tin số {n}", tags=shown,
                             published_at=published))
        # airings: each a scheduled start on several targets; some failed, some partial
        for _ in range(260):
            item = rng.choice(list(out.items))
            day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            start = at(day, rng.choice((5, 17)), 30 if rng.random() < 0.5 else 0)
            scheduled = rng.random() > 0.1
            for tid, kind, _village in TARGETS:
                if rng.random() < 0.35:
                    continue
                result = rng.choices(("success", "partial", "failed"), (0.8, 0.1, 0.1))[0]
                begin = start + dt.timedelta(seconds=rng.randint(0, 200))
                played = 0.0 if result == "failed" else float(rng.randint(60, 300))
                run = {"id": f"r{len(out.runs):05d}", "item_id": item, "title": f"Tin {item}",
                       "target_id": tid, "target_kind": kind,
                       "scheduled_at": start if scheduled else None, "started_at": begin,
                       "ended_at": begin + dt.timedelta(seconds=played), "played_s": played,
                       "result": result, "priority": "normal", "content_origin": "source",
                       "source": "device", "uploaded": True}
                out.runs.append(run)
                s.add(AsRunEntry(**run))
        # the year's plan: months, two quarters, the year
        plan = [("month", m, f"Chủ đề tháng {m}", [TAGS[m % 4]]) for m in range(1, 13)]
        plan += [("quarter", 2, "Chiến dịch quý II: an ninh mạng", ["An-ninh-mạng"]),
                 ("quarter", 4, "Quý IV: giá cả thị trường", ["GIA CA"]),
                 ("year", None, "Cả năm: xây dựng nông thôn mới", ["nông thôn mới", "NN-CN"])]
        for position, (kind, index, title, tags) in enumerate(plan):
            theme = PlanTheme(year=YEAR, period_kind=kind, period_index=index, title=title,
                              tags=tags, planned_airings=rng.randint(2, 30),
                              planned_board_days=rng.randint(0, 20),
                              planned_zalo_articles=rng.randint(0, 4),
                              planned_team_activities=rng.randint(0, 6), position=position)
            s.add(theme)
            s.flush()
            out.themes.append({"id": theme.id, "kind": kind, "index": index, "tags": tags,
                               "planned": {"airings": theme.planned_airings,
                                           "board_days": theme.planned_board_days,
                                           "zalo_articles": theme.planned_zalo_articles,
                                           "team_activities": theme.planned_team_activities}})
        # OA articles with view readings; follower readings now and then
        for n, item in enumerate(rng.sample(list(out.items), 14)):
            published = at(dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randint(0, 364)), 9)
            state = rng.choice(("published", "published", "removed", "queued"))
            article = ZaloArticle(key=f"{item}@1", item_id=item, revision=1, title=item,
                                  state=state, requested_by="admin", requested_at=published,
                                  article_id=f"a{n}" if state != "queued" else None,
                                  published_at=published if state != "queued" else None)
            s.add(article)
            s.flush()
            out.articles.append({"id": article.id, "item_id": item, "state": state,
                                 "published_at": published})
            for k in range(rng.randint(0, 4)):
                read = published + dt.timedelta(days=1 + 20 * k)
                views = 30 * (k + 1) + rng.randint(0, 20)
                s.add(ZaloViewReading(article_row_id=article.id, read_at=read, total_view=views))
                out.readings.append({"row": article.id, "read_at": read, "views": views})
        day = dt.date(YEAR - 1, 12, 20)
        followers = 900
        while day <= dt.date(YEAR + 1, 1, 5):
            followers += rng.randint(0, 9)
            s.add(ZaloFollowerReading(day=day.isoformat(), read_at=at(day, 6),
                                      followers=followers, oa_name="Đài xã"))
            out.followers.append({"day": day, "followers": followers})
            day += dt.timedelta(days=rng.randint(3, 12))
        # the team
        people = []
        for n in range(8):
            person = Propagandist(name=f"Người số {n}", village_id=1 + n % 2,
                                  phone=f"09120000{n:02d}", active=n != 7)
            s.add(person)
            s.flush()
            people.append(person.id)
        kinds = ("meeting", "house_visits", "mobile_loudspeaker", "zalo_post")
        def theme_on(day: dt.date) -> dict | None:
            """Mostly a theme whose period holds the day; now and then one that does not."""
            if rng.random() < 0.2:
                return rng.choice(out.themes)
            holding = [t for t in out.themes
                       if period_of(t["kind"], YEAR, t["index"]).start <= day
                       <= period_of(t["kind"], YEAR, t["index"]).end]
            return rng.choice([*holding, None])

        for _ in range(40):
            day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            theme = theme_on(day)
            activity = TeamActivity(day=day, kind=rng.choice(kinds),
                people_reached=rng.randint(5, 120), village_id=rng.choice((1, 2, None)),
                theme_id=theme["id"] if theme else None, recorded_by="admin")
            s.add(activity)
            s.flush()
            out.activities.append({"id": activity.id, "day": activity.day,
                                   "kind": activity.kind, "people": activity.people_reached,
                                   "theme": activity.theme_id})
        for n in range(4):
            theme = theme_on(dt.date(YEAR, 2 + 3 * n, 10)) or out.themes[-1]
            training = Training(day=dt.date(YEAR, 2 + 3 * n, 10), title=f"Tập huấn {n}",
                                theme_id=theme["id"], recorded_by="admin")
            s.add(training)
            s.flush()
            who = rng.sample(people, 3)
            for person in who:
                s.add(TrainingAttendee(training_id=training.id, propagandist_id=person))
                out.attendees.append((training.id, person))
            out.trainings.append({"id": training.id, "day": training.day,
                                  "theme": theme["id"]})
    return out
