"""The user guide inside the console (offline Markdown with pictures) and "About".

The guide is console/help/<language>/*.md (Vietnamese; other languages fall back to it),
one file per topic, its first line the topic's title. F1 opens the topic of the page on
screen. About shows the version, the console's licence (MIT) and the licences of the
software it ships.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..licences import project_licence, third_party_notices, third_party_texts
from .widgets import text_label

log = logging.getLogger(__name__)

# The guide's topics in reading order; a page's key (or a settings section's) maps to one.
TOPICS = ("index", "day", "week", "emergency", "devices", "reports", "plan", "sync",
          "backups", "accounts", "settings", "audit", "errors")
PAGE_TOPICS = {"today": "day", "library": "day", "programmes": "week", "schedule": "week",
               "outbox": "sync"}
DEFAULT_LANGUAGE = "vi"


def help_dir(language: str = DEFAULT_LANGUAGE) -> Path:
    """console/help/<language>, beside the package (so also in a frozen build)."""
    base = resources.files("console") / "help"
    root = Path(str(base)) if not isinstance(base, Path) else base
    folder = root / language
    return folder if folder.is_dir() else root / DEFAULT_LANGUAGE


def topic_file(topic: str, language: str = DEFAULT_LANGUAGE) -> Path:
    topic = PAGE_TOPICS.get(topic, topic)
    path = help_dir(language) / f"{topic}.md"
    return path if path.is_file() else help_dir(language) / "index.md"


def topic_title(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as text:
            first = text.readline()
    except OSError:
        return path.stem
    return first.lstrip("#").strip() or path.stem


class HelpWindow(QDialog):
    """Topics on the left, the chosen one on the right; links between topics work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setModal(False)
        self.resize(1000, 680)
        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(help_dir())])
        splitter = QSplitter()
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        for topic in TOPICS:
            path = topic_file(topic)
            item = QListWidgetItem(topic_title(path))
            item.setData(256, topic)
            self.topics.addItem(item)
        self.topics.currentRowChanged.connect(self._topic_picked)
        self.browser.sourceChanged.connect(self._source_changed)
        self.topic = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.topics.setAccessibleName(self.tr("Topics of the guide"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_topic(self, topic: str) -> None:
        path = topic_file(topic)
        self.topic = path.stem
        self.browser.setSource(QUrl.fromLocalFile(str(path)),
                               QTextDocument.ResourceType.MarkdownResource)
        self._select(path.stem)

    def _select(self, topic: str) -> None:
        for row in range(self.topics.count()):
            if self.topics.item(row).data(256) == topic:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(row)
                self.topics.blockSignals(False)
                return

    def _topic_picked(self, row: int) -> None:
        if row >= 0:
            self.show_topic(self.topics.item(row).data(256))

    def _source_changed(self, url: QUrl) -> None:
        stem = Path(url.toLocalFile()).stem
        if stem:
            self.topic = stem
            self._select(stem)


class AboutDialog(QDialog):
    """Version and licences: the console's (MIT) and those of the software it ships."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.resize(820, 600)
        self.tabs = QTabWidget()
        about = QWidget()
        about_layout = QVBoxLayout(about)
        self.name_label = text_label("title")
        self.version_label = text_label("subtitle")
        self.summary_label = text_label()
        for widget in (self.name_label, self.version_label, self.summary_label):
            about_layout.addWidget(widget)
        about_layout.addStretch(1)
        self.licence_text = QPlainTextEdit(project_licence())
        self.licence_text.setReadOnly(True)
        others = QWidget()
        others_layout = QVBoxLayout(others)
        self.notices = QTextBrowser()
        self.notices.setMarkdown(third_party_notices())
        self.notices.setOpenExternalLinks(True)
        self.text_picker = QComboBox()
        self._texts = third_party_texts()
        for title, _path in self._texts:
            self.text_picker.addItem(title)
        self.full_text = QPlainTextEdit()
        self.full_text.setReadOnly(True)
        self.full_caption = text_label("muted")
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.full_caption)
        picker_row.addWidget(self.text_picker, 1)
        others_layout.addWidget(self.notices, 2)
        others_layout.addLayout(picker_row)
        others_layout.addWidget(self.full_text, 3)
        self.tabs.addTab(about, "")
        self.tabs.addTab(self.licence_text, "")
        self.tabs.addTab(others, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.text_picker.currentIndexChanged.connect(self._show_text)
        self._show_text(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About the console"))
        self.name_label.setText(self.tr("Commune Broadcast Console"))
        self.version_label.setText(self.tr("Version {version}").format(version=__version__))
        self.summary_label.setText(self.tr(
            "For commune radio stations: bulletins from the province, programmes, "
            "loudspeaker clusters and public boards, working on when the connection is "
            "down. Free software under the MIT licence: you may use, copy, change and "
            "hand it on, keeping the licence notice. It comes without any warranty."))
        self.tabs.setTabText(0, self.tr("About"))
        self.tabs.setTabText(1, self.tr("Licence (MIT)"))
        self.tabs.setTabText(2, self.tr("Third-party software"))
        self.full_caption.setText(self.tr("Full licence text:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_text(self, index: int) -> None:
        if not 0 <= index < len(self._texts):
            self.full_text.setPlainText("")
            return
        path = self._texts[index][1]
        try:
            self.full_text.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            log.warning("cannot read licence text %s: %s", path, exc)
            self.full_text.setPlainText(str(path))
