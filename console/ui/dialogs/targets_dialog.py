"""Nơi phát: where a programme goes — a tree of the whole commune, its villages (thôn/ấp) and
their clusters and boards, with how many are online. Ticking a village sends the programme
to all of its devices (also those added later); ticking single devices sends it to them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.programmes.targets import TargetChoice, TargetTree
from ..theme import Colors
from ..widgets import text_label

KindRole = Qt.ItemDataRole.UserRole + 1   # "all" | "village" | "device"
KeyRole = Qt.ItemDataRole.UserRole + 2    # village name or device id


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class TargetsDialog(QDialog):
    def __init__(self, tree: TargetTree, choice: TargetChoice, *, can_set_default: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.setMinimumSize(520, 520)
        self._tree_data = tree
        self.hint = text_label("muted")
        self.tree = QTreeWidget()
        self.tree.setObjectName("targetTree")
        self.tree.setHeaderHidden(True)
        self.default_box = QCheckBox()
        self.default_box.setVisible(can_set_default)
        self.summary = text_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.default_box)
        layout.addWidget(buttons)
        self._build(tree, choice)
        self.retranslate()
        self.tree.itemChanged.connect(self._item_changed)
        self._update_summary()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Where it goes"))
        self.hint.setText(self.tr(
            "Tick the whole commune, villages, or single clusters and boards. A ticked village "
            "also takes clusters added to it later."))
        self.default_box.setText(self.tr("Use this for new programmes (the station's default)"))
        online = _dot(Colors.OK)
        offline = _dot(Colors.MUTED)
        total = self._tree_data.device_count
        up = sum(v.online for v in self._tree_data.villages)
        self.root.setText(0, self.tr("Whole commune ({online} of {total} online)").format(
            online=up, total=total))
        for village_item, village in zip(self._village_items, self._tree_data.villages,
                                         strict=True):
            name = village.name or self.tr("No village")
            village_item.setText(0, self.tr("{name} ({online} of {total} online)").format(
                name=name, online=village.online, total=len(village.devices)))
            for n in range(village_item.childCount()):
                child = village_item.child(n)
                device = village.devices[n]
                kind = (self.tr("board") if device.kind == "bulletin_board" else
                        self.tr("this computer") if device.kind == "local_playout" else
                        self.tr("cluster"))
                child.setText(0, f"{device.name} — {kind}")
                child.setIcon(0, online if device.online else offline)
                child.setToolTip(0, self.tr("online") if device.online else self.tr("offline"))

    def _build(self, tree: TargetTree, choice: TargetChoice) -> None:
        self.tree.blockSignals(True)
        self.root = QTreeWidgetItem(self.tree)
        self.root.setFlags(self.root.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.root.setData(0, KindRole, "all")
        self._village_items: list[QTreeWidgetItem] = []
        for village in tree.villages:
            item = QTreeWidgetItem(self.root)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(0, KindRole, "village" if village.id is not None else "none")
            item.setData(0, KeyRole, village.name)
            self._village_items.append(item)
            whole = choice.all or village.name in choice.villages
            for device in village.devices:
                child = QTreeWidgetItem(item)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setData(0, KindRole, "device")
                child.setData(0, KeyRole, device.id)
                ticked = whole or device.id in choice.devices
                child.setCheckState(0, Qt.CheckState.Checked if ticked else
                                    Qt.CheckState.Unchecked)
            item.setCheckState(0, self._state_of_children(item))
        self.root.setCheckState(0, Qt.CheckState.Checked if choice.all else
                                self._state_of_children(self.root))
        self.tree.expandAll()
        self.tree.blockSignals(False)

    @staticmethod
    def _state_of_children(item: QTreeWidgetItem) -> Qt.CheckState:
        states = {item.child(n).checkState(0) for n in range(item.childCount())}
        if not states or states == {Qt.CheckState.Unchecked}:
            return Qt.CheckState.Unchecked
        if states == {Qt.CheckState.Checked}:
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        self.tree.blockSignals(True)
        state = item.checkState(0)
        if state != Qt.CheckState.PartiallyChecked:
            stack = [item.child(n) for n in range(item.childCount())]
            while stack:
                child = stack.pop()
                child.setCheckState(0, state)
                stack.extend(child.child(n) for n in range(child.childCount()))
        parent = item.parent()
        while parent is not None:
            parent.setCheckState(0, self._state_of_children(parent))
            parent = parent.parent()
        self.tree.blockSignals(False)
        self._update_summary()

    # -- the choice -------------------------------------------------------------------------

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        """The tree item of a village (by name) or a device (by id)."""
        stack = [self.root]
        while stack:
            item = stack.pop()
            if item.data(0, KeyRole) == key:
                return item
            stack.extend(item.child(n) for n in range(item.childCount()))
        return None

    def choice(self) -> TargetChoice:
        if self.root.checkState(0) == Qt.CheckState.Checked:
            return TargetChoice()
        villages, devices = [], []
        for item in self._village_items:
            if item.checkState(0) == Qt.CheckState.Checked and item.data(0, KindRole) == "village":
                villages.append(str(item.data(0, KeyRole)))
                continue
            for n in range(item.childCount()):
                child = item.child(n)
                if child.checkState(0) == Qt.CheckState.Checked:
                    devices.append(str(child.data(0, KeyRole)))
        return TargetChoice(False, tuple(villages), tuple(devices))

    def _update_summary(self) -> None:
        choice = self.choice()
        count = len(self._tree_data.devices_of(choice))
        nothing = not choice.all and not (choice.villages or choice.devices)
        self.ok_button.setEnabled(not nothing)
        if nothing:
            self.summary.setText(self.tr("Nothing is ticked: tick where the programme goes."))
        else:
            self.summary.setText(self.tr("{count} clusters and boards will get it.").format(
                count=count))
