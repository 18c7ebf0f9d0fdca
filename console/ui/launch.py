"""Open the window: application, single-instance lock, database, first admin, main window.

The window opens on its sign-in panel (console.ui.sign_in): the live link runs from the
start, so an emergency from the province shows even before anyone signs in.

Exit codes: 0 normal (also when the user quits at login), 2 the database cannot be opened
(too new, damaged and no restore chosen, migration failed; nothing is changed), 3 another
console already has this data folder open, 1 anything unexpected. A damaged database is
offered its last backup; the damaged file is kept aside.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import __version__, qtlog
from ..app import DatabaseCorrupt, DatabaseError, DatabaseTooNew, open_station
from ..app.console_app import ConsoleApp
from ..app.instance_channel import InstanceChannel, ask_first_to_show
from ..app.instance_lock import acquire_instance_lock
from ..backup import latest_good_backup
from ..demo import DemoSession, start_demo
from ..paths import DataPaths
from ..services.errors import ServiceError
from ..services.permissions import Actor
from ..services.restore import RestoreSession
from ..services.users import UserService
from ..services.workstation import needs_database_choice
from ..settings import UI_DEVICES_HIDDEN, UI_FONT_SCALE, UI_LANGUAGE
from ..station import StationContext
from ..timezone import STATION_TZ
from .dialogs import DatabaseChoiceDialog, FirstRunDialog, LoginDialog
from .frontdoor import FrontDoor
from .i18n import DEFAULT_LANGUAGE, Translations, bilingual
from .live_bridge import LiveLinkBridge
from .main_window import MainWindow
from .preferences import UiPreferences, saved_layouts
from .tasks import TaskRunner
from .theme import apply_look

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_DATABASE, EXIT_ALREADY_OPEN = 0, 1, 2, 3
APP_NAME = "Commune Broadcast Console"
ORG_NAME = "CommuneConsole"

# Shown before the station's language is known, so in Vietnamese and English together.
ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "Launch", "The console is already open for this data folder. Use the window that is "
    "already open (look in the taskbar).")
TOO_NEW = QT_TRANSLATE_NOOP(
    "Launch", "This station's data was saved by a newer version of the console. Install the "
    "newer version; the data has not been changed.")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Launch", "The station's data cannot be opened. Nothing has been changed. Ask your IT "
    "staff for help, and give them this message.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Launch", "The station's database is damaged (after a power cut or a disk fault). The "
    "console can put back the last backup, saved {saved}. The damaged file is kept aside, "
    "not deleted. What was entered after that backup must be entered again.")
DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Launch", "The station's database is damaged (after a power cut or a disk fault) and "
    "there is no backup to put back. Nothing has been changed. Ask your IT staff for help, "
    "and give them this message.")
RESTORE_BUTTON = QT_TRANSLATE_NOOP("Launch", "Restore the last backup")
QUIT_BUTTON = QT_TRANSLATE_NOOP("Launch", "Quit")
RESTORE_SIGN_IN = QT_TRANSLATE_NOOP(
    "Launch", "Only an administrator may put a backup back. Sign in with an administrator's "
    "user name and password as they were when the backup was saved.")
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Launch", "The backup could not be put back. Nothing more has been changed. Ask your IT "
    "staff for help, and give them this message.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Launch", "The console stopped because of an unexpected problem. The details are in the "
    "log file.")


def show_message(title: str, text: str, *, details: str | None = None) -> None:
    """A plain, modal error box (replaced in tests)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    if details:
        box.setDetailedText(details)
    box.exec()


def offer_restore(text: str, *, details: str) -> bool:
    """Ask whether to put back the last backup (replaced in tests). True: restore."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setDetailedText(details)
    restore = box.addButton(bilingual("Launch", RESTORE_BUTTON).replace("\n\n", " / "),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(bilingual("Launch", QUIT_BUTTON).replace("\n\n", " / "),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_restorer(session: RestoreSession) -> Actor | None:
    """An administrator signs in against the backup's own users (replaced in tests)."""
    tasks = TaskRunner()  # the password check is slow on purpose: never on the UI thread
    try:
        dialog = LoginDialog(session, tasks, station_name=bilingual("Launch", RESTORE_SIGN_IN))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor
    finally:
        tasks.shutdown()


