"""Keeping the applied-op log small: each device's high-water marks, and pruning below them.

A kiosk pushes its outbox oldest first and deletes a batch only after its commit. So once a batch
starting at device sequence F arrives, everything that device sent below F was committed here:
``acked_upto`` = F - 1. Rows of the op log at or below it may go (``pruned_upto`` records how far
they went); a resent op at or below ``pruned_upto`` is still recognised, by its sequence, and
changes nothing. Ops set aside as rejected stay for an administrator. Everything here is done
inside the push transaction (no session state), under the row lock of the device's mark.

This relies on one kiosk database per device login (a copy of a kiosk's file syncing under the
same login would reuse its sequences); a kiosk restored from an older backup renumbers its waiting
changes above the marks before it pushes (``LocalStore.renumber_above``)."""

import uuid

from psycopg import sql

from .policies import row_security

MARK_TABLE = "sync_device_mark"
#: A device's log is pruned once this many of its ops are acknowledged but not yet pruned.
PRUNE_AFTER = 5000


PRUNE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.sync_prune_ops() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    dev uuid;
    upto bigint;
    done_upto bigint;
    gone bigint;
BEGIN
    -- only the signed-in device's own rows, only up to its own acknowledged mark
    SELECT l.device_id INTO dev FROM public.sync_device_login l WHERE l.role_name = session_user;
    IF dev IS NULL THEN
        RETURN 0;
    END IF;
    SELECT m.acked_upto, m.pruned_upto INTO upto, done_upto FROM public.{MARK_TABLE} m
        WHERE m.device_id = dev FOR UPDATE;
    IF upto IS NULL OR upto <= done_upto THEN
        RETURN 0;
    END IF;
    DELETE FROM public.sync_applied_op WHERE device_id = dev AND device_seq > done_upto
        AND device_seq <= upto AND outcome = 'applied';
    GET DIAGNOSTICS gone = ROW_COUNT;
    UPDATE public.{MARK_TABLE} SET pruned_upto = upto WHERE device_id = dev;
    RETURN gone;
END $$
"""


def statements(admin: str, group: str, login_hub: str) -> list[sql.Composable]:
    """The marks table with row-level security, the index the pruning reads and the pruning
    function (central set-up). A device may raise its acknowledged mark, never its pruned mark,
    and deletes nothing itself: the function prunes only the calling device's own rows."""
    mark, grp = sql.Identifier(MARK_TABLE), sql.Identifier(group)
    return [
        sql.SQL("CREATE TABLE IF NOT EXISTS public.{} (device_id uuid PRIMARY KEY, hub_id uuid NOT NULL, "
                "acked_upto bigint NOT NULL DEFAULT 0, pruned_upto bigint NOT NULL DEFAULT 0, "
                "seen_upto bigint NOT NULL DEFAULT 0)").format(mark),
        sql.SQL("CREATE INDEX IF NOT EXISTS ix_sync_applied_op_device_seq "
                "ON public.sync_applied_op (device_id, device_seq)"),
        *row_security(MARK_TABLE, admin, group, sql.SQL("hub_id = " + login_hub)),
        sql.SQL("REVOKE ALL ON public.{} FROM {}").format(mark, grp),
        sql.SQL("GRANT SELECT, INSERT (device_id, hub_id, acked_upto, seen_upto), UPDATE (acked_upto, seen_upto) "
                "ON public.{} TO {}").format(mark, grp),
        sql.SQL(PRUNE_FUNCTION),
        sql.SQL("REVOKE ALL ON FUNCTION public.sync_prune_ops() FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON FUNCTION public.sync_prune_ops() TO {}").format(grp),
    ]


def ask_mark(cur, hub_id: uuid.UUID, device_id: uuid.UUID, first_seq: int, last_seq: int):
    """Raise the device's marks for this batch (acknowledged: just below it; seen: its last) and
    lock its row; the cursor's one row is (acked_upto, pruned_upto) after the change."""
    return cur.execute(
        f"INSERT INTO {MARK_TABLE} AS m (device_id, hub_id, acked_upto, seen_upto) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (device_id) DO UPDATE SET acked_upto = greatest(m.acked_upto, EXCLUDED.acked_upto), "
        "seen_upto = greatest(m.seen_upto, EXCLUDED.seen_upto) RETURNING m.acked_upto, m.pruned_upto",
        [device_id, hub_id, max(0, first_seq - 1), last_seq])


def seen_upto(conn, device_id: uuid.UUID) -> int:
    """The highest device sequence the central database has had from this device."""
    row = conn.execute(f"SELECT seen_upto FROM {MARK_TABLE} WHERE device_id = %s", [device_id]).fetchone()
    return int(row[0]) if row else 0


def record(cur, hub_id: uuid.UUID, device_id: uuid.UUID, seqs: list[int], op_ids: list[uuid.UUID]):
    """Record the op ids of a batch; the cursor's rows are the ids not seen before. An op at or
    below the device's pruned mark was applied before its row was pruned: it is not fresh."""
    return cur.execute(
        "INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome) "
        "SELECT o.op_id, %s, %s, o.seq, 'applied' FROM unnest(%s::uuid[], %s::bigint[]) AS o(op_id, seq) "
        f"WHERE o.seq > coalesce((SELECT pruned_upto FROM {MARK_TABLE} WHERE device_id = %s), 0) "
        "ON CONFLICT DO NOTHING RETURNING op_id",
        [hub_id, device_id, op_ids, seqs, device_id])


def prune_if_due(cur, acked_upto: int, pruned_upto: int, every: int | None = None) -> int:
    """Prune the signed-in device's acknowledged ops once enough wait; returns the rows gone."""
    if acked_upto - pruned_upto < (PRUNE_AFTER if every is None else every):
        return 0
    return cur.execute("SELECT public.sync_prune_ops()").fetchone()[0]
