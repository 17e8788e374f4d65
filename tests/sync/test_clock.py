"""Clocks: every sync records this kiosk's offset from the central server, and an offset over two
minutes is flagged for the desk (ordering never depends on it: the server's sequence decides)."""

from datetime import timedelta

from kiosk.sync.status import CLOCK_ALERT, clock_message

from .helpers import Clock


def test_a_clock_three_minutes_fast_is_flagged(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen", clock=Clock(skew=timedelta(minutes=3)))
    result = kiosk.sync()
    assert -185 < result.clock_offset_seconds < -175
    assert result.clock_warning and "3 minutes ahead of" in result.text()
    status = kiosk.engine.status()
    assert status.clock_warning and "check its date and time" in status.summary()
    assert [a.kind for a in status.alerts()] == [CLOCK_ALERT]


def test_a_clock_within_two_minutes_is_fine(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen", clock=Clock(skew=timedelta(seconds=-90)))
    result = kiosk.sync()
    assert 85 < result.clock_offset_seconds < 95
    assert not result.clock_warning and clock_message(result.clock_offset_seconds) is None
    assert "clock" not in kiosk.engine.status().summary()
