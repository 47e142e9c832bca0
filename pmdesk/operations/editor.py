"""The editor interface the operations change a plan through (Document implements it)."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from pmdesk.core.plandata import PlanData


class PlanEditor(Protocol):
    """A plan that can be changed one undoable step at a time."""

    data: PlanData

    def set_fields(self, kind: type, entity_id: int, text: str, /, **values: Any) -> None: ...

    def add_entities(self, entities: Iterable[Any], text: str) -> None: ...

    def remove_entities(self, items: Iterable[tuple[type, int]], text: str) -> None: ...

    def macro(self, text: str) -> AbstractContextManager[object]: ...
