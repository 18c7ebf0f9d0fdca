"""The Devices page's table: one row per cluster or board, with its state and programmes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...models.enums import TargetKind
from ...services.device_overview import ProgrammeDelivery, TargetRow
from ..errors import reason_text
from ..timefmt import format_moment

Index = QModelIndex | QPersistentModelIndex

STATE_COLOURS = {
    "online": "#1b7a3a", "playing": "#0b5cad", "offline": "#b3261e", "fault": "#c25e00",
    "unknown": "#6b7785", "disabled": "#8a949e",
}
JOB_COLOURS = {"delivered": "#1b7a3a", "failed": "#b3261e", "sending": "#0b5cad",
               "queued": "#8a5a00"}


def state_label(state: str) -> str:
    labels = {
        "online": QCoreApplication.translate("Devices", "Online"),
        "playing": QCoreApplication.translate("Devices", "Playing"),
        "offline": QCoreApplication.translate("Devices", "Offline"),
        "fault": QCoreApplication.translate("Devices", "Fault"),
        "unknown": QCoreApplication.translate("Devices", "Not checked yet"),
        "disabled": QCoreApplication.translate("Devices", "Switched off in the list"),
    }
    return labels.get(state, state)


def job_state_label(state: str | None) -> str:
    labels = {
        "queued": QCoreApplication.translate("Devices", "Waiting to send"),
        "sending": QCoreApplication.translate("Devices", "Sending"),
        "delivered": QCoreApplication.translate("Devices", "Delivered"),
        "failed": QCoreApplication.translate("Devices", "Not delivered"),
    }
    return labels.get(state or "", state or "")


def kind_label(kind: str) -> str:
    if kind == TargetKind.BOARD.value:
        return QCoreApplication.translate("Devices", "Bulletin board")
    if kind == TargetKind.STREAM.value:
        return QCoreApplication.translate("Devices", "Internet radio stream")
    if kind == TargetKind.LOCAL.value:
        return QCoreApplication.translate("Devices", "This computer's loudspeaker")
    return QCoreApplication.translate("Devices", "Loudspeaker cluster")


def security_labels(row: TargetRow) -> list[str]:
    """Short words for the Security column, the most urgent first."""
    labels = []
    if row.unexpected_play is not None and not row.unexpected_play.acknowledged:
        labels.append(QCoreApplication.translate("Devices", "Played something not sent!"))
    if row.key_in_clear:
        labels.append(QCoreApplication.translate("Devices", "Key sent unencrypted"))
    if row.no_authentication:
        labels.append(QCoreApplication.translate("Devices", "No authentication"))
    return labels


def security_lines(row: TargetRow) -> list[str]:
    """The same, explained (detail pane and tooltip)."""
    lines = []
    alarm = row.unexpected_play
    if alarm is not None and not alarm.acknowledged:
        lines.append(QCoreApplication.translate(
            "Devices", "Since {time} it has played something the console did not send: "
            "{what}").format(time=format_moment(alarm.since), what=alarm.playing or
                             QCoreApplication.translate("Devices", "the gateway does not say "
                                                        "what")))
    if row.key_in_clear:
        lines.append(QCoreApplication.translate(
            "Devices", "Its key or password is sent unencrypted (http://): anyone on the "
            "network can read it. Use https:// for this device."))
    if row.no_authentication:
        lines.append(QCoreApplication.translate(
            "Devices", "No authentication: its gateway takes commands from anyone on the "
            "commune network. The console watches what it plays and raises an alarm; keep "
            "the gateway on a network of its own (see the guide)."))
    return lines


def delivery_line(p: ProgrammeDelivery) -> str:
    when = format_moment(p.start_at) if p.start_at else ""
    return QCoreApplication.translate("Devices", "{name} ({when}): {state}").format(
        name=p.name, when=when, state=job_state_label(p.state))


class TargetTableModel(QAbstractTableModel):
    # What an operator looks at every morning first (is it up, what airs next, did the last
    # push arrive); the rest further right, where a narrow screen scrolls to it.
    (NAME, VILLAGE, STATE, SCHEDULED, DELIVERY, LAST_SEEN, VOLUME, KIND, SECURITY,
     FIRMWARE) = range(10)
    COLUMNS = 10
    # Stable names of the columns (the setting of which ones are left out).
    KEYS = ("name", "village", "state", "scheduled", "delivery", "last_seen", "volume", "kind",
            "security", "firmware")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TargetRow] = []

    # -- data -------------------------------------------------------------------------------
    def set_rows(self, rows: list[TargetRow]) -> None:
        """Same targets in the same order: update in place (the selection stays)."""
        if [r.id for r in rows] == [r.id for r in self._rows] and rows:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TargetRow]:
        return list(self._rows)

    def row_of(self, target_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.id == target_id:
                return n
        return -1

    def target(self, row: int) -> TargetRow:
        return self._rows[row]

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_title(section)

    @classmethod
    def column_title(cls, section: int) -> str:
        return {cls.NAME: QCoreApplication.translate("Devices", "Name"),
                cls.VILLAGE: QCoreApplication.translate("Devices", "Village"),
                cls.KIND: QCoreApplication.translate("Devices", "Kind"),
                cls.STATE: QCoreApplication.translate("Devices", "State"),
                cls.VOLUME: QCoreApplication.translate("Devices", "Volume"),
                cls.LAST_SEEN: QCoreApplication.translate("Devices", "Last seen"),
                cls.FIRMWARE: QCoreApplication.translate("Devices", "Firmware"),
                cls.SCHEDULED: QCoreApplication.translate("Devices", "Next programme"),
                cls.DELIVERY: QCoreApplication.translate("Devices", "Latest delivery"),
                cls.SECURITY: QCoreApplication.translate("Devices", "Security")}[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATE:
                return QBrush(QColor(STATE_COLOURS.get(row.status, "#16202a")))
            if col == self.DELIVERY and row.programmes:
                return QBrush(QColor(JOB_COLOURS.get(row.programmes[0].state, "#16202a")))
            if col == self.SECURITY and security_labels(row):
                urgent = row.key_in_clear or (row.unexpected_play is not None
                                              and not row.unexpected_play.acknowledged)
                return QBrush(QColor("#b3261e" if urgent else "#8a5a00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.VOLUME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: TargetRow, col: int) -> str:
        if col == self.NAME:
            return row.name
        if col == self.VILLAGE:
            return row.village
        if col == self.KIND:
            return kind_label(row.kind)
        if col == self.STATE:
            return state_label(row.status)
        if col == self.VOLUME:
            return "" if row.volume is None else f"{row.volume}/10"
        if col == self.LAST_SEEN:
            return format_moment(row.last_seen) if row.last_seen else "—"
        if col == self.FIRMWARE:
            return row.firmware or ""
        if col == self.SCHEDULED:
            nxt = row.next_programme
            if nxt is None or nxt.start_at is None:
                return "—"
            return f"{format_moment(nxt.start_at)} · {nxt.name}"
        if col == self.DELIVERY:
            if not row.programmes:
                return "—"
            latest = row.programmes[0]
            return f"{job_state_label(latest.state)} · {latest.name}"
        if col == self.SECURITY:
            return " · ".join(security_labels(row))
        return ""

    def kept_when_cut(self, row: int, col: int) -> str:
        """What a narrowed column still shows of its cell: the time of the next programme,
        the state of the latest delivery (their titles are cut first)."""
        target, nxt = self._rows[row], self._rows[row].next_programme
        if col == self.SCHEDULED and nxt is not None and nxt.start_at is not None:
            return format_moment(nxt.start_at) + " · "
        if col == self.DELIVERY and target.programmes:
            return job_state_label(target.programmes[0].state) + " · "
        return ""

    def _tooltip(self, row: TargetRow, col: int) -> str | None:
        if col in (self.DELIVERY, self.SCHEDULED) and row.programmes:
            lines = [delivery_line(p) + (f" — {reason_text(p.reason)}" if p.reason else "")
                     for p in row.programmes]
            return "\n".join(lines)
        if col == self.STATE and row.now_playing:
            return QCoreApplication.translate("Devices", "Playing: {title}").format(
                title=row.now_playing)
        if col == self.NAME:  # whole (the column cuts long names), then what it is
            return f"{row.name}\n{row.id} · {row.protocol}"
        if col == self.SECURITY:
            return "\n".join(security_lines(row)) or None
        return None
