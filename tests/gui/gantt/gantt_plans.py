"""Plans the Gantt tests build (a small one: one summary with four tasks, a milestone, two
people; big ones of chained groups) and a pixel counter for painted images.

A module of its own (not the conftest) so test files can import it: conftest modules of
different test folders share the name ``conftest`` under pytest's default import mode.
"""

from datetime import datetime

from PySide6.QtGui import QColor, QImage

from pmdesk.core.entities import Calendar, Link, LinkType, Resource, Task
from pmdesk.core.plandata import PlanData

DAY = 480


def small_plan() -> PlanData:
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8, 0)  # a Monday
    data.plan.default_calendar_id = 1
    week = {d: [(480, 720), (780, 1020)] for d in range(5)}
    data.load(
        [
            Calendar(1, "Standard", week=week),
            Task(1, "Build", position=0),
            Task(2, "Design", parent_id=1, position=0, duration=3 * DAY),
            Task(3, "Code", parent_id=1, position=1, duration=5 * DAY),
            Task(4, "Test", parent_id=1, position=2, duration=2 * DAY),
            Task(5, "Docs", parent_id=1, position=3, duration=DAY),
            Task(6, "Release", position=1, duration=0, milestone=True),
            Link(1, 2, 3, LinkType.FS),
            Link(2, 3, 4, LinkType.FS),
            Resource(1, "Designer"),
            Resource(2, "Tester"),
        ]
    )
    return data


def big_plan(count: int) -> PlanData:
    data = PlanData()
    data.plan.start = datetime(2026, 1, 5, 8, 0)
    entities = []
    for number in range(1, count + 1):
        summary = number % 10 == 1
        parent = None if summary else number - (number - 1) % 10
        entities.append(Task(number, f"T{number}", parent_id=parent, position=number))
        if not summary and number % 10 != 2:
            entities.append(Link(number, number - 1, number, LinkType.FS))
    data.load(entities)
    return data


def colour_count(image: QImage, colour: QColor, tolerance: int = 12) -> int:
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                hits += 1
    return hits
