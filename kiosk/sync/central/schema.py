"""Central-only set-up, run by ``kiosk central upgrade`` after the Alembic migrations and only on
PostgreSQL: the device group role and its grants, row-level security forced on every table, and
the trigger that gives every written row its place in its hub's change feed.

The change feed cannot skip a row committed late: the trigger locks the hub's row of the feed lock
table (``guards.py``) before it draws the row's position from one sequence, and the lock is held
until commit. So two transactions writing rows of the same hub commit in the order of their
positions, and a reader that has seen position N will never later find a smaller one appear.
Every device write is bound to the signed-in device: row-level security checks the hub (and the
device, where a row names one), and ``guards.py`` holds what a policy cannot say."""

from psycopg import sql

from ...db.models import Base
from .. import tables
from . import audit_log, guards, oplog
from .erasure_guard import erasure_statements
from .policies import row_security

#: The NOLOGIN role every device login is a member of; it holds all the grants.
DEVICE_GROUP = "kiosk_device"
FEED_SEQUENCE = "sync_feed_seq"
#: The hub of the device signed in, for row-level security policies.
LOGIN_HUB = ("(SELECT l.hub_id FROM public.sync_device_login l "
             "WHERE l.role_name = current_user)")
#: The device signed in.
LOGIN_DEVICE = ("(SELECT l.device_id FROM public.sync_device_login l "
                "WHERE l.role_name = current_user)")
#: Tables where a device writes rows in its own name only: hub AND device must be its own.
DEVICE_BOUND = ("sync_applied_op",)

FEED_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.sync_feed_position() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    hub uuid;
BEGIN
    IF TG_ARGV[0] = 'id' THEN
        hub := NEW.id;
    ELSIF TG_ARGV[0] = 'poll_id' THEN
        SELECT p.hub_id INTO hub FROM public.poll p WHERE p.id = NEW.poll_id;
    ELSE
        hub := NEW.hub_id;
    END IF;
    PERFORM public.sync_lock_feed(hub);
    NEW.server_seq := nextval('public.{FEED_SEQUENCE}');
    RETURN NEW;
END $$
"""


def central_statements(admin: str, dbname: str, table_names: list[str],
                       logins: list[str] = ()) -> list[sql.Composable]:
    """Every statement of the central set-up, safe to run again (``kiosk central upgrade``);
    ``logins``: the device logins already made, which get their time limits again."""
    return [
        *_group_role(dbname),
        # CACHE 1: a session must never hold numbers drawn before it took the hub's lock
        sql.SQL(f"CREATE SEQUENCE IF NOT EXISTS public.{FEED_SEQUENCE} AS bigint CACHE 1"),
        sql.SQL(f"ALTER SEQUENCE public.{FEED_SEQUENCE} CACHE 1"),
        sql.SQL(FEED_FUNCTION),
        *_feed_triggers(),
        *_grants(),
        *[stmt for name in table_names for stmt in _row_security(name, admin)],
        *guards.statements(admin, DEVICE_GROUP, LOGIN_HUB),
        *guards.grants(DEVICE_GROUP),
        *audit_log.statements(admin, DEVICE_GROUP, LOGIN_HUB, LOGIN_DEVICE),
        *[stmt for role in logins for stmt in guards.role_limits(role)],
        *erasure_statements(DEVICE_GROUP),
        *oplog.statements(admin, DEVICE_GROUP, LOGIN_HUB),
    ]


def _group_role(dbname: str) -> list[sql.Composable]:
    group, db = sql.Identifier(DEVICE_GROUP), sql.Identifier(dbname)
    return [
        sql.SQL("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {name}) THEN "
                "CREATE ROLE {group} NOLOGIN; END IF; END $$").format(
                    name=sql.Literal(DEVICE_GROUP), group=group),
        sql.SQL("ALTER ROLE {} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                "NOBYPASSRLS").format(group),
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, group),
        sql.SQL("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(group),
    ]


def _feed_triggers() -> list[sql.Composable]:
    statements = []
    for table in tables.TABLES:
        hub = tables.hub_column(table) or tables.PARENT_HUB[table.name][1]
        name = sql.Identifier(table.name)
        statements += [
            sql.SQL("DROP TRIGGER IF EXISTS sync_feed_position ON public.{}").format(name),
            sql.SQL("CREATE TRIGGER sync_feed_position BEFORE INSERT OR UPDATE ON public.{} "
                    "FOR EACH ROW EXECUTE FUNCTION public.sync_feed_position({})").format(
                        name, sql.Literal(hub)),
        ]
    return statements


def _grants() -> list[sql.Composable]:
    """Devices read and write their hub's replicated rows; they never delete (tombstones only),
    never change feedback, votes or erasure markers once given, and may update only named
    columns (no table-level UPDATE, so no LOCK TABLE stronger than writers take anyway)."""
    group = sql.Identifier(DEVICE_GROUP)
    statements = [
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(group),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(group),
        sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON FUNCTION public.sync_feed_position() TO {}").format(group),
        sql.SQL(f"GRANT USAGE ON SEQUENCE public.{FEED_SEQUENCE} TO {{}}").format(group),
        sql.SQL("GRANT SELECT, INSERT ON public.sync_applied_op TO {}").format(group),
        sql.SQL("GRANT SELECT ON public.sync_device_login TO {}").format(group),
    ]
    for table in (*tables.TABLES, *tables.PUSHED_ONLY.values()):
        name = sql.Identifier(table.name)
        statements.append(sql.SQL("GRANT SELECT, INSERT ON public.{} TO {}").format(name, group))
        if table.name not in tables.ANONYMOUS and table.name not in tables.PUSHED_ONLY:
            columns = sql.SQL(", ").join(sql.Identifier(c.name) for c in table.columns)
            statements.append(sql.SQL("GRANT UPDATE ({}) ON public.{} TO {}").format(columns, name, group))
    return statements


def _device_rule(name: str) -> sql.Composable | None:
    """Which rows of table ``name`` a device may see and write, or None for none at all."""
    if name == "sync_device_login":
        return sql.SQL("role_name = current_user")
    if name == guards.LOCK_TABLE:
        return sql.SQL("hub_id = " + LOGIN_HUB)
    table = tables.BY_NAME.get(name)
    if table is None and name not in tables.CENTRAL_HUB_TABLES:
        return None
    if table is not None and tables.hub_column(table) is None:
        parent, column = tables.PARENT_HUB[name]
        return sql.SQL("{} IN (SELECT p.id FROM public.{} p)").format(
            sql.Identifier(column), sql.Identifier(parent))
    column = tables.hub_column(table) if table is not None else "hub_id"
    return sql.SQL("{} = " + LOGIN_HUB).format(sql.Identifier(column))


def _row_security(name: str, admin: str) -> list[sql.Composable]:
    """Devices see their own hub's rows only (and write their own, on device-bound tables); the
    administrator who runs the set-up sees everything."""
    rule = _device_rule(name)
    check = None
    if rule is not None and name in DEVICE_BOUND:
        check = sql.SQL("{} AND device_id = " + LOGIN_DEVICE).format(rule)
    return row_security(name, admin, DEVICE_GROUP, rule, check)


def public_tables(conn) -> list[str]:
    """Every table in the public schema (the Alembic ones and its version table)."""
    rows = conn.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1").fetchall()
    return [row[0] for row in rows]


def known_tables() -> set[str]:
    return set(Base.metadata.tables)
