"""What each role may do. Checked in the services, whatever the UI shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..models.enums import Role
from .errors import PermissionDenied


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    EDIT_DEVICES = "edit_devices"
    OPERATE_DEVICES = "operate_devices"          # volume, stop, play now
    EDIT_PROGRAMMES = "edit_programmes"
    IMPORT_CONTENT = "import_content"
    APPROVE_PROGRAMMES = "approve_programmes"
    OVERRIDE_QUIET_HOURS = "override_quiet_hours"
    PUSH = "push"
    EMERGENCY = "emergency"
    PREPARE_REPORTS = "prepare_reports"
    APPROVE_REPORTS = "approve_reports"
    SUBMIT_REPORTS = "submit_reports"
    CONTRIBUTE = "contribute"
    SYNC = "sync"
    MANAGE_TEAM = "manage_team"      # the propagandist team: roster, activities, trainings
    EDIT_PLAN = "edit_plan"          # the commune's annual plan
    RESTORE_DATABASE = "restore_database"        # replaces users and audit log: admins only
    VIEW_AUDIT = "view_audit"        # read the audit log


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.APPROVER: frozenset({
        P.APPROVE_PROGRAMMES, P.OVERRIDE_QUIET_HOURS, P.PUSH, P.EMERGENCY, P.OPERATE_DEVICES,
        P.PREPARE_REPORTS, P.APPROVE_REPORTS, P.SUBMIT_REPORTS, P.CONTRIBUTE, P.SYNC,
        P.MANAGE_TEAM, P.EDIT_PLAN, P.VIEW_AUDIT,
    }),
    Role.EDITOR: frozenset({
        P.EDIT_PROGRAMMES, P.IMPORT_CONTENT, P.PREPARE_REPORTS, P.CONTRIBUTE, P.SYNC,
        P.MANAGE_TEAM, P.EDIT_PLAN,
    }),
    Role.OPERATOR: frozenset({P.PUSH, P.EMERGENCY, P.OPERATE_DEVICES, P.SYNC, P.MANAGE_TEAM}),
    Role.VIEWER: frozenset(),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a plain value handed to services (never an ORM object)."""

    username: str
    role: Role
    display_name: str | None = None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(self.username, self.role.value, permission.value)


SYSTEM = Actor("system", Role.ADMIN, "Console")  # background work the console does by itself
