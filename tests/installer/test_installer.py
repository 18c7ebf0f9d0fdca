"""The installer script compiles, and the frozen app passes its own self-test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian: nsis) missing")
def test_nsis_script_compiles(tmp_path: Path) -> None:
    app = tmp_path / "commune-console"
    (app / "_internal").mkdir(parents=True)
    (app / "commune-console.exe").write_bytes(b"MZ placeholder")
    (app / "commune-console-cli.exe").write_bytes(b"MZ placeholder")
    (app / "_internal" / "data.txt").write_text("Đài truyền thanh", encoding="utf-8")
    setup = tmp_path / "CommuneConsole-Setup-9.9.9.exe"
    result = subprocess.run(
        ["makensis", "-V2", "-DVERSION=9.9.9", f"-DSRC_DIR={app}", f"-DOUT_FILE={setup}",
         f"-DICON={ROOT / 'assets' / 'icon.ico'}", str(ROOT / "installer" / "commune-console.nsi")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert setup.stat().st_size > 0


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian: nsis) missing")
def test_installer_shows_the_mit_licence(tmp_path: Path) -> None:
    app = tmp_path / "commune-console"
    (app / "_internal").mkdir(parents=True)
    for exe in ("commune-console.exe", "commune-console-cli.exe"):
        (app / exe).write_bytes(b"MZ placeholder")
    result = subprocess.run(
        ["makensis", "-V4", "-DVERSION=9.9.9", f"-DSRC_DIR={app}",
         f"-DOUT_FILE={tmp_path / 'setup.exe'}", str(ROOT / "installer" / "commune-console.nsi")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert "end of MUI_PAGE_LICENSE" in result.stdout  # the licence page, with its file
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Windows workflow runs the build itself")
def test_frozen_app_passes_self_test() -> None:
    pytest.importorskip("PyInstaller")
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"),
                             "--no-installer"], capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "[OK  ] main_window" in result.stdout
    assert "[OK  ] speech: bundled espeak-ng reads Vietnamese" in result.stdout
    assert "[OK  ] help" in result.stdout  # the guide, its pictures and the licences bundled
    assert "frozen app:" in result.stdout
