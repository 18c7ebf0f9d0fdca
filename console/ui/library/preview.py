"""The preview panel: listen, read, look; how it will look on the board; every detail.

Everything is read in the task runner's workers (details, pictures, slides, waveform,
loudness, downloads); results for an item no longer shown are dropped.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import MediaState
from ...render.slides import BOARD_SIZE, SlideText, fit_image, render_slides
from ...services.data_budget import HELD_BUDGET, HELD_LARGE, BudgetStatus, read_budget, why_waiting
from ...services.library_details import FileInfo, ItemDetails, item_details
from ...services.library_media import DownloadProgress, download_item_media
from ...services.library_query import Validity, mark_seen
from ...services.media_cache import set_pinned
from ...services.permissions import Actor, Permission
from ...station import StationContext
from ..errors import error_text
from ..labels import priority_label
from ..tasks import TaskRunner
from ..widgets import set_text_role, text_label
from .audio import AudioPreview
from .details_view import DetailsView
from .image_view import ImagePreview
from .labels import format_day_time, kind_label, origin_label, validity_label
from .slide_view import SlideView
from .video import VideoPreview

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class PictureUnreadable(Exception):
    """Qt could not decode the picture; `error` is QImageReader's reason (the message
    shown says it in the window's language, str() is Qt's own English)."""

    def __init__(self, error: QImageReader.ImageReaderError, text: str) -> None:
        super().__init__(text)
        self.error = error


def _load_image(path: str) -> QImage:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise PictureUnreadable(reader.error(), reader.errorString())
    return image


def picture_unreadable_text(exc: BaseException) -> str:
    """Why the picture is not shown, for the panel where it would be."""
    error = getattr(exc, "error", None)
    if error == QImageReader.ImageReaderError.UnsupportedFormatError:
        why = translate("Preview", "this computer cannot open pictures in this format")
    elif error == QImageReader.ImageReaderError.InvalidDataError:
        why = translate("Preview", "the file is damaged or is not a picture")
    elif error == QImageReader.ImageReaderError.FileNotFoundError:
        why = translate("Preview", "the file is no longer on this computer")
    else:  # Qt's own words stay in the log
        why = translate("Preview", "the file could not be read")
    return translate("Preview", "The picture cannot be shown: {why}.").format(why=why)


def board_slides(details: ItemDetails, picture: QImage | None) -> list[QImage]:
    """What a board would show for this item (run in a worker)."""
    if details.kind == "image" and picture is not None:
        return [fit_image(picture, BOARD_SIZE)]
    label = {
        "emergency": translate("Preview", "EMERGENCY"),
        "priority": translate("Preview", "PRIORITY NOTICE"),
    }.get(details.priority, translate("Preview", "NOTICE"))
    footer = " · ".join(p for p in (details.issuer, format_day_time(details.published_at)) if p)
    body = details.body or details.summary or ""
    return render_slides(
        SlideText(details.title, body, details.priority, label, footer), BOARD_SIZE
    )


def _size_text(value: int) -> str:
    """"3,2 MB": in the locale's own figures."""
    if value >= 2**30:
        return f"{QLocale().toString(value / 2**30, 'f', 1)} GB"
    return f"{QLocale().toString(value / 2**20, 'f', 1)} MB"


def _duration_text(seconds: float) -> str:
    if seconds < 60:
        return translate("Preview", "{n} s").format(n=max(1, round(seconds)))
    return translate("Preview", "{n} min").format(n=round(seconds / 60))


