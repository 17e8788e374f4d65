"""Registers for the front desk: a session's bookings to tick off, and the fire register of
everyone checked in now. Both hold names, so both say so at the top of every page."""

import io
from collections.abc import Sequence
from datetime import datetime

from ..domain.enums import BookingStatus
from ..domain.records import BookingInfo, HubInfo, SessionInfo, VisitInfo
from ..domain.refcode import format_reference
from ..domain.wording import clock_time, day_name, local, people_text, time_range
from .draw import ALERT, INK, PRIMARY, Pen, block_height, new_canvas
from .flow import Block, paginate, spacer, text_block
from .fonts import register
from .geometry import A4_PORTRAIT
from .tables import TICK, Column, Row, Table, page_footer, paint_table_page

PRIVATE = "Private: contains names — shred after use"
MARGIN, SIZE = 40.0, 11.0
NO_NAME = "Name not kept"


def build_session_register(hub: HubInfo, session: SessionInfo, bookings: Sequence[BookingInfo], *,
                           printed_at: datetime) -> bytes:
    """Who booked a session, to tick off as they arrive, with a facilitator's sign-off."""
    tz = hub.timezone
    day = local(session.starts_at, tz).date()
    width = A4_PORTRAIT[0] - 2 * MARGIN
    blocks = [text_block(f"Register: {session.activity.name}", 18, width, bold=True, gap_after=4),
              text_block(f"{day_name(day)} {day.year}, {time_range(session, tz)}", 13, width, bold=True,
                         colour=PRIMARY, gap_after=4)]
    for line in (session.place, f"Facilitator: {session.facilitator}" if session.facilitator else None,
                 _counts(session, bookings)):
        if line:
            blocks.append(text_block(line, SIZE, width, gap_after=2))
    if session.is_cancelled:
        blocks.append(text_block(f"This session is CANCELLED: {session.cancel_reason or 'no reason given'}",
                                 13, width, bold=True, colour=ALERT, gap_after=2))
    blocks.append(spacer(10))
    blocks += _booking_rows(bookings, width)
    blocks += _sign_off(width)
    return _document(hub, blocks, f"Register for {session.activity.name}, {day_name(day)} {day.year}",
                     "Session register", printed_at)


def build_fire_register(hub: HubInfo, visits: Sequence[VisitInfo], *, printed_at: datetime) -> bytes:
    """Everyone checked in at the kiosk now, for the roll call outside, with the print time."""
    tz = hub.timezone
    width = A4_PORTRAIT[0] - 2 * MARGIN
    day = local(printed_at, tz).date()
    family = sum(v.family_count for v in visits)
    blocks = [
        text_block("Fire register: who is in the building", 18, width, bold=True, gap_after=4),
        text_block(f"Printed at {clock_time(printed_at, tz)} on {day_name(day)} {day.year}", 14, width,
                   bold=True, colour=PRIMARY, gap_after=4),
        text_block(_head_count(len(visits), family), SIZE + 1, width, bold=True, gap_after=2),
        text_block("This list shows visitors who checked in at the kiosk and have not checked out. "
                   "It does not include staff, volunteers, or anyone who did not check in.", SIZE,
                   width, gap_after=10),
    ]
    table = Table([Column("Safe", 48, "centre"), Column("Name", width - 48 - 80 - 110, "left"),
                   Column("Arrived", 80, "left"), Column("Family with them", 110, "left")], SIZE + 1)
    if not visits:
        blocks.append(text_block("Nobody is checked in at the kiosk right now.", 14, width, bold=True))
    else:
        blocks.append(table.header())
        blocks += [table.row([TICK, v.label, clock_time(v.arrived_at, tz),
                              str(v.family_count) if v.family_count else "None"]) for v in visits]
    return _document(hub, blocks, f"Fire register, {clock_time(printed_at, tz)} {day_name(day)} {day.year}",
                     "Fire register", printed_at)


def _head_count(visitors: int, family: int) -> str:
    """"2 visitors checked in, with 3 family members: 5 people in all." """
    with_them = f"{family} family member{'s' if family != 1 else ''}" if family else "no family members"
    return (f"{visitors} visitor{'s' if visitors != 1 else ''} checked in, with {with_them}: "
            f"{people_text(visitors + family)} in all.")


