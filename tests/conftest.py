"""Hermetic tests: offscreen Qt, a temporary data folder, an in-memory keyring."""

from __future__ import annotations

import itertools
import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
# Test-only: password hashing at N=2^10 instead of 2^17 (console/services/passwords.py),
# read once at import, inherited by the commands tests run in subprocesses.
os.environ.setdefault("COMMUNE_CONSOLE_TEST_WEAK_PASSWORD_HASH", "1")

import keyring
import keyring.backend
import keyring.errors
import pytest

from console.app import open_station
from console.station import StationContext
from tests.support.keyrings import MemoryKeyring


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--database", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the station database the tests open: SQLite files (default) or "
                          "a throwaway PostgreSQL server (a fresh database per test)")


def on_postgres(config: pytest.Config) -> bool:
    return config.getoption("--database") == "postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    postgres = on_postgres(config)
    for item in items:
        if postgres and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason="SQLite's own machinery"))
        if not postgres and item.get_closest_marker("postgres_only"):
            item.add_marker(pytest.mark.skip(reason="runs with --database postgresql"))


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A throwaway PostgreSQL server of this test process, with a migrated template
    database that each test's database is copied from (CREATE DATABASE … TEMPLATE)."""
    from console.db.migrate import open_server_database

    from .pg_server import ThrowawayServer, server_bin

    if server_bin() is None:
        pytest.skip("no PostgreSQL server installed (apt-get install postgresql)")
    server = ThrowawayServer().start()
    try:
        server.sql("CREATE DATABASE console_template")
        open_server_database(server.url("console_template")).dispose()
        yield server
    finally:
        server.stop()


_databases = itertools.count()


@pytest.fixture
def pg_database(pg_server: Any) -> Iterator[str]:
    """The URL of a fresh, migrated database on the throwaway server."""
    name = f"station_{os.getpid()}_{next(_databases)}"
    pg_server.sql(f"CREATE DATABASE {name} TEMPLATE console_template")
    yield pg_server.url(name)
    pg_server.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(autouse=True)
def _station_database(request: pytest.FixtureRequest,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With --database postgresql every station a test opens (in this process or in the
    commands it starts) is a fresh database on the throwaway server."""
    if on_postgres(request.config):
        from console.workstation import DATABASE_ENV

        monkeypatch.setenv(DATABASE_ENV, request.getfixturevalue("pg_database"))


# A test started this close to midnight, station time, first waits for the new day.
CLEAR_OF_MIDNIGHT_S = 60.0


@pytest.fixture(autouse=True)
def _clear_of_station_midnight() -> None:
    """Tests read "today" when they start and the console reads it again as they run: one
    started in the last minute of the station's day would see two days (a dialog's day, a
    month's theme). Such a test waits the minute out first (at most once a day a worker)."""
    import datetime as dt
    import time

    from console.timezone import STATION_TZ, station_now

    now = station_now()
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0), STATION_TZ)
    left = (midnight - now).total_seconds()
    if left < CLEAR_OF_MIDNIGHT_S:
        time.sleep(left + 1.0)


@pytest.fixture(autouse=True)
def _no_window_left_behind() -> Iterator[None]:
    """Main windows a test closed but left alive are deleted after it (support/widgets.py:
    each one kept is restyled again by every later window's look)."""
    yield
    main_window = sys.modules.get("console.ui.main_window")
    if main_window is None:  # no window was ever made in this process
        return
    from PySide6.QtWidgets import QApplication

    from .support.widgets import delete_now

    left = [w for w in QApplication.topLevelWidgets()
            if isinstance(w, main_window.MainWindow) and not w.isVisible()]
    if left:
        delete_now(*left)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """The test process's QApplication, made before anything else can make a lesser one.

    The PDF export and `doctor` make a QGuiApplication or QCoreApplication when none
    exists (as on the command line); in a test process shared with widget tests (pytest-xdist
    runs tests in any order) a widget made after that would abort the process.
    """
    return qapp


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may reach the real per-user data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COMMUNE_CONSOLE_HOME", str(home / "station"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "localappdata"))


@pytest.fixture
def tasks(qapp):  # type: ignore[no-untyped-def]
    """The window's task runner (its workers do every read and write)."""
    from console.ui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def translations(qapp):  # type: ignore[no-untyped-def]
    from console.ui.i18n import Translations

    installed = Translations(qapp)
    yield installed
    installed.uninstall()   # later tests start from the source language again


