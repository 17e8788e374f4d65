"""The audit page's line on the central copy: when the central database last confirmed the hub's
audit logs, how far each device's log reached it, and any gap in a device's numbering."""

from ...domain.audit_trail import AuditConfirmation
from ...domain.wording import local
from ..i18n import tr

WHEN = "%a %d %b %Y %H:%M"


def confirmation_text(found: AuditConfirmation | None, tz: str) -> str:
    if found is None:
        return tr("Not yet confirmed by the central database: until this kiosk syncs, this log is "
                  "kept on this computer only.")
    lines = [tr("Last confirmed by the central database: {when}.").format(
        when=local(found.confirmed_at, tz).strftime(WHEN))]
    for device in found.devices:
        if device.last_seq is None:
            lines.append(tr("{device}: no entries there yet.").format(device=device.name))
        else:
            lines.append(tr("{device}: entries up to number {number} ({when}).").format(
                device=device.name, number=device.last_seq,
                when=local(device.last_at, tz).strftime(WHEN) if device.last_at else "?"))
        for gap in device.gaps:
            if gap.kind == "missing":
                text = tr("Warning: {device}'s entries {first} to {last} never reached the central "
                          "database: they were removed from that kiosk before it sent them.")
            else:
                text = tr("Warning: {device}'s log went back and numbered entries {first} to {last} "
                          "again (a restore, or someone changed its file).")
            lines.append(text.format(device=device.name, first=gap.first, last=gap.last))
    return "\n".join(lines)
