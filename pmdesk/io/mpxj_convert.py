"""The MPXJ converter, run as a child process: ``python -m pmdesk.io.mpxj_convert read SRC OUT.xml``
turns any project file MPXJ reads (.mpp, .mpx, .xer, PMXML, Asta, Phoenix, Planner...) into
MS Project XML; ``... write IN.xml OUT.ext`` writes an MS Project XML file as .mpx, .xer,
Primavera PMXML or Planner XML.

It runs apart from pmdesk because a Java virtual machine, once started inside a process,
keeps its memory until that process ends, and a file that sends MPXJ into a loop can then be
stopped by ending the process. It speaks to pmdesk through lines on its standard output
starting with ``PMDESK-MPXJ`` (Java's own libraries may print other lines there):
``progress STAGE``, then ``result JSON`` or ``error JSON`` (``kind`` and ``detail``; the
parent turns them into sentences). Only the standard library and jpype are imported here, so
the process starts quickly.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, SupportsInt, TypedDict

PREFIX = "PMDESK-MPXJ"
# Bounds the converter's memory: a damaged file must not take the machine's (a 10,000-task
# .mpp converts in well under 512 MB).
JAVA_OPTIONS = (
    "-Xmx1g",
    "-Xss8m",
    "-Djava.awt.headless=true",
    # A short-lived JVM: the first compiler tier alone starts and converts sooner.
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
)
WRITERS = {
    ".mpx": "org.mpxj.mpx.MPXWriter",
    ".xer": "org.mpxj.primavera.PrimaveraXERFileWriter",
    ".pmxml": "org.mpxj.primavera.PrimaveraPMFileWriter",
    ".planner": "org.mpxj.planner.PlannerWriter",
}
EXIT_USER_ERROR = 3

# A JPype proxy of a Java object (a ProjectFile, a Task, a Java exception): its methods are
# MPXJ's Java API, which no Python types describe.
JavaObject = Any


class ReadSummary(TypedDict):
    """What ``read`` tells the parent about the source file (sent as JSON)."""

    format: str
    application: str
    projects: int
    first_project: str
    tasks: int
    resources: int
    assignments: int
    calendars: int
    not_kept: dict[str, int]


class WriteSummary(TypedDict):
    tasks: int


def _say(kind: str, payload: str | Mapping[str, object] = "") -> None:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    print(f"{PREFIX} {kind} {text}".rstrip(), flush=True)


class ConversionFailed(Exception):
    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind)
        self.kind, self.detail = kind, detail


def start_java() -> ModuleType:
    """Start the JVM with MPXJ's jars; ConversionFailed("no-java"/"no-extra") when it cannot."""
    try:
        import jpype
        import mpxj  # noqa: F401  (adds MPXJ's jars to the class path)
    except ImportError as exc:
        raise ConversionFailed("no-extra", str(exc)) from None
    path = os.environ.get("PMDESK_JVM_PATH")  # a chosen Java; also how the tests hide Java
    try:
        jvm = path or jpype.getDefaultJVMPath()
        jpype.startJVM(jvm, *JAVA_OPTIONS, convertStrings=True)
    except (OSError, RuntimeError, jpype.JVMNotFoundException) as exc:
        raise ConversionFailed("no-java", str(exc)) from None
    try:
        from org.mpxj.reader import UniversalProjectReader  # noqa: F401
    except ImportError as exc:  # classes compiled for a newer Java than the one found
        raise ConversionFailed("old-java", str(exc)) from None
    module: ModuleType = jpype  # the package is untyped: name what it is
    return module


def _java_detail(exc: JavaObject) -> str:
    """The messages of a Java exception and its causes, on one line."""
    parts: list[str] = []
    seen = 0
    while exc is not None and seen < 6:
        seen += 1
        try:
            name = str(exc.getClass().getSimpleName())
            message = exc.getMessage()
            cause = exc.getCause()
        except AttributeError:
            name, message, cause = type(exc).__name__, str(exc), None
        parts.append(f"{name}: {message}" if message else name)
        exc = cause
    return " <- ".join(parts)[:300].replace("\n", " ")


def _classify(jpype: ModuleType, exc: JavaObject) -> ConversionFailed:
    detail = _java_detail(exc)
    if "password" in detail.lower():
        return ConversionFailed("password", detail)
    if "OutOfMemoryError" in detail:
        return ConversionFailed("memory", detail)
    return ConversionFailed("unreadable", detail)


