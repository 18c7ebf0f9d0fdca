"""An operator keeps a recording for an emergency (EMERGENCY), never for the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from console.models import AuditEntry, ItemRevision, SourceItem
from console.models.enums import Role
from console.services.errors import PermissionDenied
from console.services.permissions import Actor
from console.services.programmes import recording
from console.services.programmes.recording import PcmFormat
from console.ui.dialogs.record_dialog import RecordDialog
from tests.support.programmes import Station
from tests.ui.pages.programmes.test_recording import WavSource, _pcm, _tone


def _take(station: Station, tmp_path: Path, seconds: float = 1.0) -> Path:
    return recording.write_take(station.ctx, _pcm(_tone(tmp_path / "t.wav", seconds, 0.4)),
                                PcmFormat(16000, 1))


def test_an_operator_keeps_an_emergency_recording_marked_as_theirs(
        station: Station, tmp_path: Path) -> None:
    take = _take(station, tmp_path)
    item_id = recording.keep_take(station.ctx, station.operator, take,
                                  "Khẩn cấp: nước lên nhanh", purpose="emergency")
    assert not take.exists()
    with station.ctx.db.read() as session:
        item = session.get(SourceItem, item_id)
        assert item is not None and item.local and item.kind == "audio"
        assert item.priority == "emergency" and recording.EMERGENCY_TAG in item.tags
        assert item.title == "Khẩn cấp nước lên nhanh"
        payload = session.scalar(select(ItemRevision.payload)
                                 .where(ItemRevision.item_id == item_id))
        assert payload["recorded_for"] == "emergency" and payload["recorded_by"] == "op"
        audits = session.execute(select(AuditEntry.actor, AuditEntry.action, AuditEntry.detail)
                                 .where(AuditEntry.subject == item_id)
                                 .order_by(AuditEntry.id)).all()
    assert [(a, b) for a, b, _ in audits] == [("op", "library.import"),
                                              ("op", "emergency.recording")]
    assert audits[1][2]["recorded_by"] == "op" and audits[1][2]["title"] == item.title


def test_an_operator_still_cannot_keep_through_the_editor_path(
        station: Station, tmp_path: Path) -> None:
    take = _take(station, tmp_path, 0.5)
    with pytest.raises(PermissionDenied):
        recording.keep_take(station.ctx, station.operator, take, "Loa thôn")
    with pytest.raises(PermissionDenied):  # the editor may not use the emergency path
        recording.keep_take(station.ctx, station.editor, take, "Loa thôn", purpose="emergency")
    with pytest.raises(PermissionDenied):
        recording.keep_take(station.ctx, Actor("xem", Role.VIEWER), take, "Loa thôn",
                            purpose="emergency")
    assert take.exists()  # refused before anything was done: the take is still there
    with pytest.raises(ValueError, match="purpose"):
        recording.keep_take(station.ctx, station.admin, take, "Loa thôn", purpose="party")
    with station.ctx.db.read() as session:
        assert session.scalar(select(SourceItem.id).where(SourceItem.local.is_(True))) is None


def test_the_dialog_lets_an_operator_keep_only_for_an_emergency(  # type: ignore[no-untyped-def]
        qtbot, station: Station, tmp_path: Path) -> None:
    wav = _tone(tmp_path / "voice.wav", 0.5, 0.4)
    dialogs = {}
    for purpose in ("library", "emergency"):
        dialog = RecordDialog(station.ctx, station.operator, source=WavSource(wav),
                              purpose=purpose)
        qtbot.addWidget(dialog)
        dialog.record_button.click()
        qtbot.waitUntil(lambda d=dialog: d.recorded_seconds >= 0.5, timeout=10000)
        dialog.stop_button.click()
        qtbot.waitUntil(lambda d=dialog: d.state == "taken", timeout=10000)
        dialogs[purpose] = dialog
    assert not dialogs["library"].keep_button.isEnabled()
    assert dialogs["emergency"].keep_button.isEnabled()
    dialogs["emergency"].title_edit.setText("Sơ tán Thôn Bến Đò")
    with qtbot.waitSignal(dialogs["emergency"].recorded, timeout=30000) as kept:
        dialogs["emergency"].keep_button.click()
    with station.ctx.db.read() as session:
        assert session.get(SourceItem, kept.args[0]).priority == "emergency"  # type: ignore[union-attr]
    assert "emergency broadcast" in dialogs["emergency"].message_label.text()
    for dialog in dialogs.values():
        dialog.close()
