"""Have your say: polls with 2–6 options, anonymous one-tap votes, results once 5 votes exist."""

import uuid
from datetime import date

from sqlalchemy import func, select

from ..db.models import Poll, PollOption, PollVote
from ..domain.errors import AlreadyDone, BookingClosed, InvalidInput, NotFound
from ..domain.limits import MAX_OPTIONS, MIN_OPTIONS
from ..domain.records import Actor, PollInfo, PollOptionInfo
from ..domain.text import clean_text
from ..domain.timeutil import local_date
from .unit_of_work import Tx, UnitOfWork
from ..domain.translatable import QT_TR_NOOP


class PollService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def open_polls(self) -> list[PollInfo]:
        """Polls a visitor can vote in today, newest first."""
        with self._uow.read() as tx:
            today = local_date(tx.now, tx.hub().timezone)
            rows = tx.session.scalars(
                select(Poll).where(Poll.hub_id == tx.hub_id, Poll.closed_at.is_(None),
                                   Poll.closes_on >= today, Poll.deleted_at.is_(None))
                .order_by(Poll.created_at.desc())
            ).all()
            return [_poll_info(tx, p) for p in rows]

    def all_polls(self) -> list[PollInfo]:
        with self._uow.read() as tx:
            rows = tx.session.scalars(select(Poll).where(Poll.hub_id == tx.hub_id, Poll.deleted_at.is_(None))
                                      .order_by(Poll.created_at.desc())).all()
            return [_poll_info(tx, p) for p in rows]

    def get(self, poll_id: uuid.UUID) -> PollInfo:
        with self._uow.read() as tx:
            return _poll_info(tx, _load(tx, poll_id))

    def vote(self, poll_id: uuid.UUID, option_id: uuid.UUID) -> PollInfo:
        with self._uow.write() as tx:
            poll = _load(tx, poll_id)
            today = local_date(tx.now, tx.hub().timezone)
            if poll.closed_at is not None or poll.closes_on < today:
                raise BookingClosed(QT_TR_NOOP("This poll has closed. Thank you all the same."))
            option = tx.session.get(PollOption, option_id)
            if option is None or option.poll_id != poll.id:
                raise NotFound(QT_TR_NOOP("That answer is not part of this poll."))
            vote = PollVote(hub_id=tx.hub_id, poll_id=poll.id, option_id=option.id, voted_on=today)
            tx.session.add(vote)
            tx.record_anonymous("poll_vote.create", vote, "voted_on")
            return _poll_info(tx, poll)

    def create(self, actor: Actor, question: str, options: list[str], closes_on: date) -> PollInfo:
        question = clean_text(question, what="question", limit=200, required=True)
        labels = [clean_text(o, what="answer", limit=120) for o in options]
        labels = [label for label in labels if label]
        if not MIN_OPTIONS <= len(labels) <= MAX_OPTIONS:
            raise InvalidInput(f"A poll has {MIN_OPTIONS} to {MAX_OPTIONS} answers.")
        if len({label.casefold() for label in labels}) != len(labels):
            raise InvalidInput("Two answers are the same; please make each one different.")
        with self._uow.write() as tx:
            if closes_on < local_date(tx.now, tx.hub().timezone):
                raise InvalidInput("The closing date cannot be in the past.")
            poll = Poll(hub_id=tx.hub_id, question=question, closes_on=closes_on)
            tx.add(poll)
            tx.record("poll.upsert", poll)
            for position, label in enumerate(labels):
                option = PollOption(poll_id=poll.id, label=label, position=position)
                tx.add(option)
                tx.record("poll_option.upsert", option)
            tx.audit(actor, "poll.create", "poll", poll.id, options=len(labels))
            return _poll_info(tx, poll)

    def close(self, actor: Actor, poll_id: uuid.UUID) -> PollInfo:
        with self._uow.write() as tx:
            poll = _load(tx, poll_id)
            if poll.closed_at is not None:
                raise AlreadyDone("This poll is already closed.")
            poll.closed_at = tx.now
            tx.touch(poll)
            tx.record("poll.upsert", poll)
            tx.audit(actor, "poll.close", "poll", poll.id)
            return _poll_info(tx, poll)


def _load(tx: Tx, poll_id: uuid.UUID) -> Poll:
    poll = tx.session.get(Poll, poll_id)
    if poll is None or poll.hub_id != tx.hub_id or poll.deleted_at is not None:
        raise NotFound("That poll does not exist.")
    return poll


def _poll_info(tx: Tx, poll: Poll) -> PollInfo:
    tx.session.flush()
    counts = dict(tx.session.execute(
        select(PollVote.option_id, func.count()).where(PollVote.poll_id == poll.id).group_by(PollVote.option_id)
    ).tuples().all())
    options = tx.session.scalars(select(PollOption).where(PollOption.poll_id == poll.id)
                                 .order_by(PollOption.position)).all()
    return PollInfo(id=poll.id, question=poll.question, closes_on=poll.closes_on,
                    closed=poll.closed_at is not None,
                    options=tuple(PollOptionInfo(o.id, o.label, int(counts.get(o.id, 0))) for o in options))