# Callable[...]: the callers' lambdas bind their loop variable as a default argument.
def _count(call: Callable[..., SupportsInt]) -> int:
    try:
        return int(call())
    except Exception:  # noqa: BLE001  (an API this MPXJ version lacks: nothing to report)
        return 0


def _not_kept(project: JavaObject) -> dict[str, int]:
    """What MPXJ read from the source that MS Project XML (and so pmdesk) has no place for."""
    tasks = list(project.getTasks())
    counts = {
        "activity codes": _count(lambda: project.getActivityCodes().size()),
        "user defined fields": _count(lambda: project.getUserDefinedFields().size()),
        "expense items": sum(_count(lambda t=t: t.getExpenseItems().size()) for t in tasks),
        "activity steps": sum(_count(lambda t=t: t.getSteps().size()) for t in tasks),
    }
    return {what: n for what, n in counts.items() if n}


def read(source: str, target: str) -> ReadSummary:
    """Convert ``source`` (any format MPXJ reads) to MS Project XML in ``target``."""
    _say("progress", "java")
    jpype = start_java()
    from org.mpxj.mspdi import MSPDIWriter
    from org.mpxj.reader import UniversalProjectReader

    _say("progress", "reading")
    try:
        projects = list(UniversalProjectReader().readAll(source) or [])
    except jpype.JException as exc:
        raise _classify(jpype, exc) from None
    if not projects:
        raise ConversionFailed("unrecognised")
    project = projects[0]
    properties = project.getProjectProperties()
    summary: ReadSummary = {
        "format": str(properties.getFileType() or ""),
        "application": str(properties.getFileApplication() or ""),
        "projects": len(projects),
        "first_project": str(properties.getName() or properties.getProjectTitle() or ""),
        # Unique id 0 is MS Project's project summary task and its placeholder resource,
        # which MSPDI keeps apart from the plan's own.
        "tasks": sum(1 for t in project.getTasks() if _count(t.getUniqueID) != 0),
        "resources": sum(1 for r in project.getResources() if _count(r.getUniqueID) != 0),
        "assignments": int(project.getResourceAssignments().size()),
        "calendars": int(project.getCalendars().size()),
        "not_kept": _not_kept(project),
    }
    _say("progress", "writing")
    try:
        MSPDIWriter().write(project, target)
    except jpype.JException as exc:
        raise ConversionFailed("write-failed", _java_detail(exc)) from None
    return summary


def _fill_remaining(project: JavaObject) -> None:
    """Give every task its actual and remaining duration, which MS Project XML leaves out
    when they follow from % complete; P6's XER and PMXML keep the remaining duration as the
    activity's duration (without it, P6 and MPXJ read every activity as 0 days long)."""
    from org.mpxj import Duration

    for task in project.getTasks():
        duration = task.getDuration()
        if duration is None or task.getRemainingDuration() is not None:
            continue
        done = float(task.getPercentageComplete() or 0) / 100
        amount, units = float(duration.getDuration()), duration.getUnits()
        task.setRemainingDuration(Duration.getInstance(amount * (1 - done), units))
        if task.getActualDuration() is None:
            task.setActualDuration(Duration.getInstance(amount * done, units))


def write(source: str, target: str) -> WriteSummary:
    """Write the MS Project XML file ``source`` in the format ``target``'s extension names."""
    extension = os.path.splitext(target)[1].lower()
    if extension not in WRITERS:
        raise ConversionFailed("no-writer", extension)
    _say("progress", "java")
    jpype = start_java()
    from org.mpxj.mspdi import MSPDIReader

    _say("progress", "reading")
    try:
        project = MSPDIReader().read(source)
    except jpype.JException as exc:
        raise _classify(jpype, exc) from None
    _fill_remaining(project)
    _say("progress", "writing")
    writer = jpype.JClass(WRITERS[extension])()
    try:
        writer.write(project, target)
    except jpype.JException as exc:
        raise ConversionFailed("write-failed", _java_detail(exc)) from None
    return {"tasks": int(project.getTasks().size())}


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("read", "write"):
        print("usage: python -m pmdesk.io.mpxj_convert read|write SOURCE TARGET", file=sys.stderr)
        return 2
    action, source, target = argv
    try:
        summary: ReadSummary | WriteSummary = (read if action == "read" else write)(source, target)
    except ConversionFailed as failure:
        _say("error", {"kind": failure.kind, "detail": failure.detail})
        return EXIT_USER_ERROR
    _say("result", summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