class PreviewPanel(QWidget):
    #: the item was opened for the first time (the page updates its list and counts)
    seen = Signal(str)
    #: files of the item changed (downloaded now)
    files_changed = Signal(str)
    #: the operator asked to edit a commune-made item
    edit_requested = Signal(str)

    def __init__(
        self, ctx: StationContext, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.tasks = tasks
        self.item_id: str | None = None
        self.details: ItemDetails | None = None
        self._picture: QImage | None = None
        self._slides_for: str | None = None
        self._downloading = False
        self._error: str | None = None
        self.budget: BudgetStatus | None = None  # read with the details
        self.waiting: str | None = None          # why the files wait (data_budget.HELD_*)
        self._progress: DownloadProgress | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(300)
        self._progress_timer.timeout.connect(self._show_progress)
        self.setMinimumWidth(300)

        self.title_label = text_label("subtitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = text_label("muted")
        self.notice_label = text_label("notice")
        self.notice_label.hide()
        self.edit_button = QPushButton()
        self.edit_button.hide()
        self.keep_button = QPushButton()  # "Giữ trên máy này": never evicted from the cache
        self.keep_button.setCheckable(True)
        self.keep_button.hide()
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        # content: the media on top (stack), the text below
        self.audio = AudioPreview(ctx, tasks)
        self.video = VideoPreview()
        self.image = ImagePreview()
        self.missing = QWidget()
        missing_layout = QVBoxLayout(self.missing)
        missing_layout.setContentsMargins(0, 0, 0, 0)
        self.missing_label = text_label("notice")
        self.download_button = QPushButton()
        self.download_button.setProperty("buttonRole", "primary")
        self.download_status = text_label("muted")
        self.download_bar = QProgressBar()  # bytes of a download asked for here
        self.download_bar.setRange(0, 1000)
        self.download_bar.hide()
        missing_layout.addWidget(self.missing_label)
        row = QHBoxLayout()
        row.addWidget(self.download_button)
        row.addWidget(self.download_status, 1)
        missing_layout.addLayout(row)
        missing_layout.addWidget(self.download_bar)
        self.stream_label = text_label()
        self.stream_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.media = QStackedWidget()
        for widget in (self.audio, self.video, self.image, self.missing, self.stream_label):
            self.media.addWidget(widget)
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 6, 0, 0)
        content_layout.setSpacing(8)
        content_layout.addWidget(self.media)
        content_layout.addWidget(self.text_view, 1)

        self.slides = SlideView()
        self.details_view = DetailsView()
        self.tabs = QTabWidget()
        self.tabs.addTab(content, "")
        self.tabs.addTab(self.slides, "")
        self.tabs.addTab(self.details_view, "")

        self.placeholder = text_label("muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(6)
        body_layout.addLayout(head)
        body_layout.addWidget(self.meta_label)
        body_layout.addWidget(self.notice_label)
        body_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.download_button.clicked.connect(self.download_now)
        self.keep_button.clicked.connect(self._keep_clicked)
        self.edit_button.clicked.connect(
            lambda: self.edit_requested.emit(self.item_id) if self.item_id else None
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.placeholder.setText(
            translate(
                "Preview", "Choose an item in the list to listen to it, read it or look at it."
            )
        )
        self.tabs.setTabText(0, translate("Preview", "Content"))
        self.tabs.setTabText(1, translate("Preview", "On the board"))
        self.tabs.setTabText(2, translate("Preview", "Details"))
        self.edit_button.setText(translate("Preview", "Edit…"))
        self.edit_button.setToolTip(
            translate(
                "Preview",
                "Change the title, text, category and validity of this item made in the commune",
            )
        )
        self.download_button.setText(translate("Preview", "Download now"))
        self.keep_button.setText(translate("Preview", "Keep on this PC"))
        self.keep_button.setToolTip(
            translate("Preview", "Its files stay on this computer even when the media cache "
                                 "is full (the cache removes what has not been used for the "
                                 "longest time, never what a programme needs)")
            if self.actor.can(Permission.SYNC) else
            translate("Preview", "Your role cannot change what stays on this computer."))
        self.keep_button.setEnabled(self.actor.can(Permission.SYNC))
        self.text_view.setAccessibleName(translate("Preview", "Text of the item"))
        for widget in (self.audio, self.video, self.image, self.slides, self.details_view):
            widget.retranslate()
        if self.details is not None:
            self._show(self.details)

    # --- showing an item -------------------------------------------------------------------

    def clear(self) -> None:
        self.item_id = None
        self.details = None
        self.audio.stop()
        self.video.stop()
        self.stack.setCurrentWidget(self.placeholder)

    def show_item(self, item_id: str) -> None:
        """Show an item (read in the background); the same item again is read again."""
        if item_id != self.item_id:
            self.audio.stop()
            self.video.stop()
            self._picture = None
            self._slides_for = None
            self._error = None
            self.download_status.setText("")
        self.item_id = item_id
        ctx = self.ctx
        self.tasks.submit(
            lambda: (item_details(ctx.db, ctx.paths.media, item_id), read_budget(ctx)),
            on_done=lambda got: self._loaded(item_id, *got),
            on_error=lambda exc: self._failed(item_id, exc),
            context=self,
            name="preview: details",
        )

    def _loaded(self, item_id: str, details: ItemDetails,
                budget: BudgetStatus | None = None) -> None:
        if item_id != self.item_id:
            return
        self.budget = budget
        first_time = not details.seen
        self.details = details
        self._show(details)
        if first_time:
            db = self.ctx.db
            self.tasks.submit(
                lambda: mark_seen(db, [item_id]),
                on_done=lambda _n: self.seen.emit(item_id),
                context=self,
                name="preview: mark seen",
            )

    def _failed(self, item_id: str, exc: BaseException) -> None:
        if item_id != self.item_id:
            return
        log.error("reading item %s failed: %s", item_id, exc)
        self.details = None
        self.stack.setCurrentWidget(self.placeholder)
        self.placeholder.setText(
            translate("Preview", "This item could not be read: {reason}").format(
                reason=error_text(exc))
        )

    def _show(self, d: ItemDetails) -> None:
        self.stack.setCurrentWidget(self.body)
        self.title_label.setText(d.title)
        meta = [
            priority_label(d.priority),
            kind_label(d.kind),
            d.issuer or origin_label(d.origin),
            format_day_time(d.published_at),
        ]
        self.meta_label.setText(" · ".join(m for m in meta if m))
        notices = []
        if d.validity != Validity.CURRENT:
            notices.append(
                validity_label(d.validity)
                + ": "
                + (
                    translate("Preview", "it will not be broadcast.")
                    if d.validity != Validity.NOT_YET
                    else translate("Preview", "it cannot be broadcast before {when}.").format(
                        when=format_day_time(d.valid_from)
                    )
                )
            )
        if d.local and not d.reviewed:
            notices.append(
                translate(
                    "Preview",
                    "Made in the commune: the leader must approve it before it goes on air.",
                )
            )
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        set_text_role(
            self.notice_label,
            "error" if d.validity in (Validity.EXPIRED, Validity.WITHDRAWN) else "notice",
        )
        self.edit_button.setVisible(d.local and self.actor.can(Permission.IMPORT_CONTENT))
        # Commune-made items are always kept (the cache holds their only copy).
        self.keep_button.setVisible(bool(d.files) and not d.local)
        self.keep_button.setChecked(d.pinned)
        self._show_media(d)
        self._show_text(d)
        self.details_view.show_details(d)
        board = d.kind in ("text", "image") or "board" in d.channels
        self.tabs.setTabEnabled(1, board)
        self.tabs.setTabToolTip(
            1, "" if board else translate("Preview", "This item is not shown on boards.")
        )
        if not board and self.tabs.currentIndex() == 1:
            self.tabs.setCurrentIndex(0)
        self._tab_changed(self.tabs.currentIndex())

    def _show_media(self, d: ItemDetails) -> None:
        file = d.main_file
        if d.kind == "stream":
            self.media.setCurrentWidget(self.stream_label)
            self.stream_label.setText(
                translate("Preview", "Relay of a stream: {url}").format(url=d.stream_url or "—")
            )
            self.media.show()
            return
        if file is None:
            self.media.hide()
            return
        self.media.show()
        if not file.ready:
            self._show_missing(d)
            return
        if d.kind == "audio" or (d.kind != "video" and file.kind == "audio"):
            self.media.setCurrentWidget(self.audio)
            if self.audio.file is None or self.audio.file.sha256 != file.sha256:
                self.audio.load(file)
        elif d.kind == "video" or file.kind == "video":
            self.media.setCurrentWidget(self.video)
            if self.video.file is None or self.video.file.sha256 != file.sha256:
                self.video.load(file)
        elif file.kind == "image":
            self.media.setCurrentWidget(self.image)
            self._load_picture(d.id, file)
        else:
            self.media.hide()

    def _show_missing(self, d: ItemDetails) -> None:
        self.media.setCurrentWidget(self.missing)
        missing = len(d.missing_files)
        self.waiting = (why_waiting(self.budget, [(f.size, f.mime) for f in d.missing_files])
                        if self.budget is not None else None)
        if self.waiting == HELD_LARGE:
            text = translate(
                "Preview",
                "This is a video or a large file ({size}) and this link is metered: it is "
                "downloaded only when you ask for it, or when a programme of the next 48 hours "
                "needs it.")
        elif self.waiting == HELD_BUDGET:
            text = translate(
                "Preview",
                "Today's data budget is used: the file of this item ({size}) comes with "
                "tomorrow's sync, or you can download it now.")
        elif any(f.state == MediaState.EVICTED for f in d.missing_files):
            text = translate(
                "Preview",
                "The file of this item was removed from this computer to save space ({n} "
                "missing). It comes back when a programme needs it, or you can download it "
                "now.")
        else:
            text = translate(
                "Preview",
                "The file of this item is not on this computer yet ({n} missing). It will be "
                "downloaded with the next sync, or you can download it now.")
        size = sum(f.size for f in d.missing_files)
        self.missing_label.setText(text.format(n=missing, size=_size_text(size)))
        self.download_button.setText(
            translate("Preview", "Download") if self.waiting
            else translate("Preview", "Download now"))
        allowed = self.actor.can(Permission.SYNC)
        self.download_button.setEnabled(allowed and not self._downloading)
        self.download_button.setToolTip(
            ""
            if allowed
            else translate(
                "Preview", "Your role cannot download files; ask an operator or the administrator."
            )
        )
        if self._error:
            self.download_status.setText(self._error)

    def _show_text(self, d: ItemDetails) -> None:
        parts = []
        if d.summary and d.summary != d.body:
            parts.append(f"<p><b>{html.escape(d.summary)}</b></p>")
        for paragraph in (d.body or "").split("\n"):
            if paragraph.strip():
                parts.append(f"<p>{html.escape(paragraph)}</p>")
        if not parts:
            self.text_view.hide()
            return
        size = "large" if d.kind == "text" else "medium"
        self.text_view.setHtml(
            f'<div style="font-size:{size}; line-height:140%">' + "".join(parts) + "</div>"
        )
        self.text_view.show()

    # --- pictures and slides ---------------------------------------------------------------

    def _load_picture(self, item_id: str, file: FileInfo) -> None:
        if self._picture is not None:
            self.image.set_image(self._picture)
            return
        self.image.set_image(None)
        path = str(file.path)
        self.tasks.submit(
            lambda: _load_image(path),
            on_done=lambda image: self._picture_loaded(item_id, image),
            on_error=lambda exc: self._picture_failed(item_id, path, exc),
            context=self,
            name="preview: picture",
        )

    def _picture_failed(self, item_id: str, path: str, exc: BaseException) -> None:
        log.warning("picture %s unreadable: %s", path, exc)
        if item_id == self.item_id:
            self.image.set_message(picture_unreadable_text(exc))

    def _picture_loaded(self, item_id: str, image: QImage) -> None:
        if item_id != self.item_id:
            return
        self._picture = image
        self.image.set_image(image)
        if self.tabs.currentIndex() == 1:
            self._slides_for = None
            self._tab_changed(1)

    def _tab_changed(self, index: int) -> None:
        d = self.details
        if index != 1 or d is None or self._slides_for == d.id:
            return
        if d.kind == "image" and self._picture is None:
            main = d.main_file
            if main is None or not main.ready:
                self.slides.set_message(
                    translate("Preview", "The picture is not on this computer yet.")
                )
                return
            self.slides.set_message(translate("Preview", "Loading the picture…"))
            return  # _picture_loaded renders the slide
        self._slides_for = d.id
        self.slides.set_message(translate("Preview", "Drawing the slides…"))
        picture = self._picture
        self.tasks.submit(
            lambda: board_slides(d, picture),
            on_done=lambda pages: self._slides_ready(d.id, pages),
            on_error=lambda exc: self.slides.set_message(
                translate("Preview", "The slides could not be drawn: {reason}").format(
                    reason=error_text(exc))
            ),
            context=self,
            name="preview: slides",
        )

    def _slides_ready(self, item_id: str, pages: list[QImage]) -> None:
        if item_id != self.item_id:
            return
        note = (
            translate(
                "Preview", "The text fills {n} slides; the board shows them one after another."
            ).format(n=len(pages))
            if len(pages) > 1
            else ""
        )
        self.slides.set_pages(pages, note)

    # --- download now ----------------------------------------------------------------------

    def download_now(self) -> None:
        if self.item_id is None or self._downloading:
            return
        item_id, ctx, actor = self.item_id, self.ctx, self.actor
        self._downloading = True
        self._error = None
        self.download_button.setEnabled(False)
        self.download_status.setText(translate("Preview", "Downloading…"))
        progress = self._progress = DownloadProgress()
        self.download_bar.setValue(0)
        self.download_bar.show()
        self._progress_timer.start()
        self.tasks.submit(
            lambda: download_item_media(ctx, actor, [item_id], progress=progress),
            on_done=lambda _stats: self._downloaded(item_id),
            on_error=lambda exc: self._download_failed(item_id, exc),
            context=self,
            name="preview: download now",
        )

    def _show_progress(self) -> None:
        """The bytes received so far and the time left, from the worker's counter."""
        if self._progress is None:
            return
        done, total, left = self._progress.snapshot()
        if total <= 0:
            return
        self.download_bar.setValue(min(1000, done * 1000 // total))
        if left is None:
            text = translate("Preview", "Downloading: {done} of {total}…")
        else:
            text = translate("Preview", "Downloading: {done} of {total}, about {left} left…")
        self.download_status.setText(text.format(
            done=_size_text(done), total=_size_text(total), left=_duration_text(left or 0)))

    def _stop_progress(self) -> None:
        self._progress_timer.stop()
        self._progress = None
        self.download_bar.hide()

    def _downloaded(self, item_id: str) -> None:
        self._stop_progress()
        self._downloading = False
        self.files_changed.emit(item_id)
        if item_id == self.item_id:
            self.download_status.setText(translate("Preview", "Downloaded."))
            self.show_item(item_id)

    def _download_failed(self, item_id: str, exc: BaseException) -> None:
        self._stop_progress()
        self._downloading = False
        log.warning("download now of %s failed: %s", item_id, exc)
        if item_id == self.item_id:
            self._error = translate("Preview", "Could not download: {reason}").format(
                reason=error_text(exc))
            self.download_status.setText(self._error)
            self.download_button.setEnabled(self.actor.can(Permission.SYNC))

    # --- keep on this PC -------------------------------------------------------------------

    def _keep_clicked(self, keep: bool) -> None:
        if self.item_id is None:
            return
        ctx, actor, item_id = self.ctx, self.actor, self.item_id
        self.keep_button.setEnabled(False)
        self.tasks.submit(
            lambda: set_pinned(ctx, actor, [item_id], keep),
            on_done=lambda _n: self._kept(item_id),
            on_error=lambda exc: self._keep_failed(item_id, exc),
            context=self,
            name="preview: keep on this PC",
        )

    def _kept(self, item_id: str) -> None:
        self.keep_button.setEnabled(self.actor.can(Permission.SYNC))
        if item_id == self.item_id:
            self.show_item(item_id)

    def _keep_failed(self, item_id: str, exc: BaseException) -> None:
        log.warning("keeping %s on this PC failed: %s", item_id, exc)
        self.keep_button.setEnabled(self.actor.can(Permission.SYNC))
        if item_id == self.item_id:
            self.show_item(item_id)
        QMessageBox.warning(self, translate("Preview", "Keep on this PC"), error_text(exc))

    @property
    def downloading(self) -> bool:
        return self._downloading
