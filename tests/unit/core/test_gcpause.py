"""gc_paused: the cyclic collector is off inside, back on after (even on an error), left off
when the caller had paused it, and nothing stays frozen."""

from __future__ import annotations

import gc

import pytest

from pmdesk.core.gcpause import gc_paused

pytestmark = pytest.mark.usefixtures("collector_on")


def test_paused_inside_and_resumed_after() -> None:
    with gc_paused():
        assert not gc.isenabled()
        built = [[n] for n in range(1000)]  # young objects, promoted when the pause ends
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    # Moved to the oldest generation: not left for the next young collections to walk.
    oldest = {id(thing) for thing in gc.get_objects(generation=2)}
    assert all(id(thing) in oldest for thing in built)


def test_resumed_after_an_error() -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("a bad file")
    assert gc.isenabled()


def test_a_callers_pause_is_left_alone() -> None:
    gc.disable()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause does not end the outer one
    assert not gc.isenabled()  # nor the caller's own
