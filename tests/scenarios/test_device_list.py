"""Thiết bị › Nhập danh sách… with the lists a Department really sends. A Vietnamese Excel
saves "CSV" with semicolons between the cells (the comma is its decimal mark): the list is
read as such, a new cluster in a new hamlet comes in, the others are updated, and the row
whose latitude is not a number is named with its line and why, in Vietnamese. The same
list saved by an older Excel in Windows' code page is refused with what to do, and changes
nothing. Xuất danh sách… writes the list back, without the device keys. Only widgets are
driven (the file dialogs are typed into); the outcome is read from the database and the
written file."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from sqlalchemy import select

from console.models import DeliveryTarget, Village
from console.sim.devices.fleet import REGISTRY_COLUMNS
from console.ui.pages.devices import DevicesPage

from .conftest import ADMIN, Scene, answer_next_dialog, click_page
from .week_steps import WAIT, wait_idle


def type_file_name(path: Path):  # type: ignore[no-untyped-def]
    """Answer the next file dialog by typing the file's whole path, then Enter's accept."""

    def act(dialog: object) -> None:
        assert isinstance(dialog, QFileDialog), dialog
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        dialog.accept()

    return act


def excel_csv(scene: Scene, path: Path, *, encoding: str) -> int:
    """The fleet's list as a Vietnamese Excel saves it (semicolons; Excel's "CSV UTF-8" puts
    a BOM first), with a new cluster and a row with a bad latitude; returns that row's
    line."""
    rows = scene.fleet.registry_rows()
    rows.append({**rows[0], "id": "cl-moi", "name": "Cụm loa Nhà văn hóa Thôn Suối Đá",
                 "village": "Thôn Suối Đá", "latitude": "12,71", "longitude": "108,05",
                 "key": ""})
    rows.append({**rows[1], "id": "cl-sai", "name": "Cụm loa Bến phà", "latitude": "12,6a"})
    # (Windows' code page writes Vietnamese as letters and tone marks: decomposed here.)
    with path.open("w", newline="", encoding=encoding, errors="replace") as fh:
        writer = csv.DictWriter(fh, REGISTRY_COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows([{k: unicodedata.normalize("NFD", v) for k, v in row.items()}
                          for row in rows] if encoding == "cp1258" else rows)
    return len(rows) + 1  # the header is line 1


def targets(scene: Scene) -> dict[str, str | None]:
    with scene.ctx.db.read() as session:
        return dict(session.execute(
            select(DeliveryTarget.id, Village.name)
            .join(Village, Village.id == DeliveryTarget.village_id, isouter=True)).all())


def test_import_a_vietnamese_excel_list_and_export_it(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window, tmp_path: Path) -> None:
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 9, timeout=WAIT)
    wait_idle(qtbot, window)

    listed = tmp_path / "danh-sach-thiet-bi.csv"
    bad_line = excel_csv(scene, listed, encoding="utf-8-sig")
    answer_next_dialog(type_file_name(listed))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Đã thêm"), timeout=WAIT)
    assert page.message.text().splitlines() == [
        "Đã thêm 1, cập nhật 9, từ chối 1.",
        f"Dòng {bad_line}: Giá trị latitude “12,6a” không phải là số."]
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=WAIT)
    held = targets(scene)
    assert held["cl-moi"] == "Thôn Suối Đá" and "cl-sai" not in held
    with scene.ctx.db.read() as session:
        new = session.get(DeliveryTarget, "cl-moi")
        assert new is not None and (new.latitude, new.longitude) == (12.71, 108.05)

    # The same list from an older Excel ("CSV", in Windows' Vietnamese code page).
    old = tmp_path / "danh-sach-cu.csv"
    excel_csv(scene, old, encoding="cp1258")
    answer_next_dialog(type_file_name(old))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "UTF-8" in page.message.text(), timeout=WAIT)
    assert page.message.text() == (
        "danh-sach-cu.csv không phải văn bản UTF-8. Trong Excel, hãy lưu thành “CSV UTF-8” "
        "hoặc bảng tính Excel (.xlsx).")
    assert page.message.property("textRole") == "error"
    assert targets(scene) == held

    out = tmp_path / "xuat" / "thiet-bi.csv"
    out.parent.mkdir()
    answer_next_dialog(type_file_name(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Đã ghi"), timeout=WAIT)
    assert page.message.text() == (
        f"Đã ghi 10 thiết bị vào {out} (không xuất khóa thiết bị).")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        written = list(csv.DictReader(fh))
    assert {row["id"] for row in written} == set(held)
    assert all(not row.get("key") for row in written)  # keys stay in the keyring
    assert QApplication.activeModalWidget() is None
    wait_idle(qtbot, window)
