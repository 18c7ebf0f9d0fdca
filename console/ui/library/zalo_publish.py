"""Publishing the chosen bulletins to the commune's Zalo OA, from the library or a programme.

Asks first (it goes out to the public), then queues each bulletin through the service; the
background worker sends them, offline ones when the link returns. The boxes stay reachable
(`confirm_box`, `result_box`) so a test clicks them like a person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services import zalo
from ...station import StationContext
from ..errors import error_text
from ..tasks import TaskRunner


class ZaloPublishing(QObject):
    def __init__(self, ctx: StationContext, actor: object, tasks: TaskRunner,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._tasks, self._parent = ctx, actor, tasks, parent
        self.confirm_box: QMessageBox | None = None
        self.result_box: QMessageBox | None = None

    def publish(self, item_ids: list[str], titles: list[str]) -> None:
        if not item_ids:
            return
        names = "\n".join(f"• {t}" for t in titles[:8]) + ("\n…" if len(titles) > 8 else "")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Publish to Zalo"), self.tr(
            "Publish on the commune's Zalo OA, for everyone to read?\n\n{titles}").format(
            titles=names), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _r: self._answered(box, item_ids))
        self.confirm_box = box
        box.open()

    def publish_programme(self, programme_id: int, name: str) -> None:
        ctx, actor = self._ctx, self._actor
        self._run(lambda: zalo.publish_programme(ctx, actor, programme_id))  # type: ignore[arg-type]

    def _answered(self, box: QMessageBox, item_ids: list[str]) -> None:
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        ctx, actor = self._ctx, self._actor
        self._run(lambda: [zalo.publish_item(ctx, actor, i) for i in item_ids])  # type: ignore[arg-type]

    def _run(self, work: Callable[[], list[zalo.ArticleView]]) -> None:
        self._tasks.submit(work, on_done=self._queued, on_error=self._failed,
                           context=self._parent, name="zalo: publish")

    def _queued(self, views: list[zalo.ArticleView]) -> None:
        done = [v for v in views if v.article_id]
        if done and len(done) == len(views):
            text = self.tr("Already on the OA: the same revision is never published twice.")
        else:
            text = self.tr("{count} article(s) queued for the Zalo OA. They go out in the "
                           "background, also later if the connection is down now.").format(
                count=len(views) - len(done))
        self._tell(QMessageBox.Icon.Information, text)

    def _failed(self, exc: BaseException) -> None:
        self._tell(QMessageBox.Icon.Warning, error_text(exc))

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Publish to Zalo"), text, QMessageBox.StandardButton.Ok,
                          self._parent)
        self.result_box = box
        box.open()
