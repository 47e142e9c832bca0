"""Every entity of the data model survives save -> open unchanged; write-through keeps up."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.core import entities as en
from pmdesk.core.plandata import PlanData
from pmdesk.store import mapping
from pmdesk.store.pmdb import WorkingCopy, load_plan, save_plan
from tests.unit.store.pmdb_plans import assert_same_plan, every_kind_plan

INTS = st.integers(min_value=-(2**63), max_value=2**63 - 1)
FLOATS = st.floats(allow_nan=False, width=64)
TEXT = st.text(max_size=40)
JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | FLOATS | TEXT
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
INTERVALS = st.lists(st.tuples(st.integers(0, 1440), st.integers(0, 1440)), max_size=3)

# Fields whose annotation alone does not say what may be stored in them.
SPECIAL = {
    "week": st.dictionaries(st.integers(0, 6), INTERVALS, max_size=7),
    "intervals": INTERVALS,
    "tags": st.lists(TEXT, max_size=4),
    "weekdays": st.lists(st.integers(0, 6), max_size=7),
    "criteria": st.lists(TEXT, max_size=4),
    "score_inputs": st.dictionaries(TEXT, FLOATS | st.integers(-1000, 1000), max_size=4),
    "settings": st.dictionaries(TEXT, JSON, max_size=4),
    "custom_fields": st.dictionaries(TEXT, JSON, max_size=4),
    "parameters": st.dictionaries(TEXT, JSON, max_size=4),
    "splits": INTERVALS,
    "task_ids": st.lists(st.integers(-(2**53), 2**53), max_size=4),
}


def _for_type(hint) -> st.SearchStrategy:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return st.none() | st.one_of(*(_for_type(a) for a in options))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    simple = {
        int: INTS,
        float: FLOATS,
        str: TEXT,
        bool: st.booleans(),
        datetime: st.datetimes(),
        date: st.dates(),
    }
    return simple[hint]


def entity_strategy(kind: type) -> st.SearchStrategy:
    hints = typing.get_type_hints(kind)
    fields = {}
    for field in dataclasses.fields(kind):
        name = field.name
        fields[name] = SPECIAL[name] if name in SPECIAL else _for_type(hints[name])
    return st.fixed_dictionaries(fields).map(lambda values: kind(**values))


def _unique(kind):
    return st.lists(entity_strategy(kind), max_size=4, unique_by=lambda e: e.id)


@st.composite
def plans(draw) -> PlanData:
    data = PlanData(draw(entity_strategy(en.Plan)))
    for kind in en.ENTITY_KINDS:
        data.load(draw(_unique(kind)))
    return data


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=plans())
def test_every_entity_kind_survives_save_and_open(tmp_path, data):
    path = tmp_path / "roundtrip.pmdb"
    save_plan(data, path)
    loaded = load_plan(path)
    assert loaded.plan == dataclasses.replace(
        data.plan,
        modified=loaded.plan.modified,
        app_version=loaded.plan.app_version,
        created=data.plan.created or loaded.plan.created,
    )
    for kind in en.ENTITY_KINDS:
        assert loaded.table(kind) == data.table(kind), kind.__name__


def test_fixed_plan_round_trips_exactly(tmp_path):
    data = every_kind_plan()
    path = tmp_path / "p.pmdb"
    save_plan(data, path)
    loaded = load_plan(path)
    for kind in en.ENTITY_KINDS:
        assert loaded.table(kind) == data.table(kind)
        assert loaded.count(kind) >= 1, f"every_kind_plan lacks {kind.__name__}"
    # Types come back as the entities declare them, not as JSON or SQL hands them out.
    assert loaded.calendars[1].week[0] == [(480, 720), (780, 1020)]
    assert type(loaded.links[1].type) is en.LinkType and loaded.links[1].type == data.links[1].type
    assert type(loaded.tasks[4].manual_start) is datetime
    assert type(loaded.calendar_exceptions[1].start) is date
    assert loaded.tasks[3].duration_elapsed is True
    assert loaded.plan.settings == data.plan.settings
    assert loaded.plan.app_version and loaded.plan.modified is not None


def test_tables_cover_every_entity_field():
    for kind in (en.Plan, *en.ENTITY_KINDS):
        kind_map = mapping.map_of(kind)
        assert list(kind_map.fields) == [f.name for f in dataclasses.fields(kind)]
        assert set(kind_map.table.columns.keys()) == set(kind_map.fields)


# -- write-through: random edits through PlanData end up in the saved file ----------------------
EDITS = st.lists(
    st.tuples(
        st.sampled_from(["add", "update", "remove", "plan"]),
        st.integers(1, 30),
        TEXT,
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS)
def test_write_through_matches_plandata_after_save(tmp_path, edits):
    copy = WorkingCopy.new(every_kind_plan())
    copy.data.subscribe(copy.write_change)
    data = copy.data
    for action, ident, text, number in edits:
        if action == "add" and ident not in data.tasks:
            data.add(en.Task(id=ident, name=text, duration=number))
            data.add(
                en.Link(id=data.new_id(en.Link), predecessor_id=1, successor_id=ident, lag=number)
            )
        elif action == "update" and ident in data.tasks:
            data.update(en.Task, ident, name=text, duration=number, milestone=number % 2 == 0)
        elif action == "remove" and ident in data.tasks:
            data.remove(en.Task, ident)
        elif action == "plan":
            data.update(en.Plan, 1, name=text, settings={"n": number})
    path = tmp_path / "edited.pmdb"
    copy.save(path)
    loaded = load_plan(path)
    assert_same_plan(loaded, data)
    copy.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS)
def test_a_command_written_at_once_matches_plandata_after_save(tmp_path, edits):
    """All of a command's changes in one write (as the Document writes them): runs of updates
    to the same fields of one kind go as one statement (mapping.write_changes)."""
    copy = WorkingCopy.new(every_kind_plan())
    pending: list = []
    copy.data.subscribe(pending.append)
    data = copy.data
    for action, ident, text, number in edits:
        if action == "add" and ident not in data.tasks:
            data.add(en.Task(id=ident, name=text, duration=number))
        elif action == "update" and ident in data.tasks:
            data.update(en.Task, ident, name=text, duration=number, milestone=number % 2 == 0)
        elif action == "remove" and ident in data.tasks:
            data.remove(en.Task, ident)
        elif action == "plan":
            data.update(en.Plan, 1, name=text, settings={"n": number})
    for position, task_id in enumerate(sorted(data.tasks), start=1000):  # renumbered: one run
        data.update(en.Task, task_id, position=position)
    copy.write_changes(pending)
    path = tmp_path / "edited.pmdb"
    copy.save(path)
    loaded = load_plan(path)
    assert_same_plan(loaded, data)
    copy.close()


def test_save_after_many_deletions_compacts_the_file(tmp_path):
    data = every_kind_plan(tasks=800)
    copy = WorkingCopy.new(data)
    copy.data.subscribe(copy.write_change)
    path = tmp_path / "big.pmdb"
    copy.save(path)
    full = path.stat().st_size
    for kind in (en.Task, en.Link, en.Assignment, en.BaselineTask):
        for ident in list(data.table(kind))[5:]:
            data.remove(kind, ident)
    copy.save()
    assert path.stat().st_size < full / 2
    data.add(en.Task(id=5000, name="after compaction"))
    copy.save()
    assert_same_plan(load_plan(path), data)
    copy.close()


def test_a_value_the_database_refuses_is_reported_and_never_saved_stale(tmp_path):
    copy = WorkingCopy.new(every_kind_plan())
    copy.data.subscribe(copy.write_change)
    path = tmp_path / "p.pmdb"
    copy.save(path)
    from pmdesk.store.pmdb import PmdbError

    with pytest.raises(PmdbError, match="percent_complete"):
        copy.data.update(en.Task, 2, percent_complete=float("nan"))  # SQLite stores NaN as NULL
    with pytest.raises(PmdbError, match="too large"):
        copy.data.update(en.Task, 3, priority=2**70)
    with pytest.raises(PmdbError):  # still wrong: nothing is written
        copy.save()
    assert load_plan(path).tasks[2].percent_complete == 25.0
    copy.data.update(en.Task, 2, percent_complete=50.0)
    copy.data.update(en.Task, 3, priority=900)
    copy.data.update(en.Task, 4, name="edited after")
    copy.save()  # the working copy was rebuilt from PlanData: nothing lost, nothing stale
    assert_same_plan(load_plan(path), copy.data)
    copy.close()


def test_save_plan_of_a_value_the_database_refuses(tmp_path):
    from pmdesk.store.pmdb import PmdbError

    data = every_kind_plan()
    data.tasks[2].fixed_cost = float("nan")
    with pytest.raises(PmdbError, match="fixed_cost"):
        save_plan(data, tmp_path / "nan.pmdb")
    assert not (tmp_path / "nan.pmdb").exists()


@st.composite
def edit_scripts(draw):
    """A plan built through PlanData events, then every kind's entities updated and removed."""
    plan = draw(entity_strategy(en.Plan))
    added = {kind: draw(_unique(kind)) for kind in en.ENTITY_KINDS}
    updates = []
    for kind, entities in added.items():
        for entity in entities:
            if draw(st.booleans()):
                other = draw(entity_strategy(kind))
                names = draw(
                    st.sets(
                        st.sampled_from(
                            [f.name for f in dataclasses.fields(kind) if f.name != "id"]
                        ),
                        min_size=1,
                    )
                )
                updates.append((kind, entity.id, {name: getattr(other, name) for name in names}))
    removals = [
        (kind, e.id) for kind, entities in added.items() for e in entities if draw(st.booleans())
    ]
    plan_update = draw(entity_strategy(en.Plan))
    return plan, added, updates, removals, plan_update


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=edit_scripts())
def test_write_through_of_every_kind_add_update_remove(tmp_path, script):
    plan, added, updates, removals, plan_update = script
    copy = WorkingCopy.new(PlanData(plan))
    data = copy.data
    data.subscribe(copy.write_change)
    for entities in added.values():
        for entity in entities:
            data.add(entity)
    for kind, ident, values in updates:
        data.update(kind, ident, **values)
    for kind, ident in removals:
        data.remove(kind, ident)
    data.update(
        en.Plan,
        1,
        **{
            f.name: getattr(plan_update, f.name)
            for f in dataclasses.fields(en.Plan)
            if f.name != "id"
        },
    )
    path = tmp_path / "through.pmdb"
    copy.save(path)
    assert_same_plan(load_plan(path), data)
    copy.close()


@pytest.mark.parametrize(
    "kind, ident, values, words",
    [
        (en.Link, 1, {"type": "XX"}, "Link.type"),
        (en.Calendar, 1, {"week": {0: [(480.5, 720)]}}, "Calendar.week"),
        (en.RoadmapItem, 1, {"tags": ["ok", 3]}, "RoadmapItem.tags"),
        (en.Plan, 1, {"settings": {"when": datetime(2026, 1, 1)}}, "Plan.settings"),
    ],
)
def test_values_that_could_not_be_read_back_are_refused_at_write(
    tmp_path, kind, ident, values, words
):
    from pmdesk.store.pmdb import PmdbError

    copy = WorkingCopy.new(every_kind_plan())
    copy.data.subscribe(copy.write_change)
    with pytest.raises(PmdbError, match=words):
        copy.data.update(kind, ident, **values)
    with pytest.raises(PmdbError, match=words):
        copy.save(tmp_path / "never.pmdb")
    assert not (tmp_path / "never.pmdb").exists()
    copy.close()