def _counts(session: SessionInfo, bookings: Sequence[BookingInfo]) -> str:
    held = [b for b in bookings if b.status.holds_place]
    waiting = [b for b in bookings if b.status is BookingStatus.WAITLISTED]
    text = (f"Places: {session.capacity}. Booked: {people_text(sum(b.party for b in held))} "
            f"in {len(held)} booking{'s' if len(held) != 1 else ''}.")
    return text + (f" Waiting list: {len(waiting)}." if waiting else "")


def _booking_table(width: float) -> Table:
    return Table([Column("Here", 48, "centre"), Column("Name", width - 48 - 64 - 90 - 120),
                  Column("People", 64, "centre"), Column("Booking", 90), Column("Note", 120)], SIZE + 1)


def _booking_rows(bookings: Sequence[BookingInfo], width: float) -> list[Block]:
    table = _booking_table(width)
    booked = [b for b in bookings if b.status.holds_place]
    waiting = sorted((b for b in bookings if b.status is BookingStatus.WAITLISTED),
                     key=lambda b: b.position or 0)
    blocks: list[Block] = [table.header()]
    notes = {BookingStatus.ATTENDED: "Came", BookingStatus.NO_SHOW: "Did not come"}
    for b in booked:
        blocks.append(table.row([TICK, b.name or NO_NAME, str(b.party), format_reference(b.reference),
                                 notes.get(b.status, "")]))
    if not booked:
        blocks.append(table.row(["", "No bookings yet", "", "", ""]))
    if waiting:
        blocks.append(spacer(10))
        blocks.append(text_block("Waiting list (only if a place comes free)", 13, width, bold=True,
                                 gap_after=4, keep_with_next=True))
        blocks += [table.row([TICK, b.name or NO_NAME, str(b.party), format_reference(b.reference),
                              f"Waiting, number {b.position}" if b.position else "Waiting"])
                   for b in waiting]
    blocks.append(spacer(10))
    blocks.append(text_block("Came without booking", 13, width, bold=True, gap_after=4, keep_with_next=True))
    blocks += [table.row([TICK, None, None, None, None], min_height=14) for _ in range(4)]
    return blocks


def _sign_off(width: float) -> list[Block]:
    def paint(canvas, x: float, top: float) -> None:
        pen = Pen(canvas, SIZE + 1, False, INK)
        for row, labels in enumerate((("Number who came", "Facilitator's name"), ("Signature", "Date"))):
            baseline = top - 24 - row * 34
            for col, label in enumerate(labels):
                left = x + col * width / 2
                used = pen.line(left, baseline, label + ":")
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.8)
                canvas.line(left + used + 6, baseline - 2, left + width / 2 - 16, baseline - 2)

    return [spacer(16), text_block("Facilitator sign-off", 13, width, bold=True, keep_with_next=True),
            Block(height=66, paint=paint)]


def _document(hub: HubInfo, blocks: list[Block], title: str, subject: str, printed_at: datetime) -> bytes:
    register()
    width, height = A4_PORTRAIT
    banner_h = block_height(1, 12) + 12
    footer_h = block_height(1, 9) + 6
    body = height - 2 * MARGIN - banner_h - footer_h
    repeat = max((b.header.height for b in blocks if isinstance(b, Row) and b.header), default=0.0)
    pages = paginate(blocks, body, body - repeat)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4_PORTRAIT, title, subject, hub.name)
    tz = hub.timezone
    stamp = f"{hub.name}. Printed {clock_time(printed_at, tz)} {day_name(local(printed_at, tz).date())}."
    for number, placed in enumerate(pages, 1):
        top = height - MARGIN
        canvas.setStrokeColor(ALERT)
        canvas.setLineWidth(1.5)
        canvas.rect(MARGIN, top - banner_h + 4, width - 2 * MARGIN, banner_h - 4, stroke=1, fill=0)
        Pen(canvas, 12, True, ALERT).lines(MARGIN + 8, top - 4.5, [PRIVATE])
        body_top = top - banner_h - 6
        paint_table_page(canvas, placed, MARGIN, body_top)
        page_footer(canvas, width, MARGIN, stamp, number, len(pages))
    canvas.save()
    return buffer.getvalue()
