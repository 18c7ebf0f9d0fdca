"""The programme checks in the operator's language: code and parameters from the service,
words from the translations. A code this module does not know falls back to the service's
English reason, so a new check is never silent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services.programmes.checks import Problem
from ...services.programmes.common import fmt_duration
from ..labels import programme_status_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _when(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _missing(code: str, kind: str) -> str:
    return {
        "not_in_cache": translate("Checks", "its file is not in the media cache yet"),
        "gone": translate("Checks", "the item is no longer in the library"),
        "no_sound": translate("Checks", "the item has no sound ({kind})").format(kind=kind),
        "not_downloaded": translate(
            "Checks", "its audio has not been downloaded yet (sync when the link is up)"
        ),
        "no_audio": translate("Checks", "the entry has no audio"),
        "picture_not_downloaded": translate(
            "Checks", "its picture has not been downloaded yet (sync when the link is up)"
        ),
    }.get(code, "")


def problem_reason(p: Problem) -> str:
    """What is wrong, in the interface language."""
    a = dict(p.params)
    entry = translate("Checks", "entry {n} “{title}”").format(
        n=a.get("entry", "?"), title=a.get("title", "")
    )
    try:
        if p.code == "quiet_hours":
            text = translate(
                "Checks",
                "quiet hours: it would play {start}–{end}, outside the allowed {first}–{last}",
            ).format(
                start=_when(a["start"]),
                end=_when(a["end"].time()),
                first=_when(a["first"]),
                last=_when(a["last"]),
            )
            if "why" in a:
                text += " " + translate("Checks", "(allowed by {by}: {why})").format(
                    by=a["by"], why=a["why"]
                )
            return text
        simple = {
            "empty": translate("Checks", "the programme has nothing in it"),
            "no_start": translate("Checks", "the programme has no start time"),
            "withdrawn": translate("Checks", "{entry} was withdrawn by the province"),
            "local_content": translate("Checks", "{entry} was made in the commune"),
            "not_reviewed": translate(
                "Checks", "{entry} was not reviewed by the province's editorial board"
            ),
            "no_speech": translate("Checks", "{entry} is text and no speech engine is installed"),
            "picture_no_board": translate(
                "Checks", "{entry} is a picture and the programme goes to no bulletin board"
            ),
            "relay_not_alone": translate(
                "Checks", "{entry} is a relay, and a relay goes in a programme of its own"
            ),
            "relay_no_target": translate(
                "Checks", "none of its loudspeakers can relay a stream at a set time"
            ),
            "relay_no_length": translate("Checks", "{entry} is a relay without a length"),
        }
        if p.code in simple:
            return simple[p.code].format(entry=entry)
        if p.code == "expired":
            return translate(
                "Checks", "{entry} is valid only until {until} but would play on {when}"
            ).format(entry=entry, until=_when(a["until"]), when=_when(a["when"]))
        if p.code == "not_yet_valid":
            return translate(
                "Checks", "{entry} may be broadcast only from {since} but would play on {when}"
            ).format(entry=entry, since=_when(a["since"]), when=_when(a["when"]))
        if p.code == "not_cached":
            missing = _missing(a.get("missing", ""), a.get("kind", ""))
            if missing:
                return f"{entry}: {missing}"
        if p.code == "session_limit":
            return translate(
                "Checks", "it lasts {length}, longer than the station's limit of {limit}"
            ).format(length=fmt_duration(a["length"]), limit=fmt_duration(a["limit"]))
        if p.code == "daily_limit":
            return translate(
                "Checks", "on {day} the station would broadcast {total}, more than its daily "
                "limit of {limit}"
            ).format(day=a["day"].strftime("%d/%m/%Y"), total=fmt_duration(a["total"]),
                     limit=fmt_duration(a["limit"]))
        if p.code == "slot_overrun":
            return translate("Checks", "it lasts {length}, {over} more than its slot").format(
                length=fmt_duration(a["length"]), over=fmt_duration(a["over"])
            )
        if p.code == "conflict":
            targets = a["targets"] or translate("Checks", "all clusters")
            return translate("Checks", "it overlaps “{other}” ({start}–{end}) on {targets}").format(
                other=a["other"],
                start=_when(a["start"]),
                end=_when(a["end"].time()),
                targets=targets,
            )
        if p.code == "relay_skips":
            return translate(
                "Checks", "{targets} cannot relay a stream at a set time and will not get it"
            ).format(targets=a["targets"])
        if p.code == "airings_short":
            return translate(
                "Checks", "“{title}” is asked for {asked} airing(s) this week; the schedule "
                "gives it {covered}").format(title=a["title"], asked=a["asked"],
                                             covered=a["covered"])
        if p.code == "not_approved":
            return translate("Checks", "it is not approved (it is {status})").format(
                status=programme_status_label(a["status"]).lower()
            )
    except (KeyError, AttributeError, ValueError):
        pass  # parameters from an older or newer service: its own words will do
    return p.reason


def problem_fix(p: Problem) -> str:
    """What to do about it, in the interface language ("" when nothing is to be done)."""
    a = dict(p.params)
    if p.code == "quiet_hours":
        if "why" in a or not p.fix:
            return ""
        return translate(
            "Checks",
            "move it between {first} and {last}, or have a leader override the quiet "
            "hours with a written reason",
        ).format(first=_when(a.get("first", "")), last=_when(a.get("last", "")))
    fixes = {
        "empty": translate("Checks", "add items to it"),
        "no_start": translate("Checks", "give it a date and time or a schedule"),
        "withdrawn": translate("Checks", "remove it from the programme"),
        "expired": translate("Checks", "remove it, or end the schedule before it expires"),
        "not_yet_valid": translate("Checks", "remove it or move the programme later"),
        "local_content": translate("Checks", "a leader must approve the programme before air"),
        "not_reviewed": translate("Checks", "listen to it before approving"),
        "not_cached": translate("Checks", "sync the media, or remove the entry"),
        "picture_no_board": translate(
            "Checks", "send the programme to a board too, or remove the picture"
        ),
        "no_speech": translate(
            "Checks", "install espeak-ng or a Vietnamese voice; the text can still go to the boards"
        ),
        "session_limit": translate(
            "Checks", "remove or trim entries, or split it into two programmes"
        ),
        "slot_overrun": translate("Checks", "remove or trim entries"),
        "daily_limit": translate(
            "Checks", "shorten it, move it to another day, or drop another programme that day"
        ),
        "conflict": translate("Checks", "move one of them, or send them to different clusters"),
        "not_approved": translate("Checks", "a leader must approve it"),
        "airings_short": translate(
            "Checks", "add it to more programmes, or schedule this one more often"),
        "relay_not_alone": translate("Checks", "move the other entries to another programme"),
        "relay_no_length": translate(
            "Checks", "remove it and add the relay with its minutes (Relay…)"),
        "relay_no_target": translate(
            "Checks", "send it to clusters behind a vendor gateway or to this computer's "
            "speakers, which can"),
    }
    return fixes.get(p.code, p.fix)


def problem_line(p: Problem) -> str:
    fix = problem_fix(p)
    return f"• {problem_reason(p)}" + (f" — {fix}" if fix else "")
