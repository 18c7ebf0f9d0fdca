"""The roster as an XLSX a commune office fills by hand: one propagandist a row.

Columns (headers matched without accents or case): STT, Họ và tên, Thôn/ấp, Điện thoại,
Zalo, Vai trò, Ghi chú; the export adds Số lần tập huấn (read back as nothing). A row is
the same person as one in the roster when its phone number matches, else its name and
village. An import is all or nothing: one bad row and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ...models import Propagandist
from ...station import StationContext
from ...text.clean import fold
from .. import audit
from ..errors import InvalidInput
from ..permissions import Actor, Permission
from ..sheets import key, read_table, style_table, text
from ..translatable import QT_TRANSLATE_NOOP
from .roster import NO_VILLAGE, clean_phone, list_team, village_by_name

ROW_NO_NAME = QT_TRANSLATE_NOOP("Errors", "Line {line}: the name is empty.")
ROW_NO_VILLAGE = QT_TRANSLATE_NOOP("Errors", "Line {line}: there is no village {village} in "
                                             "the station's list.")
ROW_BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "Line {line}: the phone number {phone} is not a "
                                            "Vietnamese phone number.")
SHEET = "Tổ tuyên truyền"
TITLE = "DANH SÁCH TỔ TUYÊN TRUYỀN VIÊN CƠ SỞ"
HEADERS = ("STT", "Họ và tên", "Thôn, ấp", "Điện thoại", "Zalo", "Vai trò",
           "Số lần tập huấn", "Ghi chú")
COLUMNS = {
    "name": ("Họ và tên", "Họ tên", "Tên"),
    "village": ("Thôn, ấp", "Thôn/ấp", "Thôn", "Ấp", "Thôn, ấp, khu phố"),
    "phone": ("Điện thoại", "Số điện thoại", "SĐT"),
    "zalo": ("Zalo", "Số Zalo", "Tên Zalo"),
    "role": ("Vai trò", "Chức danh", "Nhiệm vụ"),
    "note": ("Ghi chú",),
}


@dataclass
class TeamImport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    names: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


def import_team(ctx: StationContext, actor: Actor, path: Path) -> TeamImport:
    actor.require(Permission.MANAGE_TEAM)
    sheet = read_table(path, COLUMNS, "name")
    villages = village_by_name(ctx)
    wanted: list[tuple[int, dict[str, object]]] = []
    for row in sheet.rows:
        values = row.values
        name = text(values.get("name"), 200)
        village_text = text(values.get("village"), 200)
        if not name:
            raise InvalidInput(ROW_NO_NAME, line=row.line)
        village_id = None
        if village_text:
            village_id = villages.get(" ".join(fold(village_text).split()))
            if village_id is None:
                raise InvalidInput(ROW_NO_VILLAGE, line=row.line, village=village_text)
        try:
            phone = clean_phone(values.get("phone"))
        except InvalidInput:
            raise InvalidInput(ROW_BAD_PHONE, line=row.line,
                               phone=text(values.get("phone"))) from None
        wanted.append((row.line, {"name": name, "village_id": village_id, "phone": phone or None,
                                  "zalo": text(values.get("zalo"), 100) or None,
                                  "role": text(values.get("role"), 100) or None,
                                  "note": text(values.get("note"), 1000) or None}))
    report = TeamImport()
    with ctx.db.write() as session:
        people = list(session.scalars(select(Propagandist)))
        by_phone = {p.phone: p for p in people if p.phone}
        by_name = {(key(p.name), p.village_id): p for p in people}
        for _line, values in wanted:
            person = (by_phone.get(values["phone"]) if values["phone"] else None) \
                or by_name.get((key(values["name"]), values["village_id"]))
            if person is None:
                person = Propagandist(**values, active=True)
                session.add(person)
                report.added += 1
            elif any(getattr(person, k) != v for k, v in values.items()) or not person.active:
                for k, v in values.items():
                    setattr(person, k, v)
                person.active = True
                report.updated += 1
            else:
                report.unchanged += 1
            if person.phone:
                by_phone[person.phone] = person
            by_name[(key(person.name), person.village_id)] = person
            report.names.append(str(values["name"]))
        audit.record(session, actor, "team.import", path.name, added=report.added,
                     updated=report.updated, unchanged=report.unchanged)
    return report


def export_team(ctx: StationContext, path: Path) -> int:
    """The roster (active people) in the layout above; returns how many rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from ..reports.export_log import atomic_path

    rows = list_team(ctx)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet["A1"] = TITLE
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    header_row = 3
    for column, title in enumerate(HEADERS, start=1):
        sheet.cell(header_row, column, title)
    for n, person in enumerate(rows, start=1):
        sheet.append([n, person.name, person.village or None, person.phone or None,
                      person.zalo or None, person.role or None, person.trainings,
                      person.note or None])
        sheet.cell(header_row + n, 4).number_format = "@"  # keep the leading 0
    style_table(sheet, header_row, (6, 28, 18, 14, 18, 18, 10, 30), header_row + len(rows))
    with atomic_path(path) as tmp:
        book.save(tmp)
    return len(rows)


__all__ = ["NO_VILLAGE", "TeamImport", "export_team", "import_team"]
