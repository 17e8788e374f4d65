"""A full disk: a clear message on the screen, no partial record, and full recovery once space is
freed. The database lives on a real size-limited filesystem (a small tmpfs)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.app import open_services
from kiosk.db.models import Booking, OutboxEntry
from kiosk.domain.errors import StorageFull
from tests.conftest import DEMO_NOW, FakeClock
from tests.ui.helpers import page, tap, type_on_screen


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here ({done.stderr.strip()}); needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill_up(folder: Path, leave: int = 48 * 1024) -> Path:
    """Take all the free space but ``leave`` bytes."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free - leave
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free))
    return filler


def booked(services) -> tuple[int, int]:
    with services.uow.read() as tx:
        return (tx.session.scalar(select(func.count()).select_from(Booking)),
                tx.session.scalar(select(func.count()).where(OutboxEntry.kind == "booking.create")))


def test_bookings_fail_clearly_when_full_and_work_again_after(small_disk, demo_db):
    db_path = small_disk / "kiosk.sqlite"
    shutil.copy(demo_db, db_path)
    services = open_services(db_path, clock=FakeClock(DEMO_NOW))
    upcoming = [s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                if not s.is_cancelled and s.starts_at > services.uow.clock()]
    session = upcoming[-1]
    filler = fill_up(small_disk)
    made, error = 0, None
    for attempt in range(5000):
        try:
            services.booking.book(session.id, "A" * 40, 1)
            made += 1
        except StorageFull as full:
            error = full
            break
    assert error is not None, "the disk never filled"
    assert "storage is full" in error.message and "nothing was saved" in error.message
    before = booked(services)
    assert before[0] == before[1], "every booking has its outbox entry: no partial record"
    with pytest.raises(StorageFull):
        services.booking.book(session.id, "Stillfull", 1)
    assert booked(services) == before
    os.remove(filler)
    again = services.booking.book(session.id, "Afterwards", 1)
    assert services.booking.lookup(again.reference).name == "Afterwards"
    assert booked(services) == (before[0] + 1, before[1] + 1)
    with services.uow.read() as tx:
        assert tx.session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    services.uow.engine.dispose()


def test_the_visitor_screen_says_so_plainly(small_disk, demo_db, qtbot):
    from kiosk.views.main_window import MainWindow

    db_path = small_disk / "kiosk.sqlite"
    shutil.copy(demo_db, db_path)
    services = open_services(db_path, clock=FakeClock(DEMO_NOW))
    window = MainWindow(locked=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start(services)
    tap(qtbot, page(window, "welcome").tiles["feedback"])
    feedback = page(window, "feedback")
    tap(qtbot, feedback.faces[5])
    filler = fill_up(small_disk, leave=0)
    type_on_screen(qtbot, feedback.keyboard, "Full disk")
    for _ in range(200):
        tap(qtbot, feedback.send)
        if feedback.message.isVisible():
            break
        window.go("feedback")
        tap(qtbot, feedback.faces[5])
    assert "storage is full" in feedback.message.text()
    os.remove(filler)
    tap(qtbot, feedback.send)
    assert window.current_name == "thanks"
    window.unlock_for_shutdown()
    services.uow.engine.dispose()
