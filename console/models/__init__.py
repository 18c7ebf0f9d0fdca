"""SQLAlchemy entities of the whole domain. Qt-free."""

from .base import Base, utcnow
from .catalogue import Category, ItemFile, ItemPin, ItemRevision, MediaBlob, SourceItem
from .delivery import AsRunEntry, DeliveryJob, OutboxEntry
from .devices import DeliveryTarget, DeviceStatusSample, TargetGroup, TargetGroupMember
from .library import ItemSearchQueue, LibraryItem, LibraryTitle, SavedFilter
from .people import AuditEntry, User
from .programmes import Programme, ProgrammeEntry, ProgrammeTarget, Schedule
from .reporting import Contribution, Report
from .state import SettingRow, SyncState
from .station import Station, Village

__all__ = [
    "AsRunEntry", "AuditEntry", "Base", "Category", "Contribution", "DeliveryJob",
    "DeliveryTarget", "DeviceStatusSample", "ItemFile", "ItemPin", "ItemRevision",
    "ItemSearchQueue",
    "LibraryItem", "LibraryTitle", "MediaBlob", "OutboxEntry", "Programme", "ProgrammeEntry",
    "ProgrammeTarget", "Report", "SavedFilter", "Schedule", "SettingRow", "SourceItem",
    "Station", "SyncState", "TargetGroup", "TargetGroupMember", "User", "Village", "utcnow",
]
