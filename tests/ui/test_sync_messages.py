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
