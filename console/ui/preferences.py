"""Interface preferences (language, font size, the Devices table's columns, the library's
arrangement): applied live, saved in the background."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..settings import (
    UI_DEVICES_HIDDEN,
    UI_FONT_SCALE,
    UI_LANGUAGE,
    UI_LAYOUTS,
    Option,
    Settings,
)
from . import theme
from .errors import error_text
from .i18n import Translations, normalize_language
from .tasks import TaskRunner

log = logging.getLogger(__name__)

# A new text size restyles every widget of the window (a second on a slow PC): presses of
# Ctrl++ within this many milliseconds of each other are applied once, at the size reached.
RESTYLE_AFTER_MS = 150


class UiPreferences(QObject):
    """The one place that changes the language or font size of the whole application (and
    keeps the columns the Devices table leaves out, and how the library is arranged)."""

    language_changed = Signal(str)
    font_scale_changed = Signal(float)
    #: a preference could not be saved; the argument is the reason (already logged)
    save_failed = Signal(str)

    def __init__(self, app: QApplication, translations: Translations, settings: Settings,
                 tasks: TaskRunner, *, language: str, font_scale: float,
                 devices_hidden: str = UI_DEVICES_HIDDEN.default,
                 layouts: Mapping[Option, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._translations = translations
        self._settings = settings
        self._tasks = tasks
        self._language = normalize_language(language)
        self._font_scale = theme.clamp_scale(font_scale)
        self._devices_hidden = setting_names(devices_hidden)
        self._layouts = {option: str(option.default) for option in UI_LAYOUTS}
        self._layouts.update({o: str(v or "") for o, v in (layouts or {}).items()})
        self._unsaved: dict[Option, Any] = {}
        self._saving = False
        self._restyle = QTimer(self)
        self._restyle.setSingleShot(True)
        self._restyle.setInterval(RESTYLE_AFTER_MS)
        self._restyle.timeout.connect(self._apply_font_scale)

    @property
    def language(self) -> str:
        return self._language

    @property
    def font_scale(self) -> float:
        return self._font_scale

    @property
    def devices_hidden(self) -> frozenset[str]:
        """The Devices table's columns left out (TargetTableModel.KEYS)."""
        return self._devices_hidden

    def set_devices_hidden(self, names: frozenset[str]) -> None:
        if names == self._devices_hidden:
            return
        self._devices_hidden = frozenset(names)
        self._save(UI_DEVICES_HIDDEN, ",".join(sorted(names)))

    def layout(self, option: Option) -> str:
        """An arrangement of the window kept between starts (settings.UI_LAYOUTS), as saved;
        empty: as shipped."""
        return self._layouts.get(option, "")

    def set_layout(self, option: Option, text: str) -> None:
        if text == self._layouts.get(option):
            return
        self._layouts[option] = text
        self._save(option, text)

    def apply_all(self) -> None:
        """Install the current language and look (at start-up)."""
        self._translations.install(self._language)
        theme.apply_look(self._app, self._font_scale)

    def set_language(self, language: str) -> None:
        language = normalize_language(language)
        if language == self._language and self._translations.language == language:
            return
        self._language = self._translations.install(language)
        self._save(UI_LANGUAGE, self._language)
        self.language_changed.emit(self._language)

    def set_font_scale(self, scale: float) -> None:
        """The new size is shown and saved at once; the window takes it a moment later
        (RESTYLE_AFTER_MS), once for several quick presses."""
        scale = theme.clamp_scale(scale)
        if scale == self._font_scale:
            return
        self._font_scale = scale
        self._save(UI_FONT_SCALE, scale)
        self._restyle.start()
        self.font_scale_changed.emit(scale)

    def _apply_font_scale(self) -> None:
        theme.apply_look(self._app, self._font_scale)

    def zoom_in(self) -> None:
        self.set_font_scale(self._font_scale + theme.SCALE_STEP)

    def zoom_out(self) -> None:
        self.set_font_scale(self._font_scale - theme.SCALE_STEP)

    def reset_zoom(self) -> None:
        self.set_font_scale(UI_FONT_SCALE.default)

    def _save(self, option: Option, value: Any) -> None:
        self._unsaved[option] = value
        self._flush()

    def _flush(self) -> None:
        # One save at a time, latest values only: quick Ctrl++ presses must not race and
        # leave an older size in the database.
        if self._saving or not self._unsaved:
            return
        batch = dict(self._unsaved)
        self._unsaved.clear()
        self._saving = True
        settings = self._settings
        self._tasks.submit(lambda: settings.set_many(batch), on_done=self._on_saved,
                           on_error=self._on_save_error, context=self, name="save preferences")

    def save_remaining(self) -> None:
        """At the end of a run, once the task runner has stopped: what is still unsaved (the
        window's size, set as it closed, behind a save still running) is written now,
        rather than lost with the runner's queue."""
        self._saving = False  # the runner has stopped: nothing is being saved any more
        if not self._unsaved:
            return
        batch = dict(self._unsaved)
        self._unsaved.clear()
        try:
            self._settings.set_many(batch)
        except Exception as exc:  # the database may be gone too: said, not raised
            log.error("could not save the last preferences: %s", exc)

    @property
    def saving(self) -> bool:
        return self._saving or bool(self._unsaved)

    def _on_saved(self, _result: object) -> None:
        self._saving = False
        self._flush()

    def _on_save_error(self, exc: BaseException) -> None:
        self._saving = False
        log.error("could not save a preference: %s", exc,
                  exc_info=(type(exc), exc, exc.__traceback__))
        self.save_failed.emit(error_text(exc))


def setting_names(value: object) -> frozenset[str]:
    """A comma-separated setting as a set of names (blanks left out)."""
    return frozenset(part.strip() for part in str(value or "").split(",") if part.strip())


def saved_layouts(settings: Settings) -> dict[Option, str]:
    """The arrangements kept between starts, for UiPreferences (read before the window)."""
    return {option: settings.get(option) for option in UI_LAYOUTS}
