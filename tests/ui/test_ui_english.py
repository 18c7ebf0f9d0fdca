"""No English reaches a Vietnamese screen: every page, every settings section and every
dialog, opened in Vietnamese, shows none of a list of common English words.

Texts are read the way a person sees them: labels, buttons, group and tab titles, table
headings and cells, list and combo entries, placeholders, window titles and menus. Paths and web
addresses are left out (a data folder's name is not the interface's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabBar,
    QWidget,
)

from console.models.enums import Role
from console.services.local_content import ImportReport, LocalItemChanges
from console.services.permissions import Actor
from console.services.users import UserService
from console.station import StationContext
from console.ui.dialogs import FirstRunDialog
from console.ui.dialogs.accounts import AddUserDialog, RoleDialog
from console.ui.dialogs.campaign_dialog import CampaignDialog
from console.ui.dialogs.passwords import ChangePasswordDialog, OneTimePasswordDialog
from console.ui.help import AboutDialog, HelpWindow
from console.ui.library.import_dialog import EditItemDialog, ImportReportDialog
from console.ui.main_window import MainWindow
from console.ui.pages.settings import SettingsPage
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)

# Common English words that have no place in the Vietnamese interface ("to" and "no" are
# Vietnamese words too: "to" big, "no" full).
ENGLISH = {
    "the", "and", "or", "of", "is", "are", "not", "yes", "save", "cancel",
    "close", "open", "add", "remove", "delete", "edit", "change", "settings", "password",
    "user", "name", "sign", "log", "login", "error", "failed", "please", "select", "choose",
    "file", "files", "folder", "help", "about", "account", "accounts", "role", "check",
    "connection", "server", "today", "library", "programme", "programmes", "schedule",
    "device", "devices", "emergency", "report", "reports", "outbox", "refresh", "search",
    "new", "apply", "back", "next", "done", "copy", "from", "with", "for", "this", "that",
    "none", "when", "who", "what", "show", "hide", "loading", "unknown", "disabled",
    "enabled", "active", "locked", "audit", "rules", "general", "source", "export",
    "minutes", "never", "everyone", "everything", "kind", "person", "date", "time",
    "version", "licence", "license", "guide", "quiet", "hours", "daily", "limit", "volume",
    "default", "village", "villages", "record", "play", "stop", "send", "sent", "waiting",
}
WORD = re.compile(r"\w+")  # whole words: "Toàn" is not "To"
# Names of products, and the names of fields in the Zalo developer console, written as their
# makers write them in Vietnamese too.
PROPER_NAMES = ("Zalo Official Account", "Windows Credential Manager", "(refresh token)")


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, horizontal = widget.model(), widget.orientation()
            count = model.columnCount() if horizontal == Qt.Orientation.Horizontal \
                else model.rowCount()
            texts += [str(model.headerData(i, horizontal) or "") for i in range(count)]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root_index = QModelIndex()
            columns = 1 if isinstance(widget, QListView) else model.columnCount(root_index)
            texts += [str(model.index(r, c, root_index).data() or "")
                      for r in range(min(model.rowCount(root_index), 40))
                      for c in range(columns)]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QMenu):
            texts += [widget.title()] + [a.text() for a in widget.actions()]
    return [t for t in texts if t]


def english_words(root: QWidget) -> dict[str, str]:
    """English word → the text it was found in."""
    found: dict[str, str] = {}
    for text in _visible_texts(root):
        kept = " ".join(part for part in text.split() if "/" not in part and "\\" not in part)
        for name in PROPER_NAMES:
            kept = kept.replace(name, "")
        for word in WORD.findall(kept):
            if word.lower() in ENGLISH:
                found.setdefault(word, text)
    return found


@pytest.fixture
def admin_window(qtbot, ctx: StationContext, tasks: TaskRunner,  # type: ignore[no-untyped-def]
                 prefs: UiPreferences) -> Iterator[MainWindow]:
    UserService(ctx.db).create_first_admin("quantri", "quan-tri-2026", "Quản trị")
    window = MainWindow(ctx, Actor("quantri", Role.ADMIN, "Quản trị"), tasks=tasks,
                        prefs=prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)


def _settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)


def test_every_page_and_settings_section_is_vietnamese(qtbot, admin_window: MainWindow,
                                                       tasks: TaskRunner) -> None:
    seen: dict[str, dict[str, str]] = {}
    for page in admin_window.pages:
        admin_window.show_page(page.key)
        _settle(qtbot, tasks)
        seen[page.key] = english_words(admin_window)
        if isinstance(page, SettingsPage):
            for section in page.sections:
                page.show_section(section.key)
                _settle(qtbot, tasks)
                seen[f"settings/{section.key}"] = english_words(admin_window)
    settings = admin_window.show_page("settings")
    assert len(seen) == len(admin_window.pages) + len(settings.sections)  # type: ignore[attr-defined]
    assert {key: words for key, words in seen.items() if words} == {}


def test_the_sign_in_panel_and_the_menus_are_vietnamese(qtbot, admin_window: MainWindow,
                                                        tasks: TaskRunner) -> None:
    admin_window.lock("idle")
    assert english_words(admin_window) == {}
    for menu in (admin_window.account_menu, admin_window.help_menu):
        assert english_words(menu) == {}
        assert menu.title() and all(a.text() for a in menu.actions())


def test_every_dialog_is_vietnamese(qtbot, ctx: StationContext, tasks: TaskRunner,  # type: ignore[no-untyped-def]
                                    prefs: UiPreferences, tmp_path: Path) -> None:
    users = UserService(ctx.db)
    admin = Actor("quantri", Role.ADMIN)
    dialogs: list[QDialog] = [
        FirstRunDialog(users, tasks),
        ChangePasswordDialog(users, tasks, "vanhanh"),
        ChangePasswordDialog(users, tasks, "vanhanh", old_password="abcdefghjk"),
        OneTimePasswordDialog("vanhanh", "abcdefghjk"),
        AddUserDialog(),
        RoleDialog("vanhanh", Role.OPERATOR),
        HelpWindow(),
        AboutDialog(),
        CampaignDialog(ctx, admin, tasks),
        ImportReportDialog(ImportReport()),
        EditItemDialog(LocalItemChanges(title="Thông báo"), [], ["vi"]),
    ]
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        _settle(qtbot, tasks)
        words = english_words(dialog)
        if words:
            found[type(dialog).__name__] = words
        dialog.close()
    assert found == {}
    assert QApplication.instance() is not None


def test_the_check_finds_english_where_there_is_some(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Lưu tệp / Save the file", root)
    hidden = QLabel("Cancel", root)
    hidden.hide()
    QLabel("Dữ liệu: /tmp/data-of-the-station", root)
    root.show()
    assert label.isVisible()
    assert english_words(root) == {"Save": label.text(), "the": label.text(),
                                   "file": label.text()}
