"""Slips a visitor takes home: a booking slip with its reference and QR code, and a help slip
with crisis contacts; on 80 mm receipt paper (as long as the content) or on A6.

Every word goes through ``translate`` (marked with QT_TR_NOOP for the catalogues): the screen
passes the visitor's language, the command line keeps English. No Qt is needed here."""

import io
from collections.abc import Callable
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..domain.enums import BookingStatus
from ..domain.records import BookingInfo, HubInfo
from ..domain.refcode import format_reference
from ..domain.wording import QT_TR_NOOP, Translate, clock_time, day_name, local, session_day, time_range
from .draw import ALERT, INK, MUTED, PRIMARY, new_canvas, qr_code
from .flow import Block, paginate, paint_page, spacer, text_block, total_height
from .fonts import font_for, register, text_width
from .geometry import A6_SIZE, RECEIPT_WIDTH, slip_size

#: Side margins keep text inside the 72 mm most 80 mm receipt printers can print.
RECEIPT_MARGIN, RECEIPT_END = 4 * mm, 6 * mm
A6_MARGIN = 7 * mm
#: Text scales tried, largest first, until an A6 slip fits its page.
A6_SCALES = (1.5, 1.4, 1.3, 1.15, 1.0, 0.9, 0.8, 0.7)

ENGLISH_ONLY = QT_TR_NOOP("These phone and text services answer in English.")

Builder = Callable[[float, float], list[Block]]  # (content width, scale) -> blocks


def _same(text: str) -> str:
    return text


def build_booking_slip(hub: HubInfo, booking: BookingInfo, *, size: str = "receipt",
                       printed_at: datetime, note: str | None = None, translate: Translate = _same) -> bytes:
    """The visitor's booking: reference in large letters, a QR code holding just the reference
    (what My booking reads back), the session and the hub's phone number. No name is printed,
    so a lost slip does not say who is coming."""
    t = translate
    title = t(QT_TR_NOOP("Booking {reference} at {hub}")).format(reference=format_reference(booking.reference),
                                                                 hub=hub.name)
    return _slip(slip_size(size), title, t(QT_TR_NOOP("Booking slip")), hub.name,
                 lambda width, scale: _booking_blocks(hub, booking, width, scale, printed_at, note, t))


def build_help_slip(hub: HubInfo, *, size: str = "receipt", printed_at: datetime,
                    translate: Translate = _same) -> bytes:
    """Who to call for help, day or night: the hub's crisis contacts."""
    t = translate
    return _slip(slip_size(size), t(QT_TR_NOOP("Help, any time: {hub}")).format(hub=hub.name),
                 t(QT_TR_NOOP("Crisis contacts")), hub.name, lambda width, scale: _help_blocks(hub, width, scale, printed_at, t))


def _slip(size: str, title: str, subject: str, author: str, build: Builder) -> bytes:
    register()
    buffer = io.BytesIO()
    if size == "receipt":
        width = RECEIPT_WIDTH - 2 * RECEIPT_MARGIN
        blocks = build(width, 1.0)
        pagesize = (RECEIPT_WIDTH, total_height(blocks) + 2 * RECEIPT_END)
        canvas = new_canvas(buffer, pagesize, title, subject, author)
        paint_page(canvas, _stack(blocks), RECEIPT_MARGIN, pagesize[1] - RECEIPT_END)
        canvas.showPage()
    else:
        width, room = A6_SIZE[0] - 2 * A6_MARGIN, A6_SIZE[1] - 2 * A6_MARGIN
        for scale in A6_SCALES:
            blocks = build(width, scale)
            if total_height(blocks) <= room:
                break
        canvas = new_canvas(buffer, A6_SIZE, title, subject, author)
        for number, placed in enumerate(paginate(blocks, room, room)):
            if number:
                canvas.showPage()
            paint_page(canvas, placed, A6_MARGIN, A6_SIZE[1] - A6_MARGIN)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _stack(blocks: list[Block]) -> list[tuple[Block, float]]:
    placed, used = [], 0.0
    for block in blocks:
        placed.append((block, used))
        used += block.height + block.gap_after
    return placed


def _booking_blocks(hub: HubInfo, booking: BookingInfo, width: float, k: float,
                    printed_at: datetime, note: str | None, t: Translate) -> list[Block]:
    session, tz = booking.session, hub.timezone
    cancelled = booking.status is BookingStatus.CANCELLED
    blocks = [text_block(hub.name, 12 * k, width, bold=True, colour=PRIMARY, gap_after=6 * k)]
    blocks += _status_blocks(booking, width, k, t)
    if note:  # a booking made offline: the central decision is still to come
        blocks.append(text_block(note, 11 * k, width, bold=True, gap_after=4 * k))
    blocks += _reference_blocks(booking.reference, width, k, with_qr=not cancelled, strike=cancelled, t=t)
    when = session_day(session, tz, t)
    blocks.append(text_block(session.activity.name, 14 * k, width, bold=True, gap_after=2 * k))
    blocks.append(text_block(when, 12 * k, width, bold=True, gap_after=1 * k))
    blocks.append(text_block(time_range(session, tz, t), 12 * k, width, bold=True, gap_after=2 * k))
    if session.is_cancelled:
        blocks.append(text_block(t(QT_TR_NOOP("This session is cancelled.")), 12 * k, width, bold=True,
                                 colour=ALERT, gap_after=2 * k))
    party = t(QT_TR_NOOP("For {party} people.")).format(party=booking.party) if booking.party > 1 else None
    for line in (session.place, party):
        if line:
            blocks.append(text_block(line, 11 * k, width, gap_after=2 * k))
    if session.activity.what_to_bring and not cancelled:
        blocks.append(text_block(t(QT_TR_NOOP("What to bring: {things}")).format(
            things=session.activity.what_to_bring), 11 * k, width, gap_after=2 * k))
    blocks.append(spacer(6 * k))
    blocks.append(text_block(t(QT_TR_NOOP("To check or cancel, tap My booking at the kiosk, then scan the code "
                                          "on this slip or type the reference.")), 10 * k, width, gap_after=4 * k))
    if hub.phone:
        blocks.append(text_block(t(QT_TR_NOOP("Questions? Call {phone}")).format(phone=hub.phone), 11 * k, width,
                                 bold=True, gap_after=4 * k))
    blocks.append(_printed(printed_at, tz, width, k, t))
    return blocks


