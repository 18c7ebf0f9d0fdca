"""Kế hoạch và đội ngũ (Plan and team): the commune's annual plan with what was done for each
theme, the propagandist team, its activities and trainings, and the Zalo OA's articles.

page.py            the page and its tabs
plan_tab.py        the year's themes: planned against done; import / export XLSX
team_tab.py        the roster by village; import / export XLSX
activities_tab.py  activities and trainings, each recorded with a dialog (dialogs.py)
zalo_tab.py        articles published, waiting and removed
files.py           the file dialogs, behind one seam that tests replace
"""

from .page import PlanTeamPage

__all__ = ["PlanTeamPage"]
