"""Commune-made content: files and folders imported, bad files refused with a reason."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from console.media.store import MediaStore
from console.models import AuditEntry, ItemFile, ItemRevision, MediaBlob, SourceItem
from console.models.enums import Role
from console.services.errors import InvalidInput, PermissionDenied, ServiceError
from console.services.library import search_items
from console.services.local_content import (
    LocalItemChanges,
    RefusalReason,
    import_files,
    local_item,
    update_local_item,
)
from console.services.permissions import Actor
from console.station import StationContext
from console.timezone import STATION_TZ
from tests.support.library import add_items, item_row

EDITOR = Actor("hoa", Role.EDITOR, "Nguyễn Thị Hoa")
VIEWER = Actor("trang", Role.VIEWER, "Phạm Thu Trang")


@pytest.fixture
def drop(tmp_path: Path, item_mp3: Path, bell_wav: Path, picture_png: Path) -> Path:
    """A folder as an operator would drop it: good files, bad ones, a subfolder."""
    folder = tmp_path / "Thư mục thôn Đông"
    sub = folder / "ảnh"
    sub.mkdir(parents=True)
    (folder / "Thông báo họp thôn.mp3").write_bytes(item_mp3.read_bytes())
    (folder / "chuông.wav").write_bytes(bell_wav.read_bytes())
    (sub / "bản đồ.png").write_bytes(picture_png.read_bytes())
    (folder / "biên bản.docx").write_bytes(b"PK\x03\x04 not a sound")
    (folder / "hỏng.mp3").write_bytes(b"ID3" + b"\x00" * 500)          # not decodable
    (folder / "giả.png").write_bytes(b"GIF89a" + b"\x00" * 100)         # wrong content
    (folder / "rỗng.ogg").write_bytes(b"")
    return folder


def test_import_a_folder_refuses_bad_files_with_a_reason(ctx: StationContext,
                                                         drop: Path) -> None:
    report = import_files(ctx, EDITOR, [drop])
    imported = {i.source.name: i for i in report.imported}
    refused = {r.path.name: r.reason for r in report.refused}
    assert set(imported) == {"Thông báo họp thôn.mp3", "chuông.wav", "bản đồ.png"}
    assert refused == {"biên bản.docx": RefusalReason.UNSUPPORTED,
                       "hỏng.mp3": RefusalReason.NOT_MEDIA,
                       "giả.png": RefusalReason.NOT_MEDIA,
                       "rỗng.ogg": RefusalReason.EMPTY}
    assert all(str(r) for r in report.refused)
    sound = imported["Thông báo họp thôn.mp3"]
    assert sound.kind == "audio" and sound.title == "Thông báo họp thôn"
    assert sound.duration_s == pytest.approx(2.0, abs=0.2)
    store = MediaStore(ctx.paths.media)
    assert hashlib.sha256(store.path(sound.sha256).read_bytes()).hexdigest() == sound.sha256
    assert not list(store.partial.glob("*.part"))
    with ctx.db.read() as session:
        item = session.get(SourceItem, sound.item_id)
        assert item is not None
        assert (item.local, item.origin, item.reviewed, item.kind) == (True, "commune", False,
                                                                       "audio")
        blob = session.get(MediaBlob, sound.sha256)
        assert blob is not None and blob.state == "ready" and blob.verified_at is not None
        files = session.scalars(select(ItemFile).where(ItemFile.item_id == sound.item_id)).all()
        assert [(f.role, f.name, f.mime) for f in files] == [
            ("main", "Thông báo họp thôn.mp3", "audio/mpeg")]
        audits = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "library.import")).all()
        assert {a.subject for a in audits} == {i.item_id for i in report.imported}
        kinds = {i.source.suffix: session.get(SourceItem, i.item_id).kind  # type: ignore[union-attr]
                 for i in report.imported}
    assert kinds == {".mp3": "audio", ".wav": "audio", ".png": "image"}
    # imported items are searchable at once
    assert [h.id for h in search_items(ctx.db, "hop thon")] == [sound.item_id]


def test_the_same_file_twice_is_refused(ctx: StationContext, item_mp3: Path) -> None:
    first = import_files(ctx, EDITOR, [item_mp3])
    assert len(first.imported) == 1
    again = import_files(ctx, EDITOR, [item_mp3])
    assert [r.reason for r in again.refused] == [RefusalReason.DUPLICATE]
    assert again.refused[0].detail == first.imported[0].title


def test_a_viewer_may_not_import(ctx: StationContext, item_mp3: Path) -> None:
    with pytest.raises(PermissionDenied):
        import_files(ctx, VIEWER, [item_mp3])


def test_missing_and_odd_paths(ctx: StationContext, tmp_path: Path) -> None:
    report = import_files(ctx, EDITOR, [tmp_path / "không có.mp3", tmp_path / "noext"])
    assert [r.reason for r in report.refused] == [RefusalReason.NOT_A_FILE,
                                                  RefusalReason.NOT_A_FILE]
    (tmp_path / "noext").write_bytes(b"x")
    report = import_files(ctx, EDITOR, [tmp_path / "noext"])
    assert [r.reason for r in report.refused] == [RefusalReason.UNSUPPORTED]


def test_edit_the_metadata_of_a_local_item(ctx: StationContext, item_mp3: Path) -> None:
    add_items(ctx, item_row("province", "Tin của tỉnh"))
    item_id = import_files(ctx, EDITOR, [item_mp3]).imported[0].item_id
    until = dt.datetime(2026, 12, 1, 17, 0, tzinfo=STATION_TZ)
    update_local_item(ctx.db, EDITOR, item_id, LocalItemChanges(
        title="  Loa thôn Đông: họp dân tối nay ", summary="Họp lúc 19 giờ.",
        body="Mời bà con thôn Đông\n\nđến nhà văn hóa.", category_code="thoi-su",
        priority="priority", tags=("họp", " thôn Đông "), valid_until=until))
    changes = local_item(ctx.db, item_id)
    assert changes.title == "Loa thôn Đông: họp dân tối nay"
    assert changes.tags == ("họp", "thôn Đông") and changes.valid_until == until
    with ctx.db.read() as session:
        item = session.get(SourceItem, item_id)
        assert item is not None and item.revision == 2 and not item.reviewed
        revisions = session.scalars(select(ItemRevision.revision)
                                    .where(ItemRevision.item_id == item_id)).all()
        assert sorted(revisions) == [1, 2]
        assert session.scalar(select(AuditEntry.action).where(
            AuditEntry.subject == item_id).order_by(AuditEntry.id.desc()).limit(1)) == (
            "library.edit")
    assert [h.id for h in search_items(ctx.db, "hop dan toi nay")] == [item_id]
    assert search_items(ctx.db, "thông báo") == []      # the old title is gone
    with pytest.raises(InvalidInput):
        update_local_item(ctx.db, EDITOR, item_id, LocalItemChanges(title="  "))
    with pytest.raises(InvalidInput):
        update_local_item(ctx.db, EDITOR, item_id, LocalItemChanges(
            title="x", valid_from=until, valid_until=until - dt.timedelta(hours=1)))
    with pytest.raises(ServiceError):
        update_local_item(ctx.db, EDITOR, "province", LocalItemChanges(title="x"))
    with pytest.raises(PermissionDenied):
        update_local_item(ctx.db, VIEWER, item_id, LocalItemChanges(title="x"))
