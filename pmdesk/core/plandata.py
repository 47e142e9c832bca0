"""PlanData: every entity of one plan in memory, with add/update/remove and change events.

This is the single mutable container that engines read and operations write. Listeners
(the document's write-through to the working copy, Qt models) subscribe to ``Change``
events; they are told after each change, with enough to undo it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pmdesk.core.entities import (
    ENTITY_KINDS,
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    CanvasFactor,
    CanvasNote,
    CanvasOffering,
    CanvasValue,
    Link,
    Plan,
    PnlLine,
    PnlOverride,
    PnlScenario,
    Resource,
    Risk,
    RoadmapDependency,
    RoadmapItem,
    RoadmapLane,
    ScoringModel,
    Task,
)
from pmdesk.core.errors import PmdeskError


class Identified(Protocol):
    """What every entity kind has: an integer id, unique within its kind."""

    @property
    def id(self) -> int: ...


E = TypeVar("E", bound=Identified)


@dataclass(frozen=True, slots=True)
class Change:
    """One change to the plan.

    action is "add", "update" or "remove"; for "update", ``old`` holds the previous values
    of the changed fields; for "add"/"remove", ``entity`` is the entity added or removed.
    ``kind`` is the entity class, or ``Plan`` for the plan's own properties (id 1).
    """

    action: str
    kind: type
    id: int
    entity: Any = None
    old: dict[str, Any] | None = None


class PlanError(PmdeskError):
    """An edit the plan refuses (unknown id, bad value); the message is for a person."""


class PlanData:
    def __init__(self, plan: Plan | None = None) -> None:
        self.plan = plan if plan is not None else Plan()
        self._tables: dict[type, dict[int, Any]] = {kind: {} for kind in ENTITY_KINDS}
        self._listeners: list[Callable[[Change], None]] = []
        # Where new ids come from when others add to the same plan at once (a server plan
        # sets it: each editor takes ids from a range reserved for it); None: highest + 1.
        self.id_source: Callable[[type, dict[int, Any]], int] | None = None

    # -- reading -----------------------------------------------------------------------
    def table(self, kind: type[E]) -> dict[int, E]:
        """The live id -> entity dict of one kind. Read it; change it through add/update/remove."""
        return self._tables[kind]

    def get(self, kind: type[E], entity_id: int) -> E:
        try:
            table: dict[int, E] = self._tables[kind]  # typed: the tables hold Any
            return table[entity_id]
        except KeyError:
            raise PlanError(f"There is no {kind.__name__.lower()} with id {entity_id}.") from None

    def all(self, kind: type[E]) -> Iterator[E]:
        return iter(self._tables[kind].values())

    def count(self, kind: type) -> int:
        return len(self._tables[kind])

    def new_id(self, kind: type) -> int:
        table = self._tables[kind]
        if self.id_source is not None:
            return self.id_source(kind, table)
        return max(table, default=0) + 1

    @property
    def tasks(self) -> dict[int, Task]:
        return self._tables[Task]

    @property
    def links(self) -> dict[int, Link]:
        return self._tables[Link]

    @property
    def calendars(self) -> dict[int, Calendar]:
        return self._tables[Calendar]

    @property
    def calendar_exceptions(self) -> dict[int, CalendarException]:
        return self._tables[CalendarException]

    @property
    def resources(self) -> dict[int, Resource]:
        return self._tables[Resource]

    @property
    def assignments(self) -> dict[int, Assignment]:
        return self._tables[Assignment]

    @property
    def baselines(self) -> dict[int, Baseline]:
        return self._tables[Baseline]

    @property
    def baseline_tasks(self) -> dict[int, BaselineTask]:
        return self._tables[BaselineTask]

    @property
    def roadmap_lanes(self) -> dict[int, RoadmapLane]:
        return self._tables[RoadmapLane]

    @property
    def roadmap_items(self) -> dict[int, RoadmapItem]:
        return self._tables[RoadmapItem]

    @property
    def roadmap_dependencies(self) -> dict[int, RoadmapDependency]:
        return self._tables[RoadmapDependency]

    @property
    def scoring_models(self) -> dict[int, ScoringModel]:
        return self._tables[ScoringModel]

    @property
    def canvas_offerings(self) -> dict[int, CanvasOffering]:
        return self._tables[CanvasOffering]

    @property
    def canvas_factors(self) -> dict[int, CanvasFactor]:
        return self._tables[CanvasFactor]

    @property
    def canvas_values(self) -> dict[int, CanvasValue]:
        return self._tables[CanvasValue]

    @property
    def canvas_notes(self) -> dict[int, CanvasNote]:
        return self._tables[CanvasNote]

    @property
    def pnl_scenarios(self) -> dict[int, PnlScenario]:
        return self._tables[PnlScenario]

    @property
    def pnl_lines(self) -> dict[int, PnlLine]:
        return self._tables[PnlLine]

    @property
    def pnl_overrides(self) -> dict[int, PnlOverride]:
        return self._tables[PnlOverride]

    @property
    def risks(self) -> dict[int, Risk]:
        return self._tables[Risk]

    def children(self, parent_id: int | None) -> list[Task]:
        """The tasks directly under ``parent_id`` (None: top level), in WBS order."""
        kids = [t for t in self.tasks.values() if t.parent_id == parent_id]
        kids.sort(key=lambda t: (t.position, t.id))
        return kids

    # -- events ------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- writing -----------------------------------------------------------------------
    def load(self, entities: list[Any]) -> None:
        """Fill the tables without events (used when a file is read)."""
        for entity in entities:
            self._tables[type(entity)][entity.id] = entity

    def add(self, entity: E) -> E:
        table = self._tables[type(entity)]
        if entity.id in table:
            raise PlanError(
                f"A {type(entity).__name__.lower()} with id {entity.id} exists already."
            )
        table[entity.id] = entity
        self._emit(Change("add", type(entity), entity.id, entity=entity))
        return entity

    def update(self, kind: type, entity_id: int, /, **values: Any) -> dict[str, Any]:
        """Set fields of one entity (or of the Plan itself); returns the old values."""
        target = self.plan if kind is Plan else self.get(kind, entity_id)
        names = {f.name for f in dataclasses.fields(target)}
        unknown = set(values) - names
        if unknown:
            raise PlanError(f"{kind.__name__} has no field {', '.join(sorted(unknown))}.")
        old = {name: getattr(target, name) for name in values}
        for name, value in values.items():
            setattr(target, name, value)
        self._emit(Change("update", kind, target.id, entity=target, old=old))
        return old

    def remove(self, kind: type[E], entity_id: int) -> E:
        entity = self.get(kind, entity_id)
        del self._tables[kind][entity_id]
        self._emit(Change("remove", kind, entity_id, entity=entity))
        return entity
