"""Where a programme goes: the whole commune, chosen villages (thôn/ấp), or chosen clusters
and boards; the commune's tree of them for the window, and the station's default choice."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db import Database
from ...models import (
    DeliveryTarget,
    Programme,
    ProgrammeTarget,
    TargetGroup,
    TargetGroupMember,
    Village,
)
from ...models.enums import TargetKind
from ...settings import DEFAULT_TARGETS, Settings
from ...station import StationContext
from ...text.collation import vi_key
from .. import audit
from ..errors import InvalidInput, NotFound
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP
from .common import begin_edit, load

ONLINE = frozenset({"online", "playing"})
PUSHED_KINDS = (TargetKind.CLUSTER.value, TargetKind.BOARD.value, TargetKind.LOCAL.value)


@dataclass(frozen=True)
class TargetChoice:
    """A programme's targets: everything, or villages and single devices."""

    all: bool = True
    villages: tuple[str, ...] = ()      # village names
    devices: tuple[str, ...] = ()       # target ids
    groups: tuple[str, ...] = ()        # group names (device lists from the Department)

    def spec(self) -> str:
        """The same choice as a line of text: `all` or `village:A,CL-1,group:G`."""
        if self.all:
            return "all"
        return ",".join([*(f"village:{v}" for v in self.villages), *self.devices,
                         *(f"group:{g}" for g in self.groups)])

    @classmethod
    def parse(cls, spec: str) -> TargetChoice:
        spec = (spec or "").strip()
        if spec in ("", "all"):
            return cls()
        villages, devices, groups = [], [], []
        for part in (p.strip() for p in spec.split(",")):
            if part.startswith("village:"):
                villages.append(part.removeprefix("village:").strip())
            elif part.startswith("group:"):
                groups.append(part.removeprefix("group:").strip())
            elif part:
                devices.append(part)
        return cls(False, tuple(villages), tuple(devices), tuple(groups))


@dataclass(frozen=True)
class DeviceNode:
    id: str
    name: str
    kind: str          # TargetKind value
    online: bool
    status: str


@dataclass(frozen=True)
class VillageNode:
    id: int | None     # None: devices that belong to no village
    name: str
    devices: tuple[DeviceNode, ...] = ()

    @property
    def online(self) -> int:
        return sum(d.online for d in self.devices)


@dataclass(frozen=True)
class TargetTree:
    villages: tuple[VillageNode, ...] = field(default_factory=tuple)

    @property
    def device_count(self) -> int:
        return sum(len(v.devices) for v in self.villages)

    def devices_of(self, choice: TargetChoice) -> set[str]:
        """The device ids a choice reaches now (groups aside)."""
        if choice.all:
            return {d.id for v in self.villages for d in v.devices}
        ids = set(choice.devices)
        for village in self.villages:
            if village.name in choice.villages:
                ids |= {d.id for d in village.devices}
        return ids


def target_tree(db: Database) -> TargetTree:
    """The commune's villages with their enabled clusters and boards, for the target tree."""
    with db.read() as session:
        villages = list(session.execute(select(Village.id, Village.name)
                                        .order_by(Village.name)))
        devices = list(session.execute(
            select(DeliveryTarget.id, DeliveryTarget.name, DeliveryTarget.kind,
                   DeliveryTarget.status, DeliveryTarget.village_id)
            .where(DeliveryTarget.enabled.is_(True), DeliveryTarget.kind.in_(PUSHED_KINDS))
            .order_by(DeliveryTarget.name, DeliveryTarget.id)))
    by_village: dict[int | None, list[DeviceNode]] = {}
    for ident, name, kind, status, village_id in devices:
        by_village.setdefault(village_id, []).append(
            DeviceNode(ident, name, kind, (status or "") in ONLINE, status or "unknown"))
    villages.sort(key=lambda row: vi_key(row[1]))  # Vietnamese order: Đông before Tây
    nodes = [VillageNode(vid, name, tuple(sorted(by_village.get(vid, []),
                                                 key=lambda d: vi_key(d.name))))
             for vid, name in villages]
    if by_village.get(None):
        nodes.append(VillageNode(None, "", tuple(by_village[None])))
    return TargetTree(tuple(nodes))


