"""Server addresses: ``postgresql://user@host[:port]/db?plan=NAME[&sslmode=...]``.

The address minus ``plan`` is handed to libpq unchanged, so every libpq option in it is
honoured (``sslmode=verify-full``, ``sslrootcert=...``, ``host=/run/postgresql``, ...).
Passwords never come from pmdesk's settings: libpq reads ``~/.pgpass`` (or PGPASSFILE) by
itself, and when the ``keyring`` package is installed a password kept in the system keyring
under the service "pmdesk" and the name ``user@host:port/db`` is used.
"""

from __future__ import annotations

import dataclasses
import getpass
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pmdesk.store.server.errors import ServerError

SCHEMES = ("postgresql", "postgres")
KEYRING_SERVICE = "pmdesk"


def is_server_address(text: str) -> bool:
    return any(str(text).startswith(f"{scheme}://") for scheme in SCHEMES)


@dataclasses.dataclass(frozen=True)
class Address:
    """A parsed server address: the libpq URL (no plan, no password shown) and the plan."""

    conninfo: str
    plan: str | None
    user: str | None
    host: str | None
    port: int | None
    database: str

    @property
    def keyring_name(self) -> str:
        return f"{self.user or ''}@{self.host or 'localhost'}:{self.port or 5432}/{self.database}"

    @property
    def display(self) -> str:
        """How to name the server in a sentence (never with a password)."""
        where = self.host or "localhost"
        if self.port:
            where = f"{where}:{self.port}"
        return f"{where}/{self.database}"

    def with_plan(self, plan: str) -> str:
        parts = urlsplit(self.conninfo)
        query = parse_qsl(parts.query, keep_blank_values=True) + [("plan", plan)]
        return urlunsplit(parts._replace(query=urlencode(query)))


def parse_address(text: str, plan: str | None = None) -> Address:
    """Split ``text`` into libpq's part and the plan name (``plan`` overrides the URL's)."""
    text = str(text).strip()
    if not is_server_address(text):
        raise ServerError(
            f"{text!r} is not a server address; write it as "
            "postgresql://user@host/database?plan=NAME."
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ServerError(f"The server address is malformed ({exc}).") from None
    query = parse_qsl(parts.query, keep_blank_values=True)
    plans = [value for key, value in query if key == "plan"]
    rest = [(key, value) for key, value in query if key != "plan"]
    database = parts.path.lstrip("/")
    if not database:
        raise ServerError(
            "The server address names no database; write it as "
            "postgresql://user@host/database?plan=NAME."
        )
    name = plan if plan is not None else (plans[-1] if plans else None)
    if name is not None and not name.strip():
        raise ServerError("The plan name in the server address is empty.")
    conninfo = urlunsplit(parts._replace(query=urlencode(rest)))
    return Address(
        conninfo=conninfo,
        plan=name,
        user=parts.username,
        host=parts.hostname,
        port=port,
        database=database,
    )


def keyring_password(address: Address) -> str | None:
    """The password the system keyring holds for this server, if keyring is installed."""
    if urlsplit(address.conninfo).password is not None:
        return None  # the address carries its own password
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_name)
    except (KeyringError, RuntimeError, OSError):
        return None  # no usable keyring back end (a headless machine): libpq asks .pgpass


def editor_name() -> str:
    """Who this pmdesk is, in conflict sentences and presence: user name at host."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "someone"
    return f"{user}@{socket.gethostname()}"


def without_password(url: str) -> str:
    """``url`` with any password taken out of its user part (what may be remembered)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{user}@{host}"))
