"""Vietnamese text as it is read aloud: numbers, dates, times, phone numbers, units and the
abbreviations of commune bulletins written out in words, before a speech engine sees them.

A voice reads "UBND xã" letter by letter and "1.500.000 đồng" as three numbers; a bulletin
read over a loudspeaker must say "Ủy ban nhân dân xã" and "một triệu năm trăm nghìn đồng".
Northern usage (nghìn, linh); a station adds its own readings with a pronunciation list
(`parse_lexicon`), applied before everything else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ("", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ")
MAX_NUMBER = 10**18 - 1  # longer runs of digits are read digit by digit

# The common abbreviations of commune bulletins (case as written in them).
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "BCH": "Ban chỉ huy",
    "PCTT": "phòng chống thiên tai",
    "TKCN": "tìm kiếm cứu nạn",
    "PCCC": "phòng cháy chữa cháy",
    "CSGT": "cảnh sát giao thông",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "THCS": "trung học cơ sở",
    "THPT": "trung học phổ thông",
    "KT-XH": "kinh tế xã hội",
    "ĐBQH": "đại biểu Quốc hội",
    "CAND": "công an nhân dân",
    "QĐND": "quân đội nhân dân",
    "TTYT": "trung tâm y tế",
    "TYT": "trạm y tế",
}
# Abbreviations written with a dot, before a name.
DOTTED: dict[str, str] = {
    "TP.": "thành phố", "Tp.": "thành phố", "TX.": "thị xã", "Tx.": "thị xã",
    "TT.": "thị trấn", "Q.": "quận", "P.": "phường", "v.v.": "vân vân",
}
# Units after a number.
UNITS: dict[str, str] = {
    "km/h": "ki-lô-mét một giờ", "km²": "ki-lô-mét vuông", "km2": "ki-lô-mét vuông",
    "m²": "mét vuông", "m2": "mét vuông", "m³": "mét khối", "m3": "mét khối",
    "km": "ki-lô-mét", "ha": "héc-ta", "mm": "mi-li-mét", "cm": "xen-ti-mét", "m": "mét",
    "kg": "ki-lô-gam", "°C": "độ C", "độ C": "độ C", "%": "phần trăm", "đ": "đồng",
    "VNĐ": "đồng", "kWh": "ki-lô-oát giờ", "l": "lít", "ml": "mi-li-lít",
}


def _triple(value: int, full: bool) -> list[str]:
    """0-999; `full`: a group after a larger one, which says its hundreds ("không trăm")."""
    hundreds, tens, units = value // 100, value // 10 % 10, value % 10
    words: list[str] = []
    if full or hundreds:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("linh")
        if units or not words:
            words.append(DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGITS[units]))
    return words


def read_number(value: int) -> str:
    """An integer in words: 1005 → "một nghìn không trăm linh năm"."""
    if value < 0:
        return "âm " + read_number(-value)
    if value > MAX_NUMBER:
        return read_digits(str(value))
    if value == 0:
        return DIGITS[0]
    groups: list[int] = []
    while value:
        groups.append(value % 1000)
        value //= 1000
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        words += _triple(group, full=bool(words))
        if SCALES[index]:
            words.append(SCALES[index])
    return " ".join(words)


def read_digits(text: str) -> str:
    return " ".join(DIGITS[int(c)] for c in text if c.isdigit())


def read_decimal(text: str) -> str:
    """"3,5" (Vietnamese decimal comma) or "1.500.000" (dots between thousands)."""
    whole, _, fraction = text.partition(",")
    number = read_number(int(whole.replace(".", "")))
    if not fraction:
        return number
    # "0,05" keeps its zeros: "không phẩy không năm"
    tail = read_digits(fraction) if fraction.startswith("0") else read_number(int(fraction))
    return f"{number} phẩy {tail}"


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str,
         flags: int = 0) -> str:
    return re.sub(pattern, repl, text, flags=flags)


_W = r"(?<![\w.,])"      # not glued to a word or a number before it
_E = r"(?![\w]|[.,]\d)"  # nor after it


def _phone(match: re.Match[str]) -> str:
    groups = [g for g in re.split(r"[\s.\-]+", match.group(0)) if g]
    return ", ".join(read_digits(g) for g in groups)


def _date(match: re.Match[str]) -> str:
    day, month, year = int(match["d"]), int(match["m"]), match["y"]
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    said = "" if match["pre"] else "ngày "
    words = f"{match['pre'] or ''}{said}{read_number(day)} tháng {_month(month)}"
    if year:
        words += f" năm {read_number(int(year))}"
    return words


def _month(month: int) -> str:
    return "tư" if month == 4 else read_number(month)


def _time(match: re.Match[str]) -> str:
    hours, minutes = int(match["h"]), int(match["min"] or 0)
    if hours > 24 or minutes > 59:
        return match.group(0)
    words = f"{read_number(hours)} giờ"
    if minutes:
        words += f" {read_number(minutes)} phút"
    return words


def _unit(match: re.Match[str]) -> str:
    sign = "âm " if match["neg"] else ""
    return f"{sign}{read_decimal(match['n'])} {UNITS[match['u']]}"


def parse_lexicon(text: str) -> dict[str, str]:
    """A station's pronunciation list: one "written = spoken" a line; # starts a comment."""
    entries: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        written, sep, spoken = line.partition("=")
        if sep and written.strip() and spoken.strip():
            entries[written.strip()] = spoken.strip()
    return entries


