"""Service-level tests, run on a real SQLite file and a real PostgreSQL database."""
