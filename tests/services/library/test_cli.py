"""`commune-console items search`: a real process, JSON best first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

from console.app import open_station
from tests.support.library import add_items, item_row


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "console", *args], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))


def test_items_search_json_best_first(data_dir: Path) -> None:
    ctx = open_station(data_dir)
    try:
        add_items(ctx,
                  item_row("body", "Tin thời tiết", body="Mưa lớn ở Đồng Nai.", kind="audio"),
                  item_row("title", "Đồng Nai: cảnh báo lũ", priority="emergency"),
                  item_row("other", "Tin nông nghiệp"))
    finally:
        ctx.close()
    # typed without accents elsewhere; here decomposed (NFD), as some keyboards send it
    query = unicodedata.normalize("NFD", "ĐỒNG NAI")
    result = run("items", "search", query, "--json", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"id": "title", "title": "Đồng Nai: cảnh báo lũ", "kind": "text",
         "priority": "emergency"},
        {"id": "body", "title": "Tin thời tiết", "kind": "audio", "priority": "normal"},
    ]
    text = run("items", "search", "dong nai", "--limit", "1", "--data-dir", str(data_dir))
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines() == ["title\temergency\ttext\tĐồng Nai: cảnh báo lũ"]
    bad = run("items", "search", "x", "--limit", "0", "--data-dir", str(data_dir))
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1
