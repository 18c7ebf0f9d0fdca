"""The scenarios' guard against a modal dialog nobody answers (modal_guard.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from .modal_guard import ModalGuard


def test_an_unexpected_modal_fails_the_test_with_its_text_instead_of_hanging(qapp) -> None:  # type: ignore[no-untyped-def]
    guard = ModalGuard(limit_s=0.3, every_ms=20).start()
    box = QMessageBox(QMessageBox.Icon.Warning, "Sao lưu", "Không ghi được vào ổ USB.")
    box.setInformativeText("Hãy cắm lại ổ và thử lần nữa.")
    began = time.monotonic()
    box.exec()   # nobody answers: without the guard this never returns
    waited = time.monotonic() - began
    guard.stop()
    assert 0.3 <= waited < 10
    assert guard.stuck == ["QMessageBox: Sao lưu | Không ghi được vào ổ USB. | Hãy cắm lại ổ "
                           "và thử lần nữa."]
    with pytest.raises(pytest.fail.Exception, match="Không ghi được vào ổ USB"):
        guard.fail_if_stuck()


def test_an_answered_modal_is_not_counted(qapp) -> None:  # type: ignore[no-untyped-def]
    from .conftest import answer_next_dialog, press_yes

    guard = ModalGuard(limit_s=5.0, every_ms=20).start()
    box = QMessageBox(QMessageBox.Icon.Question, "Xóa", "Xóa chương trình này?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    answer_next_dialog(press_yes)
    assert box.exec() == QMessageBox.StandardButton.Yes
    guard.stop()
    assert guard.stuck == []
    guard.fail_if_stuck()


def test_the_scenarios_fixture_fails_a_forgotten_question_with_its_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The autouse fixture, in a pytest of its own: the question is closed, the run ends
    and the failure quotes it."""
    root = Path(__file__).resolve().parents[2]
    (tmp_path / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(root)!r})\n"
        "from tests.scenarios.conftest import unanswered_modals  # noqa: F401\n",
        encoding="utf-8")
    (tmp_path / "test_forgotten.py").write_text(
        "import pytest\nfrom PySide6.QtWidgets import QMessageBox\n\n\n"
        "@pytest.mark.modal_limit(0.3)\n"
        "def test_forgets_to_answer(qapp):\n"
        "    QMessageBox(QMessageBox.Icon.Question, 'Gửi', 'Gửi bản tin bây giờ?').exec()\n",
        encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", "-q",
         "-o", "markers=modal_limit", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "1 passed, 1 error" in run.stdout, run.stdout
    assert "a modal dialog stayed open unanswered" in run.stdout
    assert "QMessageBox: Gửi | Gửi bản tin bây giờ?" in run.stdout
