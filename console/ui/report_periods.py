"""Translated names of report periods ("Tháng 11/2026", "Quý IV/2026"): for the Reports page
and for anything else that names a report (the audit log), outside the pages package."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def period_kind_label(kind: str) -> str:
    return {
        "month": translate("ReportLabels", "Month"),
        "quarter": translate("ReportLabels", "Quarter"),
        "half_year": translate("ReportLabels", "Half-year"),
        "nine_months": translate("ReportLabels", "Nine months"),
        "year": translate("ReportLabels", "Year"),
        "custom": translate("ReportLabels", "Dates"),
    }.get(kind, kind)


def period_label(kind: str, year: int, index: int | None, start: dt.date,
                 end: dt.date) -> str:
    """'Tháng 11/2026', 'Quý IV/2026', '6 tháng cuối năm 2026', '9 tháng 2026', 'Năm 2026'."""
    if kind == "month" and index:
        return translate("ReportLabels", "Month {month}/{year}").format(month=index, year=year)
    if kind == "quarter" and index:
        roman = ("I", "II", "III", "IV")[index - 1]
        return translate("ReportLabels", "Quarter {quarter}/{year}").format(quarter=roman,
                                                                             year=year)
    if kind == "half_year" and index:
        if index == 1:
            return translate("ReportLabels", "First half of {year}").format(year=year)
        return translate("ReportLabels", "Second half of {year}").format(year=year)
    if kind == "nine_months":
        return translate("ReportLabels", "Nine months of {year}").format(year=year)
    if kind == "year":
        return translate("ReportLabels", "Year {year}").format(year=year)
    return translate("ReportLabels", "{start} to {end}").format(start=start.strftime("%d/%m/%Y"),
                                                   end=end.strftime("%d/%m/%Y"))


def describe_period(period: object, *, in_sentence: bool = False) -> str:
    """period_label for a reports `Period` value; `in_sentence` starts it in lower case
    ("Báo cáo tháng 11/2026", "Report for month 11/2026")."""
    text = period_label(period.kind, period.year, period.index,  # type: ignore[attr-defined]
                        period.start, period.end)  # type: ignore[attr-defined]
    return text[:1].lower() + text[1:] if in_sentence else text
