"""SQLAlchemy entities of the whole domain. Qt-free."""

from .base import Base, utcnow
from .catalogue import Category, ItemFile, ItemPin, ItemRevision, MediaBlob, MediaCopy, SourceItem
from .delivery import AsRunEntry, DeliveryJob, LoudnessEncode, OutboxEntry
from .devices import DeliveryTarget, DeviceStatusSample, TargetGroup, TargetGroupMember
from .library import ItemSearchQueue, LibraryItem, LibraryTitle, SavedFilter
from .people import AuditEntry, User
from .plan import PlanTheme
from .programmes import Programme, ProgrammeEntry, ProgrammeTarget, Schedule
from .reporting import Contribution, Report
from .state import SettingRow, SyncState
from .station import Station, Village
from .team import Propagandist, TeamActivity, Training, TrainingAttendee
from .zalo import ZaloArticle, ZaloFollowerReading, ZaloViewReading

__all__ = [
    "AsRunEntry", "AuditEntry", "Base", "Category", "Contribution", "DeliveryJob",
    "DeliveryTarget", "DeviceStatusSample", "ItemFile", "ItemPin", "ItemRevision",
    "ItemSearchQueue", "LibraryItem", "LibraryTitle", "LoudnessEncode", "MediaBlob",
    "MediaCopy", "OutboxEntry", "PlanTheme", "Programme", "ProgrammeEntry", "ProgrammeTarget",
    "Propagandist", "Report", "SavedFilter", "Schedule", "SettingRow", "SourceItem", "Station",
    "SyncState", "TargetGroup", "TargetGroupMember", "TeamActivity", "Training",
    "TrainingAttendee", "User", "Village", "ZaloArticle", "ZaloFollowerReading",
    "ZaloViewReading", "utcnow",
]
