"""`commune-console --self-test`: is this installation (frozen or not) able to run?

Runs doctor's checks against a throw-away data folder (so the bundled migrations really
run), checks the compiled translations and the user guide with its pictures and the
licences, and opens and closes the main window offscreen.
Exits non-zero when anything fails. Used by installer/build.py on the frozen app.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from ..services.doctor import Check, run_checks

log = logging.getLogger(__name__)


def _migrations(root: Path) -> Check:
    from ..app import open_station
    from ..db import head_revision

    try:
        open_station(root).close()
    except Exception as exc:  # reported as a failed check
        return Check("migrations", "fail", f"{type(exc).__name__}: {exc}")
    return Check("migrations", "ok", f"a new database migrated to schema {head_revision()}")


def _translations() -> Check:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ..ui.i18n import qm_file

    translator = QTranslator()
    path = qm_file("vi")
    if not translator.load(str(path)):
        return Check("translations", "fail", f"cannot load {path}")
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("Navigation", "Library")
    finally:
        QCoreApplication.removeTranslator(translator)
    if text != "Thư viện":
        return Check("translations", "fail", f"'Library' translated as {text!r}")
    return Check("translations", "ok", f"Vietnamese from {path.name}")


def _help() -> Check:
    """The user guide (every topic, its pictures) and the licences travel with the program."""
    import re

    from ..licences import project_licence, third_party_notices
    from ..ui.help import TOPICS, help_dir, topic_file

    missing = [t for t in TOPICS if topic_file(t).stem != t]
    pictures = set()
    for topic in TOPICS:
        pictures |= set(re.findall(r"\]\((images/[^)]+)\)",
                                   topic_file(topic).read_text(encoding="utf-8")))
    missing += [p for p in sorted(pictures) if not (help_dir() / p).is_file()]
    if missing:
        return Check("help", "fail", "missing from the guide: " + ", ".join(missing))
    if not project_licence().startswith("MIT License") or "LGPL" not in third_party_notices():
        return Check("help", "fail", "the licence texts are missing")
    return Check("help", "ok", f"{len(TOPICS)} topics, {len(pictures)} pictures, licences")


def _window(root: Path) -> Check:
    from PySide6.QtWidgets import QApplication

    from ..app import open_station
    from ..demo import seed_station
    from ..services.permissions import SYSTEM
    from ..ui.i18n import Translations
    from ..ui.main_window import MainWindow
    from ..ui.preferences import UiPreferences
    from ..ui.tasks import TaskRunner

    app = QApplication.instance()
    ctx = open_station(root)
    tasks = TaskRunner()
    try:
        seed_station(ctx)  # exercises migrations, users (scrypt) and settings in the bundle
        translations = Translations(app)  # type: ignore[arg-type]
        prefs = UiPreferences(app, translations, ctx.settings, tasks,  # type: ignore[arg-type]
                              language="vi", font_scale=1.0)
        prefs.apply_all()
        window = MainWindow(ctx, SYSTEM, tasks=tasks, prefs=prefs)
        window.show()
        # Visit every page: each one's first activation loads what it needs (charts, the
        # media player, the map), which must be in the bundle too.
        for page in list(window.pages):
            window.show_page(page.key)
            for _ in range(10):
                app.processEvents()  # type: ignore[union-attr]
        pages = len(window.pages)
        window.close()
        translations.uninstall()
    finally:
        tasks.shutdown()
        ctx.close()
    return Check("main_window", "ok", f"opened offscreen, {pages} pages visited, closed")


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .. import qtlog

    qtlog.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    with tempfile.TemporaryDirectory(prefix="commune-console-selftest-") as tmp:
        root = Path(tmp) / "data"
        results = [_migrations(root)]
        results += run_checks(root, root / "console.sqlite3")
        for name, check in (("translations", _translations), ("help", _help),
                            ("main_window", lambda: _window(root))):
            try:
                results.append(check())
            except Exception as exc:  # a failed check is a result
                log.exception("self-test %s failed", name)
                results.append(Check(name, "fail", f"{type(exc).__name__}: {exc}"))
    marks = {"ok": "OK  ", "warn": "WARN", "fail": "FAIL"}
    out = sys.stdout
    if out is not None:  # a windowed frozen exe has no stdout
        for check in results:
            out.write(f"[{marks[check.status]}] {check.name}: {check.detail}\n")
    failed = [c for c in results if c.status == "fail"]
    log.info("self-test: %d checks, %d failed", len(results), len(failed))
    return 1 if failed else 0
