"""``kiosk staff add``: a volunteer or hub-lead account, with its PIN read from standard input."""

from ...domain.enums import StaffRole
from ..context import CLI_ACTOR, CliContext
from ..inputs import read_pin
from ..render import staff_doc


def register(commands) -> None:
    staff = commands.add_parser("staff", help="manage staff accounts")
    actions = staff.add_subparsers(dest="staff_action", metavar="ACTION", title="actions", required=True)
    add = actions.add_parser("add", help="add an account; the PIN is read from standard input")
    add.add_argument("--name", required=True, metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in StaffRole])
    add.set_defaults(handler=add_staff)


def add_staff(ctx: CliContext, args) -> None:
    services = ctx.services()
    services.hub.current()  # no hub, no accounts: say so before asking for a PIN
    pin = read_pin()
    staff = services.accounts.add(CLI_ACTOR, args.name, args.role, pin)
    ctx.emit(staff_doc(staff), f"Added {staff.role.label.lower()} account '{staff.name}' (id {staff.id}).")
