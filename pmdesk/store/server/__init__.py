"""Team plans on a PostgreSQL server: the same tables as a .pmdb, a plan id and a row
version on every row, edits committed one command at a time with optimistic concurrency.

API: ``push(data, url, name)``, ``pull(url, name)``, ``list_plans(url)``,
``ServerCopy.open(url)`` (what a Document edits), ``address.is_server_address(text)``.
Modules: address.py (URLs, passwords), connection.py (psycopg, error sentences), tables.py
(schema derived from store/schema.py, migration), transfer.py (whole plans), writes.py
(guarded edits, conflict sentences), copy.py (ServerCopy). Every user error is a ServerError.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from pmdesk.core.plandata import PlanData

# Every Document imports the errors (this package runs first): the addresses (socket,
# getpass, urllib) wait until a server is used.
from pmdesk.store.server.errors import ConflictError, ServerError, ServerUnavailableError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from pmdesk.core.portfolio import PlanSummary, PooledResource
    from pmdesk.core.scheduling.result import Schedule
    from pmdesk.store.server.address import Address

__all__ = [
    "push",
    "pull",
    "list_plans",
    "ServerError",
    "ConflictError",
    "ServerUnavailableError",
]

T = TypeVar("T")


def _run(
    url: str,
    plan: str | None,
    work: Callable[[Connection, Address], T],
    isolation: str | None = None,
) -> T:
    from pmdesk.store.server import setup
    from pmdesk.store.server.address import parse_address
    from pmdesk.store.server.connection import engine_for, guarded

    address = parse_address(url, plan)
    engine = engine_for(address)

    def go() -> T:
        with engine.connect() as conn:
            with conn.begin():
                setup.ensure_schema(conn)
            if isolation:
                conn = conn.execution_options(isolation_level=isolation)
            with conn.begin():
                return work(conn, address)

    try:
        return guarded(address, go)
    finally:
        engine.dispose()


def push(
    data: PlanData,
    url: str,
    name: str | None = None,
    replace: bool = False,
    editor: str | None = None,
) -> None:
    """Store a whole plan on the server as ``name`` (default: the URL's plan, else its name)."""
    from pmdesk.store.server import transfer
    from pmdesk.store.server.address import editor_name, parse_address

    address = parse_address(url)
    target = name or address.plan or data.plan.name
    _run(
        url,
        target,
        lambda conn, _a: transfer.write_plan(conn, data, target, editor or editor_name(), replace),
    )


def pull(url: str, plan: str | None = None) -> PlanData:
    """Every entity of one server plan."""
    from pmdesk.store.server import transfer

    def work(conn: Connection, address: Address) -> PlanData:
        if address.plan is None:
            raise ServerError("Say which plan: --plan NAME or ?plan=NAME in the address.")
        plan_id = transfer.plan_id_of(conn, address.plan, address.display)
        return transfer.read_snapshot(conn, plan_id).data

    return _run(url, plan, work, isolation="REPEATABLE READ")


def list_plans(url: str) -> list[tuple[str, int]]:
    from pmdesk.store.server import transfer

    return _run(url, None, lambda conn, _a: transfer.list_plans(conn))


def grant_access(url: str, plan: str | None, role: str, may_write: bool) -> None:
    """Let members of ``role`` read (``may_write``: and edit) one plan."""
    from pmdesk.store.server import access, transfer

    def work(conn: Connection, address: Address) -> None:
        if address.plan is None:
            raise ServerError("Say which plan: --plan NAME or ?plan=NAME in the address.")
        access.grant(
            conn, transfer.plan_id_of(conn, address.plan, address.display), role, may_write
        )

    _run(url, plan, work)


def portfolio(url: str) -> tuple[list[PlanSummary], list[PooledResource]]:
    """([PlanSummary] of every plan this role may see, [PooledResource] shared by plans)."""
    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.portfolio import shared_pool, summarize
    from pmdesk.core.scheduling import schedule_plan

    plans: dict[str, tuple[PlanData, Schedule | None]] = {}
    lines: list[PlanSummary] = []
    for name, _changes in list_plans(url):
        data = pull(url, name)
        schedule: Schedule | None
        problem: str | None
        try:
            schedule, problem = schedule_plan(data), None
        except PmdeskError as exc:
            schedule, problem = None, str(exc)
        plans[name] = (data, schedule)
        lines.append(summarize(name, data, schedule, problem))
    return lines, shared_pool(plans)
