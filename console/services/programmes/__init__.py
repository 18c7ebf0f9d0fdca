"""Programmes: build, time, check, approve, schedule and render broadcasts. No Qt here."""

from .approval import (
    ApprovalResult,
    approve,
    override_quiet_hours,
    reject,
    schedule_programme,
    submit,
)
from .checks import CheckReport, Problem, check_programme
from .common import EntryRow, ProgrammeRow, parse_station_time
from .editing import (
    add_entry,
    add_items,
    add_jingle_item,
    add_jingles,
    create_programme,
    import_media,
    move_entry,
    remove_entry,
    restore,
    set_cues,
    set_entry_sound,
    set_fades,
    set_volume,
    snapshot,
    update_programme,
)
from .queries import get_programme, list_programmes
from .rendering import render_programme
from .schedule import occurrences, set_schedule, slot_templates
from .targets import TargetChoice, set_targets, target_tree
from .timing import refresh_timing

__all__ = [
    "ApprovalResult",
    "CheckReport",
    "EntryRow",
    "Problem",
    "ProgrammeRow",
    "TargetChoice",
    "add_entry",
    "add_items",
    "add_jingle_item",
    "add_jingles",
    "approve",
    "check_programme",
    "create_programme",
    "get_programme",
    "import_media",
    "list_programmes",
    "move_entry",
    "occurrences",
    "override_quiet_hours",
    "parse_station_time",
    "refresh_timing",
    "reject",
    "remove_entry",
    "render_programme",
    "restore",
    "schedule_programme",
    "set_cues",
    "set_entry_sound",
    "set_fades",
    "set_schedule",
    "set_targets",
    "set_volume",
    "slot_templates",
    "snapshot",
    "submit",
    "target_tree",
    "update_programme",
]
