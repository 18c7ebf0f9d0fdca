"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Priority(StrEnum):
    NORMAL = "normal"        # thông thường
    PRIORITY = "priority"    # ưu tiên
    EMERGENCY = "emergency"  # khẩn cấp

    @property
    def rank(self) -> int:
        """Higher runs first: emergencies never wait behind routine work."""
        return {"normal": 0, "priority": 1, "emergency": 2}[self.value]


class ItemKind(StrEnum):
    AUDIO = "audio"
    VIDEO = "video"
    IMAGE = "image"
    TEXT = "text"
    STREAM = "stream"


class Origin(StrEnum):
    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"        # biên tập
    APPROVER = "approver"    # lãnh đạo duyệt
    OPERATOR = "operator"
    VIEWER = "viewer"


class ProgrammeStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    SCHEDULED = "scheduled"
    WITHDRAWN = "withdrawn"  # taken off the air after it was scheduled; devices drop it


class EntryKind(StrEnum):
    ITEM = "item"            # a library item
    SPEECH = "speech"        # text read by speech synthesis
    RECORDING = "recording"  # microphone recording made in the console
    FILE = "file"            # imported local file
    STREAM = "stream"        # relay of a stream (tiếp sóng)
    JINGLE = "jingle"
    SILENCE = "silence"


class RepeatKind(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKDAYS = "weekdays"  # Monday to Friday
    WEEKLY = "weekly"      # on chosen weekdays
    NOW = "now"


class TargetKind(StrEnum):
    CLUSTER = "loudspeaker_cluster"
    BOARD = "bulletin_board"
    STREAM = "stream"
    LOCAL = "local_playout"


class TargetStatus(StrEnum):
    ONLINE = "online"
    PLAYING = "playing"
    OFFLINE = "offline"
    FAULT = "fault"
    UNKNOWN = "unknown"


class JobState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    DELIVERED = "delivered"
    FAILED = "failed"


class OutboxState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    DEAD = "dead"            # gave up after a permanent error; kept for the operator


class Lane(StrEnum):
    EMERGENCY = "emergency"
    ROUTINE = "routine"


class MediaState(StrEnum):
    MISSING = "missing"
    PARTIAL = "partial"
    READY = "ready"          # hash verified and renamed into place
    FAILED = "failed"
    EVICTED = "evicted"      # removed to keep the cache within its size; fetched when needed


class PlayResult(StrEnum):
    SUCCESS = "success"
    PARTIAL = "partial"
    FAILED = "failed"
    REMOVED = "removed"  # a withdrawn item the device dropped (not a play: never counted)


class ReportPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    NINE_MONTHS = "nine_months"
    YEAR = "year"


class ReportState(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SUBMITTED = "submitted"
