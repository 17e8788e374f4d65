"""Alembic environment: always run in-process on a connection the kiosk hands over."""

from alembic import context

from kiosk.db import models  # noqa: F401  (registers every table on the metadata)
from kiosk.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    user_module_prefix="kiosk.db.base.",
)
with context.begin_transaction():
    context.run_migrations()
