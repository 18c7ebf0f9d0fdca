"""The file dialogs of the Plan and team page, behind one seam that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..reports.files import ask_save_path

XLSX_FILTER = "Excel (*.xlsx)"


def ask_open_path(parent: QWidget, title: str, file_filter: str = XLSX_FILTER) -> Path | None:
    """Which file to read; None when the operator cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return Path(chosen) if chosen else None


__all__ = ["XLSX_FILTER", "ask_open_path", "ask_save_path"]
