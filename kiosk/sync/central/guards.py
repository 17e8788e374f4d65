"""What a device login may write centrally, where row-level security alone cannot say it: the
per-hub feed lock (a row each hub's devices alone can see), and a trigger that binds every written
row to the signed-in device (a new row's origin is that device, an update keeps the origin), lets
only desk devices change the hub and its staff accounts, keeps each device to its own device row,
range-checks the hub's settings for every writer, and keeps lockout counts off the central copy.

All of it is transaction-scoped (row locks, ``set_config(..., true)``), so it works through a
connection pooler in transaction mode: no advisory locks, no session state."""

from psycopg import sql

from ...domain.desk import DESK_LOCK_MINUTES, RETENTION_DAYS, VISITOR_IDLE_SECONDS
from .. import tables
from .policies import row_security

LOCK_TABLE = "sync_feed_lock"
#: (setting, value) given to every device login; ALTER ROLE … SET applies them at sign-in.
ROLE_LIMITS = (("lock_timeout", "30s"), ("statement_timeout", "120s"),
               ("idle_in_transaction_session_timeout", "60s"))
#: Hub columns kept in range, with their limits (the same a hub lead can set at the desk).
HUB_RANGES = {"retention_days": RETENTION_DAYS, "visitor_idle_seconds": VISITOR_IDLE_SECONDS,
              "desk_lock_minutes": DESK_LOCK_MINUTES}

LOCK_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.sync_lock_feed(hub uuid) RETURNS void
LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
    IF current_setting('kiosk.feed_lock', true) IS NOT DISTINCT FROM hub::text THEN
        RETURN;  -- already held by this transaction
    END IF;
    -- Row-level security shows a device its own hub's row only: no other hub's lock is in reach.
    PERFORM 1 FROM public.{LOCK_TABLE} WHERE hub_id = hub FOR UPDATE;
    IF NOT FOUND THEN  -- a new hub (made by the administrator): its lock row comes with it
        INSERT INTO public.{LOCK_TABLE} (hub_id) VALUES (hub) ON CONFLICT DO NOTHING;
        PERFORM 1 FROM public.{LOCK_TABLE} WHERE hub_id = hub FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no feed lock for that hub' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    PERFORM set_config('kiosk.feed_lock', hub::text, true);
END $$
"""


def _range_checks() -> str:
    checks = "\n".join(
        f"            IF NEW.{name} IS NULL OR NEW.{name} NOT BETWEEN {low} AND {high} THEN\n"
        f"                RAISE EXCEPTION 'hub setting {name} must be between {low} and {high}' "
        "USING ERRCODE = 'check_violation';\n            END IF;"
        for name, (low, high, _default) in HUB_RANGES.items())
    return checks


def _columns(record: str) -> str:
    return ", ".join(f"{record}.{name}" for name in HUB_RANGES)


GUARD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.sync_guard_row() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    me uuid;
    my_role text;
    cached text := current_setting('kiosk.device', true);
    changed boolean := false;
    existing boolean := false;
BEGIN
    IF TG_TABLE_NAME = 'hub' THEN  -- checked when set, so an old row can still be touched
        IF TG_OP = 'INSERT' THEN
            changed := true;
        ELSE
            changed := ({_columns("NEW")}) IS DISTINCT FROM ({_columns("OLD")});
        END IF;
        IF changed THEN
{_range_checks()}
        END IF;
        changed := false;
    END IF;
    IF TG_TABLE_NAME = 'staff_account' THEN  -- wrong-PIN counts stay on the device they were typed on
        NEW.failed_attempts := 0;
        NEW.last_failed_at := NULL;
        NEW.locked_until := NULL;
    END IF;
    IF cached IS NULL OR split_part(cached, '|', 1) <> current_user THEN
        SELECT l.device_id, d.role INTO me, my_role FROM public.sync_device_login l
            JOIN public.device d ON d.id = l.device_id WHERE l.role_name = current_user;
        PERFORM set_config('kiosk.device', current_user || '|' || coalesce(me::text, '') || '|'
                           || coalesce(my_role, ''), true);
    ELSE
        me := nullif(split_part(cached, '|', 2), '')::uuid;
        my_role := split_part(cached, '|', 3);
    END IF;
    IF me IS NULL THEN
        RETURN NEW;  -- the administrator
    END IF;
    IF TG_OP = 'INSERT' THEN
        -- A pushed change is an upsert: for a row already there (a visitor who checked in at
        -- one touchscreen and leaves by another) the update below applies, keeping its origin.
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I WHERE id = $1)', TG_TABLE_SCHEMA, TG_TABLE_NAME)
            INTO existing USING NEW.id;
        IF NEW.origin_device_id IS NULL THEN
            NEW.origin_device_id := me;
        ELSIF NEW.origin_device_id <> me AND NOT existing THEN
            RAISE EXCEPTION 'a device can only add rows in its own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        changed := true;
    ELSE
        NEW.origin_device_id := OLD.origin_device_id;
        changed := (to_jsonb(NEW) - 'server_seq' - 'updated_at')
                   IS DISTINCT FROM (to_jsonb(OLD) - 'server_seq' - 'updated_at');
    END IF;
    IF changed AND TG_TABLE_NAME IN ('hub', 'staff_account') AND my_role <> 'desk' THEN
        RAISE EXCEPTION 'only a desk device can change the hub or its staff accounts'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF changed AND TG_TABLE_NAME = 'device' THEN
        IF TG_OP = 'INSERT' OR OLD.id <> me OR NEW.id <> me OR NEW.role IS DISTINCT FROM OLD.role
                OR NEW.hub_id IS DISTINCT FROM OLD.hub_id THEN
            RAISE EXCEPTION 'a device can only change its own name and printer'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$
"""


