"""How long the commands a cluster acknowledged played (the gateway keeps no play log):
from the acknowledgement until their length is up or the next command that starts or
stops a play, whichever comes first; an emergency, and a relay without a length, until
stopped."""

from __future__ import annotations

import datetime as dt

from console.delivery.command_plays import command_plays

T0 = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def spans(commands: list[tuple[dict[str, object], dt.datetime]]
          ) -> list[tuple[str, float, float | None, bool]]:
    return [(str(p.command["id"]), (p.start - T0).total_seconds(),
             None if p.end is None else (p.end - T0).total_seconds(), p.cut_short)
            for p in command_plays(commands)]


def test_a_play_lasts_its_length_unless_a_later_command_ends_it() -> None:
    commands = [
        ({"id": "a", "type": "play_now", "media": ["x", "y"], "durations": [20.0, 10.0]},
         at(0)),
        ({"id": "v", "type": "set_volume", "volume": 40}, at(5)),  # plays on
        ({"id": "b", "type": "play_now", "media": ["x"], "durations": [20.0]}, at(100)),
        ({"id": "s", "type": "stop"}, at(110)),
        ({"id": "c", "type": "play_now", "media": ["x", "y"], "durations": [15.0]}, at(200)),
    ]
    assert spans(commands) == [("a", 0, 30, False), ("b", 100, 110, True),
                               ("c", 200, 275, False)]  # a file without a length: a minute


def test_an_emergency_and_an_open_relay_last_until_stopped() -> None:
    commands = [
        ({"id": "e", "type": "emergency_start", "media": ["x"], "durations": [30.0]}, at(0)),
        ({"id": "s", "type": "emergency_stop"}, at(600)),
        ({"id": "r", "type": "play_now", "stream_url": "http://127.0.0.1:9/vov1.mp3"},
         at(700)),
    ]
    assert spans(commands) == [("e", 0, 600, True), ("r", 700, None, False)]


def test_an_fm_relay_ends_with_its_minutes_or_the_next_play() -> None:
    commands = [
        ({"id": "f", "type": "fm_relay", "frequency_mhz": 103.7, "durations": [1800.0]},
         at(0)),
        ({"id": "g", "type": "fm_relay", "frequency_mhz": 99.0, "durations": [600.0]},
         at(900)),
    ]
    assert spans(commands) == [("f", 0, 900, True), ("g", 900, 1500, False)]
