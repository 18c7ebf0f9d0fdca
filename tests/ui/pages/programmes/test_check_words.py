"""Check results shown in the interface language: codes and parameters from the service,
words through Qt's translation (context Checks); the CLI keeps the English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from console.services import programmes as svc
from console.services.programmes.approval import ChecksFailed
from console.services.programmes.checks import Problem
from console.settings import SESSION_LIMIT_MIN
from console.ui.pages.base import PageEnv
from console.ui.pages.programme_checks import problem_fix, problem_line, problem_reason
from console.ui.pages.programmes import ProgrammesPage
from console.ui.tasks import TaskRunner
from tests.support.programmes import Station, audio_items, tomorrow_at


class Marking(QTranslator):
    """A translator that wraps every Checks text, to see which ones go through it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"«{source}»" if context == "Checks" else None  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp) -> Iterator[Marking]:  # type: ignore[no-untyped-def]
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _programme(station: Station, start: dt.datetime, count: int = 3) -> int:
    ctx = station.ctx
    pid = svc.create_programme(ctx.db, station.editor, "Bản tin sáng", start_at=start,
                               item_ids=audio_items(ctx, count, at=start), slot_limit_s=30.0)
    svc.refresh_timing(ctx.db, ctx.paths, pid)
    return pid


def test_every_problem_is_said_through_the_translations(station: Station,  # type: ignore[no-untyped-def]
                                                        marking) -> None:
    ctx = station.ctx
    ctx.settings.set(SESSION_LIMIT_MIN, 1)
    early = _programme(station, tomorrow_at(3, 15))
    _programme(station, tomorrow_at(3, 15))  # the same time, every cluster: a conflict
    empty = svc.create_programme(ctx.db, station.editor, "Trống")
    problems = [*svc.check_programme(ctx, early, for_air=True).problems,
                *svc.check_programme(ctx, empty).problems]
    codes = {p.code for p in problems}
    assert {"quiet_hours", "session_limit", "slot_overrun", "conflict", "not_approved",
            "empty", "no_start"} <= codes
    for p in problems:
        reason, fix = problem_reason(p), problem_fix(p)
        assert reason.startswith("«") and reason != p.reason, p.code
        assert not fix or fix.startswith("«"), p.code
        assert "{" not in reason and "{" not in fix, p.code  # every placeholder filled
    quiet = next(p for p in problems if p.code == "quiet_hours")
    assert "03:15" in problem_reason(quiet) and "05:30" in problem_reason(quiet)
    assert tomorrow_at(3, 15).strftime("%d/%m/%Y") in problem_reason(quiet)
    conflict = next(p for p in problems if p.code == "conflict")
    assert "Bản tin sáng" in problem_reason(conflict)
    # The CLI's English is unchanged.
    assert quiet.reason.startswith("quiet hours: it would play ")
    assert problem_line(quiet).startswith("• «quiet hours")


def test_an_unknown_code_falls_back_to_the_services_words(qapp) -> None:  # type: ignore[no-untyped-def]
    odd = Problem("new_check", "something new is wrong", "do the new thing")
    assert problem_reason(odd) == "something new is wrong"
    assert problem_fix(odd) == "do the new thing"
    broken = Problem("expired", "entry 1 is valid only until …", "remove it")
    assert problem_reason(broken) == "entry 1 is valid only until …"  # no params: as given


def test_submit_refusal_names_the_problems(station: Station) -> None:
    ctx = station.ctx
    pid = svc.create_programme(ctx.db, station.editor, "Trống")
    with pytest.raises(ChecksFailed, match="cannot be submitted yet: the programme has "
                                           "nothing in it") as refused:
        svc.submit(ctx, station.editor, pid)
    assert {p.code for p in refused.value.problems} == {"empty", "no_start"}


def test_the_page_shows_submit_problems_in_its_own_words(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                                         marking) -> None:
    tasks = TaskRunner()
    try:
        svc.create_programme(station.ctx.db, station.editor, "Trống")
        page = ProgrammesPage(PageEnv(station.ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
        page.show()
        page.activate()
        qtbot.waitUntil(lambda: page.list_table.rowCount() == 1)
        page.list_table.selectRow(0)
        qtbot.waitUntil(page.submit_button.isEnabled)  # once the programme is open
        page.submit_button.click()
        qtbot.waitUntil(lambda: "«the programme has nothing in it»" in
                        page.problems_label.text(), timeout=10000)
        assert "«add items to it»" in page.problems_label.text()
        # The refusal (context Errors, not marked here) carries the checks' own words.
        assert page.message_label.text() == ("it cannot be submitted yet: «the programme has "
                                             "nothing in it»; «the programme has no start time»")
        qtbot.waitUntil(lambda: tasks.pending_count == 0)
    finally:
        tasks.shutdown()


def test_entry_problems_name_the_entry(station: Station, marking,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import console.audio.speech as speech
    from console.models import SourceItem

    monkeypatch.setattr(speech, "default_engine", lambda: None)
    ctx = station.ctx
    start = tomorrow_at(6, 0)
    first, second = audio_items(ctx, 2, at=start)
    pid = svc.create_programme(ctx.db, station.editor, "Sáng", start_at=start,
                               item_ids=[first, second])
    svc.add_entry(ctx.db, station.editor, pid, "speech", text="Thông báo họp dân")
    with ctx.db.write() as session:
        session.get(SourceItem, first).withdrawn = True
        session.get(SourceItem, second).valid_until = start - dt.timedelta(hours=1)
    problems = svc.check_programme(ctx, pid).problems
    words = {p.code: problem_reason(p) for p in problems}
    assert {"withdrawn", "expired", "no_speech"} <= set(words)
    # Both the sentence and "entry N “title”" inside it go through the translations.
    assert words["withdrawn"].startswith("««entry 1 “")
    assert words["withdrawn"].endswith("”» was withdrawn by the province»")
    for code in ("withdrawn", "expired", "no_speech"):
        assert words[code].startswith("««entry "), code
    assert start.strftime("%d/%m/%Y %H:%M") in words["expired"]
