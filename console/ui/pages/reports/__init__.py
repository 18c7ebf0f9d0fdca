"""Báo cáo (Reports): the broadcast log, statistics, periodic reports and contributions.

`page.ReportsPage` is the page; each tab is a module of its own (`log_tab`, `stats_tab`,
`report_tab`, `contributions_tab`); `log_model` is the lazy table of the broadcast log,
`charts` the Qt Charts panels, `labels` the words for the services' codes.
"""

from .page import ReportsPage

__all__ = ["ReportsPage"]
