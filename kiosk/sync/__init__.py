"""Central sync: each kiosk works on its own SQLite database and, when the network allows, pushes
its outbox to the charity's central PostgreSQL and pulls its hub's change feed back.

Using it (no Qt anywhere in this package; the composition root wires it to the window)::

    settings = app_settings.central                          # [central], checked as the file is read
    engine = SyncEngine(db_engine, settings)                 # engine.py: one sync, the status
    worker = SyncWorker(engine, on_status=bridge.status.emit)  # worker.py: a plain thread
    worker.watch(services.uow)                               # sync a moment after local changes
    worker.start() … worker.status() … worker.stop()
    services.decisions                                       # services/decisions.py: "provisional"
                                                             # notes and the desk's alerts

``on_status`` runs on the worker's thread: pass the ``SyncStatus`` on through a Qt signal.

How a sync goes (engine.py):

1. Who am I: the login's row in ``sync_device_login`` gives the hub and device; a kiosk database
   of another hub or device is refused; an empty one joins (its first pull brings the hub).
2. Clock: server time minus this kiosk's, recorded each time, flagged over two minutes.
3. Push (push.py, central/apply.py): the outbox in device order, batch by batch; each batch is
   ONE central transaction that takes the hub's feed lock, records the op ids in
   ``sync_applied_op`` (``ON CONFLICT DO NOTHING``: a resent batch changes nothing twice, and its
   rows get a fresh feed position so a kiosk that skipped them pulls them again), copies plain
   rows, and lets the booking rules decide. Local entries are deleted only after the commit is
   acknowledged. An op the database refuses is kept centrally with its payload ("rejected"),
   never blocking the queue. The op log is pruned below each device's acknowledged mark
   (central/oplog.py); a resent op below the pruned mark is still known by its sequence. Nothing
   stays on the server between transactions (no prepared statements, no SET, transaction locks
   only), so kiosks may connect through PgBouncer in transaction pooling mode.
4. Bookings (central/bookings.py) are decided centrally with every session involved locked
   (``SELECT … FOR UPDATE``): confirmed while places remain, else waitlisted, never dropped, in
   the order they reach the server; freed places go to the waiting list first come, first
   served; a cancelled session cancels every booking it has; a cancelled session is never
   revived by a stale edit and a capacity never drops below the places held. A booking shown
   as confirmed that came back waitlisted keeps ``provisional_status`` for the desk's alert.
5. Anonymous feedback and votes go in a transaction of their own, in random order, only once
   enough are waiting (or one is from an earlier day), never through the sequenced outbox.
6. Pull (pull.py): every replicated row carries ``server_seq``, its place in the hub's change
   feed. A trigger draws it from one sequence *while holding a per-hub transaction lock until
   commit*, so writers of one hub commit in feed order and a reader that has seen position N
   can never later see a smaller one appear: the cursor (the highest position applied) cannot
   skip a row committed late. The feed is read from one REPEATABLE READ snapshot, parents
   first; the cursor is stored in the local transaction that applies the last rows. Rows with a
   local change still waiting to be pushed are left alone; pulled rows never enter the outbox.
   Deletions travel as tombstones (``deleted_at``); erased names stay erased.

Ordering is by the server's sequence and the device's sequence, never by device clocks.
Central set-up (central/schema.py, central/admin.py, ``kiosk central …``): a NOLOGIN group role
holds the grants; each device has its own login (no superuser, no BYPASSRLS, owns nothing);
row-level security is forced on every table so a device sees and writes only its hub's rows.
"""
