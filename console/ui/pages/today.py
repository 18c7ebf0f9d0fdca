"""Hôm nay (Today): what an operator needs at 05:00, on one screen."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QStyle

from ...services.offsite_backup import OffsiteStatus, read_offsite_status
from ...services.plan.progress import ThemeProgress, progress_on
from ...services.reports.log import LogFilter
from ...services.today import TodayProgramme, TodaySummary, read_today
from ..backup_texts import backup_warning_text
from ..channel_labels import period_label
from ..errors import error_text
from ..labels import airing_log_label, priority_label, programme_status_label
from ..timefmt import format_long_date, format_moment, station_now
from ..widgets import Card, text_label
from .base import Page

log = logging.getLogger(__name__)

OWED_SHOWN = 5  # lines of a list before "and N more"
T = TypeVar("T")

AUTO_REFRESH_MS = 60_000   # new bulletins and device states show up without pressing F5


class TodayPage(Page):
    key = "today"
    icon = QStyle.StandardPixmap.SP_ComputerIcon
    open_page = Signal(str)         # a card's link: the page's key
    open_programme = Signal(int)    # a programme waiting for approval
    #: an airing's play logs in the broadcast log: (LogFilter, what it shows, in words)
    open_play_log = Signal(object, str)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Today")

    def build(self) -> None:
        self.summary: TodaySummary | None = None
        self.themes: list[ThemeProgress] | None = None
        self._error: str | None = None
        self._loading = False
        self._opened: set[str] = set()  # lists shown whole ("and N more" clicked)
        top = QHBoxLayout()
        self.date_label = text_label("muted", wrap=False)
        self.refresh_button = QPushButton()
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.body.addLayout(top)
        self.refresh_button.clicked.connect(self.activate)
        # Backups off the disk too old, their drive missing, or none chosen (Settings).
        self.backup_notice = text_label("error")
        self.backup_notice.setObjectName("backupNotice")
        self.backup_notice.hide()
        self.body.addWidget(self.backup_notice)
        self.backup_status: OffsiteStatus | None = None

        grid = QGridLayout()
        grid.setSpacing(14)
        self.programmes_card = Card()
        self.devices_card = Card()
        self.arrivals_card = Card()
        self.outbox_card = Card()
        for index, card in enumerate((self.programmes_card, self.devices_card,
                                      self.arrivals_card, self.outbox_card)):
            grid.addWidget(card, index // 2, index % 2)
        # Each card opens the page where its matters are handled.
        self.card_links: dict[str, QPushButton] = {}
        for card, key in ((self.programmes_card, "programmes"), (self.devices_card, "devices"),
                          (self.arrivals_card, "library"), (self.outbox_card, "outbox")):
            button = self.card_links[key] = QPushButton()
            button.clicked.connect(lambda _checked=False, k=key: self.open_page.emit(k))
            card.set_link(button)
        # The plan's themes of this month, done against planned, across the page.
        self.themes_card = Card()
        self.themes_card.setObjectName("todayThemes")
        grid.addWidget(self.themes_card, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_REFRESH_MS)
        self._timer.timeout.connect(self._auto_refresh)
        self._timer.start()

    def _auto_refresh(self) -> None:
        if self.isVisible():
            self.activate()

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read today's overview again (F5)"))
        self.programmes_card.heading.setText(self.tr("Today's programmes"))
        self.devices_card.heading.setText(self.tr("Loudspeaker clusters and boards"))
        self.arrivals_card.heading.setText(self.tr("New from the province since yesterday"))
        self.outbox_card.heading.setText(self.tr("Waiting to be sent"))
        self.themes_card.heading.setText(self.tr("This month's themes: done / planned"))
        for key, text, tip in (
                ("programmes", self.tr("Programmes ›"), self.tr("Open the Programmes page")),
                ("devices", self.tr("Devices ›"), self.tr("Open the Devices page")),
                ("library", self.tr("Library ›"), self.tr("Open the Library")),
                ("outbox", self.tr("Outbox ›"), self.tr("Open Outbox & sync"))):
            self.card_links[key].setText(text)
            self.card_links[key].setToolTip(tip)
        self._render()
        self._render_themes()
        self._render_backup()

    def activate(self) -> None:
        if self._loading:
            return
        self._loading = True
        db, root = self.env.ctx.db, self.env.ctx.paths.root
        self.env.tasks.submit(lambda: read_today(db, station_now(), root), on_done=self._loaded,
                              on_error=self._failed, context=self, name="read today")
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: progress_on(ctx, station_now().date()),
                              on_done=self._themes_loaded, on_error=self._themes_failed,
                              context=self, name="read this month's themes")
        self.env.tasks.submit(lambda: read_offsite_status(ctx), on_done=self._backup_read,
                              on_error=self._backup_unread, context=self,
                              name="read backup status")

    def _themes_loaded(self, themes: list[ThemeProgress]) -> None:
        self.themes = themes
        self._render_themes()

    def _themes_failed(self, exc: BaseException) -> None:
        log.error("reading this month's themes failed: %s", exc)
        self.themes = None
        self.themes_card.clear()
        self._add(self.themes_card, self.tr("Could not read this: {reason}").format(
            reason=error_text(exc)), "error")

    def _backup_read(self, status: OffsiteStatus) -> None:
        self.backup_status = status
        self._render_backup()

    def _backup_unread(self, exc: BaseException) -> None:
        """Whether the station is backed up is worth saying even when it cannot be read."""
        log.warning("backup status: %s", exc)
        self.backup_status = None
        self.backup_notice.setText(self.tr("Whether the station is backed up could not be "
                                           "read: {reason}").format(reason=error_text(exc)))
        self.backup_notice.show()

    def _render_backup(self) -> None:
        text = backup_warning_text(self.backup_status) if self.backup_status else ""
        self.backup_notice.setText(text)
        self.backup_notice.setVisible(bool(text))

    def _loaded(self, summary: TodaySummary) -> None:
        self._loading = False
        self.summary, self._error = summary, None
        self._render()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        log.error("reading the Today overview failed: %s", exc,
                  exc_info=(type(exc), exc, exc.__traceback__))
        self._error = error_text(exc)
        self._render()

    # --- drawing -----------------------------------------------------------------------------

    def _render(self) -> None:
        self.date_label.setText(format_long_date(station_now().date()))
        cards = (self.programmes_card, self.devices_card, self.arrivals_card, self.outbox_card)
        for card in cards:
            card.clear()
        if self._error is not None:
            for card in cards:
                self._add(card, self.tr("Could not read this: {reason}").format(
                    reason=self._error), "error")
            return
        summary = self.summary
        if summary is None:
            for card in cards:
                self._add(card, self.tr("Loading…"), "muted")
            return
        self._render_programmes(summary)
        self._render_devices(summary)
        self._render_arrivals(summary)
        self._render_outbox(summary)

    def _add(self, card: Card, text: str, role: str | None = None) -> QLabel:
        label = text_label(role)
        label.setText(text)
        card.add(label)
        return label

    def _add_link(self, card: Card, text: str, href: str,
                  on_click: Callable[[str], None]) -> QLabel:
        """A line that is a link, reached by mouse and keyboard."""
        label = self._add(card, "")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.setText(f'<a href="{html.escape(href)}">{html.escape(text)}</a>')
        label.linkActivated.connect(on_click)
        return label

    def _shown(self, key: str, rows: list[T]) -> list[T]:
        """The first OWED_SHOWN rows of a list, or all of them once it was opened."""
        return rows if key in self._opened else rows[:OWED_SHOWN]

    def _add_more_or_fewer(self, card: Card, key: str, count: int) -> None:
        """Under a long list: "and N more", which shows them all here, then a way back.
        (Opened lists stay open through the page's refreshes.)"""
        if count <= OWED_SHOWN:
            return
        if key in self._opened:
            text = self.tr("Show fewer")
        else:
            text = self.tr("and {count} more").format(count=count - OWED_SHOWN)
        self._add_link(card, text, key, self._open_or_close)

    def _open_or_close(self, key: str) -> None:
        self._opened ^= {key}
        self._render()

    def _render_programmes(self, summary: TodaySummary) -> None:
        card = self.programmes_card
        if not summary.programmes:
            self._add(card, self.tr("No programme is planned for today."), "muted")
        for programme in summary.programmes:
            self._add_airing(card, programme, summary.day)
        self._render_awaiting(summary)
        self._render_owed(summary)
        self._render_gaps(summary)
        self._render_withdrawn(summary)

    def _add_airing(self, card: Card, programme: TodayProgramme, day: dt.date) -> None:
        """"05:30  Bản tin sáng · Đã lên lịch · đã phát trên 9 thiết bị": the name is a link
        to the programme on Chương trình, what the play logs say a link to them on Báo cáo
        (by mouse, or Tab and Enter)."""
        when = programme.time.strftime("%H:%M") if programme.time else "--:--"
        said, role = airing_log_label(programme.log, programme.status)
        status = programme_status_label(programme.status)

        def plain(text: str) -> str:  # its spaces kept, as in the plain lines around it
            return f'<span style="white-space:pre-wrap">{html.escape(text)}</span>'

        words = plain(f"{when}  ") + f'<a href="programme">{html.escape(programme.name)}</a>'
        words += plain(f" · {status}")
        if said and programme.log.entry_ids:
            words += plain(" · ") + f'<a href="log">{html.escape(said)}</a>'
        elif said:
            words += plain(f" · {said}")
        label = self._add(card, "", role)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.setText(words)
        label.setToolTip(self.tr("The name opens the programme; what the devices' play logs "
                                 "say opens those plays in the broadcast log")
                         if programme.log.entry_ids else
                         self.tr("The name opens the programme"))
        label.linkActivated.connect(
            lambda href, p=programme: self.open_programme.emit(p.programme_id)
            if href == "programme" else self._open_play_log(p, day))

    def _open_play_log(self, programme: TodayProgramme, day: dt.date) -> None:
        when = programme.time.strftime("%H:%M") if programme.time else "--:--"
        self.open_play_log.emit(
            LogFilter(start=day, end=day, entry_ids=programme.log.entry_ids),
            self.tr("The {time} airing of “{name}”").format(time=when, name=programme.name))

    def _render_awaiting(self, summary: TodaySummary) -> None:
        """Programmes sent for approval: a leader sees them first thing (Chương trình,
        state "submitted", approves them)."""
        if not summary.awaiting:
            return
        card = self.programmes_card
        self._add(card, self.tr("Waiting for approval ({count}):").format(
            count=len(summary.awaiting)), "subtitle")
        for waiting in self._shown("awaiting", summary.awaiting):
            when = (format_moment(waiting.next_airing) if waiting.next_airing
                    else self.tr("no airing left"))
            line = self.tr("• “{name}”, sent by {who}; next airing {when}").format(
                name=waiting.name, who=waiting.submitted_by or "?", when=when)
            # A link: the leader opens it to listen and approve.
            label = self._add_link(card, line, str(waiting.programme_id),
                                   lambda href: self.open_programme.emit(int(href)))
            label.setToolTip(self.tr("Open this programme to listen and approve it"))
        self._add_more_or_fewer(card, "awaiting", len(summary.awaiting))

    def _render_withdrawn(self, summary: TodaySummary) -> None:
        """Items the province withdrew that programmes used: what left the air lately."""
        card = self.programmes_card
        for change in summary.withdrawn:
            titles = ", ".join(f"“{t}”" for t in change.titles)
            text = self.tr("Withdrawn by the province: {titles} left “{programme}” and "
                           "{devices} device(s) at {time}.").format(
                titles=titles, programme=change.programme, devices=change.devices,
                time=format_moment(change.at))
            if change.back_to_approval:
                text += " " + self.tr("It must be approved again.")
            self._add(card, text, "error")

    def _render_gaps(self, summary: TodaySummary) -> None:
        """The console was off (a power cut): say what that cost, in plain words."""
        card = self.programmes_card
        for gap in summary.power_gaps:
            since = gap.off_since.strftime("%H:%M") if gap.off_since else "?"
            self._add(card, self.tr("The console was off from {since} to {back}.").format(
                since=since, back=gap.back_at.strftime("%H:%M")), "error")
            for title in gap.missed:
                self._add(card, self.tr("• Missed: {title}").format(title=title))
            if gap.resumed:
                self._add(card, self.tr("• {title} went on from minute {minute}.").format(
                    title=gap.resumed, minute=int((gap.resumed_at_s or 0) // 60)))

    def _render_owed(self, summary: TodaySummary) -> None:
        """What the province asks to be aired that the schedule does not give yet."""
        if not summary.owed:
            return
        card = self.programmes_card
        self._add(card, self.tr("Still owed to the province:"), "subtitle")
        for owed in self._shown("owed", summary.owed):
            self._add(card, self.tr("• “{title}”: {needed} more airing(s) of {requested} "
                                    "asked").format(title=owed.title, needed=owed.needed,
                                                    requested=owed.requested),
                      "error" if owed.priority == "priority" else None)
        self._add_more_or_fewer(card, "owed", len(summary.owed))

    def _render_devices(self, summary: TodaySummary) -> None:
        card = self.devices_card
        if summary.clusters_total == 0 and summary.boards_total == 0:
            self._add(card, self.tr("No loudspeaker cluster or board has been added yet."),
                      "muted")
            return
        self._add(card, f"{summary.clusters_online} / {summary.clusters_total}", "big")
        self._add(card, self.tr("clusters online"), "muted")
        self._add(card, self.tr("Boards online: {online} of {total}").format(
            online=summary.boards_online, total=summary.boards_total))
        if summary.unchecked:  # not down: never asked yet (new, or the console just started)
            self._add(card, self.tr("{count} not checked yet: Devices › Check now asks "
                                    "them").format(count=summary.unchecked), "muted")

    def _render_arrivals(self, summary: TodaySummary) -> None:
        card = self.arrivals_card
        if summary.new_count == 0:
            self._add(card, self.tr("Nothing new since yesterday."), "muted")
            return
        self._add(card, self.tr("New items: {count}").format(count=summary.new_count))
        if summary.new_emergency:
            self._add(card, self.tr("Emergency: {count}").format(count=summary.new_emergency),
                      "error")
        for item in summary.new_items:
            tag = f"[{priority_label(item.priority)}] " if item.priority != "normal" else ""
            line = f"• {tag}{item.title} ({format_moment(item.received_at)})"
            self._add(card, line, "error" if item.priority == "emergency" else None)

    def _render_outbox(self, summary: TodaySummary) -> None:
        card = self.outbox_card
        if summary.outbox_pending == 0:
            self._add(card, "0", "big")
            self._add(card, self.tr("Nothing is waiting: everything has been sent."), "muted")
            return
        self._add(card, str(summary.outbox_pending), "big")
        self._add(card, self.tr("messages waiting for the connection"), "muted")
        if summary.outbox_emergency:
            self._add(card, self.tr("of which emergency: {count}").format(
                count=summary.outbox_emergency), "error")

    def _render_themes(self) -> None:
        card = self.themes_card
        card.clear()
        if self.themes is None:
            self._add(card, self.tr("Loading…"), "muted")
            return
        if not self.themes:
            self._add(card, self.tr("The plan has no theme for this month. The year's plan is "
                                    "imported on the Plan and team page."), "muted")
            return
        for row in self.themes:
            theme, done = row.theme, row.actual.counts()
            when = period_label(theme.period.kind, theme.period.index)
            self._add(card, f"{theme.title} ({when})",
                      "subtitle" if theme.period.kind == "month" else None)
            self._add(card, self.tr(
                "Loudspeakers {airings} · boards {board_days} days · Zalo {zalo} articles · "
                "team {team} activities").format(
                airings=f"{done['airings']}/{theme.planned['airings']}",
                board_days=f"{done['board_days']}/{theme.planned['board_days']}",
                zalo=f"{done['zalo_articles']}/{theme.planned['zalo_articles']}",
                team=f"{done['team_activities']}/{theme.planned['team_activities']}"), "muted")
