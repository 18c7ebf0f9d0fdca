"""The commune's team of grassroots propagandists (tổ tuyên truyền viên cơ sở).

roster.py      the roster by village: who, phone, Zalo, role, trainings attended
workbook.py    the roster as an XLSX a commune office fills by hand: import and export
activities.py  activities (meetings, house visits, mobile loudspeaker, Zalo group posts) and
               trainings (tập huấn) with who attended
"""
