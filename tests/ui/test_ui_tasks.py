"""The task runner: work in a worker thread, results and errors back on the UI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from console.ui.tasks import TaskRunner


def test_result_arrives_on_the_main_thread(qtbot, tasks: TaskRunner, qapp: QApplication) -> None:
    seen: dict[str, object] = {}
    main = threading.get_ident()

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_main"] = QThread.currentThread() is qapp.thread()

    with qtbot.waitSignal(tasks.delivered, timeout=5000):
        handle = tasks.submit(work, on_done=done)
    assert seen["value"] == 42
    assert seen["on_main"] is True
    assert seen["worker"] != main
    assert handle.finished
    assert tasks.pending_count == 0


def test_error_arrives_on_the_main_thread(qtbot, tasks: TaskRunner, qapp: QApplication) -> None:
    errors: list[BaseException] = []
    threads: list[bool] = []

    def fail() -> None:
        raise ValueError("disk full")

    def on_error(exc: BaseException) -> None:
        errors.append(exc)
        threads.append(QThread.currentThread() is qapp.thread())

    with qtbot.waitSignal(tasks.delivered, timeout=5000):
        tasks.submit(fail, on_done=lambda _v: pytest.fail("no result expected"),
                     on_error=on_error)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert str(errors[0]) == "disk full"
    assert errors[0].__traceback__ is not None
    assert threads == [True]


def test_unhandled_error_is_logged(qtbot, tasks: TaskRunner,
                                   caplog: pytest.LogCaptureFixture) -> None:
    def fail() -> None:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="console.ui.tasks"), \
            qtbot.waitSignal(tasks.delivered, timeout=5000):
        tasks.submit(fail, name="doomed")
    assert any("doomed" in r.getMessage() and r.exc_info for r in caplog.records)


def test_deleted_context_drops_the_callback(qtbot, tasks: TaskRunner) -> None:
    called: list[object] = []
    gate = threading.Event()
    owner = QObject()
    with qtbot.waitSignal(tasks.delivered, timeout=5000):
        tasks.submit(lambda: gate.wait(5) and "late", on_done=called.append, context=owner)
        owner.deleteLater()
        qtbot.waitUntil(lambda: not _alive(owner), timeout=2000)
        gate.set()
    assert called == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_cancel_drops_the_callback(qtbot, tasks: TaskRunner) -> None:
    called: list[object] = []
    gate = threading.Event()
    with qtbot.waitSignal(tasks.delivered, timeout=5000):
        handle = tasks.submit(lambda: gate.wait(5), on_done=called.append)
        handle.cancel()
        gate.set()
    assert called == []


def test_a_failing_callback_does_not_break_the_runner(qtbot, tasks: TaskRunner,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    def bad_callback(_value: object) -> None:
        raise KeyError("oops")

    with qtbot.waitSignal(tasks.delivered, timeout=5000):
        tasks.submit(lambda: 1, on_done=bad_callback)
    assert any("callback" in r.getMessage() for r in caplog.records)
    results: list[int] = []
    with qtbot.waitSignal(tasks.delivered, timeout=5000):
        tasks.submit(lambda: 2, on_done=results.append)
    assert results == [2]


def test_many_tasks_all_delivered(qtbot, tasks: TaskRunner) -> None:
    results: list[int] = []
    for n in range(20):
        tasks.submit(lambda n=n: n * n, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 20, timeout=5000)
    assert sorted(results) == [n * n for n in range(20)]


def test_shutdown_waits_and_refuses_new_work(qapp: QApplication) -> None:
    runner = TaskRunner()
    finished = threading.Event()
    runner.submit(lambda: finished.set())
    assert runner.shutdown(timeout_ms=5000)
    assert finished.is_set()
    handle = runner.submit(lambda: pytest.fail("must not run"))
    assert handle.cancelled


def test_shutdown_stops_long_work_that_asked_to_be_stopped(qapp: QApplication) -> None:
    """Making a programme's sound ahead can take a minute: closing the window stops it
    rather than waiting for it (stopping_at_shutdown)."""
    runner = TaskRunner()
    started, stopped = threading.Event(), threading.Event()

    def long_work() -> None:
        with runner.stopping_at_shutdown() as stop:
            started.set()
            if stop.wait(60):
                stopped.set()

    runner.submit(long_work)
    assert started.wait(5)
    assert runner.shutdown(timeout_ms=5000)  # at once, not after the minute
    assert stopped.is_set()
    with runner.stopping_at_shutdown() as late:  # work starting after it is stopped at once
        assert late.is_set()
