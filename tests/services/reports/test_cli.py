"""`commune-console report …` in process, on the known log; devices unreachable."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from console.cli.main import main
from console.models.enums import Role
from console.services.users import UserService
from console.settings import STATION_CODE
from console.station import StationContext
from tests.support.reports import known_log


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station(ctx: StationContext, data_dir: Path) -> list[str]:
    admin = UserService(ctx.db).create_first_admin("admin", "quantri-1", "Quản trị")
    UserService(ctx.db).add_user(admin, "lanhdao", Role.APPROVER, "lanhdao-1",
                                 display_name="Trần Văn Thủ")
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    known_log(ctx)
    return ["--data-dir", str(data_dir)]


def test_build_export_submit(station, capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, monkeypatch, "report", "build", "--period", "2026-11",
                         "--json", "--as", "lanhdao", "--password-stdin", *station,
                         stdin="lanhdao-1\n")
    assert code == 0, err
    data = json.loads(out)
    assert data["period"] == "2026-11" and data["indicators"]["bulletins_broadcast"] == 7
    assert data["indicators"]["hours_relay"] == 0.5
    assert "failed c1: " in err  # the device at 127.0.0.1:9 does not answer: named, not fatal
    report_id = data["id"]
    code, out, _ = run(capsys, monkeypatch, "report", "build", "--period", "2026-11",
                       "--no-collect", "--as", "lanhdao", "--password-stdin", *station,
                       stdin="lanhdao-1\n")
    assert code == 0 and out.startswith(f"report {report_id}  2026-11  draft")
    assert "Broadcast hours" in out and "1.15 h" in out
    code, out, err = run(capsys, monkeypatch, "report", "set", report_id, "--propagandists",
                         "12", "--as", "lanhdao", "--password-stdin", "--json", *station,
                         stdin="lanhdao-1\n")
    assert code == 0, err
    assert json.loads(out)["manual"]["propagandists"] == 12
    xlsx = tmp_path / "bc.xlsx"
    code, out, err = run(capsys, monkeypatch, "report", "export", report_id, "--format", "xlsx",
                         "--out", str(xlsx), *station)
    assert code == 0, err
    assert load_workbook(xlsx)["Báo cáo"]["D10"].value == 7
    pdf = tmp_path / "bc.pdf"
    code, out, err = run(capsys, monkeypatch, "report", "export", report_id, "--format", "pdf",
                         "--out", str(pdf), *station)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF"), err
    code, _, err = run(capsys, monkeypatch, "report", "submit", report_id, "--as", "lanhdao",
                       "--password-stdin", *station, stdin="lanhdao-1\n")
    assert code == 1 and "only an approved report" in err and err.count("\n") == 1
    for command in ("approve", "submit"):
        code, out, err = run(capsys, monkeypatch, "report", command, report_id, "--as",
                             "lanhdao", "--password-stdin", "--json", *station, stdin="lanhdao-1\n")
        assert code == 0, err
    assert json.loads(out)["state"] == "submitted"
    code, out, _ = run(capsys, monkeypatch, "report", "list", "--json", *station)
    assert [r["state"] for r in json.loads(out)["reports"]] == ["submitted"]
    code, out, _ = run(capsys, monkeypatch, "report", "due", "--within", "400", "--json",
                       *station)
    due = json.loads(out)["due"]  # whatever today is, something is due within 400 days
    assert code == 0 and due and all(d["state"] != "submitted" for d in due)


def test_stats_log_and_errors(station, capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, monkeypatch, "report", "stats", "--period",
                       "2026-11-30..2026-12-01", "--no-collect", "--json", *station)
    assert code == 0 and json.loads(out)["indicators"]["bulletins_broadcast"] == 2
    code, out, _ = run(capsys, monkeypatch, "report", "log", "--period", "2026-11",
                       "--result", "failed", "--json", *station)
    assert code == 0 and [e["target_id"] for e in json.loads(out)["entries"]] == ["c3"]
    csv_out = tmp_path / "log.csv"
    code, out, _ = run(capsys, monkeypatch, "report", "log", "--period", "2026-11", "--out",
                       str(csv_out), *station)
    assert code == 0 and "16 entries" in out and csv_out.is_file()
    for args, reason in (
            (("build", "--period", "2026-13", "--as", "lanhdao"),
             "month must be numbered 1 to 12"),
            (("build", "--period", "nov", "--as", "lanhdao"), "is not a period"),
            (("build", "--period", "2026-10-01..2026-10-05", "--as", "lanhdao"),
             "report stats"),
            (("export", "nope", "--format", "pdf", "--out", str(tmp_path / "x.pdf")),
             "no report"),
            (("export", "nope", "--format", "pdf", "--out", str(tmp_path / "no" / "x.pdf")),
             "does not exist"),
            (("submit", "nope"), "--as USER"),
            (("build", "--period", "2026-11"), "--as USER"),
            (("stats", "--period", "2026-11"), "--no-collect")):
        code, _, err = run(capsys, monkeypatch, "report", *args, *station)
        assert code == 1 and reason in err and err.count("\n") == 1, err
