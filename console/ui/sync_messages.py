"""The sync's reasons that the window shows, marked for translation (context "Errors").

console.sync raises them as English sentences with {named} fields (SyncError.message and
.params); error_text() looks each sentence up in the "Errors" context. They are listed here,
word for word, so that lupdate finds them (tests/ui/test_sync_messages.py checks that every
one is translated and that the sync still says them this way).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SYNC_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "Errors", "the source system keeps answering that more changes follow but sends the "
        "same cursor back ({pages} pages in a row): the pull stopped and keeps what it stored"),
    QT_TRANSLATE_NOOP(
        "Errors", "the source system sent a change cursor that goes back to an earlier one "
        "(page {pages}): the pull stopped and keeps what it stored"),
    QT_TRANSLATE_NOOP(
        "Errors", "the source system sent {pages} pages in a row with nothing new: the pull "
        "stopped and keeps what it stored"),
    QT_TRANSLATE_NOOP(
        "Errors", "the pull stopped after {pages} pages; the next sync goes on from there"),
    QT_TRANSLATE_NOOP("Errors", "the answer from {path} is larger than {limit} MiB: refused"),
    QT_TRANSLATE_NOOP(
        "Errors", "the answer from {path} is coded as {coding}, which was not asked for: "
        "refused"),
    QT_TRANSLATE_NOOP("Errors", "the compressed answer from {path} is damaged: refused"),
    QT_TRANSLATE_NOOP("Errors", "the answer from {path} expands past {limit} MiB: refused"),
    QT_TRANSLATE_NOOP(
        "Errors", "the compressed answer from {path} expands more than {ratio} times: refused"),
    QT_TRANSLATE_NOOP("Errors", "the answer from {path} is not valid UTF-8: refused"),
    QT_TRANSLATE_NOOP("Errors", "the answer from {path} is not JSON: refused"),
    QT_TRANSLATE_NOOP("Errors", "the change feed's answer does not follow the contract: refused"),
)
