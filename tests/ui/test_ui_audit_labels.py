"""Every action the console writes to the audit log, its kind and each of its details has
words of its own, in Vietnamese too: the audit viewer never shows "sync.run" or
"added: 400" on a Vietnamese screen. The actions and detail names are read from the code
(each audit.record() call, and the helpers that pass theirs on), so a new one without a
label fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from console.services.audit import kind_of
from console.ui.settings.labels import action_label, detail_key, kind_label

CONSOLE = Path(__file__).resolve().parents[2] / "console"
# Calls that hand an action and details on to audit.record(): the action's argument index.
ACTION = re.compile(r"[a-z_]+(\.[a-z_]+)+")
RECORDERS = {"record": 2, "_transition": 4, "_write": 3}
# Actions made at run time: device.{kind} (live_commands.device_command) and the module
# constant of withdrawals.py; detail names passed as **dict (the fields a correction of a
# team activity or training names: team/activities.py).
DYNAMIC_ACTIONS = {"device.stop", "device.set_volume", "user.enable", "user.disable",
                   "item.withdrawn_off_air", "team.activity_change", "team.training_change"}
DYNAMIC_DETAILS = {"volume", "tls_pin", "rehashed", "one_time_password", "day", "kind",
                   "people_reached", "village", "theme", "title", "participants", "place",
                   "attendees"}


def recorded() -> tuple[set[str], set[str]]:
    actions, details = set(DYNAMIC_ACTIONS), set(DYNAMIC_DETAILS)
    for path in CONSOLE.rglob("*.py"):
        if "ui" in path.relative_to(CONSOLE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = RECORDERS.get(name)
            if index is None or len(node.args) <= index:
                continue
            found = [a.value for a in ast.walk(node.args[index])  # not f"device.{kind}"
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)
                     and ACTION.fullmatch(a.value)]
            if not found:
                continue
            actions.update(found)
            details.update(kw.arg for kw in node.keywords if kw.arg)
    return actions, details


def test_each_action_kind_and_detail_has_its_words_in_vietnamese(translations) -> None:  # type: ignore[no-untyped-def]
    actions, details = recorded()
    assert {"sync.run", "zalo.connect", "plan.theme_save", "programme.submit"} <= actions
    assert {"added", "updated", "server", "year"} <= details
    kinds = set(map(kind_of, actions))
    english = [(f, x, f(x)) for f, names in ((action_label, actions), (kind_label, kinds),
                                              (detail_key, details)) for x in names]
    translations.install("vi")
    same = {"Zalo OA", "SHA-256"}  # the same words in both languages
    raw = [x for f, x, _label in english if f(x) == x]
    assert not raw, f"shown as the code names them: {raw}"
    untranslated = [x for f, x, label in english if f(x) == label and label not in same]
    assert not untranslated, f"not in Vietnamese: {untranslated}"
