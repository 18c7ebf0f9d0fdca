"""Run blocking work (database, files, network) off the UI thread; get the result back on it.

    runner = TaskRunner()
    runner.submit(lambda: read_status(db), on_done=self.show_status, on_error=self.show_error,
                  context=self)

`fn` runs in a worker thread and must not touch widgets. `on_done(result)` or
`on_error(exception)` then runs on the thread that owns the runner (the UI thread). When
`context` (usually the widget asking) has been deleted by then, the result is dropped, so a
closed page is never called back. Without `on_error`, failures are logged with their
traceback. Submit from the owner's thread only; call `shutdown()` before the application
quits.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DEFAULT_MAX_THREADS = 4


@dataclass
class _Pending:
    name: str
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    context: QObject | None
    handle: TaskHandle


class TaskHandle:
    """A submitted task; `cancel()` only stops the callbacks (the work itself cannot be cut)."""

    def __init__(self, task_id: int, name: str) -> None:
        self.id = task_id
        self.name = name
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True

    def __repr__(self) -> str:
        return f"<TaskHandle {self.id} {self.name!r}>"


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            outcome = (self._id, True, self._fn())
        except BaseException as exc:  # delivered to on_error on the UI thread, never lost
            outcome = (self._id, False, exc)
        self._runner._results.put(outcome)
        self._runner._wake.emit()


class TaskRunner(QObject):
    """A small thread pool whose results come back as calls on the owner's thread."""

    # Internal: emitted by workers, received queued on the owner's thread. It carries no
    # arguments: results travel through a thread-safe queue, so Qt never converts Python
    # objects across threads (fewer paths into the bindings' reference counting).
    _wake = Signal()
    #: emitted on the owner's thread after a task's callback ran (or was dropped): task id.
    delivered = Signal(int)

    def __init__(self, parent: QObject | None = None, *,
                 max_threads: int = DEFAULT_MAX_THREADS) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._closed = False
        self._stops: set[threading.Event] = set()  # set at shutdown (stopping_at_shutdown)
        self._results: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *,
               context: QObject | None = None, name: str | None = None) -> TaskHandle:
        """Run `fn()` in a worker; deliver its result or exception on this runner's thread."""
        task_id = next(self._ids)
        label = name or getattr(fn, "__qualname__", None) or repr(fn)
        handle = TaskHandle(task_id, label)
        if self._closed:
            log.warning("task %r submitted after shutdown; ignored", label)
            handle.cancel()
            return handle
        self._pending[task_id] = _Pending(label, on_done, on_error, context, handle)
        self._pool.start(_Job(self, task_id, fn))
        return handle

    @property
    def pending_count(self) -> int:
        """Tasks submitted whose callbacks have not run yet."""
        return len(self._pending)

    @contextmanager
    def stopping_at_shutdown(self) -> Iterator[threading.Event]:
        """For a long task that may be cut short (in the worker): an event set when the
        runner shuts down, so that closing the window need not wait for it."""
        stop = threading.Event()
        if self._closed:
            stop.set()
        self._stops.add(stop)
        try:
            yield stop
        finally:
            self._stops.discard(stop)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Drop queued work, wait for running work; True when every worker has stopped."""
        self._closed = True
        for stop in list(self._stops):
            stop.set()
        self._pool.clear()
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.warning("background work still running after %d ms at shutdown", timeout_ms)
        self._pending.clear()
        return done

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                task_id, ok, value = self._results.get_nowait()
            except queue.Empty:
                return
            self._deliver(task_id, ok, value)

    def _deliver(self, task_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:  # shut down meanwhile
            return
        pending.handle.finished = True
        try:
            if pending.handle.cancelled:
                return
            if pending.context is not None and not shiboken6.isValid(pending.context):
                log.debug("task %r finished after its widget was deleted", pending.name)
                return
            if ok:
                if pending.on_done is not None:
                    pending.on_done(value)
            else:
                assert isinstance(value, BaseException)
                if pending.on_error is not None:
                    pending.on_error(value)
                else:
                    log.error("background task %r failed", pending.name,
                              exc_info=(type(value), value, value.__traceback__))
        except Exception:  # a broken callback must not take the event loop down
            log.exception("callback of background task %r failed", pending.name)
        finally:
            self.delivered.emit(task_id)
