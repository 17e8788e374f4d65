"""Central-only triggers that keep an erased name erased, whoever writes: a booking or visit row
with an erasure marker never stores a name (insert or update, by any login), and a new marker
clears the name on its row and in any set-aside op that still carries it."""

from psycopg import sql

ERASED_TABLES = ("booking", "visit")

KEEP_ERASED = """
CREATE OR REPLACE FUNCTION public.sync_keep_erased() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.name IS NOT NULL AND EXISTS (
        SELECT 1 FROM public.erasure e WHERE e.entity = TG_TABLE_NAME AND e.entity_id = NEW.id
            AND e.hub_id = NEW.hub_id) THEN  -- only the row's own hub can erase it
        NEW.name := NULL;
    END IF;
    RETURN NEW;
END $$
"""

ON_ERASURE = """
CREATE OR REPLACE FUNCTION public.sync_apply_erasure() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.entity IN ('booking', 'visit') THEN
        EXECUTE format('UPDATE public.%I SET name = NULL WHERE id = $1 AND hub_id = $2 '
                       'AND name IS NOT NULL', NEW.entity)
            USING NEW.entity_id, NEW.hub_id;
    END IF;
    UPDATE public.sync_applied_op SET detail = CASE
            WHEN json_typeof(detail -> 'payload') = 'object'
            THEN jsonb_set(detail::jsonb, '{payload,name}', 'null'::jsonb)::json
            ELSE (detail::jsonb - 'payload')::json END
        WHERE hub_id = NEW.hub_id AND detail ->> 'entity' = NEW.entity
            AND detail ->> 'entity_id' = NEW.entity_id::text;
    RETURN NEW;
END $$
"""


def erasure_statements(group: str) -> list[sql.Composable]:
    """The two functions and their triggers; safe to run again."""
    statements = [sql.SQL(KEEP_ERASED), sql.SQL(ON_ERASURE)]
    for name in ERASED_TABLES:
        table = sql.Identifier(name)
        statements += [
            sql.SQL("DROP TRIGGER IF EXISTS sync_keep_erased ON public.{}").format(table),
            sql.SQL("CREATE TRIGGER sync_keep_erased BEFORE INSERT OR UPDATE ON public.{} "
                    "FOR EACH ROW EXECUTE FUNCTION public.sync_keep_erased()").format(table),
        ]
    statements += [
        sql.SQL("DROP TRIGGER IF EXISTS sync_apply_erasure ON public.erasure"),
        sql.SQL("CREATE TRIGGER sync_apply_erasure AFTER INSERT ON public.erasure "
                "FOR EACH ROW EXECUTE FUNCTION public.sync_apply_erasure()"),
        sql.SQL("REVOKE ALL ON FUNCTION public.sync_keep_erased() FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON FUNCTION public.sync_apply_erasure() FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON FUNCTION public.sync_keep_erased() TO {}").format(sql.Identifier(group)),
        sql.SQL("GRANT EXECUTE ON FUNCTION public.sync_apply_erasure() TO {}").format(sql.Identifier(group)),
    ]
    return statements