def _status_blocks(booking: BookingInfo, width: float, k: float, t: Translate) -> list[Block]:
    headline, detail, colour = {
        BookingStatus.CONFIRMED: (QT_TR_NOOP("Your place is booked"), None, INK),
        BookingStatus.WAITLISTED: (QT_TR_NOOP("You are on the waiting list"),
                                   _waiting_text(booking.position, t), INK),
        BookingStatus.CANCELLED: (QT_TR_NOOP("CANCELLED: this booking is cancelled"), booking.status_reason, ALERT),
        BookingStatus.ATTENDED: (QT_TR_NOOP("You came to this session. Thank you!"), None, INK),
        BookingStatus.NO_SHOW: (QT_TR_NOOP("This booking was not used"), None, INK),
    }[booking.status]
    blocks = [text_block(t(headline), 16 * k, width, bold=True, colour=colour, gap_after=4 * k)]
    if detail:
        blocks.append(text_block(detail, 11 * k, width, gap_after=6 * k))
    return blocks


def _waiting_text(position: int | None, t: Translate) -> str:
    then = t(QT_TR_NOOP("If a place comes free it goes to the next person waiting: check with My booking "
                        "at the kiosk, or ask at reception."))
    if not position:
        return then
    return t(QT_TR_NOOP("You are number {position} on the waiting list.")).format(position=position) + " " + then


def _reference_blocks(reference: str, width: float, k: float, with_qr: bool,
                      strike: bool, t: Translate) -> list[Block]:
    """The reference in large letters with its QR code beside it when there is room, else below."""
    label = text_block(t(QT_TR_NOOP("Your booking reference")), 10 * k, width, colour=MUTED, gap_after=2 * k)
    code = text_block(format_reference(reference), 30 * k, width, bold=True, strike=strike)
    if not with_qr:
        code.gap_after = 8 * k
        return [label, code]
    qr_size = min(width, 96 * k)
    text_w = text_width(code.lines[0], font_for(code.lines[0], True), code.size) if code.lines else 0
    if len(code.lines) == 1 and text_w + 8 * k + qr_size <= width:
        height = max(qr_size, label.height + label.gap_after + code.height)

        def paint(canvas: Canvas, x: float, top: float) -> None:
            label.draw(canvas, x, top)
            code.draw(canvas, x, top - label.height - label.gap_after)
            qr_code(canvas, reference, x + width - qr_size, top - qr_size, qr_size)

        return [Block(height=height, paint=paint, gap_after=8 * k)]
    code.gap_after = 4 * k
    return [label, code, Block(height=qr_size, gap_after=8 * k,
                               paint=lambda c, x, top: qr_code(c, reference, x, top - qr_size, qr_size))]


def _help_blocks(hub: HubInfo, width: float, k: float, printed_at: datetime, t: Translate) -> list[Block]:
    blocks = [
        text_block(t(QT_TR_NOOP("Help, any time")), 20 * k, width, bold=True, colour=PRIMARY, gap_after=4 * k),
        text_block(t(QT_TR_NOOP("You are not alone. These services are free and will listen.")), 11 * k, width,
                   gap_after=8 * k),
    ]
    if t(ENGLISH_ONLY) != ENGLISH_ONLY:  # said only in another language: in English it goes without saying
        blocks.append(text_block(t(ENGLISH_ONLY), 11 * k, width, bold=True, gap_after=8 * k))
    for contact in hub.crisis_contacts:
        blocks.append(text_block(contact.name, 13 * k, width, bold=True, gap_after=1 * k,
                                 keep_with_next=True))
        blocks.append(text_block(t(contact.detail), 13 * k, width, gap_after=7 * k))
    if not any("999" in c.detail for c in hub.crisis_contacts):
        blocks.append(text_block(t(QT_TR_NOOP("If someone is in danger now, call 999.")), 13 * k, width, bold=True,
                                 colour=ALERT, gap_after=7 * k))
    blocks.append(spacer(3 * k))
    blocks.append(text_block(hub.name, 11 * k, width, bold=True, gap_after=1 * k))
    call_us = t(QT_TR_NOOP("Call us: {phone}")).format(phone=hub.phone) if hub.phone else None
    for line in (hub.address, call_us):
        if line:
            blocks.append(text_block(line, 11 * k, width, gap_after=1 * k))
    blocks.append(spacer(4 * k))
    blocks.append(_printed(printed_at, hub.timezone, width, k, t))
    return blocks


def _printed(printed_at: datetime, tz: str, width: float, k: float, t: Translate) -> Block:
    day = local(printed_at, tz).date()
    return text_block(t(QT_TR_NOOP("Printed on {date} {year} at {time}")).format(
        date=day_name(day, translate=t), year=day.year, time=clock_time(printed_at, tz)), 8.5 * k, width, colour=MUTED)

