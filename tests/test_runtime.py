"""Interpreter settings: the switch interval, and a burst of work setting the program's
objects aside from full collections and collecting young ones less often, then handing
both back."""

from __future__ import annotations

import gc
import sys
import threading

import pytest

from console import runtime


def test_tune_interpreter_shortens_the_switch_interval() -> None:
    before = sys.getswitchinterval()
    try:
        runtime.tune_interpreter()
        # Python keeps whole microseconds: 0.0001 comes back as 9.999999999999999e-05.
        assert sys.getswitchinterval() == pytest.approx(runtime.SWITCH_INTERVAL_S)
        assert sys.getswitchinterval() < 0.005  # Python's default
    finally:
        sys.setswitchinterval(before)


def test_a_burst_sets_aside_and_hands_back_nested_and_concurrent() -> None:
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    inner_entered, release = threading.Event(), threading.Event()

    def other_burst() -> None:
        with runtime.long_lived_objects_set_aside():
            inner_entered.set()
            release.wait(10)

    with runtime.long_lived_objects_set_aside():
        assert gc.get_freeze_count() > frozen
        assert gc.get_threshold() == (runtime.BURST_GEN0_THRESHOLD, *thresholds[1:])
        with runtime.long_lived_objects_set_aside():  # nested: nothing changes
            assert gc.get_threshold()[0] == runtime.BURST_GEN0_THRESHOLD
        assert gc.get_threshold()[0] == runtime.BURST_GEN0_THRESHOLD
        worker = threading.Thread(target=other_burst)
        worker.start()
        assert inner_entered.wait(10)
    # The other burst still runs: still set aside.
    assert gc.get_threshold()[0] == runtime.BURST_GEN0_THRESHOLD
    release.set()
    worker.join(10)
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == frozen
