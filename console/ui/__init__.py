"""The window (PySide6 widgets). Layers below it never import Qt widgets.

launch.py       run_gui(): application, single-instance lock, login, main window
main_window.py  navigation + pages + status bar; pages/ holds one module per page
tasks.py        TaskRunner: blocking work off the UI thread, results back on it
i18n.py         translations (console/i18n/*.qm) and vietnamese_collator()
preferences.py  language and text size, applied live and saved in the background
theme.py        the look: palette, style sheet, Vietnamese-capable font
"""
