"""Zalo OA: the articles published from bulletins, waiting, removed or refused."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ....services import zalo
from ....station import StationContext
from ...channel_labels import article_state_label
from ...errors import error_text, reason_text
from ...tasks import TaskRunner
from ...widgets import text_label
from .common import buttons, fill, message_label, say, table


class ZaloTab(QWidget):
    def __init__(self, ctx: StationContext, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self.status: zalo.ZaloStatus | None = None
        self.articles: list[zalo.ArticleView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.status_label = text_label()
        self.status_label.setObjectName("zaloTabStatus")
        top.addWidget(self.status_label, 1)
        row, (self.refresh_button,) = buttons("zaloRefresh")
        top.addWidget(row)
        layout.addLayout(top)
        self.table = table(7, "zaloArticles")
        layout.addWidget(self.table, 1)
        self.message = message_label("zaloTabMessage")
        layout.addWidget(self.message)
        self.refresh_button.clicked.connect(self.load)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Bulletin"), self.tr("Revision"), self.tr("State"), self.tr("Published"),
            self.tr("Views"), self.tr("Article id"), self.tr("Problem")])
        self._render()

    def load(self) -> None:
        ctx = self._ctx
        self._tasks.submit(lambda: (zalo.zalo_status(ctx), zalo.list_articles(ctx)),
                           on_done=self._loaded,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="zalo: articles")

    def _loaded(self, result: tuple[zalo.ZaloStatus, list[zalo.ArticleView]]) -> None:
        self.status, self.articles = result
        self._render()

    def _render(self) -> None:
        status = self.status
        if status is None:
            self.status_label.setText("")
        elif not status.connected:
            self.status_label.setText(self.tr(
                "The Zalo OA is not connected: an administrator connects it in Settings."))
        else:
            followers = (f"{status.followers:,}".replace(",", ".")
                         if status.followers is not None else "—")
            self.status_label.setText(self.tr("{name}: {followers} followers").format(
                name=status.oa_name, followers=followers))
        if status is not None and status.problem_message:
            say(self.message, reason_text(status.problem_message),
                error=True)
        rows = []
        for view in self.articles:
            published = view.published_at.strftime("%d/%m/%Y %H:%M") if view.published_at \
                else ""
            views = "" if view.total_view is None else self.tr("{views} (read {day})").format(
                views=view.total_view, day=view.views_read_at.strftime("%d/%m")
                if view.views_read_at else "")
            rows.append([view.title, view.revision, article_state_label(view.state),
                         published, views, view.article_id or "", view.last_error or ""])
        fill(self.table, rows, [v.row_id for v in self.articles])
