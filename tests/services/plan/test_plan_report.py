"""The annual report's plan against actual, the OA and the team, checked against counts this
test computes itself from the seeded rows (not through the console's code)."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from collections import defaultdict

from openpyxl import load_workbook

from console.models.enums import Role
from console.services.permissions import Actor
from console.services.reports import forms
from console.services.reports.export_pdf import export_report_pdf
from console.services.reports.export_report import export_report_xlsx
from console.services.reports.periods import period_of
from console.timezone import STATION_TZ
from tests.services.plan.seeding import YEAR, Seeded, seed

ADMIN = Actor("admin", Role.ADMIN, "Quản trị viên")
AUDIO = {"c1", "c2"}
BOARDS = {"b1", "b2"}


def key(tag: str) -> str:
    text = unicodedata.normalize("NFD", tag.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.replace("-", " ").replace("_", " ").split())


def window(theme: dict) -> tuple[dt.date, dt.date]:
    period = period_of(theme["kind"], YEAR, theme["index"])
    return period.start, period.end


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(STATION_TZ).date()


def expected(data: Seeded, theme: dict) -> dict[str, int]:
    start, end = window(theme)
    wanted = {key(t) for t in theme["tags"]}
    items = {i for i, tags in data.items.items() if {key(t) for t in tags} & wanted}
    runs = sorted((r for r in data.runs if r["item_id"] in items
                   and start <= local_day(r["started_at"]) <= end
                   and r["result"] in ("success", "partial")),
                  key=lambda r: (r["started_at"], r["id"]))
    # airings: same item and scheduled start; unscheduled within 5 minutes of the first
    groups: list[list[dict]] = []
    by_schedule: dict[tuple, list[dict]] = {}
    loose: dict[str, list[list[dict]]] = defaultdict(list)
    for run in runs:
        if run["scheduled_at"] is not None:
            marker = (run["item_id"], run["scheduled_at"])
            if marker not in by_schedule:
                by_schedule[marker] = []
                groups.append(by_schedule[marker])
            by_schedule[marker].append(run)
        else:
            recent = loose[run["item_id"]]
            if recent and (run["started_at"] - recent[-1][0]["started_at"]).total_seconds() <= 300:
                recent[-1].append(run)
            else:
                recent.append([run])
                groups.append(recent[-1])
    airings = sum(1 for g in groups if any(r["target_id"] in AUDIO for r in g))
    board_days = len({(r["target_id"], local_day(r["started_at"])) for r in runs
                      if r["target_id"] in BOARDS})
    ends = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), STATION_TZ)
    articles = [a for a in data.articles if a["item_id"] in items and a["state"] != "queued"
                and start <= local_day(a["published_at"]) <= end]
    views = 0
    for article in articles:
        before = [r for r in data.readings if r["row"] == article["id"] and r["read_at"] < ends]
        if before:
            views += max(before, key=lambda r: r["read_at"])["views"]
    activities = [a for a in data.activities if a["theme"] == theme["id"]
                  and start <= a["day"] <= end]
    trainings = [t for t in data.trainings if t["theme"] == theme["id"]
                 and start <= t["day"] <= end]
    return {"airings": airings, "board_days": board_days, "zalo_articles": len(articles),
            "zalo_views": views, "team_activities": len(activities),
            "people_reached": sum(a["people"] for a in activities), "trainings": len(trainings)}


def test_annual_report_matches_the_rows(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = seed(ctx)
    view = forms.build_report(ctx, ADMIN, period_of("year", YEAR))
    plan = {t["id"]: t for t in view.sections["plan"]}
    assert set(plan) == {t["id"] for t in data.themes}
    totals: dict[str, int] = defaultdict(int)
    for theme in data.themes:
        want = expected(data, theme)
        got = plan[theme["id"]]
        assert {k: got["actual"][k] for k in want} == want, got["title"]
        assert got["planned"] == theme["planned"]
        # every number has exactly its rows
        for channel in ("airings", "board_days", "zalo_articles", "team_activities",
                        "trainings"):
            assert len(got["rows"][channel]) == want[channel]
        for channel, value in want.items():
            totals[channel] += value
    assert sum(totals.values()) > 50, totals  # the draw exercises every channel
    assert all(totals[c] for c in ("airings", "board_days", "zalo_articles", "zalo_views",
                                   "team_activities", "trainings")), totals
    evaluation = {row["channel"]: row for row in view.sections["evaluation"]}
    for channel in ("airings", "board_days", "zalo_articles", "team_activities"):
        planned = sum(t["planned"][channel] for t in data.themes)
        assert evaluation[channel]["planned"] == planned
        assert evaluation[channel]["actual"] == totals[channel]
        assert evaluation[channel]["verdict"] == ("done" if totals[channel] >= planned
                                                  else "not_done")

    zalo = view.sections["zalo"]
    first = max((f for f in data.followers if f["day"] <= dt.date(YEAR, 1, 1)),
                key=lambda f: f["day"])
    last = max((f for f in data.followers if f["day"] <= dt.date(YEAR, 12, 31)),
               key=lambda f: f["day"])
    assert (zalo["followers_start"], zalo["followers_start_day"]) == (
        first["followers"], first["day"].isoformat())
    assert (zalo["followers_end"], zalo["followers_end_day"]) == (
        last["followers"], last["day"].isoformat())
    published = [a for a in data.articles if a["state"] != "queued"
                 and local_day(a["published_at"]).year == YEAR]
    assert zalo["articles"] == len(published)
    team = view.sections["team"]
    assert team["propagandists"] == 7  # one of the eight is no longer active
    assert team["activities"] == len(data.activities)
    assert team["people_reached"] == sum(a["people"] for a in data.activities)
    assert team["trainings"] == len(data.trainings)
    assert team["trainees"] == len({p for _t, p in data.attendees})
    # the manual fields the console now knows are filled in on a new draft
    assert view.manual == {"propagandists": 7, "social_followers": last["followers"]}

    # XLSX: the plan sheet carries the same numbers; the detail sheet one row per unit
    out = tmp_path / "bao-cao-nam.xlsx"
    export_report_xlsx(ctx, view.id, out)
    book = load_workbook(out, data_only=True)
    assert book["Báo cáo"]["D10"].value == view.indicators["bulletins_broadcast"]
    rows = list(book["Kế hoạch - Thực hiện"].iter_rows(values_only=True))
    header = rows.index(next(r for r in rows if r and r[0] == "STT"))
    by_title = {r[1]: r for r in rows[header + 1:header + 1 + len(plan)]}
    for theme in plan.values():
        line = by_title[theme["title"]]
        assert line[5] == theme["actual"]["airings"] and line[4] == theme["planned"]["airings"]
        assert line[7] == theme["actual"]["board_days"]
        assert line[9] == theme["actual"]["zalo_articles"]
        assert line[10] == theme["actual"]["zalo_views"]
        assert line[12] == theme["actual"]["team_activities"]
    details = list(book["Chi tiết số liệu"].iter_rows(values_only=True))[1:]
    counted: dict[tuple[str, str], int] = defaultdict(int)
    for row in details:
        counted[(row[0], row[1])] += 1
    for theme in plan.values():
        assert counted[(theme["title"], "Lượt phát trên loa")] == theme["actual"]["airings"]
        assert counted[(theme["title"], "Ngày trên bảng tin")] == theme["actual"]["board_days"]
    data_sheet = {r[0]: r[1] for r in book["Dữ liệu"].iter_rows(values_only=True)}
    assert data_sheet["plan_airings_actual"] == totals["airings"]
    assert data_sheet["zalo_followers_end"] == last["followers"]

    # PDF: Vietnamese text, the new sections present
    pdf = tmp_path / "bao-cao-nam.pdf"
    export_report_pdf(ctx, view.id, pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    for heading in ("KẾT QUẢ THỰC HIỆN KẾ HOẠCH THÔNG TIN CƠ SỞ", "ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH",
                    "TRANG ZALO OA VÀ TỔ TUYÊN TRUYỀN VIÊN CƠ SỞ",
                    "Chủ đề tháng 12", "Hoàn thành"):
        assert heading in text


def test_rebuilding_after_new_rows_reopens_the_report(ctx) -> None:  # type: ignore[no-untyped-def]
    from console.services.team.activities import record_activity

    data = seed(ctx)
    period = period_of("year", YEAR)
    view = forms.build_report(ctx, ADMIN, period)
    forms.approve_report(ctx, ADMIN, view.id)
    theme = data.themes[0]
    record_activity(ctx, ADMIN, day=dt.date(YEAR, 1, 20), kind="meeting", people_reached=40,
                    theme_id=theme["id"])
    again = forms.build_report(ctx, ADMIN, period)
    assert again.id == view.id and again.state == "draft"  # the approval saw other numbers
    before = {t["id"]: t for t in view.sections["plan"]}[theme["id"]]["actual"]
    after = {t["id"]: t for t in again.sections["plan"]}[theme["id"]]["actual"]
    assert after["team_activities"] == before["team_activities"] + 1
    assert after["people_reached"] == before["people_reached"] + 40
