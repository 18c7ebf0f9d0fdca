"""Reports to the provincial Department: broadcast log, statistics, periodic forms, exports.

Everything here is Qt-free except `export_pdf.py` (QtGui only). See docs/reports.md for the
indicator definitions and the cell addresses of the XLSX form.
"""
