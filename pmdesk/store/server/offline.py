"""Offline copies of server plans: "Take offline" and "Sync" (three-way, row by row, field by
field).

An offline copy is an ordinary .pmdb whose plan settings hold, under ``OFFLINE_KEY``, the
server address (without password), the plan's name and the plan as it was taken offline (the
base of the merge: a compressed .pmdb image, read with the same checks as any file). Sync
compares, per row and field, base / mine (the file) / theirs (the server now): a field changed
on one side only takes that side's value; changed on both sides to different values is a
conflict that the person decides (mine or theirs). The result is written to the server in one
guarded transaction, and the file becomes the server's plan again with a new base.
"""

from __future__ import annotations

import base64
import dataclasses
import zlib
from typing import Any, overload

from pmdesk.core import entities as en
from pmdesk.core.plandata import Change, PlanData
from pmdesk.store import mapping
from pmdesk.store.image import dump_image, new_image, open_image, read_data
from pmdesk.store.server.errors import ServerError

OFFLINE_KEY = "server_offline"
ROW = "(row)"  # the "field" of a conflict about a whole row (deleted on one side, edited on the other)


@dataclasses.dataclass(frozen=True)
class FieldConflict:
    kind: type
    id: int
    field: str  # ROW for a row deleted on one side and changed on the other
    base: Any
    mine: Any
    theirs: Any
    title: str = ""  # the row's name or title, to recognise it by

    @property
    def key(self) -> str:
        """How a person names it: "task:12:name"."""
        return f"{mapping.map_of(self.kind).table.name}:{self.id}:{self.field}"


@dataclasses.dataclass
class Merge:
    """The merged plan, what it changes on the server, and the conflicts still to decide."""

    rows: dict[tuple[type, int], Any]  # (kind, id) -> merged entity or None (deleted)
    conflicts: list[FieldConflict]


def encode_base(data: PlanData) -> str:
    conn = new_image(data)
    try:
        return base64.b64encode(zlib.compress(bytes(dump_image(conn)), 6)).decode("ascii")
    finally:
        conn.close()


def decode_base(text: str) -> PlanData:
    try:
        image = zlib.decompress(base64.b64decode(text.encode("ascii"), validate=True))
    except (ValueError, zlib.error):
        raise ServerError(
            "The offline copy's record of the server plan is damaged; take the plan offline again."
        ) from None
    conn, _header = open_image(image, "the offline base")
    try:
        return read_data(conn, "the offline base")
    finally:
        conn.close()


def mark_offline(data: PlanData, url: str, plan: str, base: PlanData | None = None) -> PlanData:
    """``data`` made into an offline copy remembering its server; ``base``: the plan as the
    server had it (default: ``data`` itself, as just pulled)."""
    image = encode_base(base if base is not None else data)
    data.plan.settings = {
        **data.plan.settings,
        OFFLINE_KEY: {"url": url, "plan": plan, "base": image},
    }
    return data


def offline_origin(data: PlanData) -> dict[str, Any] | None:
    found = data.plan.settings.get(OFFLINE_KEY) if isinstance(data.plan.settings, dict) else None
    if not isinstance(found, dict) or not all(
        isinstance(found.get(k), str) for k in ("url", "plan", "base")
    ):
        return None
    return found


def _without_origin(entity: Any) -> Any:
    if isinstance(entity, en.Plan) and OFFLINE_KEY in entity.settings:
        settings = {k: v for k, v in entity.settings.items() if k != OFFLINE_KEY}
        return dataclasses.replace(entity, settings=settings)
    return entity


def _rows(data: PlanData) -> dict[tuple[type, int], Any]:
    rows: dict[tuple[type, int], Any] = {(en.Plan, data.plan.id): _without_origin(data.plan)}
    for kind in en.ENTITY_KINDS:
        table: dict[int, Any] = data.table(kind)
        rows.update({(kind, i): entity for i, entity in table.items()})
    return rows


