"""``kiosk central …``: the administrator's commands for the charity's central database: bring it
up to date (migrations plus roles, row-level security and the change-feed trigger), add a hub,
add a device with its own login. The database address comes from --url or KIOSK_CENTRAL_URL and
is never printed; a new device's password is shown once (or written to a private file)."""

import json
import os
from pathlib import Path


from ...domain.enums import DeviceRole
from ...domain.errors import InvalidInput
from ...central_config import is_loopback
from ..context import CliContext
from ..inputs import whole_number

URL_ENV = "KIOSK_CENTRAL_URL"


def register(commands) -> None:
    central = commands.add_parser("central", help="set up the central database (administrators)")
    actions = central.add_subparsers(dest="central_action", metavar="ACTION", title="actions",
                                     required=True)
    upgrade = actions.add_parser("upgrade", help="migrate, then set up roles and row-level security")
    upgrade.set_defaults(handler=upgrade_central)
    hub = actions.add_parser("add-hub", help="add a hub; prints its id")
    hub.add_argument("name", metavar="NAME")
    hub.add_argument("--timezone", default="Europe/London", metavar="ZONE")
    hub.set_defaults(handler=add_hub)
    device = actions.add_parser("add-device", help="add a device and its own database login")
    device.add_argument("--hub", required=True, metavar="HUB", help="the hub's name or id")
    device.add_argument("--name", required=True, metavar="NAME", help="like 'Reception touchscreen'")
    device.add_argument("--role", choices=[r.value for r in DeviceRole], default="touchscreen")
    device.add_argument("--host", metavar="HOST", help="the server name kiosks use (default: the --url's)")
    device.add_argument("--port", type=whole_number, metavar="PORT", help="the port kiosks use")
    device.add_argument("--password-file", metavar="PATH",
                        help="write the password to this new file (readable by its owner only) "
                             "instead of printing it; needed with --json")
    device.set_defaults(handler=add_device)
    for parser in (upgrade, hub, device):
        parser.add_argument("--url", metavar="URL",
                            help=f"the central database, postgresql://… (default: {URL_ENV})")


def _admin_url(args) -> str:
    url = args.url or os.environ.get(URL_ENV)
    if not url or not url.strip():
        raise InvalidInput(f"Give the central database's address with --url or {URL_ENV}.")
    return url.strip()


def _admin(args, url: str | None = None):
    """The central administration on --url (psycopg is imported only for these commands)."""
    from ...sync.central.admin import CentralAdmin

    return CentralAdmin.from_url(url or _admin_url(args))


def upgrade_central(ctx: CliContext, args) -> None:
    admin = _admin(args)
    try:
        before, after = admin.upgrade()
    finally:
        admin.close()
    ctx.emit({"previous": before, "current": after},
             f"The central database is at revision {after} (it was at {before or 'none (empty)'}); "
             "roles, row-level security and the change feed are set up.")


def add_hub(ctx: CliContext, args) -> None:
    admin = _admin(args)
    try:
        hub = admin.add_hub(args.name, timezone=args.timezone)
    finally:
        admin.close()
    ctx.emit({"id": str(hub.id), "name": hub.name}, f"Added the hub {hub.name} (id {hub.id}).")


def add_device(ctx: CliContext, args) -> None:
    if ctx.as_json and not args.password_file:
        raise InvalidInput("With --json, give --password-file: the password is never put in JSON.")
    url = _admin_url(args)
    admin = _admin(args, url)
    try:
        login = admin.add_device(admin.find_hub(args.hub), args.name, args.role)
        hub = admin.find_hub(str(login.hub_id))
    finally:
        admin.close()
    settings = _kiosk_settings(url, args, login)
    if args.password_file:
        _write_secret(Path(args.password_file), login.password)
        settings["password_file"] = args.password_file
    ctx.emit({"hub_id": str(login.hub_id), "device_id": str(login.device_id), "name": login.name,
              "settings": settings}, _device_text(hub, login, settings, args.password_file))


def _kiosk_settings(url: str, args, login) -> dict:
    from sqlalchemy.engine import make_url  # loaded only by this command: `kiosk run` stays quick

    parsed = make_url(url)
    settings = {"host": args.host or parsed.host or "localhost", "port": args.port or parsed.port or 5432,
                "dbname": parsed.database, "user": login.role_name}
    if not is_loopback(settings["host"]):
        settings |= {"sslmode": "verify-full", "sslrootcert": "central-ca.pem"}
    return settings


def _write_secret(path: Path, secret: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InvalidInput("The password file already exists; choose a new file name.") from None
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(secret + "\n")


def _device_text(hub, login, settings: dict, password_file) -> str:
    where = ("Put this in the kiosk's settings file (settings.toml)"
             + (":" if password_file else "; the password is shown only this once:"))
    lines = [f"Added the device {login.name} to {hub.name} (device id {login.device_id}).", where, "",
             "[central]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    if not password_file:
        lines.append(f"password = {json.dumps(login.password)}")
    if "sslrootcert" in settings:
        lines += ["", ("(central-ca.pem: the certificate of the authority that signed the server's "
                       "certificate, copied beside the settings file.)")]
    return "\n".join(lines)
