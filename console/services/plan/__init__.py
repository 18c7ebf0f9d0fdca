"""The commune's annual grassroots-information plan (kế hoạch thông tin cơ sở).

themes.py    the plan's themes and campaigns by period, with planned counts per channel
workbook.py  the plan as an XLSX a commune office fills by hand: import, export, template
progress.py  each theme's planned against actual (the actual counts: reports.plan_actual)
"""
