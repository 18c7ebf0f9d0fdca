"""Dialogs of the Plan and team page: a theme, a person, an activity, a training.

Each dialog only gathers values; the tab hands them to the services (in the task runner)
and shows a refusal in the dialog's own message line, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....models.team import ACTIVITY_KINDS
from ....services.plan.themes import CHANNELS, ThemeChanges, ThemeView
from ....services.team.activities import ActivityRow, TrainingRow
from ....services.team.roster import PersonChanges, PropagandistRow
from ....timezone import station_now
from ...channel_labels import activity_kind_label, channel_label, period_label
from ...widgets import field_grid, text_label

KINDS = ("month", "quarter", "half_year", "nine_months", "year")
INDEX_TOP = {"month": 12, "quarter": 4, "half_year": 2}


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    # The station's today, not the PC clock's date: they differ while the PC keeps
    # another time zone (the services refuse a day after the station's today).
    today = station_now().date()
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class _Dialog(QDialog):
    """OK asks the tab to save (`submitted`); the dialog closes only once that worked."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.error_label = text_label("error")
        self.error_label.setObjectName("dialogError")
        self.error_label.hide()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.box)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.box.setEnabled(True)

    def accept(self) -> None:
        self.box.setEnabled(False)  # once: the save is on its way
        self.submitted.emit()

    def saved(self) -> None:
        super().accept()


class ThemeDialog(_Dialog):
    def __init__(self, year: int, theme: ThemeView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Theme of the plan") if theme is None
                            else self.tr("Change the theme"))
        self.year = year
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(period_label(kind, 1) if kind != "month"
                                    else self.tr("A month"), kind)
        self.kind_combo.setItemText(1, self.tr("A quarter"))
        self.kind_combo.setItemText(2, self.tr("Half a year"))
        self.index_combo = QComboBox()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("themeTitle")
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("tags of its bulletins, comma separated"))
        self.spins: dict[str, QSpinBox] = {}
        rows: list[tuple[QLabel, QWidget]] = [
            (QLabel(self.tr("Period:")), self.kind_combo), (QLabel(""), self.index_combo),
            (QLabel(self.tr("Theme or campaign:")), self.title_edit),
            (QLabel(self.tr("Tags:")), self.tags_edit)]
        for channel in CHANNELS:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setObjectName(f"planned_{channel}")
            self.spins[channel] = spin
            rows.append((QLabel(self.tr("{channel}, planned:").format(
                channel=channel_label(channel))), spin))
        self.note_edit = QLineEdit()
        rows.append((QLabel(self.tr("Note:")), self.note_edit))
        self.layout_.addLayout(field_grid(rows))
        self.finish()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if theme is not None:
            self.kind_combo.setCurrentIndex(KINDS.index(theme.period.kind))
            self._kind_changed()
            if theme.period.index:
                self.index_combo.setCurrentIndex(theme.period.index - 1)
            self.title_edit.setText(theme.title)
            self.tags_edit.setText(", ".join(theme.tags))
            for channel, spin in self.spins.items():
                spin.setValue(theme.planned[channel])
            self.note_edit.setText(theme.note)
        else:
            self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.index_combo.clear()
        for index in range(1, INDEX_TOP.get(kind, 0) + 1):
            self.index_combo.addItem(period_label(kind, index), index)
        self.index_combo.setVisible(kind in INDEX_TOP)

    def changes(self) -> ThemeChanges:
        from ....services.plan.themes import split_tags

        kind = self.kind_combo.currentData()
        return ThemeChanges(self.year, kind,
                            self.index_combo.currentData() if kind in INDEX_TOP else None,
                            self.title_edit.text(), split_tags(self.tags_edit.text()),
                            {c: s.value() for c, s in self.spins.items()},
                            self.note_edit.text())


class PersonDialog(_Dialog):
    def __init__(self, villages: list[tuple[int, str]], person: PropagandistRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Propagandist"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("personName")
        self.village_combo = QComboBox()
        self.village_combo.addItem(self.tr("(the whole commune)"), None)
        for village_id, name in villages:
            self.village_combo.addItem(name, village_id)
        self.phone_edit, self.zalo_edit = QLineEdit(), QLineEdit()
        self.role_edit, self.note_edit = QLineEdit(), QLineEdit()
        self.active_check = QCheckBox(self.tr("Still in the team"))
        self.active_check.setChecked(True)
        self.layout_.addLayout(field_grid([
            (QLabel(self.tr("Full name:")), self.name_edit),
            (QLabel(self.tr("Village:")), self.village_combo),
            (QLabel(self.tr("Phone:")), self.phone_edit),
            (QLabel(self.tr("Zalo:")), self.zalo_edit),
            (QLabel(self.tr("Role:")), self.role_edit),
            (QLabel(self.tr("Note:")), self.note_edit)]))
        self.layout_.addWidget(self.active_check)
        self.finish()
        if person is not None:
            self.name_edit.setText(person.name)
            self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(
                person.village_id)))
            self.phone_edit.setText(person.phone)
            self.zalo_edit.setText(person.zalo)
            self.role_edit.setText(person.role)
            self.note_edit.setText(person.note)
            self.active_check.setChecked(person.active)

    def changes(self) -> PersonChanges:
        return PersonChanges(self.name_edit.text(), self.village_combo.currentData(),
                             self.phone_edit.text(), self.zalo_edit.text(),
                             self.role_edit.text(), self.note_edit.text(),
                             self.active_check.isChecked())


def _people_list(people: list[PropagandistRow]) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName("peopleList")
    for person in people:
        label = f"{person.name} ({person.village})" if person.village else person.name
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMinimumHeight(120)
    return widget


