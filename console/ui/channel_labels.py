"""Plain, translated words for the plan's channels, the team's activities and OA articles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def activity_kind_label(kind: str) -> str:
    if kind == "meeting":
        return QCoreApplication.translate("ChannelLabels", "Meeting")
    if kind == "house_visits":
        return QCoreApplication.translate("ChannelLabels", "House visits")
    if kind == "mobile_loudspeaker":
        return QCoreApplication.translate("ChannelLabels", "Mobile loudspeaker")
    if kind == "zalo_post":
        return QCoreApplication.translate("ChannelLabels", "Zalo group post")
    return kind


def channel_label(channel: str) -> str:
    if channel == "airings":
        return QCoreApplication.translate("ChannelLabels", "Loudspeaker airings")
    if channel == "board_days":
        return QCoreApplication.translate("ChannelLabels", "Board days")
    if channel == "zalo_articles":
        return QCoreApplication.translate("ChannelLabels", "Zalo articles")
    if channel == "team_activities":
        return QCoreApplication.translate("ChannelLabels", "Team activities")
    if channel == "zalo_views":
        return QCoreApplication.translate("ChannelLabels", "Zalo views")
    if channel == "people_reached":
        return QCoreApplication.translate("ChannelLabels", "People reached")
    if channel == "trainings":
        return QCoreApplication.translate("ChannelLabels", "Trainings")
    return channel


def article_state_label(state: str) -> str:
    if state == "queued":
        return QCoreApplication.translate("ChannelLabels", "Waiting to be sent")
    if state == "creating":
        return QCoreApplication.translate("ChannelLabels", "Being published")
    if state == "published":
        return QCoreApplication.translate("ChannelLabels", "Published")
    if state == "removing":
        return QCoreApplication.translate("ChannelLabels", "Being removed")
    if state == "removed":
        return QCoreApplication.translate("ChannelLabels", "Removed")
    if state == "cancelled":
        return QCoreApplication.translate("ChannelLabels", "Not published (withdrawn)")
    if state == "failed":
        return QCoreApplication.translate("ChannelLabels", "Refused by Zalo")
    return state


def verdict_label(verdict: str) -> str:
    if verdict == "done":
        return QCoreApplication.translate("ChannelLabels", "done")
    if verdict == "not_done":
        return QCoreApplication.translate("ChannelLabels", "not done yet")
    return QCoreApplication.translate("ChannelLabels", "no plan")


def period_label(kind: str, index: int | None) -> str:
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    if kind == "month":
        return QCoreApplication.translate("ChannelLabels", "Month {n}").format(n=index)
    if kind == "quarter":
        return QCoreApplication.translate("ChannelLabels", "Quarter {n}").format(
            n=roman.get(index or 1, index))
    if kind == "half_year":
        if index == 1:
            return QCoreApplication.translate("ChannelLabels", "First half of the year")
        return QCoreApplication.translate("ChannelLabels", "Second half of the year")
    if kind == "nine_months":
        return QCoreApplication.translate("ChannelLabels", "Nine months")
    return QCoreApplication.translate("ChannelLabels", "Whole year")


def channel_short_label(channel: str) -> str:
    """A channel as a narrow table column says it (the full name in its tooltip)."""
    if channel == "airings":
        return QCoreApplication.translate("ChannelLabels", "Loudspeakers")
    if channel == "board_days":
        return QCoreApplication.translate("ChannelLabels", "Boards (days)")
    if channel == "zalo_articles":
        return QCoreApplication.translate("ChannelLabels", "Zalo")
    if channel == "team_activities":
        return QCoreApplication.translate("ChannelLabels", "Team")
    if channel == "people_reached":
        return QCoreApplication.translate("ChannelLabels", "People")
    if channel == "trainings":
        return QCoreApplication.translate("ChannelLabels", "Trainings")
    return channel_label(channel)
