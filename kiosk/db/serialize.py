"""Turn a row into a JSON-safe dict of its columns (the outbox payload and export format)."""

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import inspect


def json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def row_to_dict(row) -> dict[str, Any]:
    mapper = inspect(row).mapper
    return {attr.key: json_value(getattr(row, attr.key)) for attr in mapper.column_attrs}