def _check_people(widget: QListWidget, people: set[int]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if int(item.data(Qt.ItemDataRole.UserRole)) in people:
            item.setCheckState(Qt.CheckState.Checked)


def _choose(combo: QComboBox, data: object) -> None:
    """The entry holding `data`, when the combo has one."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _checked(widget: QListWidget) -> list[int]:
    return [int(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _theme_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("themeCombo")
    return combo


def _fill_themes(combo: QComboBox, themes: list[ThemeView], day: dt.date, none: str) -> None:
    """The themes whose period holds the day; the first such theme chosen."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(none, None)
    for theme in themes:
        if theme.period.start <= day <= theme.period.end:
            combo.addItem(f"{theme.title} ({theme.period_label})", theme.id)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index > 0 else min(1, combo.count() - 1))


@dataclass(frozen=True)
class ActivityValues:
    day: dt.date
    kind: str
    village_id: int | None
    people_reached: int
    theme_id: int | None
    title: str
    participants: list[int]


class ActivityDialog(_Dialog):
    """A new activity, or (given `activity`) the one to correct, filled in as recorded."""

    def __init__(self, villages: list[tuple[int, str]], people: list[PropagandistRow],
                 themes: list[ThemeView], today: dt.date,
                 parent: QWidget | None = None, activity: ActivityRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an activity of the team") if activity is None
                            else self.tr("Correct an activity of the team"))
        self.themes = themes
        self.day_edit = _date_edit(today if activity is None else activity.day)
        self.day_edit.setObjectName("activityDay")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("activityKind")
        for kind in ACTIVITY_KINDS:
            self.kind_combo.addItem(activity_kind_label(kind), kind)
        self.village_combo = QComboBox()
        self.village_combo.setObjectName("activityVillage")
        self.village_combo.addItem(self.tr("(the whole commune)"), None)
        for village_id, name in villages:
            self.village_combo.addItem(name, village_id)
        self.people_spin = QSpinBox()
        self.people_spin.setObjectName("activityPeople")
        self.people_spin.setRange(0, 100_000)
        self.theme_combo = _theme_combo()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("activityTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Meeting on the new-style countryside"))
        self.participants = _people_list(people)
        self.layout_.addLayout(field_grid([
            (QLabel(self.tr("Day:")), self.day_edit),
            (QLabel(self.tr("Kind:")), self.kind_combo),
            (QLabel(self.tr("Village:")), self.village_combo),
            (QLabel(self.tr("People reached:")), self.people_spin),
            (QLabel(self.tr("Theme of the plan:")), self.theme_combo),
            (QLabel(self.tr("What about:")), self.title_edit)]))
        self.layout_.addWidget(QLabel(self.tr("Propagandists who took part:")))
        self.layout_.addWidget(self.participants)
        self.finish()
        self.day_edit.dateChanged.connect(self._day_changed)
        self._day_changed()
        if activity is not None:
            _choose(self.kind_combo, activity.kind)
            _choose(self.village_combo, activity.village_id)
            self.people_spin.setValue(activity.people_reached)
            _choose(self.theme_combo, activity.theme_id)
            self.title_edit.setText(activity.title)
            _check_people(self.participants, set(activity.participants))

    def _day_changed(self) -> None:
        _fill_themes(self.theme_combo, self.themes, _day(self.day_edit),
                     self.tr("(no theme of the plan)"))

    def values(self) -> ActivityValues:
        return ActivityValues(_day(self.day_edit), self.kind_combo.currentData(),
                              self.village_combo.currentData(), self.people_spin.value(),
                              self.theme_combo.currentData(), self.title_edit.text(),
                              _checked(self.participants))


@dataclass(frozen=True)
class TrainingValues:
    day: dt.date
    title: str
    place: str
    theme_id: int | None
    attendees: list[int]


class TrainingDialog(_Dialog):
    """A new training, or (given `training`) the one to correct, filled in as recorded."""

    def __init__(self, people: list[PropagandistRow], themes: list[ThemeView],
                 today: dt.date, parent: QWidget | None = None,
                 training: TrainingRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a training") if training is None
                            else self.tr("Correct a training"))
        self.themes = themes
        self.day_edit = _date_edit(today if training is None else training.day)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("trainingTitle")
        self.place_edit = QLineEdit()
        self.theme_combo = _theme_combo()
        self.attendees = _people_list(people)
        self.layout_.addLayout(field_grid([
            (QLabel(self.tr("Day:")), self.day_edit),
            (QLabel(self.tr("Title:")), self.title_edit),
            (QLabel(self.tr("Place:")), self.place_edit),
            (QLabel(self.tr("Theme of the plan:")), self.theme_combo)]))
        self.layout_.addWidget(QLabel(self.tr("Who attended:")))
        self.layout_.addWidget(self.attendees)
        self.finish()
        self.day_edit.dateChanged.connect(self._day_changed)
        self._day_changed()
        if training is not None:
            self.title_edit.setText(training.title)
            self.place_edit.setText(training.place)
            _choose(self.theme_combo, training.theme_id)
            _check_people(self.attendees, {person for person, _name in training.attendees})

    def _day_changed(self) -> None:
        _fill_themes(self.theme_combo, self.themes, _day(self.day_edit),
                     self.tr("(no theme of the plan)"))

    def values(self) -> TrainingValues:
        return TrainingValues(_day(self.day_edit), self.title_edit.text(),
                              self.place_edit.text(), self.theme_combo.currentData(),
                              _checked(self.attendees))
