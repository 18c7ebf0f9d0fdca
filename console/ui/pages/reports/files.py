"""The file dialogs of the Reports page, behind one seam that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save an export; None when the operator cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    wanted = suggested.suffix
    if wanted and path.suffix.lower() != wanted.lower():
        path = path.with_name(path.name + wanted)
    return path
