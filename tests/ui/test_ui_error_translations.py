"""Every service error reaches a Vietnamese screen in Vietnamese.

The services' reasons are found in their source (service_error_sites.py): each must be a
written-out sentence (not an f-string) marked with QT_TRANSLATE_NOOP("Errors", …)
(console/services/translatable.py), so that it reaches the catalogue, and have a Vietnamese
translation there with the same {fields}; each error class must come out Vietnamese through
error_text, as the window and the command line show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTranslator

from console.services.errors import PermissionDenied, ServiceError
from console.ui.errors import error_text
from console.ui.i18n import qm_file
from tests.ui import service_error_sites as error_catalogue


@pytest.fixture(scope="module")
def vietnamese() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm_file("vi")))
    return translator


def _translate(translator: QTranslator):  # type: ignore[no-untyped-def]
    return lambda context, text: translator.translate(context, text) or text


def _fields(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", text))


def test_every_reason_is_a_sentence_with_a_vietnamese_translation(
        vietnamese: QTranslator) -> None:
    sites = error_catalogue.scan()
    assert len(sites) > 80
    unwritten = [f"{s.path.relative_to(error_catalogue.PACKAGE_ROOT)}:{s.line} {s.error}"
                 for s in sites if s.message is None]
    assert unwritten == [], "reasons must be sentences with {fields}, not f-strings"
    unmarked = [f"{s.path.relative_to(error_catalogue.PACKAGE_ROOT)}:{s.line} {s.message!r}"
                for s in sites if s.message is not None and not s.marked]
    assert unmarked == [], 'wrap them in QT_TRANSLATE_NOOP("Errors", …)'
    missing, broken = [], []
    for message in error_catalogue.messages():
        text = vietnamese.translate("Errors", message)
        if not text or text == message:
            missing.append(message)
        elif _fields(text) != _fields(message):
            broken.append(f"{message!r} -> {text!r}")
    assert missing == [], "add their Vietnamese: scripts/update_translations.py"
    assert broken == []


def test_every_error_class_speaks_vietnamese(vietnamese: QTranslator) -> None:
    classes = error_catalogue.error_classes()
    assert {"ServiceError", "InvalidInput", "NotFound", "AuthenticationFailed",
            "PermissionDenied", "AccountLocked", "SettingLocked"} <= set(classes)
    by_class: dict[str, list[str]] = {}
    for site in error_catalogue.scan():
        if site.message:
            by_class.setdefault(site.error, []).append(site.message)
    translate = _translate(vietnamese)
    for name, cls in classes.items():
        if cls is PermissionDenied:
            shown = error_text(PermissionDenied("vanhanh", "operator", "push"), translate)
            assert shown.startswith("Vai trò của bạn (Vận hành)"), shown
            continue
        messages = by_class.get(name, [])
        assert messages, f"{name} is never raised with a reason"
        for message in messages:
            params = {field: "X" for field in _fields(message)}
            exc = cls.__new__(cls)
            ServiceError.__init__(exc, message, **params)
            shown = error_text(exc, translate)
            assert shown != exc.message.format(**params), (name, message)


def test_a_reason_reads_in_vietnamese_with_its_values(vietnamese: QTranslator) -> None:
    from console.services.errors import AccountLocked

    exc = AccountLocked("the account {username} is locked until {until} after {count} wrong "
                        "passwords; try again then, or ask the administrator",
                        username="vanhanh", until="14:05", count=5)
    assert str(exc).startswith("the account vanhanh is locked until 14:05")
    assert error_text(exc, _translate(vietnamese)).startswith(
        "Tài khoản vanhanh bị khóa đến 14:05 vì nhập sai mật khẩu 5 lần.")


def _marked_sentence(first: object) -> str | None:
    """The sentence of QT_TRANSLATE_NOOP("Errors", "…"), or None for anything else."""
    import ast

    if (isinstance(first, ast.Call) and isinstance(first.func, ast.Name)
            and first.func.id == "QT_TRANSLATE_NOOP" and len(first.args) == 2
            and all(isinstance(a, ast.Constant) for a in first.args)
            and first.args[0].value == "Errors"):  # type: ignore[attr-defined]
        return str(first.args[1].value)  # type: ignore[attr-defined]
    return None


def _reasons(package: str, names: set[str], *, skip_files: tuple[str, ...] = (),
             keep: Callable[[object], bool] = lambda _first: True,
             ) -> list[tuple[str, int, str | None]]:
    """(file, line, marked sentence or None) of each call of one of `names` in the package
    whose first argument `keep` accepts."""
    import ast

    from tests.ui.service_error_sites import PACKAGE_ROOT

    found = []
    for path in sorted((PACKAGE_ROOT / package).rglob("*.py")):
        if path.name in skip_files:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in names):
                continue
            first = node.args[0] if node.args else None
            if keep(first):
                found.append((str(path.relative_to(PACKAGE_ROOT)), node.lineno,
                              _marked_sentence(first)))
    return found


def _audio_reasons() -> list[tuple[str, int, str | None]]:
    """Each AudioToolError or FfmpegTimeout the audio modules raise, but the self-test's
    (`doctor` prints those, in English)."""
    return _reasons("audio", {"AudioToolError", "FfmpegTimeout"},
                    skip_files=("selftest.py", "errors.py"))


def test_the_sound_tools_reasons_read_in_vietnamese(vietnamese: QTranslator) -> None:
    """What ffmpeg, the voices and the render report reaches the window in Vietnamese
    (a programme's audio file, a preview, a text read aloud, a recording)."""
    from console.audio.errors import AudioToolError

    reasons = _audio_reasons()
    assert len(reasons) >= 12
    assert [r for r in reasons if r[2] is None] == [], \
        'raise them with QT_TRANSLATE_NOOP("Errors", "a sentence with {fields}"), fields=…'
    translate = _translate(vietnamese)
    for _file, _line, message in reasons:
        assert message is not None
        params = {field: "X" for field in _fields(message)}
        shown = error_text(AudioToolError(message, **params), translate)
        assert shown != message.format(**params), message
        assert _fields(vietnamese.translate("Errors", message)) == _fields(message), message
    shown = error_text(AudioToolError("no loudness could be measured in {file}",
                                      file="ban-tin.mp3"), translate)
    assert shown == "không đo được độ lớn âm thanh của ban-tin.mp3"


_DELIVERY_ERRORS = {"DeliveryError", "TargetOffline", "TargetRefused", "MediaNotReady",
                    "StreamRefused", "StreamOffline", "Reason"}


def _delivery_reasons() -> list[tuple[str, int, str | None]]:
    """Each reason the delivery modules give: the errors a device push or command raises,
    and the Reasons a job keeps (a Reason made from a name, or "{parts}" joining others,
    is left out: its words are marked where made)."""
    import ast

    def written_here(first: object) -> bool:
        return first is not None and not isinstance(first, ast.Name | ast.Attribute) and not (
            isinstance(first, ast.Constant) and first.value == "{parts}")

    return _reasons("delivery", _DELIVERY_ERRORS, keep=written_here)


def test_why_a_device_did_not_take_a_push_reads_in_vietnamese(
        vietnamese: QTranslator) -> None:
    """A device's refusal, a cluster that does not answer, what a delivered job says: kept
    with the job as a sentence and its values, shown on the Devices page in Vietnamese."""
    from console.delivery.adapters import TargetOffline
    from console.delivery.job_reason import command_name
    from console.text.translatable import Reason, kept_reason
    from console.ui.errors import reason_text

    reasons = _delivery_reasons()
    assert len(reasons) >= 60
    assert [r for r in reasons if r[2] is None] == [], \
        'raise them with QT_TRANSLATE_NOOP("Errors", "a sentence with {fields}"), fields=…'
    translate = _translate(vietnamese)
    for _file, _line, message in reasons:
        assert message is not None
        shown = translate("Errors", message)
        assert shown != message, message
        assert _fields(shown) == _fields(message), message

    # As a job keeps it: nested, through JSON, and back.
    refused = TargetOffline("{target} does not answer", target="cl-007")
    waiting = Reason("waiting to retry (try {attempts}): {reason}",
                     {"attempts": 2, "reason": refused.reason})
    assert str(waiting) == "waiting to retry (try 2): cl-007 does not answer"
    kept = kept_reason(waiting.to_json(), str(waiting))
    assert kept == waiting
    assert reason_text(kept, translate=translate) == "chờ gửi lại (lần 2): cl-007 không trả lời"
    said = Reason("{parts}", {"parts": [
        Reason("schedule version {version}", {"version": 12}),
        Reason("{command} acknowledged", {"command": command_name("stop")})]})
    assert str(said) == "schedule version 12; stop playing acknowledged"
    assert reason_text(Reason.from_json(said.to_json()), translate=translate) == (
        "lịch phát phiên bản 12; đã nhận lệnh dừng phát")
    # An error met on the way (the source system down) is kept as a reason of its own.
    from console.delivery.adapters import DeliveryError
    from console.sync.errors import SourceUnavailable

    unfetched = DeliveryError("{count} file(s) not on this computer and not fetched: {error}",
                              count=2, error=SourceUnavailable(
                                  "cannot reach the source system ({error})", error="Timeout"))
    assert reason_text(Reason.from_json(unfetched.reason.to_json()), translate=translate) == (
        "2 tệp không có trên máy này và không tải về được: không kết nối được hệ thống nguồn "
        "(Timeout)")
    # A job written before reasons were kept shows its English detail as it is.
    assert reason_text(kept_reason(None, "an old detail"), translate=translate) == "an old detail"
    assert kept_reason(None, None) is None and Reason.from_json({"params": {}}) is None


def test_a_cause_inside_a_reason_reads_in_vietnamese_too(vietnamese: QTranslator) -> None:
    """A service that says why with the error it met (a backup refused by its check, a
    voice that could not read) gives the error itself: the window translates both."""
    from console.audio.errors import AudioToolError
    from console.db.backup_check import BackupRejected
    from console.services.errors import InvalidInput

    damaged = BackupRejected("the backup {file} is damaged: {problems}",
                             file="console-20261205.sqlite3", problems="page 7 is never used")
    refused = InvalidInput("refused: {reason}", reason=damaged)
    assert str(refused) == ("refused: the backup console-20261205.sqlite3 is damaged: "
                            "page 7 is never used")  # the log and the command line
    assert error_text(refused, _translate(vietnamese)) == (
        "bị từ chối: bản sao lưu console-20261205.sqlite3 bị hỏng: page 7 is never used")
    unread = InvalidInput("\u201c{title}\u201d could not be read out: {reason}", title="Tin A",
                          reason=AudioToolError("no loudness could be measured in {file}",
                                                file="a.mp3"))
    assert error_text(unread, _translate(vietnamese)).endswith(
        "không đo được độ lớn âm thanh của a.mp3")


def test_a_database_error_is_said_in_plain_vietnamese_without_its_sql(
        vietnamese: QTranslator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Real errors of a real SQLite file, as an action in the window meets them."""
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import IntegrityError, OperationalError

    path = tmp_path / "station.sqlite3"
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.1})
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE saved (name TEXT PRIMARY KEY)"))
        conn.execute(text("INSERT INTO saved VALUES ('Tin khẩn cấp')"))
    other = sqlite3.connect(path)      # another workstation, in the middle of its write
    other.execute("BEGIN IMMEDIATE")
    translate = _translate(vietnamese)
    try:
        with pytest.raises(OperationalError) as busy, engine.begin() as conn:
            conn.execute(text("INSERT INTO saved VALUES ('Tin mới')"))
    finally:
        other.rollback()
        other.close()
    shown = error_text(busy.value, translate)
    assert shown == ("Cơ sở dữ liệu của đài đang bận: một máy hoặc một việc khác đang ghi "
                     "vào đó. Hãy thử lại sau giây lát."), shown
    with pytest.raises(IntegrityError) as twice, engine.begin() as conn:
        conn.execute(text("INSERT INTO saved VALUES ('Tin khẩn cấp')"))
    shown = error_text(twice.value, translate)
    assert shown == ("Cơ sở dữ liệu của đài không thực hiện được việc này (UNIQUE constraint "
                     "failed: saved.name)."), shown
    assert "INSERT" not in shown and "SQL" not in shown
    engine.dispose()
    # What PostgreSQL's driver says, as the window meets it once the station's server
    # changed its password or went away (the driver's words kept, in brackets).
    refused = OperationalError("SELECT 1", {}, Exception(
        'connection to server at "127.0.0.1", port 5432 failed: FATAL:  password '
        'authentication failed for user "dai_xa"'))
    assert error_text(refused, translate).startswith(
        "Máy chủ cơ sở dữ liệu của đài không chấp nhận tên người dùng, mật khẩu hoặc tên cơ "
        "sở dữ liệu (connection to server"), error_text(refused, translate)
    away = OperationalError("SELECT 1", {}, Exception(
        'connection to server at "127.0.0.1", port 5432 failed: Connection refused'))
    assert error_text(away, translate).startswith(
        "Máy chủ cơ sở dữ liệu của đài không trả lời (connection to server"), \
        error_text(away, translate)
    # Anything else is left as it was.
    assert error_text(ValueError("khác"), translate) == "khác"


def test_an_unreachable_server_is_said_in_vietnamese(vietnamese: QTranslator) -> None:
    """What the second PC's database choice says when the station's server refuses it."""
    from console.db.migrate import ServerUnavailable

    exc = ServerUnavailable("Cannot reach the station's database server ({url}): {reason}",
                            url="postgresql+psycopg://dai_xa:***@192.168.1.10/xa_an_binh",
                            reason="password authentication failed")
    assert str(exc).startswith("Cannot reach the station's database server (")
    assert error_text(exc, _translate(vietnamese)) == (
        "Không kết nối được máy chủ cơ sở dữ liệu của đài (postgresql+psycopg://dai_xa:***@"
        "192.168.1.10/xa_an_binh): password authentication failed")


def test_a_refused_missing_or_full_path_is_said_with_what_to_look_at(
        vietnamese: QTranslator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The system's errors name the path and the likely cause instead of its English
    ("Permission denied"); one without a path keeps the system's reason."""
    import errno

    vi = _translate(vietnamese)
    gone = tmp_path / "usb" / "sao-luu"
    with pytest.raises(FileNotFoundError) as missing:
        gone.open("rb")  # a real one, from the system
    assert error_text(missing.value, vi) == (
        f"Không tìm thấy {gone}: ổ đĩa đã bị rút ra, hoặc thư mục đã bị đổi tên hay xóa?")
    refused = PermissionError(errno.EACCES, "Permission denied", "E:\\sao-luu")
    assert error_text(refused, vi) == (
        "Không được phép truy cập E:\\sao-luu. Hãy kiểm tra quyền của thư mục, hoặc ổ đĩa có "
        "đang bị khóa ghi không.")
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "media"))
    assert error_text(full, vi) == f"Ổ đĩa chứa {tmp_path / 'media'} đã đầy."
    pathless = OSError(errno.EIO, "Input/output error")
    assert error_text(pathless, vi) == "Không đọc hoặc ghi được tệp: Input/output error"
    assert error_text(refused).startswith("Access to E:\\sao-luu was refused.")  # English
