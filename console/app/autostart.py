"""Start the console when the user signs in to Windows (or to a Linux desktop), so that
local playout and emergencies come back by themselves after a power cut.

Per user, nothing system-wide: on Windows the HKCU Run key (which the installer also sets
when asked), on Linux an XDG autostart entry. `--minimized` starts it in the background.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
VALUE_NAME = "CommuneConsole"
DESKTOP_NAME = "commune-console.desktop"


def launch_command(minimized: bool) -> list[str]:
    """How this installation starts the window (the frozen app, or this Python)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "console"]
    return command + (["--minimized"] if minimized else [])


def _autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def _quote(part: str) -> str:
    return f'"{part}"' if " " in part else part


def entry() -> str | None:
    """The command started at sign-in, or None when the console is not started then."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, VALUE_NAME)
            return str(value)
        except OSError:
            return None
    path = _autostart_dir() / DESKTOP_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    return next((line[len("Exec="):] for line in text.splitlines()
                 if line.startswith("Exec=")), "")


def is_enabled() -> bool:
    return entry() is not None


def starts_minimized() -> bool:
    """True when the sign-in start is set and opens in the background (tray)."""
    command = entry()
    return command is not None and "--minimized" in command.split()


def set_enabled(enabled: bool, *, minimized: bool = True) -> None:
    """Start (or no longer start) at sign-in; OSError when the system refuses."""
    command = " ".join(_quote(p) for p in launch_command(minimized))
    if sys.platform == "win32":
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if enabled:
                winreg.SetValueEx(key, VALUE_NAME, 0, winreg.REG_SZ, command)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, VALUE_NAME)
        return
    path = _autostart_dir() / DESKTOP_NAME
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[Desktop Entry]\nType=Application\nName=Commune Broadcast Console\n"
                    "Name[vi]=Bảng điều khiển Đài truyền thanh xã\n"
                    f"Exec={command}\nX-GNOME-Autostart-enabled=true\nTerminal=false\n",
                    encoding="utf-8")
    log.info("autostart %s: %s", "on" if enabled else "off", path)
