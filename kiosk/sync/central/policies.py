"""Row-level security forced on one central table: the administrator sees every row, devices see
(and write) only what their rule allows."""

from psycopg import sql


def row_security(table: str, admin: str, group: str, rule: sql.Composable | None,
                 check: sql.Composable | None = None) -> list[sql.Composable]:
    """Statements that force row-level security on ``table`` (its owner too). Devices in ``group``
    read rows matching ``rule`` and write rows matching ``check`` (``rule`` when not given); with no
    rule, devices get no policy and so see nothing."""
    name = sql.Identifier(table)
    statements = [
        sql.SQL("ALTER TABLE public.{} ENABLE ROW LEVEL SECURITY").format(name),
        sql.SQL("ALTER TABLE public.{} FORCE ROW LEVEL SECURITY").format(name),
        sql.SQL("DROP POLICY IF EXISTS central_admin ON public.{}").format(name),
        sql.SQL("CREATE POLICY central_admin ON public.{} TO {} USING (true) WITH CHECK (true)")
        .format(name, sql.Identifier(admin)),
        sql.SQL("DROP POLICY IF EXISTS device_hub ON public.{}").format(name),
    ]
    if rule is not None:
        statements.append(sql.SQL("CREATE POLICY device_hub ON public.{} TO {} USING ({}) WITH CHECK ({})")
                          .format(name, sql.Identifier(group), rule, rule if check is None else check))
    return statements
