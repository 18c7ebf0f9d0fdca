"""Device list import and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from console.delivery.registry import key_name
from console.models import DeliveryTarget, TargetGroup, Village
from console.services.device_registry import export_devices, import_devices
from tests.support.delivery import ADMIN

HEADER = "\ufeffid,kind,name,village,latitude,longitude,protocol,address,device_id,key,groups\n"
GOOD_AND_BAD = HEADER + (
    "cl-01,cluster,Cụm loa Nhà văn hóa,Thôn Đông,12.66,108.05,reference,"
    "http://10.0.0.5:8080/api/v1,,s3cret,Thôn Đông;Trung tâm\n") + """\
cl-02,cluster,Cụm loa Chợ,Thôn Mới,"12,67",108.06,gateway,http://10.0.0.9:9000,DEV-7,,Thôn Mới
,cluster,Không có mã,Thôn Đông,,,reference,http://10.0.0.6/api/v1,,,
cl-03,loa,Cụm loa lạ,Thôn Đông,,,reference,http://10.0.0.7/api/v1,,,
cl-04,cluster,Cụm loa cổng gateway,Thôn Đông,,,gateway,http://10.0.0.9:9000,,,
cl-05,cluster,Cụm loa xa,Thôn Đông,95,108,reference,http://10.0.0.8/api/v1,,,
cl-01,cluster,Trùng mã,Thôn Đông,,,reference,http://10.0.0.5/api/v1,,,
bd-01,board,Bảng tin UBND,Thôn Tây,,,reference,ftp://10.0.0.10,,,
bd-02,board,Bảng tin chợ,Thôn Tây,,,reference,https://10.0.0.11/api/v1,,tok,
"""


def test_import_reports_bad_rows_and_imports_the_rest(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "thiet-bi.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    report = import_devices(ctx, path, ADMIN)
    assert (report.imported, report.updated) == (3, 0)
    reasons = {line: str(reason) for line, reason in report.errors}  # the English
    assert sorted(reasons) == [4, 5, 6, 7, 8, 9]
    assert "id is empty" in reasons[4] and "Unknown kind" in reasons[5]
    assert "device_id" in reasons[6] and "latitude" in reasons[7]
    assert "twice" in reasons[8] and "not an http" in reasons[9]
    with ctx.db.read() as s:
        targets = {t.id: t for t in s.scalars(select(DeliveryTarget))}
        villages = set(s.scalars(select(Village.name)))
        groups = set(s.scalars(select(TargetGroup.name)))
    assert set(targets) == {"cl-01", "cl-02", "bd-02"}
    assert targets["cl-02"].latitude == 12.67 and targets["cl-02"].device_id == "DEV-7"
    assert targets["bd-02"].kind == "bulletin_board"
    assert {"Thôn Đông", "Thôn Mới"} <= villages and "Trung tâm" in groups
    # keys live in the keyring only
    assert ctx.secrets.get(key_name("cl-01")) == "s3cret"
    for db_file in ctx.paths.database.parent.glob(ctx.paths.database.name + "*"):
        assert b"s3cret" not in db_file.read_bytes()
    # re-import updates, export never carries keys and imports back cleanly
    assert import_devices(ctx, path, ADMIN).updated == 3
    out = tmp_path / "export.csv"
    assert export_devices(ctx, out) == 3
    text = out.read_text(encoding="utf-8-sig")
    assert "s3cret" not in text and "Cụm loa Chợ" in text
    again = import_devices(ctx, out, ADMIN)
    assert (again.imported, again.updated, again.errors) == (0, 3, [])


def test_xlsx_import(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Kind", "Name", "Village", "Latitude", "Longitude", "Protocol",
                  "Address", "Device_ID", "Key", "Groups"])
    sheet.append(["cl-09", "cluster", "Cụm loa Bến Đò", "Thôn Bến Đò", 12.6, 108.1,
                  "reference", "http://10.1.1.1/api/v1", None, "k", None])
    sheet.append(["cl-10", "cluster", "", "Thôn Bến Đò", None, None, "reference",
                  "http://10.1.1.2/api/v1", None, None, None])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    report = import_devices(ctx, path, ADMIN)
    assert report.imported == 1
    assert [(line, str(reason)) for line, reason in report.errors] == [
        (3, "The name is empty.")]


def test_lists_as_excel_saves_them_and_files_that_are_not_lists(tmp_path: Path) -> None:
    """Semicolons (a Vietnamese Excel's CSV) are read like commas; a file that is not a
    list says why, in a sentence the window translates."""
    from console.delivery.registry import DeviceListUnreadable, read_rows

    semicolons = tmp_path / "ds.csv"
    semicolons.write_text("\ufeffid;kind;name;village;latitude;longitude;protocol;address\n"
                          "cl-01;cluster;Cụm loa chợ;Thôn Tây;12,6;108,1;reference;"
                          "http://10.0.0.5/api/v1\n", encoding="utf-8")
    [row] = read_rows(semicolons)
    assert (row.line, row.values["name"], row.values["latitude"]) == (2, "Cụm loa chợ", "12,6")

    def refused(path: Path) -> DeviceListUnreadable:
        with pytest.raises(DeviceListUnreadable) as caught:
            read_rows(path)
        return caught.value

    no_kind = tmp_path / "thieu-cot.csv"
    no_kind.write_text("id,name,protocol,address\ncl-01,Cụm loa,reference,http://x/\n",
                       encoding="utf-8")
    assert str(refused(no_kind)).startswith("The list has no column kind.")
    code_page = tmp_path / "cu.csv"
    code_page.write_bytes("id,kind,name\ncl-01,cluster,Cụm loa Đình\n".encode("cp1258",
                                                                             "replace"))
    error = refused(code_page)
    assert error.message.startswith("{file} is not UTF-8 text.")
    assert error.params == {"file": "cu.csv"}
    not_a_workbook = tmp_path / "ds.xlsx"
    not_a_workbook.write_text("id,kind\n", encoding="utf-8")
    assert str(refused(not_a_workbook)).startswith("ds.xlsx is not an Excel workbook")
    empty = tmp_path / "trong.csv"
    empty.write_text("", encoding="utf-8")
    assert read_rows(empty) == []
