"""Plain, translated words for what the Reports page shows: indicators, units, states,
results, periods. The exports have their own (official) wording in the services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")



def indicator_label(code: str) -> str:
    return {
        "bulletins_broadcast": translate("ReportLabels", "Bulletins broadcast"),
        "hours_total": translate("ReportLabels", "Hours broadcast"),
        "hours_own": translate("ReportLabels", "Hours of the commune's own content"),
        "hours_relay": translate("ReportLabels", "Hours relayed"),
        "hours_source": translate("ReportLabels", "Hours of items from the source system"),
        "emergency_broadcasts": translate("ReportLabels", "Emergency broadcasts"),
        "plays_requested": translate("ReportLabels", "Plays requested"),
        "plays_succeeded": translate("ReportLabels", "Plays succeeded"),
        "clusters_total": translate("ReportLabels", "Loudspeaker clusters"),
        "clusters_operating": translate("ReportLabels", "Clusters in operation"),
        "cluster_availability_pct": translate("ReportLabels", "Cluster availability"),
        "boards_total": translate("ReportLabels", "Bulletin boards"),
        "boards_operating": translate("ReportLabels", "Boards in operation"),
        "board_availability_pct": translate("ReportLabels", "Board availability"),
        "items_contributed": translate("ReportLabels", "Items sent to the province"),
        "items_received": translate("ReportLabels", "Items received from the source system"),
        "items_received_broadcast": translate("ReportLabels", "Received items broadcast"),
        "first_airing_delay_median_min": translate("ReportLabels",
                                                   "Median time to first broadcast"),
        "emergencies_within_15min_pct": translate("ReportLabels",
                                                  "Emergencies on air within 15 minutes"),
    }.get(code, code.replace("_", " "))


def indicator_unit(code: str) -> str:
    if code.endswith("_pct"):
        return "%"
    if code.startswith("hours_"):
        return translate("ReportLabels", "hours")
    if code.endswith("_min"):
        return translate("ReportLabels", "minutes")
    if code.startswith("plays_"):
        return translate("ReportLabels", "plays")
    if code.startswith("clusters_"):
        return translate("ReportLabels", "clusters")
    if code.startswith("boards_"):
        return translate("ReportLabels", "boards")
    if code == "emergency_broadcasts":
        return translate("ReportLabels", "times")
    if code.startswith(("bulletins_", "items_")):
        return translate("ReportLabels", "items")
    return ""


def format_number(value: float | int | None, *, decimals: int = 1) -> str:
    """Vietnamese style: 1.234,5 (dot for thousands, comma for decimals)."""
    if value is None:
        return "—"
    if isinstance(value, int) or float(value).is_integer():
        text = f"{round(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_indicator(code: str, value: float | int | None) -> str:
    """As the report form writes it: hours with 2 decimals, shares and minutes with 1."""
    if value is None:
        return "—"
    if code.startswith("hours_"):
        return format_number(float(value), decimals=2) if value else "0"
    return format_number(value)


def manual_label(field: str) -> str:
    return {
        "propagandists": translate("ReportLabels", "Propagandists"),
        "social_followers": translate("ReportLabels",
                                      "Followers of the commune's social-media page"),
    }.get(field, field.replace("_", " "))


def report_state_label(state: str) -> str:
    return {
        "draft": translate("ReportLabels", "Draft"),
        "approved": translate("ReportLabels", "Approved"),
        "submitted": translate("ReportLabels", "Sent"),
    }.get(state, state)


def result_label(result: str) -> str:
    return {
        "success": translate("ReportLabels", "Played"),
        "partial": translate("ReportLabels", "Partly played"),
        "failed": translate("ReportLabels", "Failed"),
        "missed": translate("ReportLabels", "Missed"),
        "removed": translate("ReportLabels", "Removed (withdrawn)"),
    }.get(result, result)


def origin_label(origin: str | None) -> str:
    return {
        "own": translate("ReportLabels", "Commune's own"),
        "relay": translate("ReportLabels", "Relay"),
        "source": translate("ReportLabels", "Source system"),
    }.get(origin or "", origin or "")


def source_label(source: str) -> str:
    return {
        "device": translate("ReportLabels", "Device log"),
        "inferred": translate("ReportLabels", "Inferred from status"),
        "local": translate("ReportLabels", "This computer"),
        "console": translate("ReportLabels", "The console"),
    }.get(source, source)


def target_kind_label(kind: str) -> str:
    return {
        "loudspeaker_cluster": translate("ReportLabels", "Cluster"),
        "bulletin_board": translate("ReportLabels", "Board"),
        "stream": translate("ReportLabels", "Stream"),
        "local_playout": translate("ReportLabels", "This computer"),
    }.get(kind, kind)


def contribution_status_label(status: str) -> str:
    return {
        "queued": translate("ReportLabels", "Waiting to be sent"),
        "pending_review": translate("ReportLabels", "Being reviewed by the province"),
        "accepted": translate("ReportLabels", "Accepted by the province"),
        "rejected": translate("ReportLabels", "Not accepted by the province"),
        "refused": translate("ReportLabels", "Refused by the source system"),
    }.get(status, status.replace("_", " "))


def format_day(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def format_hours(seconds: float) -> str:
    return format_number(round(seconds / 3600, 1))


def format_length(seconds: float | None) -> str:
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
