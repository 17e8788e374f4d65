"""Which tables replicate and how: parents before children, their columns in one fixed order,
how each is filtered to one hub, and the two anonymous tables that have no outbox sequence."""

from sqlalchemy import JSON, Table

from ..db import models

#: The change-feed position of a row: given by the central database on every write.
FEED_COLUMN = "server_seq"
#: Feedback and poll votes: pushed without a sequence, in random order, never updated.
ANONYMOUS = frozenset({"feedback", "poll_vote"})
#: Tables whose rows the central booking rules write (the others are copied as they come).
DECIDED = frozenset({"session", "booking"})
#: Columns that point at rows which never leave the kiosk; the central copy keeps them empty.
LOCAL_REFERENCES = {"response": ("author_id",)}

_REPLICATED_NAMES = {model.__tablename__ for model in models.REPLICATED}
#: Every replicated table, parents before children.
TABLES: tuple[Table, ...] = tuple(
    t for t in models.Base.metadata.sorted_tables if t.name in _REPLICATED_NAMES
)
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
#: Tables kiosks push but never pull back (no feed position): erasure markers, which the central
#: database keeps so that no later change can bring an erased name back.
PUSHED_ONLY: dict[str, Table] = {
    name: models.Base.metadata.tables[name] for name in ("erasure",)
    if name in models.Base.metadata.tables and name not in BY_NAME
}
#: Central-only tables that every hub's rows also live in (row-level security by hub_id).
CENTRAL_HUB_TABLES = ("sync_applied_op", *PUSHED_ONLY)


def columns(table: Table) -> list[str]:
    return [c.name for c in table.columns]


def json_columns(table: Table) -> frozenset[str]:
    return frozenset(c.name for c in table.columns if isinstance(c.type, JSON))


def hub_column(table: Table) -> str | None:
    """The column holding a row's hub: ``hub_id``, ``id`` for the hub itself, or None when the
    hub is found through a parent (poll options belong to a poll)."""
    if "hub_id" in table.c:
        return "hub_id"
    if table.name == "hub":
        return "id"
    return None


#: How the hub of a row without a hub column is found: (parent table, column pointing at it).
PARENT_HUB = {"poll_option": ("poll", "poll_id")}


def check_tables() -> None:
    """Every replicated table can be filtered by hub (directly or through its parent)."""
    for table in TABLES:
        if hub_column(table) is None and table.name not in PARENT_HUB:
            raise RuntimeError(f"table {table.name} has no way to find its hub")


check_tables()
