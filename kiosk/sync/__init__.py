"""Central sync: each kiosk works on its own SQLite database and, when the network allows,
pushes its outbox to the charity's central PostgreSQL and pulls its hub's change feed back.

The parts, for the composition root and the desk (no Qt anywhere in this package):

- ``settings.load_central_settings(path)`` reads the ``[central]`` section of the settings file;
- ``engine.SyncEngine(db_engine, settings)`` runs one sync (``run_once``) and reads the status;
- ``worker.SyncWorker(sync_engine, on_status=...)`` syncs in a plain background thread;
- ``decisions.BookingDecisions(uow)`` tells screens which bookings are still provisional and gives
  the desk its "came back waitlisted" alerts;
- ``central.admin.CentralAdmin`` sets the central database up and adds hubs and devices.
"""