def _title(entity: Any) -> str:
    return str(getattr(entity, "name", None) or getattr(entity, "title", None) or "")


def merge(base: PlanData, mine: PlanData, theirs: PlanData) -> Merge:
    """Three-way merge of every row; conflicts listed, their fields left at theirs."""
    b_rows, m_rows, t_rows = _rows(base), _rows(mine), _rows(theirs)
    merged: dict[tuple[type, int], Any] = {}
    conflicts: list[FieldConflict] = []
    for key in sorted(set(b_rows) | set(m_rows) | set(t_rows), key=lambda k: (k[0].__name__, k[1])):
        b, m, t = b_rows.get(key), m_rows.get(key), t_rows.get(key)
        if m == b:
            merged[key] = t
        elif t == b or m == t:
            merged[key] = m
        elif m is None or t is None or b is None:
            # Deleted on one side and changed on the other, or added on both with one id.
            conflicts.append(
                FieldConflict(key[0], key[1], ROW, b, m, t, _title(t if t is not None else m))
            )
            merged[key] = t
        else:
            values = {}
            for f in dataclasses.fields(b):
                bv, mv, tv = getattr(b, f.name), getattr(m, f.name), getattr(t, f.name)
                if mv in (bv, tv):
                    values[f.name] = tv
                elif tv == bv:
                    values[f.name] = mv
                else:
                    conflicts.append(FieldConflict(key[0], key[1], f.name, bv, mv, tv, _title(t)))
                    values[f.name] = tv
            merged[key] = dataclasses.replace(t, **values)
    return Merge(merged, conflicts)


def decide(result: Merge, choices: dict[str, str], every: str | None = None) -> None:
    """Apply the person's choices: conflict key -> "mine" or "theirs"; ``every``: the choice
    for conflicts not named (a conflict left without a choice raises ServerError naming it)."""
    if every is not None:
        choices = {c.key: every for c in result.conflicts} | choices
    open_ = [c.key for c in result.conflicts if choices.get(c.key) not in ("mine", "theirs")]
    if open_:
        raise ServerError(
            f"Decide mine or theirs for: {', '.join(open_[:10])}"
            + (" and more." if len(open_) > 10 else ".")
        )
    for conflict in result.conflicts:
        if choices[conflict.key] != "mine":
            continue
        key = (conflict.kind, conflict.id)
        if conflict.field == ROW:
            result.rows[key] = conflict.mine
        else:
            result.rows[key] = dataclasses.replace(
                result.rows[key], **{conflict.field: conflict.mine}
            )


def changes_to(theirs: PlanData, result: Merge) -> list[Change]:
    """The Changes that turn the server's plan into the merged one."""
    t_rows = _rows(theirs)
    changes = []
    for key, entity in result.rows.items():
        current = t_rows.get(key)
        kind, row_id = key
        if entity == current:
            continue
        if entity is None:
            changes.append(Change("remove", kind, row_id, entity=current))
        elif current is None:
            changes.append(Change("add", kind, row_id, entity=entity))
        else:
            old = {
                f.name: getattr(current, f.name)
                for f in dataclasses.fields(current)
                if getattr(current, f.name) != getattr(entity, f.name)
            }
            changes.append(Change("update", kind, row_id, entity=entity, old=old))
    return changes


def copy_plan(data: PlanData) -> PlanData:
    """An independent copy of every entity (entities are plain dataclasses)."""
    import copy

    result = PlanData(copy.deepcopy(data.plan))
    for kind in en.ENTITY_KINDS:
        table: dict[int, Any] = data.table(kind)
        result.load([copy.deepcopy(entity) for entity in table.values()])
    return result


