"""Connecting to a pmdesk server, and turning what the database says into sentences.

psycopg 3 is imported only here and only when a server plan is used (``pip install
pmdesk[server]``); a pmdesk without it says so in one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, create_engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import NullPool

from pmdesk.store.server.address import Address, keyring_password
from pmdesk.store.server.errors import ServerError, ServerUnavailableError

if TYPE_CHECKING:
    from psycopg import Connection as PgConnection

CONNECT_TIMEOUT = 5  # seconds; libpq's connect_timeout
T = TypeVar("T")


def _psycopg() -> ModuleType:
    try:
        import psycopg
    except ImportError:
        raise ServerError(
            "Server plans need the psycopg package: pip install 'pmdesk[server]'."
        ) from None
    return psycopg


def raw_connect(
    address: Address, application_name: str = "pmdesk", **options: Any
) -> PgConnection[Any]:
    """A psycopg connection to ``address`` (libpq options in it honoured)."""
    psycopg = _psycopg()
    password = keyring_password(address)
    if password is not None:
        options["password"] = password
    try:
        connection: PgConnection[Any] = psycopg.connect(
            address.conninfo,
            connect_timeout=CONNECT_TIMEOUT,
            application_name=application_name[:63],
            **options,
        )
        return connection
    except psycopg.Error as exc:
        raise translate(exc, address) from None


def engine_for(address: Address, application_name: str = "pmdesk") -> Engine:
    """A SQLAlchemy engine whose connections come from ``raw_connect`` (the address is given
    to libpq as it is, not re-written by SQLAlchemy's URL parser)."""
    _psycopg()

    def creator() -> PgConnection[Any]:
        return raw_connect(address, application_name)

    return create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0].rstrip(".") if text else type(exc).__name__


def translate(exc: BaseException, address: Address) -> ServerError:
    """A ServerError (or ServerUnavailableError) saying what went wrong, in one sentence."""
    if isinstance(exc, ServerError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    psycopg = _psycopg()
    line = _first_line(orig)
    where = address.display
    if isinstance(orig, psycopg.errors.InsufficientPrivilege):
        return ServerError(
            f"The server at {where} does not allow this ({line}); ask its administrator for access."
        )
    if isinstance(orig, psycopg.errors.InvalidCatalogName) or (
        f'database "{address.database}" does not exist' in line
    ):
        return ServerError(f"The server has no database named {address.database!r}.")
    if isinstance(orig, psycopg.errors.DataError):
        return ServerError(f"A value cannot be stored on the server ({line}); correct it.")
    if (
        isinstance(orig, psycopg.OperationalError)
        or isinstance(exc, sa_exc.OperationalError)
        or getattr(exc, "connection_invalidated", False)
    ):
        if (
            "authentication" in line
            or "password" in line
            or ("role" in line and "does not exist" in line)
        ):
            return ServerError(
                f"The server at {where} refused the login ({line}); put the "
                "password in ~/.pgpass or the system keyring."
            )
        return ServerUnavailableError(f"pmdesk cannot reach the server at {where} ({line}).")
    if isinstance(orig, psycopg.InterfaceError):
        return ServerUnavailableError(f"The connection to the server at {where} was lost.")
    return ServerError(f"The server at {where} refused the request ({line}).")


def is_connection_problem(exc: BaseException) -> bool:
    psycopg = _psycopg()
    orig = getattr(exc, "orig", None) or exc
    return (
        getattr(exc, "connection_invalidated", False)
        or isinstance(orig, (psycopg.OperationalError, psycopg.InterfaceError))
        and not isinstance(orig, psycopg.errors.InsufficientPrivilege)
    )


def guarded(address: Address, action: Callable[[], T]) -> T:
    """Run ``action``; database errors come out as ServerErrors."""
    psycopg = _psycopg()
    try:
        return action()
    except (sa_exc.DBAPIError, psycopg.Error) as exc:
        raise translate(exc, address) from None
