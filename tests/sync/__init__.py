"""Central sync against a real PostgreSQL server: protocol, faults, security and the command line."""