def revert(data: PlanData, changes: list[Change]) -> None:
    """Undo ``changes`` (newest last) on ``data``: what the plan was before them."""
    for change in reversed(changes):
        if change.kind is en.Plan:  # the plan's own row is updated, never added or removed
            if change.action == "update":
                for name, value in (change.old or {}).items():
                    setattr(data.plan, name, value)
            continue
        table: dict[int, Any] = data.table(change.kind)
        if change.action == "add":
            table.pop(change.id, None)
        elif change.action == "remove":
            table[change.id] = copy_entity(change.entity)
        elif change.action == "update":
            target = table.get(change.entity.id)
            if target is None:
                continue
            for name, value in (change.old or {}).items():
                setattr(target, name, value)
            if target.id != change.entity.id:
                table.pop(change.entity.id, None)
                table[target.id] = target


def copy_entity(entity: Any) -> Any:
    import copy

    return copy.deepcopy(entity)


def take_offline(url: str, plan: str | None = None) -> PlanData:
    """The server plan as an offline copy (save it as a .pmdb)."""
    from pmdesk.store import server
    from pmdesk.store.server.address import parse_address, without_password

    address = parse_address(url, plan)
    if address.plan is None:  # what pull says, before it connects
        raise ServerError("Say which plan: --plan NAME or ?plan=NAME in the address.")
    data = server.pull(url, plan)
    return mark_offline(data, without_password(address.conninfo), address.plan)


# Given choices, every conflict is decided and the merge written: the new copy is never None.
@overload
def sync_offline(
    data: PlanData, choices: None = None, editor: str | None = None, every: str | None = None
) -> tuple[PlanData | None, Merge]: ...
@overload
def sync_offline(
    data: PlanData, choices: dict[str, str], editor: str | None = None, every: str | None = None
) -> tuple[PlanData, Merge]: ...
def sync_offline(
    data: PlanData,
    choices: dict[str, str] | None = None,
    editor: str | None = None,
    every: str | None = None,
) -> tuple[PlanData | None, Merge]:
    """Merge the offline copy ``data`` with its server plan.

    Returns (the new offline copy, the merge). With conflicts and no ``choices`` (nor
    ``every``, the choice for each conflict not named), nothing is written and the first item
    is None: list ``merge.conflicts`` and ask. Without conflicts it is synced at once.
    ServerError when the copy has no server, or someone wrote the plan during the sync (sync
    again).
    """
    from pmdesk.store.server import setup, transfer, writes
    from pmdesk.store.server.address import editor_name, parse_address
    from pmdesk.store.server.connection import engine_for, guarded

    origin = offline_origin(data)
    if origin is None:
        raise ServerError(
            "This plan was not taken offline from a server; there is nothing to sync it with."
        )
    base = decode_base(origin["base"])
    address = parse_address(origin["url"], origin["plan"])
    plan_name: str = origin["plan"]  # offline_origin checked it is a string
    engine = engine_for(address)

    def run() -> tuple[PlanData | None, Merge]:
        with engine.connect() as conn:
            with conn.begin():
                setup.ensure_schema(conn)
            reader = conn.execution_options(isolation_level="REPEATABLE READ")
            with reader.begin():
                plan_id = transfer.plan_id_of(reader, plan_name, address.display)
                theirs = transfer.read_snapshot(reader, plan_id)
            result = merge(base, data, theirs.data)
            if result.conflicts and choices is None and every is None:
                return None, result
            decide(result, choices or {}, every)
            changes = changes_to(theirs.data, result)
            if changes:
                # The write is guarded by row versions under READ COMMITTED, like an editor's:
                # a row someone changed meanwhile is refused (not a serialization failure).
                conn.execution_options(isolation_level="READ COMMITTED")
                try:
                    with conn.begin():
                        writes.write_batch(
                            conn, plan_id, changes, theirs.versions, editor or editor_name()
                        )
                except writes.Refused:
                    raise ServerError(
                        "Someone changed the plan on the server during the sync; sync again."
                    ) from None
            reader = conn.execution_options(isolation_level="REPEATABLE READ")
            with reader.begin():
                fresh = transfer.read_snapshot(reader, plan_id)
            return mark_offline(fresh.data, origin["url"], origin["plan"]), result

    try:
        return guarded(address, run)
    finally:
        engine.dispose()