def choice_of(session: Session, programme: Programme) -> TargetChoice:
    if programme.all_targets:
        return TargetChoice()
    villages, devices, groups = [], [], []
    for row in programme.targets:
        if row.village_id is not None:
            village = session.get(Village, row.village_id)
            if village is not None:
                villages.append(village.name)
        elif row.group_id is not None:
            group = session.get(TargetGroup, row.group_id)
            if group is not None:
                groups.append(group.name)
        elif row.target_id:
            devices.append(row.target_id)
    return TargetChoice(False, tuple(villages), tuple(devices), tuple(groups))


def programme_targets(db: Database, programme_id: int) -> TargetChoice:
    with db.read() as session:
        return choice_of(session, load(session, programme_id))


def target_ids(session: Session, programme: Programme) -> set[str]:
    """The enabled devices the programme reaches now ("*" is not used: ids only)."""
    query = select(DeliveryTarget.id).where(DeliveryTarget.enabled.is_(True),
                                            DeliveryTarget.kind.in_(PUSHED_KINDS))
    if programme.all_targets:
        return set(session.scalars(query))
    ids: set[str] = set()
    for row in programme.targets:
        if row.target_id:
            ids.add(row.target_id)
        if row.group_id is not None:
            ids.update(session.scalars(select(TargetGroupMember.target_id)
                                       .where(TargetGroupMember.group_id == row.group_id)))
        if row.village_id is not None:
            ids.update(session.scalars(query.where(
                DeliveryTarget.village_id == row.village_id)))
    return ids


def apply_choice(session: Session, programme: Programme, choice: TargetChoice) -> None:
    programme.targets.clear()
    programme.all_targets = choice.all
    if choice.all:
        return
    if not (choice.villages or choice.devices or choice.groups):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "choose at least one village, cluster or board"))
    for name in choice.villages:
        village_id = session.scalar(select(Village.id).where(Village.name == name))
        if village_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no village {name}"), name=name)
        programme.targets.append(ProgrammeTarget(village_id=village_id))
    for name in choice.groups:
        group_id = session.scalar(select(TargetGroup.id).where(TargetGroup.name == name))
        if group_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no target group {name}"),
                           name=name)
        programme.targets.append(ProgrammeTarget(group_id=group_id))
    for ident in choice.devices:
        if session.get(DeliveryTarget, ident) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no cluster or board {id}"),
                           id=ident)
        programme.targets.append(ProgrammeTarget(target_id=ident))


def set_targets(db: Database, actor: Actor, programme_id: int,
                choice: TargetChoice | str) -> None:
    """`choice`: a TargetChoice, or its text: `all`, or `village:NAME`, device ids and
    `group:NAME`, comma separated."""
    if isinstance(choice, str):
        choice = TargetChoice.parse(choice)
    with db.write() as session:
        programme = load(session, programme_id)
        begin_edit(session, programme, actor, "targets changed")
        apply_choice(session, programme, choice)


def default_targets(settings: Settings) -> TargetChoice:
    """What a new programme targets, as the station set it (whole commune by default)."""
    return TargetChoice.parse(str(settings.get(DEFAULT_TARGETS)))


def describe(choice: TargetChoice) -> str:
    """A short English line (the CLI's); the window words it itself."""
    if choice.all:
        return "the whole commune"
    return ", ".join([*choice.villages, *choice.devices, *(f"group {g}" for g in choice.groups)])


def set_default_targets(ctx: StationContext, actor: Actor, choice: TargetChoice) -> None:
    """Where new programmes go unless told otherwise; an admin's setting, audited."""
    actor.require(Permission.EDIT_SETTINGS)
    before = str(ctx.settings.get(DEFAULT_TARGETS))
    ctx.settings.set(DEFAULT_TARGETS, choice.spec())
    with ctx.db.write() as session:
        audit.record(session, actor, "settings.default_targets", DEFAULT_TARGETS.key,
                     before=before, after=choice.spec())
