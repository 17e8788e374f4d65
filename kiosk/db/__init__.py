"""Database layer: SQLAlchemy models, engines, migrations. Knows nothing of services or views."""
