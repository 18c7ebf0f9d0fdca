"""Document content of the official report form: row titles, units, headings, layout.

These strings are the content of a document sent to the Department (always Vietnamese),
not user interface text; `english` names serve the command line's plain-text output.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    code: str
    title: str     # Vietnamese row title on the form (Chỉ tiêu)
    unit: str      # Vietnamese unit (Đơn vị)
    english: str   # name in the CLI's human output
    decimals: int  # how the number is written on the form


INDICATOR_ROWS: tuple[Row, ...] = (
    Row("bulletins_broadcast", "Số lượt tin, bài đã phát", "lượt",
        "Bulletins broadcast", 0),
    Row("hours_total", "Tổng thời lượng phát thanh", "giờ", "Broadcast hours", 2),
    Row("hours_own", "Trong đó: chương trình tự sản xuất", "giờ",
        "  of which own production", 2),
    Row("hours_relay", "Trong đó: tiếp sóng", "giờ", "  of which relays", 2),
    Row("hours_source", "Trong đó: tin, bài từ Hệ thống thông tin nguồn", "giờ",
        "  of which source-system items", 2),
    Row("emergency_broadcasts", "Số lượt phát khẩn cấp", "lượt", "Emergency broadcasts", 0),
    Row("plays_requested", "Số lượt phát theo lịch trên cụm loa, bảng tin", "lượt",
        "Plays requested (per cluster/board)", 0),
    Row("plays_succeeded", "Số lượt phát thành công", "lượt", "Plays succeeded", 0),
    Row("clusters_total", "Tổng số cụm loa", "cụm", "Loudspeaker clusters", 0),
    Row("clusters_operating", "Số cụm loa hoạt động trong kỳ", "cụm",
        "Clusters in operation", 0),
    Row("cluster_availability_pct", "Tỷ lệ sẵn sàng của cụm loa", "%",
        "Cluster availability", 1),
    Row("boards_total", "Tổng số bảng tin điện tử công cộng", "bảng",
        "Electronic bulletin boards", 0),
    Row("boards_operating", "Số bảng tin điện tử hoạt động trong kỳ", "bảng",
        "Boards in operation", 0),
    Row("board_availability_pct", "Tỷ lệ sẵn sàng của bảng tin điện tử", "%",
        "Board availability", 1),
    Row("items_contributed", "Số tin, bài cung cấp cho Hệ thống thông tin nguồn", "tin, bài",
        "Items contributed to the source system", 0),
    Row("items_received", "Số tin, bài nhận từ Hệ thống thông tin nguồn", "tin, bài",
        "Items received from the source system", 0),
    Row("items_received_broadcast", "Số tin, bài nhận từ Hệ thống thông tin nguồn đã phát",
        "tin, bài", "Received items broadcast", 0),
    Row("first_airing_delay_median_min",
        "Thời gian từ khi đăng đến khi phát lần đầu (trung vị)", "phút",
        "Publication to first airing, median", 1),
    Row("emergencies_within_15min_pct", "Tỷ lệ tin khẩn cấp được phát trong vòng 15 phút",
        "%", "Emergencies aired within 15 min", 1),
)

MANUAL_ROWS: tuple[Row, ...] = (
    Row("propagandists", "Số tuyên truyền viên cơ sở", "người", "Propagandists", 0),
    Row("social_followers", "Số người theo dõi trang mạng xã hội của xã", "người",
        "Followers of the commune's social page", 0),
)

STATE_NAMES = {"draft": ("Bản nháp", "draft"), "approved": ("Đã duyệt", "approved"),
               "submitted": ("Đã gửi", "submitted")}

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TITLE = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG THÔNG TIN CƠ SỞ"
STATION_LABEL = "Đơn vị báo cáo"
STATION_CODE_LABEL = "Mã đài"
PERIOD_LABEL = "Kỳ báo cáo"
PERIOD_CODE_LABEL = "Mã kỳ"
TABLE_HEADERS = ("STT", "Chỉ tiêu", "Đơn vị", "Số liệu")
MANUAL_HEADING = "Chỉ tiêu nhập tay"
NOTES_LABEL = "Ghi chú"
SIGNERS = (("prepared_by", "NGƯỜI LẬP BIỂU"), ("checked_by", "NGƯỜI KIỂM TRA"),
           ("approved_by", "THỦ TRƯỞNG ĐƠN VỊ"))
SIGN_HINT = "(Ký, ghi rõ họ tên)"
SIGN_HINT_HEAD = "(Ký, đóng dấu, ghi rõ họ tên)"
DEFAULT_STATION_NAME = "ĐÀI TRUYỀN THANH CẤP XÃ"
PLACE_DATE = "ngày {day} tháng {month} năm {year}"
NO_DATA = "—"

# Due dates at the Department: (month, day); month None = the period's last month.
# The yearly report is due before 10 December (estimated for the rest of December).
DUE_RULES: dict[str, tuple[int | None, int]] = {
    "month": (None, 20),
    "quarter": (None, 20),
    "half_year": (None, 20),
    "nine_months": (9, 20),
    "year": (12, 10),
}


def period_title(kind: str, year: int, index: int | None, start: str = "", end: str = "") -> str:
    """The period as written on the form: 'Tháng 11 năm 2026', 'Quý IV năm 2026', …"""
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    if kind == "month":
        return f"Tháng {index} năm {year}"
    if kind == "quarter":
        return f"Quý {roman[index or 1]} năm {year}"
    if kind == "half_year":
        return f"{'6 tháng đầu' if index == 1 else '6 tháng cuối'} năm {year}"
    if kind == "nine_months":
        return f"9 tháng năm {year}"
    if kind == "year":
        return f"Năm {year}"
    return f"Từ ngày {start} đến ngày {end}"


# -- the XLSX form: fixed addresses, so a Department's macro can read the cells -------------
XLSX_SHEET = "Báo cáo"
XLSX_DATA_SHEET = "Dữ liệu"       # code → value, one a row, for machines
XLSX_FIRST_INDICATOR_ROW = 10     # D10 holds INDICATOR_ROWS[0]; one row each after it
XLSX_VALUE_COLUMN = "D"


def xlsx_cell(code: str) -> str:
    """The cell of an indicator or manual field on the XLSX form, e.g. 'D10'."""
    codes = [r.code for r in INDICATOR_ROWS] + [r.code for r in MANUAL_ROWS]
    offset = codes.index(code) + (1 if code in {r.code for r in MANUAL_ROWS} else 0)
    return f"{XLSX_VALUE_COLUMN}{XLSX_FIRST_INDICATOR_ROW + offset}"


def format_number(value: float | int | None, decimals: int) -> str:
    """Vietnamese notation: 1.234,56 (dot for thousands, comma for decimals); None → dash."""
    if value is None:
        return NO_DATA
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def all_rows() -> tuple[Row, ...]:
    return INDICATOR_ROWS + MANUAL_ROWS


# -- the sections beyond the indicators (sections.py): plan against actual, Zalo OA, team ----
PLAN_HEADING = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH THÔNG TIN CƠ SỞ"
PLAN_NONE = "Chưa có kế hoạch cho kỳ này."
PLAN_COLUMNS = ("STT", "Chủ đề, chiến dịch", "Thời gian", "Lượt phát trên loa",
                "Ngày trên bảng tin", "Bài trên Zalo OA", "Hoạt động của tổ tuyên truyền")
PLAN_CELL_HINT = "Mỗi ô: thực hiện / kế hoạch"
PLAN_XLSX_COLUMNS = ("STT", "Chủ đề, chiến dịch", "Thời gian", "Từ khóa",
                     "Lượt phát trên loa - KH", "Lượt phát trên loa - TH",
                     "Ngày trên bảng tin - KH", "Ngày trên bảng tin - TH",
                     "Bài trên Zalo OA - KH", "Bài trên Zalo OA - TH", "Lượt xem Zalo",
                     "Hoạt động của tổ - KH", "Hoạt động của tổ - TH",
                     "Người được tuyên truyền", "Lớp tập huấn")
EVALUATION_HEADING = "ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH"
EVALUATION_COLUMNS = ("Kênh", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Đánh giá")
CHANNEL_NAMES = {
    "airings": ("Phát trên hệ thống loa", "lượt"),
    "board_days": ("Hiển thị trên bảng tin điện tử", "ngày"),
    "zalo_articles": ("Đăng trên trang Zalo OA của xã", "bài"),
    "team_activities": ("Hoạt động của tổ tuyên truyền viên", "hoạt động"),
    "zalo_views": ("Lượt xem các bài trên Zalo OA", "lượt"),
    "people_reached": ("Người dân được tuyên truyền trực tiếp", "người"),
    "trainings": ("Lớp tập huấn cho tuyên truyền viên", "lớp"),
}
VERDICTS = {"done": "Hoàn thành", "not_done": "Chưa hoàn thành", "no_plan": "—"}
CHANNELS_HEADING = "TRANG ZALO OA VÀ TỔ TUYÊN TRUYỀN VIÊN CƠ SỞ"
CHANNELS_COLUMNS = ("Chỉ tiêu", "Đơn vị", "Số liệu", "Ghi chú")
READ_ON = "số liệu đọc ngày {day}"
ZALO_LINES = (
    ("followers_start", "Người theo dõi trang Zalo OA đầu kỳ", "người"),
    ("followers_end", "Người theo dõi trang Zalo OA cuối kỳ", "người"),
    ("articles", "Bài đăng trên trang Zalo OA trong kỳ", "bài"),
    ("views", "Lượt xem các bài đăng trong kỳ", "lượt"),
)
TEAM_LINES = (
    ("propagandists", "Tuyên truyền viên cơ sở (đang hoạt động)", "người"),
    ("activities", "Hoạt động của tổ tuyên truyền trong kỳ", "hoạt động"),
    ("people_reached", "Người dân được tuyên truyền trực tiếp", "người"),
    ("trainings", "Lớp tập huấn trong kỳ", "lớp"),
    ("trainees", "Tuyên truyền viên được tập huấn", "người"),
)
ACTIVITY_NAMES = {"meeting": "Họp dân, sinh hoạt cộng đồng",
                  "house_visits": "Tuyên truyền đến từng hộ gia đình",
                  "mobile_loudspeaker": "Tuyên truyền bằng loa lưu động",
                  "zalo_post": "Đăng tin trong nhóm Zalo của thôn"}
ACTIVITY_LINE = "Trong đó: {name}"
DETAIL_SHEET = "Chi tiết số liệu"
DETAIL_COLUMNS = ("Chủ đề, mục", "Kênh", "Ngày", "Nội dung", "Nơi", "Số liệu", "Mã dòng")
PLAN_SHEET = "Kế hoạch - Thực hiện"
CHANNELS_SHEET = "Zalo OA, tổ tuyên truyền"


def period_label(kind: str, index: int | None) -> str:
    """A period as a commune office writes it in its plan: 'Tháng 3', 'Quý II', …"""
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    if kind == "month":
        return f"Tháng {index}"
    if kind == "quarter":
        return f"Quý {roman.get(index or 1, index)}"
    if kind == "half_year":
        return "6 tháng đầu năm" if index == 1 else "6 tháng cuối năm"
    if kind == "nine_months":
        return "9 tháng"
    return "Cả năm"
