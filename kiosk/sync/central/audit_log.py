"""The central copy of every device's audit log: devices add entries in their own name only and
never change or delete one; a trigger notes, as each entry arrives, where that device's numbering
skips (entries removed from the kiosk before they were sent) or goes back (its log was rolled
back, by a restore or by hand), in a table devices can add to but not change."""

from psycopg import sql

from .policies import row_security

GAP_TABLE = "sync_audit_gap"

GAP_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.sync_audit_gap_check() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    top bigint;
BEGIN
    IF NEW.device_seq IS NULL OR NEW.device_id IS NULL THEN
        RETURN NEW;  -- written before entries were numbered
    END IF;
    SELECT max(a.device_seq) INTO top FROM public.audit_entry a WHERE a.device_id = NEW.device_id;
    IF coalesce(top, 0) + 1 < NEW.device_seq THEN
        INSERT INTO public.{GAP_TABLE} (hub_id, device_id, first_seq, last_seq, kind)
        VALUES (NEW.hub_id, NEW.device_id, coalesce(top, 0) + 1, NEW.device_seq - 1, 'missing');
    ELSIF NEW.device_seq <= top THEN
        INSERT INTO public.{GAP_TABLE} (hub_id, device_id, first_seq, last_seq, kind)
        VALUES (NEW.hub_id, NEW.device_id, NEW.device_seq, top, 'numbered again');
    END IF;
    RETURN NEW;
END $$
"""


def statements(admin: str, group: str, login_hub: str, login_device: str) -> list[sql.Composable]:
    gap, grp = sql.Identifier(GAP_TABLE), sql.Identifier(group)
    own = "hub_id = " + login_hub
    bound = own + " AND device_id = " + login_device
    return [
        sql.SQL("CREATE TABLE IF NOT EXISTS public.{} (id bigserial PRIMARY KEY, hub_id uuid NOT NULL, "
                "device_id uuid NOT NULL, first_seq bigint NOT NULL, last_seq bigint NOT NULL, "
                "kind text NOT NULL, found_at timestamptz NOT NULL DEFAULT now())").format(gap),
        sql.SQL("CREATE INDEX IF NOT EXISTS ix_sync_audit_gap_hub_id ON public.{} (hub_id, device_id)")
        .format(gap),
        *[stmt for table in (GAP_TABLE, "audit_entry")
          for stmt in row_security(table, admin, group, sql.SQL(own), sql.SQL(bound))],
        sql.SQL(GAP_FUNCTION),
        sql.SQL("DROP TRIGGER IF EXISTS sync_audit_gap_check ON public.audit_entry"),
        sql.SQL("CREATE TRIGGER sync_audit_gap_check BEFORE INSERT ON public.audit_entry "
                "FOR EACH ROW EXECUTE FUNCTION public.sync_audit_gap_check()"),
        sql.SQL("GRANT SELECT, INSERT ON public.audit_entry TO {}").format(grp),
        sql.SQL("GRANT SELECT, INSERT ON public.{} TO {}").format(gap, grp),
        sql.SQL("GRANT USAGE ON SEQUENCE public.sync_audit_gap_id_seq TO {}").format(grp),
        sql.SQL("GRANT EXECUTE ON FUNCTION public.sync_audit_gap_check() TO {}").format(grp),
    ]