def _replace_words(text: str, table: Mapping[str, str]) -> str:
    if not table:
        return text
    keys = sorted(table, key=len, reverse=True)  # "KT-XH" before "KT"
    alternatives = "|".join(re.escape(k) for k in keys)
    return re.sub(rf"(?<!\w)({alternatives})(?!\w)", lambda m: table[m.group(1)], text)


def spoken_text(text: str, lexicon: Mapping[str, str] | None = None) -> str:
    """The text as a voice should read it (Vietnamese)."""
    text = unicodedata.normalize("NFC", text)
    text = _replace_words(text, {unicodedata.normalize("NFC", k): v
                                 for k, v in (lexicon or {}).items()})
    text = _replace_words(text, ABBREVIATIONS)
    for written, spoken in DOTTED.items():
        text = re.sub(rf"(?<!\w){re.escape(written)}\s*", spoken + " ", text)
    # Phone numbers: 0 and 9-10 more digits, in groups or not; hotlines 111-115.
    text = _sub(_W + r"(?:\+84|0)\d{2,4}(?:[\s.\-]?\d{2,4}){1,3}" + _E,
                lambda m: _phone(m) if len(re.sub(r"\D", "", m.group(0))) >= 10
                else m.group(0), text)
    text = _sub(_W + r"11[1-5]" + _E, lambda m: read_digits(m.group(0)), text)
    # Dates: 5/12/2026, 05-12-2026, 5/12 (with "ngày" before it or not).
    text = _sub(r"(?P<pre>\bngày\s+)?" + _W +
                r"(?P<d>\d{1,2})[/\-](?P<m>\d{1,2})(?:[/\-](?P<y>\d{4}))?" + _E,
                _date, text, flags=re.IGNORECASE)
    text = _sub(r"\b(tháng\s+)(\d{1,2})(?=\D|$)", lambda m: m.group(1) + _month(int(m.group(2)))
                if 1 <= int(m.group(2)) <= 12 else m.group(0), text, flags=re.IGNORECASE)
    # Times: 17:30, 17h30, 17h, 5 giờ 30 (the last needs only the numbers).
    text = _sub(_W + r"(?P<h>\d{1,2})(?::|h|giờ\s*)(?P<min>\d{2})?(?:'|p|phút)?" + _E,
                _time, text)
    # Numbers with a unit or a percent sign.
    units = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    text = _sub(_W + r"(?P<neg>-)?(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?P<u>" + units
                + r")(?![\w²³])", _unit, text)
    # Every other number: 1.500.000, 3,5, 2026.
    text = _sub(_W + r"(?P<neg>(?<![\w\d])-)?(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                + _E, lambda m: ("âm " if m["neg"] else "") + read_decimal(m["n"]), text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
