"""The commune's annual grassroots-information plan: themes and campaigns by period, each
with planned counts per channel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PlanTheme(Base):
    """One line of the plan: a theme (chủ đề) or campaign for a month, quarter, half-year,
    nine months or the year, matched to bulletins by `tags` (item tags or category codes,
    compared folded)."""

    __tablename__ = "plan_theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    period_kind: Mapped[str] = mapped_column(String(16))   # month | quarter | half_year | …
    period_index: Mapped[int | None]                       # None for nine_months and year
    title: Mapped[str] = mapped_column(String(300))
    tags: Mapped[list[Any]] = mapped_column(default=list)
    planned_airings: Mapped[int] = mapped_column(default=0)
    planned_board_days: Mapped[int] = mapped_column(default=0)
    planned_zalo_articles: Mapped[int] = mapped_column(default=0)
    planned_team_activities: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
