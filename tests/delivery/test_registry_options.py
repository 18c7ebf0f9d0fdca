"""The device list's `options` column: Anthias boards and Icecast mounts."""

from __future__ import annotations

from pathlib import Path

from console.delivery.registry import key_name
from console.models import DeliveryTarget
from console.services.device_registry import export_devices, import_devices
from tests.support.delivery import ADMIN

HEADER = ("id,kind,name,village,latitude,longitude,protocol,address,device_id,key,groups,"
          "options\n")
ROWS = HEADER + """\
bd-01,board,Bảng tin UBND,Thôn Đông,,,anthias,http://10.0.0.20,,admin:mật-khẩu,,\
resolution=1280x720; slide_s=12; all_day=true
ic-01,cluster,Đài truyền thanh xã,,,,icecast,http://10.0.0.30:8000,,hackme,,\
mount=/xa.mp3; emergency_mount=/khancap.mp3
ic-02,cluster,Không có mount,,,,icecast,http://10.0.0.30:8000,,,,
bd-02,board,Bảng tin sai,,,,anthias,http://10.0.0.21,,,,resolution=lớn
bd-03,board,Bảng tin lạ,,,,anthias,http://10.0.0.22,,,,volume=3
cl-01,cluster,Cụm loa chợ,,,,reference,http://10.0.0.5/api/v1,,k,,
"""


def test_options_are_checked_imported_and_exported(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ds.csv"
    path.write_text(ROWS, encoding="utf-8")
    report = import_devices(ctx, path, ADMIN)
    reasons = {line: str(reason) for line, reason in report.errors}  # the English
    assert report.imported == 3 and sorted(reasons) == [4, 5, 6]
    assert "needs mount" in reasons[4] and "resolution" in reasons[5]
    assert "Unknown option “volume”" in reasons[6]
    with ctx.db.write() as session:
        board = session.get(DeliveryTarget, "bd-01")
        icecast = session.get(DeliveryTarget, "ic-01")
        assert board is not None and icecast is not None
        assert board.options == {"resolution": "1280x720", "slide_s": 12, "all_day": True}
        assert icecast.options == {"mount": "/xa.mp3", "emergency_mount": "/khancap.mp3"}
        board.options = {**board.options, "held_media": ["abc"]}  # internal: never exported
    assert ctx.secrets.get(key_name("bd-01")) == "admin:mật-khẩu"
    out = tmp_path / "out.csv"
    export_devices(ctx, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "resolution=1280x720; slide_s=12; all_day=true" in text
    assert "mount=/xa.mp3; emergency_mount=/khancap.mp3" in text and "held_media" not in text
    again = import_devices(ctx, out, ADMIN)
    assert (again.updated, again.errors) == (3, [])
    with ctx.db.read() as session:
        board = session.get(DeliveryTarget, "bd-01")
        assert board is not None and board.options["held_media"] == ["abc"]  # kept
