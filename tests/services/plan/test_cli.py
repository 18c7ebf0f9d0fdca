"""`commune-console zalo|team|plan …` in process, against the Zalo simulator."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from console.cli.main import main
from console.models import SourceItem, Village
from console.services.users import UserService
from console.sim.zalo import ZaloSimConfig, ZaloSimulator
from console.station import StationContext

PASSWORD = "mật-khẩu-đủ-dài"


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station(ctx: StationContext, data_dir: Path) -> list[str]:
    UserService(ctx.db).create_first_admin("admin", PASSWORD, "Quản trị")
    with ctx.db.write() as session:
        session.add_all([Village(name="Thôn Đông"), Village(name="Ấp Phú Hòa")])
        session.add(SourceItem(id="tb-ccd-01", kind="text", title="Hướng dẫn cài VNeID mức 2",
                               body="Bà con mang căn cước đến nhà văn hóa thôn.",
                               tags=["chuyển đổi số"], published_at=dt.datetime.now(dt.UTC)))
    return ["--data-dir", str(data_dir)]


def test_zalo_commands(station, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with ZaloSimulator(ZaloSimConfig(article_delay_s=0.2)) as sim:
        code, out, err = run(
            capsys, monkeypatch, "zalo", "connect", "--server", sim.url, "--app-id",
            sim.config.app_id, "--refresh-token-stdin", "--secret-key-stdin", "--as", "admin",
            "--password-stdin", "--json", *station,
            stdin=f"{sim.first_refresh_token}\n{sim.config.secret_key}\n{PASSWORD}\n")
        assert code == 0, err
        assert json.loads(out)["name"] == "Đài truyền thanh xã Phú Lộc"

        code, out, err = run(capsys, monkeypatch, "zalo", "status", "--json", *station)
        status = json.loads(out)
        assert code == 0 and status["followers"] == 1240 and status["last_read"]
        assert status["name"] == "Đài truyền thanh xã Phú Lộc" and status["connected"]

        publish = ("zalo", "publish", "tb-ccd-01", "--as", "admin", "--password-stdin",
                   "--json", *station)
        code, out, err = run(capsys, monkeypatch, *publish, stdin=PASSWORD + "\n")
        assert code == 0, err
        first = json.loads(out)["article_id"]
        assert first and [a.id for a in sim.articles()] == [first]
        code, out, err = run(capsys, monkeypatch, *publish, stdin=PASSWORD + "\n")
        assert code == 0 and json.loads(out)["article_id"] == first  # same revision, same id
        assert sim.stats.creates == 1

        code, out, _ = run(capsys, monkeypatch, "zalo", "articles", "--json", *station)
        (article,) = json.loads(out)
        assert article["article_id"] == first and article["state"] == "published"

        code, out, err = run(capsys, monkeypatch, *publish[:2], "tb-missing", *publish[3:],
                             stdin=PASSWORD + "\n")
        assert code == 1 and "There is no bulletin tb-missing." in err


def test_zalo_publish_offline_waits(station, capsys, monkeypatch, ctx) -> None:  # type: ignore[no-untyped-def]
    with ZaloSimulator(ZaloSimConfig()) as sim:
        run(capsys, monkeypatch, "zalo", "connect", "--server", sim.url, "--app-id",
            sim.config.app_id, "--refresh-token-stdin", "--secret-key-stdin", "--as", "admin",
            "--password-stdin", *station,
            stdin=f"{sim.first_refresh_token}\n{sim.config.secret_key}\n{PASSWORD}\n")
    code, out, err = run(capsys, monkeypatch, "zalo", "publish", "tb-ccd-01", "--as", "admin",
                         "--password-stdin", "--json", *station, stdin=PASSWORD + "\n")
    assert code == 2
    assert json.loads(out) == {"article_id": None, "item_id": "tb-ccd-01", "revision": 1,
                               "state": "queued"}
    assert "did not answer" in err


def test_team_commands(station, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH TỔ TUYÊN TRUYỀN"])
    sheet.append([])
    sheet.append(["STT", "HO VA TEN", "Thôn", "Số điện thoại", "Zalo", "Vai trò"])
    sheet.append([1, "Nguyễn Văn An", "thon dong", 912345678, "0912345678", "Tổ trưởng"])
    sheet.append([2, "Lò Thị Bình", "Ấp Phú Hòa", "0987 654 321", None, "Thành viên"])
    roster = tmp_path / "to-tuyen-truyen.xlsx"
    book.save(roster)
    code, out, err = run(capsys, monkeypatch, "team", "import", str(roster), "--as", "admin",
                         "--password-stdin", "--json", *station, stdin=PASSWORD + "\n")
    assert code == 0, err
    assert json.loads(out) == {"added": 2, "updated": 0, "unchanged": 0}
    code, out, _ = run(capsys, monkeypatch, "team", "list", "--json", *station)
    people = {p["name"]: p for p in json.loads(out)}
    assert people["Nguyễn Văn An"]["phone"] == "0912345678"  # Excel lost the 0: put back
    assert people["Nguyễn Văn An"]["village"] == "Thôn Đông"
    assert people["Lò Thị Bình"]["phone"] == "0987654321"

    sheet.append([3, "Trần Văn Cường", "Thôn Không Có", None, None, None])
    book.save(roster)
    code, _out, err = run(capsys, monkeypatch, "team", "import", str(roster), "--as", "admin",
                          "--password-stdin", *station, stdin=PASSWORD + "\n")
    assert code == 1 and "Line 6: there is no village Thôn Không Có" in err
    code, out, _ = run(capsys, monkeypatch, "team", "list", "--json", *station)
    assert len(json.loads(out)) == 2  # nothing changed

    exported = tmp_path / "xuat.xlsx"
    assert run(capsys, monkeypatch, "team", "export", str(exported), *station)[0] == 0
    rows = list(load_workbook(exported).active.iter_rows(values_only=True))
    assert ("Họ và tên" in rows[2]) and any(r[1] == "Lò Thị Bình" for r in rows[3:])


def test_plan_commands(station, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = tmp_path / "mau.xlsx"
    code, out, _ = run(capsys, monkeypatch, "plan", "export", str(template), "--year", "2026",
                       *station)
    assert code == 0 and "empty 2026 plan template" in out
    book = load_workbook(template)
    sheet = book.active
    header = next(r[0].row for r in sheet.iter_rows() if r[0].value == "STT")
    assert sheet.cell(header + 3, 2).value == "Tháng 3"
    # the campaign calendar's themes and anniversaries of the month, as a note
    assert "Tháng Thanh niên" in sheet.cell(header + 3, 9).value
    assert "26/3: Ngày thành lập Đoàn TNCS Hồ Chí Minh" in sheet.cell(header + 3, 9).value
    sheet.cell(header + 3, 3, "Tháng chuyển đổi số: VNeID mức 2")   # the line of Tháng 3
    sheet.cell(header + 3, 4, "chuyen doi so, dịch vụ công")
    sheet.cell(header + 3, 5, 20)
    sheet.cell(header + 3, 7, 2)
    sheet.append([13, "Quý II", "An ninh mạng, phòng chống lừa đảo", "an ninh mạng", 30, 10,
                  3, 4, None])
    book.save(template)
    code, out, err = run(capsys, monkeypatch, "plan", "import", str(template), "--as", "admin",
                         "--password-stdin", "--json", *station, stdin=PASSWORD + "\n")
    assert code == 0, err
    assert json.loads(out) == {"year": 2026, "added": 2, "updated": 0, "removed": 0,
                               "unlinked": 0}
    code, out, _ = run(capsys, monkeypatch, "plan", "status", "--year", "2026", "--json",
                       *station)
    status = json.loads(out)
    assert status["year"] == 2026
    first = status["themes"][0]
    assert first["title"] == "Tháng chuyển đổi số: VNeID mức 2" and first["period"] == "2026-03"
    assert first["planned"] == {"airings": 20, "board_days": 0, "zalo_articles": 2,
                                "team_activities": 0}
    assert set(first["actual"]) >= {"airings", "board_days", "zalo_articles",
                                     "team_activities", "zalo_views", "people_reached"}
    assert status["themes"][1]["period"] == "2026-Q2"

    sheet.append([14, "Tháng 13", "Sai tháng", None, None, None, None, None, None])
    book.save(template)
    code, _out, err = run(capsys, monkeypatch, "plan", "import", str(template), "--as",
                          "admin", "--password-stdin", *station, stdin=PASSWORD + "\n")
    assert code == 1 and "Tháng 13 is not a period" in err
