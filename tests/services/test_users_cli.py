"""`users passwd|disable|enable|role`, `audit list`, `settings get|set`, and `--lang vi`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli.main import main
from console.services.users import LOCK_AFTER


class Cli:
    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.data_dir = data_dir
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(["--data-dir", str(self.data_dir), *args])
        except SystemExit as exc:  # argparse refuses a wrong argument
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    run = Cli(data_dir, capsys, monkeypatch)
    assert run("users", "add", "quantri", "--role", "admin", "--password-stdin",
               stdin="quan-tri-2026\n")[0] == 0
    return run


def test_accounts_from_the_command_line(cli: Cli) -> None:
    code, out, err = cli("users", "add", "vanhanh", "--role", "operator", "--one-time",
                         "--as", "quantri", "--password-stdin", "--json",
                         stdin="quan-tri-2026\n")
    assert code == 0, err
    one_time = json.loads(out)["one_time_password"]
    # A one-time password does not act; it must be changed first.
    code, _, err = cli("settings", "set", "broadcast.session_limit_min", "30", "--as",
                       "vanhanh", "--password-stdin", stdin=f"{one_time}\n")
    assert code == 1 and "users passwd vanhanh" in err
    code, out, err = cli("users", "passwd", "vanhanh", "--password-stdin",
                         stdin=f"{one_time}\nmat-khau-moi\nmat-khau-moi\n")
    assert code == 0 and "changed" in out, err
    code, _, err = cli("users", "passwd", "vanhanh", "--password-stdin",
                       stdin="mat-khau-moi\nkhac-1234\nkhac-5678\n")
    assert code == 1 and "not the same" in err

    code, out, err = cli("users", "role", "vanhanh", "approver", "--as", "quantri",
                         "--password-stdin", stdin="quan-tri-2026\n")
    assert code == 0 and "approver" in out, err
    assert cli("users", "disable", "vanhanh", "--as", "quantri", "--password-stdin",
               stdin="quan-tri-2026\n")[0] == 0
    listed = json.loads(cli("users", "list", "--json")[1])
    assert [(u["username"], u["role"], u["active"]) for u in listed] == [
        ("quantri", "admin", True), ("vanhanh", "approver", False)]
    code, _, err = cli("users", "disable", "quantri", "--as", "quantri", "--password-stdin",
                       stdin="quan-tri-2026\n")
    assert code == 1 and "your own account" in err
    assert cli("users", "enable", "vanhanh", "--as", "quantri", "--password-stdin",
               stdin="quan-tri-2026\n")[0] == 0
    code, out, _ = cli("users", "passwd", "vanhanh", "--reset", "--as", "quantri",
                       "--password-stdin", "--json", stdin="quan-tri-2026\n")
    assert code == 0 and len(json.loads(out)["one_time_password"]) == 10
    assert "must change password" in cli("users", "list")[1]

    entries = json.loads(cli("audit", "list", "--user", "vanhanh", "--json")[1])
    actions = [e["action"] for e in entries]
    for action in ("user.create", "user.password_change", "user.role", "user.disable",
                   "user.enable", "user.password_reset"):
        assert action in actions
    assert all(e["subject"] == "vanhanh" or e["actor"] == "vanhanh" for e in entries)
    code, _, err = cli("audit", "list", "--since", "05/12/2026")
    assert code == 2 and "not a date" in err


def test_wrong_passwords_on_as_lock_the_account_in_vietnamese(cli: Cli) -> None:
    for attempt in range(1, LOCK_AFTER + 1):
        code, _, err = cli("settings", "set", "broadcast.session_limit_min", "30", "--as",
                           "quantri", "--password-stdin", "--lang", "vi", stdin="sai\n")
        assert code == 1
        if attempt < LOCK_AFTER:
            assert "Sai tên đăng nhập hoặc mật khẩu" in err, err
    assert "Tài khoản quantri bị khóa đến" in err and "5 lần" in err, err
    # Locked: even the right password is refused, in English without --lang.
    code, _, err = cli("settings", "set", "broadcast.session_limit_min", "30", "--as",
                       "quantri", "--password-stdin", stdin="quan-tri-2026\n")
    assert code == 1 and "is locked until" in err
    locked = [e for e in json.loads(cli("audit", "list", "--json")[1])
              if e["action"] == "user.locked"]
    assert len(locked) == 1 and locked[0]["subject"] == "quantri"


def test_settings_get_and_set_with_a_department_lock(cli: Cli, data_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    preset = data_dir / "department.json"
    preset.write_text(json.dumps({"department": "Sở VHTTDL tỉnh Lào Cai",
                                  "settings": {"broadcast.quiet_end_morning": "06:00",
                                               "broadcast.session_limit_min": 20},
                                  "locked": ["broadcast.quiet_end_morning"]},
                                 ensure_ascii=False), encoding="utf-8")
    code, out, _ = cli("settings", "get")
    assert code == 0
    lines = dict(line.split("\t", 1) for line in out.splitlines())
    assert lines["broadcast.quiet_end_morning"] == "06:00\t(locked by Sở VHTTDL tỉnh Lào Cai)"
    assert lines["broadcast.session_limit_min"] == "20\t(preset by Sở VHTTDL tỉnh Lào Cai: 20)"
    code, _, err = cli("settings", "set", "broadcast.quiet_end_morning", "05:00", "--as",
                       "quantri", "--password-stdin", stdin="quan-tri-2026\n")
    assert code == 1 and "Sở VHTTDL tỉnh Lào Cai fixes broadcast.quiet_end_morning" in err
    code, out, err = cli("settings", "set", "broadcast.session_limit_min", "25", "--as",
                         "quantri", "--password-stdin", "--json", stdin="quan-tri-2026\n")
    assert code == 0, err
    assert json.loads(out)["value"] == 25 and json.loads(out)["changed"]
    code, _, err = cli("settings", "set", "broadcast.quiet_end_morning", "05:00", "--as",
                       "quantri", "--password-stdin", "--lang", "vi", stdin="quan-tri-2026\n")
    assert code == 1 and "Sở VHTTDL tỉnh Lào Cai cố định" in err, err
    code, _, err = cli("settings", "get", "broadcast.nothing")
    assert code == 1 and "there is no setting broadcast.nothing" in err


def test_the_station_language_makes_the_command_line_vietnamese(data_dir: Path) -> None:
    """A real process: the station chose Vietnamese, so refusals come in Vietnamese."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "console", "--data-dir", str(data_dir),
                               *args], input=stdin, capture_output=True, text=True,
                              timeout=120, env=env)

    assert run("users", "add", "quantri", "--role", "admin", "--password-stdin",
               stdin="quan-tri-2026\n").returncode == 0
    english = run("settings", "set", "ui.language", "vi", "--as", "quantri",
                  "--password-stdin", stdin="quan-tri-2026\n")
    assert english.returncode == 0, english.stderr
    refused = run("users", "role", "khong-co", "viewer", "--as", "quantri",
                  "--password-stdin", stdin="quan-tri-2026\n")
    assert refused.returncode == 1
    assert "Không có người dùng khong-co" in refused.stderr, refused.stderr
    asked = run("users", "role", "khong-co", "viewer", "--as", "quantri", "--lang", "en",
                "--password-stdin", stdin="quan-tri-2026\n")
    assert "there is no user khong-co" in asked.stderr
