"""Anonymous feedback: a rating, an optional comment and activity, and the date only."""

import uuid
from datetime import date

from sqlalchemy import select

from ..db.models import Activity, Feedback
from ..domain.errors import InvalidInput, NotFound
from ..domain.records import FeedbackInfo
from ..domain.text import clean_comment
from ..domain.timeutil import local_date
from .unit_of_work import UnitOfWork
from ..domain.translatable import QT_TR_NOOP


class FeedbackService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def give(self, rating: int, comment: str | None = None,
             activity_id: uuid.UUID | None = None) -> FeedbackInfo:
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise InvalidInput(QT_TR_NOOP("Please choose a rating from 1 to 5."))
        comment = clean_comment(comment)
        with self._uow.write() as tx:
            activity = None
            if activity_id is not None:
                activity = tx.session.get(Activity, activity_id)
                if activity is None or activity.hub_id != tx.hub_id:
                    raise NotFound(QT_TR_NOOP("That activity does not exist."))
            # No created_at, no device, no visit: only the local date is kept.
            row = Feedback(hub_id=tx.hub_id, given_on=local_date(tx.now, tx.hub().timezone),
                           rating=rating, comment=comment, activity_id=activity_id)
            tx.session.add(row)
            tx.record_anonymous("feedback.create", row, "given_on")
            return FeedbackInfo(id=row.id, given_on=row.given_on, rating=rating, comment=comment,
                                activity_name=activity.name if activity else None)

    def between(self, first: date, last: date, activity_id: uuid.UUID | None = None,
                rating: int | None = None) -> list[FeedbackInfo]:
        """Feedback given from ``first`` to ``last`` (inclusive), newest first, optionally only
        about one activity or with one rating (front desk only)."""
        with self._uow.read() as tx:
            stmt = (select(Feedback, Activity.name).outerjoin(Activity, Activity.id == Feedback.activity_id)
                    .where(Feedback.hub_id == tx.hub_id, Feedback.given_on >= first, Feedback.given_on <= last))
            if activity_id is not None:
                stmt = stmt.where(Feedback.activity_id == activity_id)
            if rating is not None:
                stmt = stmt.where(Feedback.rating == rating)
            rows = tx.session.execute(stmt.order_by(Feedback.given_on.desc(), Feedback.id)).tuples()
            return [FeedbackInfo(id=f.id, given_on=f.given_on, rating=f.rating, comment=f.comment,
                                 activity_name=name) for f, name in rows]


def count_by_rating(feedback: list[FeedbackInfo]) -> dict[int, int]:
    """How many of ``feedback`` gave each rating from 1 to 5."""
    counts = dict.fromkeys(range(1, 6), 0)
    for item in feedback:
        counts[item.rating] += 1
    return counts