def _restore_after_damage(exc: DatabaseCorrupt) -> bool:
    """Offer the newest whole backup; True when an administrator put it back (the damaged
    file kept aside, the restore audited under their name)."""
    log.error("%s", exc)
    backup = latest_good_backup(exc.path.parent / "backups")
    if backup is None:
        show_message(APP_NAME, bilingual("Launch", DAMAGED_NO_BACKUP), details=str(exc))
        return False
    saved = dt.datetime.fromtimestamp(backup.stat().st_mtime, STATION_TZ).strftime("%d/%m/%Y %H:%M")
    if not offer_restore(bilingual("Launch", DAMAGED).format(saved=saved),
                         details=f"{exc}\n{backup}"):
        return False
    session = RestoreSession(DataPaths(exc.path.parent), backup)
    try:
        session.stage()
        actor = ask_restorer(session)
        if actor is None:
            return False
        result = session.install(actor, aside="corrupt")
    except ServiceError as err:
        log.error("restoring %s failed: %s", backup, err)
        show_message(APP_NAME, bilingual("Launch", RESTORE_FAILED), details=str(err))
        return False
    finally:
        session.discard()
    log.warning("%s restored %s after damage; damaged file kept as %s", actor.username,
                backup, result.kept)
    return True


def create_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    return app


def warn_about_known_binding_bugs() -> None:
    """PySide6 6.12.0 miscounts references to None/True; Python < 3.12 then aborts.

    Seen here: every `Signal.emit()` drops a reference to True and every void call (such
    as `QLabel.setText`) one to None, so a console left open for an hour or two dies with
    "Fatal Python error: none_dealloc". Python 3.12+ makes those objects immortal.
    """
    import PySide6

    if PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12):
        log.error("PySide6 6.12.0 on Python %d.%d crashes long sessions (reference-count "
                  "bug); use PySide6 6.11 or Python 3.12 or newer", *sys.version_info[:2])


def run_gui(root: Path, demo: bool = False, minimized: bool = False) -> int:
    """Run the console window on the data folder `root` until it is closed."""
    app = create_application()
    qtlog.install()
    warn_about_known_binding_bugs()
    apply_look(app)
    translations = Translations(app)
    translations.install(DEFAULT_LANGUAGE)
    try:
        lock = acquire_instance_lock(root)
        if lock is None:
            if ask_first_to_show(root):  # the console already running shows its window
                log.info("another launch on %s: the running console was brought forward", root)
                return EXIT_OK
            show_message(APP_NAME, bilingual("Launch", ALREADY_OPEN))
            return EXIT_ALREADY_OPEN
        try:
            return _run_locked(app, translations, root, demo, minimized)
        finally:
            lock.unlock()
    finally:
        translations.uninstall()


def _choose_database(root: Path) -> bool:
    """A new data folder: this PC only, or the station's server. False: the person quit."""
    tasks = TaskRunner()
    try:
        return DatabaseChoiceDialog(root, tasks).exec() == QDialog.DialogCode.Accepted
    finally:
        tasks.shutdown()


def _run_locked(app: QApplication, translations: Translations, root: Path, demo: bool,
                minimized: bool = False) -> int:
    if not demo and not minimized and needs_database_choice(root) and not _choose_database(root):
        return EXIT_OK
    while True:
        outcome = _open_and_run(app, translations, root, demo, minimized)
        if isinstance(outcome, int):
            return outcome
        # A restore chosen in the window: the station is closed now; put the backup in
        # place (the current database waits aside until the restored one opens), then open
        # the station again with the window showing.
        try:
            outcome()
        except ServiceError as err:
            log.error("restoring from the window failed: %s", err)
            show_message(APP_NAME, bilingual("Launch", RESTORE_FAILED), details=str(err))
        minimized = False


