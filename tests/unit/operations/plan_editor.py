"""A Qt-free PlanEditor for the operations tests: changes PlanData directly and counts the
undo steps a Document would push (a macro is one step)."""

from contextlib import contextmanager
from datetime import datetime

from pmdesk.core.entities import Calendar, Link, LinkType, Task
from pmdesk.core.plandata import PlanData


class RecordingEditor:
    def __init__(self, data: PlanData) -> None:
        self.data = data
        self.steps: list[str] = []
        self._depth = 0

    def _step(self, text: str) -> None:
        if self._depth == 0:
            self.steps.append(text)

    def set_fields(self, kind, entity_id, text, /, **values):
        self.data.update(kind, entity_id, **values)
        self._step(text)

    def add_entities(self, entities, text):
        for entity in entities:
            self.data.add(entity)
        self._step(text)

    def remove_entities(self, items, text):
        for kind, entity_id in items:
            self.data.remove(kind, entity_id)
        self._step(text)

    @contextmanager
    def macro(self, text):
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        self._step(text)


DAY = 480


def small_plan() -> PlanData:
    """Standard 8-17 weekdays; a 'Nights' calendar 20:00-24:00; Build > Design, Code; Release."""
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8, 0)  # a Monday
    data.plan.default_calendar_id = 1
    data.load(
        [
            Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}),
            Calendar(2, "Nights", week={d: [(1200, 1440)] for d in range(7)}),
            Task(1, "Build", position=0),
            Task(2, "Design", parent_id=1, position=0, duration=3 * DAY),
            Task(3, "Code", parent_id=1, position=1, duration=5 * DAY, calendar_id=2),
            Task(4, "Release", position=1, duration=0, milestone=True),
            Link(1, 2, 3, LinkType.FS),
        ]
    )
    return data
