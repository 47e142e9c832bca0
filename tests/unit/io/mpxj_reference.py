"""What MPXJ itself reads from a file, in pmdesk's terms, for tests of the MPXJ route; and the
skip markers for machines without the formats extra or Java.

MPXJ runs in the test process here (as in the differential scheduling test): it is the
reference the converted import is compared with, not the code under test.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

FILES = Path(__file__).parent / "mpxj_files"


def _why_not() -> str | None:
    for module, package in (("jpype", "jpype1"), ("mpxj", "mpxj")):
        if importlib.util.find_spec(module) is None:
            return f"the formats extra is not installed ({package} missing): pip install -e '.[formats]'"
    home = os.environ.get("JAVA_HOME")
    if not (home and os.path.exists(os.path.join(home, "bin", "java"))) and not shutil.which(
        "java"
    ):
        return "no Java runtime on this machine (the formats extra needs Java 11 or newer)"
    return None


WHY_NOT = _why_not()
needs_mpxj = pytest.mark.skipif(WHY_NOT is not None, reason=WHY_NOT or "")

_DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def java():
    """MPXJ's classes in this process (the JVM is started once)."""
    import jpype
    import mpxj  # noqa: F401  (MPXJ's jars on the class path)

    if not jpype.isJVMStarted():
        jpype.startJVM(convertStrings=True)
    return jpype


def _minutes(duration, properties) -> float:
    from org.mpxj import TimeUnit

    if duration is None:
        return 0.0
    return float(duration.convertUnits(TimeUnit.MINUTES, properties).getDuration())


def _when(value):
    from datetime import datetime

    if value is None:
        return None
    return datetime(
        value.getYear(),
        value.getMonthValue(),
        value.getDayOfMonth(),
        value.getHour(),
        value.getMinute(),
    )


def mpxj_reads(path) -> dict:
    """Tasks, links, resources, assignments and calendars as MPXJ reads ``path``."""
    java()
    from java.time import DayOfWeek
    from org.mpxj.reader import UniversalProjectReader

    project = UniversalProjectReader().read(str(path))
    properties = project.getProjectProperties()
    tasks, links = {}, set()
    for task in project.getTasks():
        uid = int(task.getUniqueID())
        if uid == 0:
            continue  # the project summary task
        tasks[uid] = {
            "name": str(task.getName() or ""),
            "minutes": _minutes(task.getDuration(), properties),
            "start": _when(task.getStart()),
            "finish": _when(task.getFinish()),
            "summary": bool(task.getSummary()),
        }
        for relation in task.getPredecessors():
            links.add(
                (
                    int(relation.getPredecessorTask().getUniqueID()),
                    uid,
                    str(relation.getType()),
                    _minutes(relation.getLag(), properties),
                )
            )
    resources = {
        int(r.getUniqueID()): str(r.getName() or "")
        for r in project.getResources()
        if int(r.getUniqueID()) != 0
    }
    assignments = {
        (int(a.getTask().getUniqueID()), int(a.getResource().getUniqueID()))
        for a in project.getResourceAssignments()
        if a.getResource() is not None
    }
    calendars = {}
    for calendar in project.getCalendars():
        week = {}
        for index, day in enumerate(_DAYS):
            hours = calendar.getHours(getattr(DayOfWeek, day))
            week[index] = [
                (r.getStart().toSecondOfDay() // 60, (r.getEnd().toSecondOfDay() // 60) or 1440)
                for r in hours or []
            ]
        calendars[str(calendar.getName())] = {
            "week": week,
            "exceptions": int(calendar.getCalendarExceptions().size()),
        }
    return {
        "tasks": tasks,
        "links": links,
        "resources": resources,
        "assignments": assignments,
        "calendars": calendars,
    }