def _open_and_run(app: QApplication, translations: Translations, root: Path, demo: bool,
                  minimized: bool = False) -> int | Callable[[], None]:
    """The exit code, or what to do with the station closed before opening it again."""
    try:
        try:
            ctx = open_station(root, demo=demo)
        except DatabaseCorrupt as exc:
            if not _restore_after_damage(exc):
                return EXIT_DATABASE
            ctx = open_station(root, demo=demo)
    except DatabaseTooNew as exc:
        log.error("refusing a database from a newer version: %s", exc)
        show_message(APP_NAME, bilingual("Launch", TOO_NEW), details=str(exc))
        return EXIT_DATABASE
    except (DatabaseError, OSError) as exc:
        log.error("cannot open the station data in %s: %s", root, exc)
        show_message(APP_NAME, bilingual("Launch", CANNOT_OPEN), details=str(exc))
        return EXIT_DATABASE
    try:
        return _run_opened(app, translations, ctx, minimized)
    except Exception as exc:
        log.exception("the console stopped unexpectedly")
        show_message(APP_NAME, QCoreApplication.translate("Launch", UNEXPECTED),
                     details=f"{type(exc).__name__}: {exc}")
        return EXIT_ERROR
    finally:
        ctx.close()


def run_event_loop(app: QApplication) -> int:
    """The console's event loop (replaced in tests that only start the window)."""
    return app.exec()


def _run_opened(app: QApplication, translations: Translations, ctx: StationContext,
                minimized: bool = False) -> int | Callable[[], None]:
    tasks = TaskRunner()
    prefs = UiPreferences(app, translations, ctx.settings, tasks,
                          language=ctx.settings.get(UI_LANGUAGE),
                          font_scale=ctx.settings.get(UI_FONT_SCALE),
                          devices_hidden=ctx.settings.get(UI_DEVICES_HIDDEN),
                          layouts=saved_layouts(ctx.settings))
    prefs.apply_all()
    session: DemoSession | None = None
    try:
        session = start_demo(ctx) if ctx.demo else None
        # The workers run before anyone signs in: after a power cut this computer's
        # speakers play the programme even with nobody at the PC.
        console = ConsoleApp(ctx, prepare=session.prepare if session else None).start()
        console.playout.start(console.playout.target_ids())
        live = LiveLinkBridge(console.live)
        live.start()
        channel: InstanceChannel | None = None
        front: FrontDoor | None = None
        try:
            def sign_in() -> Actor | bool | None:
                """Who the window opens for: the demo's admin, a first admin just made, or
                None (the window signs in on its own panel); False when the person quits
                the first run."""
                if session is not None:
                    return session.actor
                if UserService(ctx.db).has_users():
                    return None
                first = FirstRunDialog(UserService(ctx.db), tasks)
                if first.exec() != QDialog.DialogCode.Accepted:
                    return False
                return first.actor

            def make_window(actor: Actor | None) -> MainWindow:
                window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs, live=live,
                                    delivery=console.delivery, playout=console.playout)
                window.signed_in.connect(
                    lambda who: log.info("signed in as %s (%s)", who.username, who.role.value))
                return window

            front = FrontDoor(app, ctx, sign_in=sign_in, make_window=make_window, live=live,
                              tasks=tasks)
            channel = InstanceChannel(ctx.paths.root, front.open_window)
            if not minimized and not front.open_window():
                return EXIT_OK  # nobody signed in at a normal start: the person quit
            code = run_event_loop(app)
            return front.after_restart or code
        finally:
            if channel is not None:
                channel.close()
            if front is not None:  # the window and the tray go with this run of the loop
                if front.window is not None:
                    front.window.deleteLater()
                front.deleteLater()
            console.stop()
            if front is not None:
                front.shutdown()
    finally:
        tasks.shutdown()
        prefs.save_remaining()
        if session is not None:
            session.stop()
