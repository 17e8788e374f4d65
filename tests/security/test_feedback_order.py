"""Finding 5: the raw files of a kiosk (its database and write-ahead log, read as bytes and through
SQLite itself, rowids included) cannot put feedback or votes in the order they were given, so
they cannot be matched to whoever checked in just before. The kiosk stays open while the files
are read, as a running kiosk would."""

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.services import build_services
from tests.conftest import ADMIN, FakeClock

GIVEN = 40
#: |Kendall tau| of a random order of 40 is below this with probability above 1 - 1e-5
TAU_LIMIT = 0.5
#: a random order puts more than this many in their true place with probability below 1e-4
PLACES_LIMIT = 7


def kendall_tau(order: list[int]) -> float:
    n = len(order)
    concordant = sum(1 if order[i] < order[j] else -1 for i in range(n) for j in range(i + 1, n))
    return concordant / (n * (n - 1) / 2)


def assert_no_better_than_chance(order: list[int], how: str) -> None:
    assert sorted(order) == list(range(GIVEN)), f"{how}: not every row was found"
    tau = kendall_tau(order)
    in_place = sum(1 for place, given in enumerate(order) if place == given)
    assert abs(tau) < TAU_LIMIT and in_place <= PLACES_LIMIT, f"{how} keeps the order: tau {tau:.2f}, {in_place} in place"


def by_offset(data: bytes, markers: list[bytes], last: bool = False) -> list[int]:
    found = [(data.rfind(m) if last else data.find(m), i) for i, m in enumerate(markers)]
    return [i for _, i in sorted(found) if _ >= 0] if all(pos >= 0 for pos, _ in found) else []


@pytest.fixture
def kiosk(sqlite_engine):
    clock = FakeClock()
    services = build_services(sqlite_engine, clock)
    services.hub.set_up("Order Hub")
    poll = services.polls.create(ADMIN, "Which day suits you?", ["Monday", "Friday"], date(2026, 12, 31))
    return services, clock, poll, Path(sqlite_engine.url.database)


def test_feedback_cannot_be_put_in_the_order_it_was_given(kiosk):
    services, clock, _, db = kiosk
    for i in range(GIVEN):  # a check-in, then that visitor's feedback, all morning
        services.visits.check_in(f"Visitor{i:02d}", "CM1")
        clock.advance(minutes=4)
        services.feedback.give(1 + i % 5, f"fbmark{i:02d} the tea was fine")
        clock.advance(minutes=3)
    markers = [f"fbmark{i:02d}".encode() for i in range(GIVEN)]
    wal = Path(f"{db}-wal")
    assert not any(m in (wal.read_bytes() if wal.exists() else b"") for m in markers), "the log keeps feedback frames"
    data = db.read_bytes()
    assert_no_better_than_chance(by_offset(data, markers), "the first place in the file")
    assert_no_better_than_chance(by_offset(data, markers, last=True), "the last place in the file")
    attacker = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = attacker.execute("SELECT comment FROM feedback ORDER BY rowid").fetchall()
    assert_no_better_than_chance([int(c[6:8]) for (c,) in rows], "feedback rowids")
    queued = attacker.execute("SELECT payload FROM anonymous_outbox ORDER BY rowid").fetchall()
    assert_no_better_than_chance([int(p[p.index("fbmark") + 6:][:2]) for (p,) in queued], "queued rowids")
    attacker.close()
    assert len(services.feedback.between(clock.now.date() - timedelta(days=1), clock.now.date())) == GIVEN


def vote_ids(db: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM poll_vote")}
    finally:
        conn.close()


def test_votes_cannot_be_put_in_the_order_they_were_given(kiosk):
    services, clock, poll, db = kiosk
    given = []  # the test knows which vote came when; the attacker must work it out
    for i in range(GIVEN):
        services.visits.check_in(f"Voter{i:02d}", "SS14")
        services.polls.vote(poll.id, poll.options[i % 2].id)
        given += sorted(vote_ids(db) - set(given))
        clock.advance(minutes=5)
    assert len(given) == GIVEN
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    attacker = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    by_rowid = [given.index(row[0]) for row in attacker.execute("SELECT id FROM poll_vote ORDER BY rowid")]
    attacker.close()
    assert_no_better_than_chance(by_rowid, "vote rowids")
    data = db.read_bytes()
    assert_no_better_than_chance(by_offset(data, [v.encode() for v in given]), "the votes' place in the file")
