"""Why a sync stopped, as the window says it: in Vietnamese, with its values filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.sync.errors import FeedStuck, IncompleteSync
from console.sync.service import SyncResult
from console.ui.errors import error_text
from console.ui.sync_messages import SYNC_MESSAGES


def test_every_sync_reason_has_a_vietnamese_translation(translations) -> None:  # type: ignore[no-untyped-def]
    translations.install("vi")
    for message in SYNC_MESSAGES:
        assert QCoreApplication.translate("Errors", message) != message, message


def test_a_stopped_sync_is_explained_in_the_interface_language(translations) -> None:  # type: ignore[no-untyped-def]
    stuck = FeedStuck(SYNC_MESSAGES[0], pages=3)
    stopped = IncompleteSync(stuck, SyncResult(items_added=1000, pages=1, complete=False))
    translations.install("vi")
    text = error_text(stopped)
    assert text.startswith("hệ thống nguồn cứ báo còn thay đổi") and "(3 trang" in text
    translations.install("en")
    assert error_text(stopped) == str(stuck)  # the English sentence, as the CLI prints it
    assert "(3 pages in a row)" in str(stopped)


# What the window never shows as a sentence of its own: per-item refusals are listed apart
# (validate.py), an expired cursor starts a full pull, a cancel says "Đã dừng", an
# incomplete sync wraps its cause (above).
_NOT_SHOWN = {"ItemRejected", "CursorExpired", "Cancelled", "IncompleteSync"}


def test_every_reason_the_sync_gives_is_marked_and_vietnamese(translations) -> None:  # type: ignore[no-untyped-def]
    """Each error the sync raises (console/sync) is a written-out sentence with {fields}:
    marked for translation where it is raised, or listed in SYNC_MESSAGES."""
    import ast
    import re

    from console.sync import errors
    from tests.ui.service_error_sites import PACKAGE_ROOT

    classes = {"BudgetSpent", "DiskFull"}
    stack = [errors.SyncError]
    while stack:
        cls = stack.pop()
        classes.add(cls.__name__)
        stack.extend(cls.__subclasses__())
    found, unwritten = [], []
    for path in sorted((PACKAGE_ROOT / "sync").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and isinstance(node.exc.func, ast.Name)
                    and node.exc.func.id in classes - _NOT_SHOWN and node.exc.args):
                continue
            first = node.exc.args[0]
            if (isinstance(first, ast.Call) and isinstance(first.func, ast.Name)
                    and first.func.id == "QT_TRANSLATE_NOOP"):
                found.append(first.args[1].value)  # type: ignore[attr-defined]
            elif isinstance(first, ast.Constant) and first.value in SYNC_MESSAGES:
                found.append(first.value)
            elif not (isinstance(first, ast.Name) and first.id in ("stopped", "exc")):
                unwritten.append(f"{path.name}:{node.lineno}")
    assert unwritten == [], "raise them with QT_TRANSLATE_NOOP(\"Errors\", \"…{fields}…\")"
    assert len(found) >= 30
    translations.install("vi")
    for message in found:
        shown = QCoreApplication.translate("Errors", message)
        assert shown != message, message
        assert set(re.findall(r"{(\w+)}", shown)) == set(re.findall(r"{(\w+)}", message))


def test_why_the_source_cannot_be_reached_reads_in_vietnamese(translations) -> None:  # type: ignore[no-untyped-def]
    from console.sync.errors import SourceUnavailable
    from console.text.translatable import Reason

    down = SourceUnavailable("{reason}; gave up after {tries} tries", tries=6, reason=Reason(
        "cannot reach the source system ({error})", {"error": "ConnectTimeout"}))
    assert str(down) == "cannot reach the source system (ConnectTimeout); gave up after 6 tries"
    translations.install("vi")
    assert error_text(down) == ("không kết nối được hệ thống nguồn (ConnectTimeout); "
                                "đã thử 6 lần rồi dừng")
