"""Rows <-> core entities: how each entity kind is stored, read in bulk and written through.

Everything here is SQLAlchemy Core over the tables of schema.py (portable SQL, no ORM per
row: loading 25,000 rows as ORM objects costs twice what Core rows cost, see ARCHITECTURE.md).
Values that do not fit their field (bad JSON, unknown enum value, malformed date text) raise
``ValueError``/``TypeError``; the caller turns those into a "damaged file" PmdbError.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import operator
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from pmdesk.core import entities as en
from pmdesk.core.gcpause import gc_paused
from pmdesk.core.plandata import Change, PlanData
from pmdesk.store import schema

# A field's codec: encode turns the entity's value into the stored one, decode reads it back.
Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]
Codec = tuple[Encode, Decode]


# -- JSON fields ------------------------------------------------------------------------
def _dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _load_dict(text: str) -> dict[str, Any]:
    if text == "{}":  # most rows: skip the JSON parser (a 10k-task open decodes 10k of these)
        return {}
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("expected a JSON object")
    return value


def _load_str_list(text: str) -> list[str]:
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a JSON list of strings")
    return value


def _load_weekdays(text: str) -> list[int]:
    value = json.loads(text)
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 6 for v in value
    ):
        raise ValueError("expected a JSON list of weekdays 0 to 6")
    return value


def _load_number_dict(text: str) -> dict[str, float]:
    value = _load_dict(text)
    for v in value.values():
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise ValueError("expected a JSON object of numbers")
    return value


def _load_int_list(text: str) -> list[int]:
    value = json.loads(text)
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise ValueError("expected a JSON list of whole numbers")
    return value


def _intervals(value: Any) -> list[tuple[int, int]]:
    if not isinstance(value, list):
        raise ValueError("expected a list of intervals")
    out = []
    for pair in value:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(m, int) and not isinstance(m, bool) for m in pair)
        ):
            raise ValueError("an interval must be two whole minutes")
        out.append((pair[0], pair[1]))
    return out


def _load_intervals(text: str) -> list[tuple[int, int]]:
    if text == "[]":  # most tasks have no splits
        return []
    return _intervals(json.loads(text))


def _load_week(text: str) -> dict[int, list[tuple[int, int]]]:
    # JSON object keys are strings: weekday 0 is stored as "0" and read back as 0.
    return {int(day): _intervals(spans) for day, spans in _load_dict(text).items()}


def _enum(cls: type[enum.Enum]) -> Codec:
    # Reading: a dictionary lookup of the stored text (calling the Enum class costs several
    # times more, and a 10k-task plan decodes 40k of them); anything else goes through the
    # class, which raises ValueError for an unknown value.
    members = {member.value: member for member in cls}

    def decode(value: Any) -> enum.Enum:
        found = members.get(value) if isinstance(value, str) else None
        return found if found is not None else cls(value)

    return str, decode


_JSON_DICT = (_dump_json, _load_dict)
_JSON_STR_LIST = (_dump_json, _load_str_list)
_JSON_INT_LIST = (_dump_json, _load_int_list)
_JSON_NUMBERS = (_dump_json, _load_number_dict)
_JSON_INTERVALS = (_dump_json, _load_intervals)
_JSON_WEEK = (_dump_json, _load_week)
_JSON_WEEKDAYS = (_dump_json, _load_weekdays)

# Fields stored in another form than the entity holds them: field -> (encode, decode).
_CODECS: dict[type, dict[str, Codec]] = {
    en.Plan: {"schedule_from": _enum(en.ScheduleFrom), "settings": _JSON_DICT},
    en.Calendar: {"week": _JSON_WEEK},
    en.CalendarException: {"intervals": _JSON_INTERVALS, "weekdays": _JSON_WEEKDAYS},
    en.Task: {
        "constraint_type": _enum(en.ConstraintType),
        "custom_fields": _JSON_DICT,
        "splits": _JSON_INTERVALS,
        "distribution": _enum(en.Distribution),
        "task_type": _enum(en.TaskType),
        "fixed_cost_accrual": _enum(en.CostAccrual),
    },
    en.Link: {"type": _enum(en.LinkType), "lag_kind": _enum(en.LagKind)},
    en.Assignment: {"contour": _enum(en.WorkContour)},
    en.Resource: {"type": _enum(en.ResourceType)},
    en.RoadmapItem: {
        "horizon": _enum(en.Horizon),
        "tags": _JSON_STR_LIST,
        "score_inputs": _JSON_NUMBERS,
    },
    en.ScoringModel: {"criteria": _JSON_STR_LIST, "settings": _JSON_DICT},
    en.PnlScenario: {"parameters": _JSON_DICT},
    en.PnlLine: {"parameters": _JSON_DICT},
    en.Risk: {"task_ids": _JSON_INT_LIST, "impact_as": _enum(en.RiskImpact)},
}

_TABLE_OF_KIND: dict[type, Table] = dict(
    zip((en.Plan, *en.ENTITY_KINDS), schema.TABLES, strict=True)
)


class StoreValueError(ValueError):
    """A value that could be written but not read back (an unknown enum value, a malformed
    calendar week): refused at write time, so no file is ever saved that cannot be opened."""


def _checked(where: str, encode: Encode, decode: Decode) -> Encode:
    def run(value: Any) -> Any:
        try:
            stored = encode(value)
            decode(stored)
        except (ValueError, TypeError) as exc:
            raise StoreValueError(f"{where}: {exc}") from None
        return stored

    return run


@dataclasses.dataclass(frozen=True, slots=True)
class KindMap:
    """How one entity kind maps to its table."""

    kind: type
    table: Table
    fields: tuple[str, ...]
    encoders: dict[str, Encode]  # only the fields that need one
    decoders: tuple[tuple[int, Decode], ...]  # (position in fields, decode)
    getter: Callable[[Any], tuple[Any, ...]]  # entity -> its values in field order

    def encode(self, entity: Any) -> dict[str, Any]:
        values = dict(zip(self.fields, self.getter(entity), strict=True))
        for name, encode in self.encoders.items():
            values[name] = encode(values[name])
        return values

    def encode_fields(self, entity: Any, names: Iterable[str]) -> dict[str, Any]:
        values = {}
        for name in names:
            value = getattr(entity, name)
            encode = self.encoders.get(name)
            values[name] = encode(value) if encode is not None else value
        return values

    def decode_rows(self, rows: Iterable[Sequence[Any]]) -> list[Any]:
        cls = self.kind
        if not self.decoders:
            return [cls(*row) for row in rows]
        out = []
        decoders = self.decoders
        for row in rows:
            values = list(row)
            for index, decode in decoders:
                values[index] = decode(values[index])
            out.append(cls(*values))
        return out


def _kind_map(kind: type) -> KindMap:
    table = _TABLE_OF_KIND[kind]
    fields = tuple(f.name for f in dataclasses.fields(kind))
    missing = set(fields) ^ set(table.columns.keys())
    if missing:  # a field was added to an entity without a schema change: our bug
        raise RuntimeError(f"{kind.__name__} and table {table.name} differ in {sorted(missing)}")
    codecs = _CODECS.get(kind, {})
    return KindMap(
        kind=kind,
        table=table,
        fields=fields,
        encoders={
            name: _checked(f"{kind.__name__}.{name}", encode, decode)
            for name, (encode, decode) in codecs.items()
        },
        decoders=tuple((fields.index(name), codec[1]) for name, codec in codecs.items()),
        getter=operator.attrgetter(*fields),
    )


PLAN_MAP = _kind_map(en.Plan)
KIND_MAPS: dict[type, KindMap] = {kind: _kind_map(kind) for kind in en.ENTITY_KINDS}


def map_of(kind: type) -> KindMap:
    return PLAN_MAP if kind is en.Plan else KIND_MAPS[kind]


# -- bulk read and write ----------------------------------------------------------------
def read_plan_data(conn: Connection) -> PlanData:
    """Every row of the plan as a PlanData (no events fired)."""
    # Tens of thousands of new entities trigger the cyclic collector again and again while none
    # of them can be garbage yet: pausing it for the bulk read saves about a sixth of an open.
    with gc_paused():
        return _read_plan_data(conn)


def _read_plan_data(conn: Connection) -> PlanData:
    plan_rows = _read_kind(conn, PLAN_MAP)
    if len(plan_rows) != 1:
        raise ValueError(f"expected one plan row, found {len(plan_rows)}")
    data = PlanData(plan_rows[0])
    for kind_map in KIND_MAPS.values():
        data.load(_read_kind(conn, kind_map))
    return data


def _read_kind(conn: Connection, kind_map: KindMap) -> list[Any]:
    columns = [kind_map.table.c[name] for name in kind_map.fields]
    result = conn.execute(select(*columns).order_by(kind_map.table.c.id))
    return kind_map.decode_rows(result)


def write_plan_data(conn: Connection, data: PlanData, plan: en.Plan | None = None) -> None:
    """Insert the whole plan into empty tables (one executemany per kind).

    ``plan``: plan properties to store instead of ``data.plan`` (e.g. with a new save time).
    """
    conn.execute(insert(PLAN_MAP.table), [PLAN_MAP.encode(plan or data.plan)])
    for kind, kind_map in KIND_MAPS.items():
        entities: Collection[Any] = data.table(kind).values()
        if entities:
            _bulk_insert(conn, kind_map, entities)


def _bulk_insert(conn: Connection, kind_map: KindMap, entities: Iterable[Any]) -> None:
    """One INSERT compiled by Core, run for all rows with the driver's executemany.

    Core's own executemany builds and processes a parameter dict per row, which is four fifths
    of the time of saving a 10,000-task plan. Here each row becomes a tuple in the compiled
    statement's parameter order, each value through our codec and then the column type's own
    bind processor (so stored values are exactly what Core would store). Dialects with named
    parameters (not SQLite) take Core's path.
    """
    table = kind_map.table
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(kind_map.fields))
    order = compiled.positiontup
    if not order or set(order) != set(kind_map.fields):
        conn.execute(insert(table), [kind_map.encode(entity) for entity in entities])
        return
    get_all = operator.attrgetter(*order)
    special = []
    for index, name in enumerate(order):
        encode = kind_map.encoders.get(name)
        process = table.c[name].type._cached_bind_processor(conn.dialect)
        if encode is not None or process is not None:
            special.append((index, encode, process))
    if not special:
        rows = [get_all(entity) for entity in entities]
    else:
        rows = []
        for entity in entities:
            row = list(get_all(entity))
            for index, encode, process in special:
                value = row[index]
                if encode is not None:
                    value = encode(value)
                if process is not None and value is not None:
                    value = process(value)
                row[index] = value
            rows.append(tuple(row))
    conn.exec_driver_sql(compiled.string, rows)


def write_change(conn: Connection, change: Change) -> None:
    """Write one PlanData change through to the tables (one or two statements)."""
    kind_map = map_of(change.kind)
    table = kind_map.table
    if change.action == "add":
        conn.execute(insert(table).values(kind_map.encode(change.entity)))
    elif change.action == "remove":
        conn.execute(delete(table).where(table.c.id == change.id))
    elif change.action == "update":
        names = list(change.old or ())
        if not names:
            return
        old_id = (change.old or {}).get("id", change.id)
        values = kind_map.encode_fields(change.entity, names)
        conn.execute(update(table).where(table.c.id == old_id).values(values))
    else:
        raise ValueError(f"unknown change action {change.action!r}")


def write_changes(conn: Connection, changes: Iterable[Change]) -> None:
    """Write PlanData changes through in order; a run of updates to the same fields of one
    kind goes as one executemany statement. Moving a roadmap card renumbers its neighbours:
    measured with 300 cards, a dozen statements compiled and run one by one cost more than
    the rest of the move."""
    run: list[Change] = []
    for change in changes:
        if _batchable(change) and (not run or _same_fields(run[0], change)):
            run.append(change)
            continue
        _write_run(conn, run)
        run = []
        if _batchable(change):
            run.append(change)
        else:
            write_change(conn, change)
    _write_run(conn, run)


def _batchable(change: Change) -> bool:
    return change.action == "update" and bool(change.old) and "id" not in (change.old or {})


def _same_fields(first: Change, change: Change) -> bool:
    return first.kind is change.kind and list(first.old or ()) == list(change.old or ())


def _write_run(conn: Connection, run: list[Change]) -> None:
    """One UPDATE of the same columns for every change of ``run`` (see write_changes)."""
    if len(run) < 2:
        for change in run:
            write_change(conn, change)
        return
    kind_map = map_of(run[0].kind)
    table = kind_map.table
    names = list(run[0].old or ())
    rows = [kind_map.encode_fields(change.entity, names) for change in run]
    columns = list(rows[0])
    # Parameter names apart from the columns': SQLAlchemy keeps those for its own SET clause.
    statement = (
        update(table)
        .where(table.c.id == bindparam("_row_id"))
        .values({column: bindparam(f"_new_{column}") for column in columns})
    )
    conn.execute(
        statement,
        [
            {"_row_id": change.id, **{f"_new_{column}": row[column] for column in columns}}
            for change, row in zip(run, rows)
        ],
    )