def guarded_tables() -> list[str]:
    """Replicated tables whose rows carry their origin device (not the anonymous ones)."""
    return [t.name for t in tables.TABLES if "origin_device_id" in t.c]


def statements(admin: str, group: str, login_hub: str) -> list[sql.Composable]:
    """The lock table with its row-level security, both functions and the guard triggers."""
    lock, grp = sql.Identifier(LOCK_TABLE), sql.Identifier(group)
    made = [
        sql.SQL("CREATE TABLE IF NOT EXISTS public.{} (hub_id uuid PRIMARY KEY, taken_at timestamptz)")
        .format(lock),
        *row_security(LOCK_TABLE, admin, group, sql.SQL("hub_id = " + login_hub)),
        sql.SQL("INSERT INTO public.{} (hub_id) SELECT id FROM public.hub ON CONFLICT DO NOTHING")
        .format(lock),
        sql.SQL(LOCK_FUNCTION),
        sql.SQL(GUARD_FUNCTION),
    ]
    for name in guarded_tables():
        table = sql.Identifier(name)
        made += [
            sql.SQL("DROP TRIGGER IF EXISTS sync_guard_row ON public.{}").format(table),
            sql.SQL("CREATE TRIGGER sync_guard_row BEFORE INSERT OR UPDATE ON public.{} "
                    "FOR EACH ROW EXECUTE FUNCTION public.sync_guard_row()").format(table),
        ]
    return made


def grants(group: str) -> list[sql.Composable]:
    grp = sql.Identifier(group)
    return [
        sql.SQL("GRANT SELECT, UPDATE (taken_at) ON public.{} TO {}").format(sql.Identifier(LOCK_TABLE), grp),
        sql.SQL("GRANT EXECUTE ON FUNCTION public.sync_lock_feed(uuid) TO {}").format(grp),
        sql.SQL("GRANT EXECUTE ON FUNCTION public.sync_guard_row() TO {}").format(grp),
    ]


def role_limits(role: str) -> list[sql.Composable]:
    """Time limits for one device login, so no device can wait or hold a lock without end."""
    return [sql.SQL("ALTER ROLE {} SET {} = {}").format(sql.Identifier(role), sql.Identifier(name),
                                                        sql.Literal(value))
            for name, value in ROLE_LIMITS]


def existing_logins(raw) -> list[str]:
    """Device logins already made (``kiosk central upgrade`` gives them the limits too)."""
    rows = raw.execute("SELECT l.role_name FROM public.sync_device_login l "
                       "JOIN pg_roles r ON r.rolname = l.role_name ORDER BY 1").fetchall()
    return [row[0] for row in rows]