@pytest.fixture(scope="session")
def synced_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sync from a real source simulator per session (120 items with their media);
    tests copy the folder (`synced_copy`) instead of syncing again."""
    from console.services.permissions import SYSTEM
    from console.services.source_account import connect_source
    from console.sim.source import SimulatorConfig, SourceSimulator
    from console.sync.service import SyncService

    root = tmp_path_factory.mktemp("synced") / "data"
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    sim = SourceSimulator(SimulatorConfig(items=120, seed=7)).start()
    try:
        context = open_station(root)
        connect_source(context, SYSTEM, sim.url, "demo", "demo")
        SyncService(context).sync_once()
        context.close()
    finally:
        sim.stop()
        keyring.set_keyring(previous)
    return root


@pytest.fixture
def synced_copy(synced_template: Path, tmp_path: Path) -> Path:
    """A data folder of its own holding the synced station."""
    import shutil

    data = tmp_path / "station"
    shutil.copytree(synced_template, data)
    return data


@pytest.fixture
def station(synced_copy: Path) -> Iterator[Any]:
    """The synced station with its people (tests/support/programmes.py)."""
    from tests.support.programmes import open_with_people

    with open_with_people(synced_copy) as opened:
        yield opened


@pytest.fixture(scope="session")
def sim_media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated media are shared by every simulator of the session (generation is slow)."""
    return tmp_path_factory.mktemp("sim-media")


@pytest.fixture
def make_sim(sim_media_dir: Path) -> Iterator[Any]:
    """Starts source simulators on 127.0.0.1 (120 items, seed 7 unless told) and stops them."""
    from console.sim.source import SimulatorConfig, SourceSimulator

    started: list[SourceSimulator] = []

    def make(**kwargs: Any) -> SourceSimulator:
        kwargs.setdefault("items", 120)
        kwargs.setdefault("seed", 7)
        sim = SourceSimulator(SimulatorConfig(media_dir=sim_media_dir, **kwargs)).start()
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()


@pytest.fixture(scope="session")
def library_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("library-media")


@pytest.fixture(scope="session")
def item_mp3(library_media: Path) -> Path:
    """A 2 s tone as an MP3, a file an operator adds to the library."""
    from tests.support.library import make_tone

    return make_tone(library_media / "tone.mp3", 2.0)


@pytest.fixture(scope="session")
def bell_wav(library_media: Path) -> Path:
    """A 1 s WAV with a Vietnamese file name."""
    from tests.support.library import make_tone

    return make_tone(library_media / "chuông báo.wav", 1.0, codec="wav")


@pytest.fixture(scope="session")
def picture_png(library_media: Path) -> Path:
    from tests.support.library import make_picture

    return make_picture(library_media / "ảnh thôn.png")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def new_station_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder as a station's first start leaves it (the schema built by every
    migration), made once a session: each test's `ctx` opens a copy of it, as the console
    opens a station for the second time, instead of migrating again (0.1 s a test, some
    600 tests)."""
    root = tmp_path_factory.mktemp("new-station") / "data"
    open_station(root).close()
    return root


@pytest.fixture
def ctx(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[StationContext]:
    """A new station of the test's own. (Tests of the first start itself open an empty
    data_dir.) With --database postgresql its database is a fresh one on the server."""
    if not on_postgres(request.config):
        import shutil

        shutil.copytree(request.getfixturevalue("new_station_template"), data_dir,
                        dirs_exist_ok=True)
    context = open_station(data_dir)
    yield context
    context.close()


def _qt_ignored(request: pytest.FixtureRequest) -> list[str]:
    """The Qt messages pytest-qt ignores for this test (`qt_log_ignore`, ini and marker): once
    the console routes Qt's messages into logging (`console.qtlog`, installed by the window or
    the doctor earlier in the same process), they reach this check instead of pytest-qt."""
    patterns = list(request.config.getini("qt_log_ignore"))
    marker = request.node.get_closest_marker("qt_log_ignore")
    if marker is not None:
        patterns = [*patterns, *marker.args] if marker.kwargs.get("extend") else list(marker.args)
    return patterns


@pytest.fixture(autouse=True)
def _fail_on_unexpected_qt_warnings(request: pytest.FixtureRequest,
                                    caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Qt warnings routed into logging fail the test unless it marks them expected."""
    yield
    if request.node.get_closest_marker("qt_warnings_expected"):
        return
    bad = [r for r in caplog.get_records("call")
           if r.name.startswith("qt") and r.levelno >= logging.WARNING
           and not any(re.search(p, r.getMessage()) for p in _qt_ignored(request))]
    if bad:
        pytest.fail("unexpected Qt warnings: " + "; ".join(r.getMessage() for r in bad[:5]))


@pytest.fixture(autouse=True)
def _drop_console_log_handlers() -> Iterator[None]:
    """A command run in-process installs the console's log handlers on the root logger;
    they point at this test's captured stderr, which is closed afterwards."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_commune_console", False):
            root.removeHandler(handler)
            handler.close()
