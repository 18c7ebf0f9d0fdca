"""Rendering measured from outside with ffmpeg's ebur128, and the CLI as real processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from console.audio.errors import Cancelled
from console.audio.ffmpeg import ffmpeg_path
from console.models.enums import EntryKind
from console.services import programmes as svc
from tests.support.programmes import PASSWORD, Station, audio_items, tomorrow_at


def ebur128(path: Path) -> tuple[float, float]:
    """Integrated LUFS and true peak dBTP, measured by a separate ffmpeg process."""
    proc = subprocess.run(
        [str(ffmpeg_path()), "-nostdin", "-hide_banner", "-i", str(path), "-af",
         "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
        capture_output=True, text=True, timeout=120, check=True)
    summary = proc.stderr[proc.stderr.rfind("Summary:"):]
    integrated = float(re.search(r"I:\s*(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    peak = float(re.search(r"Peak:\s*(-?[\d.]+) dBFS", summary).group(1))  # type: ignore[union-attr]
    return integrated, peak


def test_render_of_demo_items_meets_loudness_and_true_peak(station: Station,
                                                           tmp_path: Path) -> None:
    ctx, ed = station.ctx, station.editor
    pid = svc.create_programme(ctx.db, ed, "Sáng", start_at=tomorrow_at(5, 30))
    svc.add_items(ctx.db, ed, pid, audio_items(ctx, 3))
    svc.add_entry(ctx.db, ed, pid, EntryKind.SILENCE, duration_s=1.0, position=1)
    entry = svc.get_programme(ctx.db, pid)[1][2]
    svc.set_volume(ctx.db, ed, pid, entry.id, -3.0)
    total = svc.refresh_timing(ctx.db, ctx.paths, pid)
    seen: list[float] = []
    result = svc.render_programme(ctx, pid, tmp_path / "out.mp3", entries_dir=tmp_path / "e",
                                  progress=seen.append)
    integrated, peak = ebur128(result.out)
    assert abs(integrated - (-16.0)) <= 1.0, integrated
    assert peak <= -1.0, peak
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert list((ctx.paths.cache / "loudness").glob("makeup-*.json"))  # re-render: one pass
    assert len(result.entry_files) == 4
    assert ebur128(result.entry_files[0])[1] <= -1.0
    from console.audio.probe import probe_duration

    assert probe_duration(result.out) == pytest.approx(total, abs=0.5)


def test_render_can_be_cancelled_and_leaves_nothing(station: Station, tmp_path: Path) -> None:
    ctx, ed = station.ctx, station.editor
    pid = svc.create_programme(ctx.db, ed, "x", start_at=tomorrow_at(5, 30))
    svc.add_items(ctx.db, ed, pid, audio_items(ctx, 2))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        svc.render_programme(ctx, pid, tmp_path / "out" / "p.mp3", cancel=cancel)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def console(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "console", *args], input=stdin, text=True,
                          capture_output=True, timeout=180, env=dict(os.environ))


@pytest.mark.slow
def test_cli_create_check_approve_render_list(station: Station, tmp_path: Path) -> None:
    data = ["--data-dir", str(station.data_dir)]
    station.ctx.close()  # the processes below open the folder themselves
    start = tomorrow_at(3, 15)
    items = ",".join(audio_items(station.ctx, 2, at=start))
    created = console("programme", "create", "--name", "Bản tin đêm", "--start",
                      start.strftime("%Y-%m-%d %H:%M"), "--items", items, "--json",
                      "--as", "ed", "--password-stdin", *data, stdin=f"{PASSWORD}\n")
    assert created.returncode == 0, created.stderr
    out = json.loads(created.stdout)
    assert set(out) == {"id", "duration_s"} and out["duration_s"] > 0
    pid = str(out["id"])

    check = console("programme", "check", pid, *data)
    assert check.returncode == 1
    assert "quiet hours" in check.stdout and "03:15" in check.stdout
    assert "not approved" in check.stdout.splitlines()[-1]

    denied = console("programme", "approve", pid, "--as", "ed", "--password-stdin", *data,
                     stdin=f"{PASSWORD}\n")
    assert denied.returncode != 0 and "may not approve programmes" in denied.stderr
    refused = console("programme", "approve", pid, "--as", "leader", "--password-stdin", *data,
                      stdin=f"{PASSWORD}\n")
    assert refused.returncode != 0 and "quiet hours" in refused.stderr
    approved = console("programme", "approve", pid, "--as", "leader", "--password-stdin",
                       "--quiet-reason", "Thông báo khẩn về lịch cắt điện sáng sớm", "--json",
                       *data, stdin=f"{PASSWORD}\n")
    assert approved.returncode == 0, approved.stderr
    assert json.loads(approved.stdout)["status"] == "approved"

    check = console("programme", "check", pid, *data)
    assert check.returncode == 0, check.stdout
    listed = json.loads(console("programme", "list", "--json", *data).stdout)
    assert [(p["id"], p["status"]) for p in listed] == [(int(pid), "approved")]

    mp3 = tmp_path / "p.mp3"
    rendered = console("programme", "render", pid, "--out", str(mp3), *data)
    assert rendered.returncode == 0, rendered.stderr
    integrated, peak = ebur128(mp3)
    assert abs(integrated + 16) <= 1 and peak <= -1
    # The true peak said is the file's as it plays (decoded), measured here apart.
    assert f"true peak {peak:.1f} dBTP as it plays" in rendered.stdout, rendered.stdout
    missing = console("programme", "check", "999", *data)
    assert missing.returncode == 1 and "no programme 999" in missing.stderr
