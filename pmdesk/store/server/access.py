"""Who may read or edit which plan: PostgreSQL roles and row-level security on the plan id.

``pmdesk.access`` lists (plan, role, may_write). Every pmdesk table has row-level security:
a row is visible to members of a role listed for its plan, and writable by members of a role
listed with may_write. The owner of the tables (whoever created them: the administrator) is
not bound by the policies, as PostgreSQL's documentation says for table owners, and manages
plans and access with ``pmdesk grant``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    PrimaryKeyConstraint,
    Table,
    Text,
    text,
)

from pmdesk.store.server import tables as t
from pmdesk.store.server.errors import ServerError

access = Table(
    "access",
    t.metadata,
    Column("plan_id", BigInteger, nullable=False),
    Column("role", Text, nullable=False),
    Column("may_write", Boolean, nullable=False),
    PrimaryKeyConstraint("plan_id", "role"),
)

_MEMBER = (
    "EXISTS (SELECT 1 FROM pmdesk.access a WHERE a.plan_id = {table}.plan_id "
    "AND pg_has_role(current_user, a.role, 'MEMBER'){extra})"
)


def _protected() -> list[str]:
    return [*t.TWINS, t.plans.name, t.tombstones.name]


def policies_installed(conn: Connection) -> bool:
    count = conn.execute(
        text("SELECT count(*) FROM pg_policies WHERE schemaname = 'pmdesk'")
    ).scalar_one()
    return int(count) >= 4 * len(_protected())


def install_policies(conn: Connection) -> None:
    """Turn row-level security on for every pmdesk table (idempotent; run by the owner)."""
    existing = {
        (row.tablename, row.policyname)
        for row in conn.execute(
            text("SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'pmdesk'")
        )
    }
    conn.execute(text("GRANT SELECT ON pmdesk.access, pmdesk.meta TO PUBLIC"))
    for name in _protected():
        quoted = f'pmdesk."{name}"'
        conn.execute(text(f"ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY"))
        read = _MEMBER.format(table=quoted, extra="")
        write = _MEMBER.format(table=quoted, extra=" AND a.may_write")
        for policy, command, clause in (
            ("pmdesk_read", "SELECT", f"USING ({read})"),
            ("pmdesk_insert", "INSERT", f"WITH CHECK ({write})"),
            ("pmdesk_update", "UPDATE", f"USING ({write}) WITH CHECK ({write})"),
            ("pmdesk_delete", "DELETE", f"USING ({write})"),
        ):
            if (name, policy) not in existing:
                conn.execute(text(f"CREATE POLICY {policy} ON {quoted} FOR {command} {clause}"))


def grant(conn: Connection, plan_id: int, role: str, may_write: bool) -> None:
    """Let members of ``role`` read (and with ``may_write`` edit) one plan."""
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists is None:
        raise ServerError(
            f"The server has no role named {role!r}; create it first (CREATE ROLE {role} LOGIN)."
        )
    quoted = conn.dialect.identifier_preparer.quote(role)
    conn.execute(text(f"GRANT USAGE ON SCHEMA pmdesk TO {quoted}"))
    tables = ", ".join(f'pmdesk."{name}"' for name in _protected())
    conn.execute(text(f"GRANT SELECT ON {tables} TO {quoted}"))
    if may_write:
        conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {quoted}"))
        # ranges of new ids (ids.py): no plan's rows, so no row-level policy
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE ON pmdesk.id_blocks TO {quoted}"))
    conn.execute(
        text(
            "INSERT INTO pmdesk.access (plan_id, role, may_write) VALUES (:p, :r, :w) "
            "ON CONFLICT (plan_id, role) DO UPDATE SET may_write = EXCLUDED.may_write"
        ),
        {"p": plan_id, "r": role, "w": may_write},
    )


def may_write(conn: Connection, plan_id: int) -> bool:
    """Whether the connected role may edit the plan (owner of the tables, or granted)."""
    return bool(
        conn.execute(
            text(
                "SELECT has_table_privilege('pmdesk.task', 'UPDATE') AND ("
                " pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = "
                "'pmdesk' AND tablename = 'task'), 'MEMBER')"
                " OR EXISTS (SELECT 1 FROM pmdesk.access WHERE plan_id = :p AND may_write"
                " AND pg_has_role(current_user, role, 'MEMBER')))"
            ),
            {"p": plan_id},
        ).scalar()
    )
