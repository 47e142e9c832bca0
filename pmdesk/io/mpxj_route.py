"""Files pmdesk reads and writes through MPXJ (the optional ``formats`` extra: the ``mpxj`` and
``jpype1`` packages and a Java runtime): .mpp, .mpx, Primavera .xer and PMXML, Asta, Phoenix,
Planner and more.

MPXJ runs in a child process (``pmdesk.io.mpxj_convert``) under a time limit, converting to
MS Project XML, which pmdesk's own MSPDI reader then imports: one code path owns the
mapping, and what it cannot keep is named in its warnings as for any MSPDI file. Exports go
the other way: pmdesk writes MSPDI and MPXJ turns it into .mpx, .xer, PMXML or Planner XML.
"""

from __future__ import annotations

import importlib.util
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from pmdesk.core.plandata import PlanData
from pmdesk.io.mpxj_convert import EXIT_USER_ERROR, PREFIX, WRITERS
from pmdesk.io.mpxj_names import EXPORT_NAMES, IMPORT_NAMES, ConversionCancelled
from pmdesk.io.result import ImportResult, InteropError

IMPORT_EXTENSIONS = tuple(IMPORT_NAMES)
EXPORT_EXTENSIONS = tuple(EXPORT_NAMES)
assert set(EXPORT_EXTENSIONS) == set(WRITERS)

TIME_LIMIT = 300.0  # seconds; MPXJ converts a 5,000-task file in about two
MAX_BYTES = 1 << 30
INSTALL = "pip install 'pmdesk[formats]'"
JAVA_INSTALL = "sudo apt install default-jre-headless, or Java 11+ from adoptium.net"

Progress = Callable[[str], None]
Cancelled = Callable[[], bool]


class NotRecognised(InteropError):
    """MPXJ recognises no project format in the file."""


def missing_modules() -> list[str]:
    """The packages of the formats extra that are not installed."""
    return [name for name in ("jpype", "mpxj") if importlib.util.find_spec(name) is None]


def unavailable_reason(extension: str) -> str | None:
    """One sentence saying what to install to read or write ``extension``, or None."""
    if missing_modules():
        return (
            f"Opening and writing {extension} files needs pmdesk's optional formats extra "
            f"and Java 11 or newer: install them with {INSTALL} (Java: {JAVA_INSTALL})."
        )
    return None


def _sentence(kind: str, detail: str, name: str, extension: str) -> str:
    sentences = {
        "no-extra": unavailable_reason(extension) or f"{INSTALL} did not install completely.",
        "no-java": (
            f"{name} could not be read: it needs a Java runtime (11 or newer), and none "
            f"was found; install one ({JAVA_INSTALL}) or set JAVA_HOME."
        ),
        "old-java": (
            f"{name} could not be read: the Java runtime found is older than Java 11, "
            f"which MPXJ needs; install a newer one ({JAVA_INSTALL})."
        ),
        "password": (
            f"{name} is protected by a password; remove the password in Microsoft "
            "Project (or save it there as MS Project XML) and import it again."
        ),
        "unrecognised": (
            f"{name} is not a project file pmdesk can read (MPXJ recognises "
            "no project format in it)."
        ),
        "damaged-compound": (
            f"{name} is damaged or truncated: it starts as a Microsoft "
            "compound file, as .mpp files do, but holds no readable project."
        ),
        "memory": f"{name} is too large to convert within 1 GB of memory.",
        "write-failed": f"MPXJ could not convert {name} ({detail}).",
        "no-writer": f"pmdesk cannot write {detail} files.",
    }
    return sentences.get(kind) or (
        f"{name} could not be read: it is damaged, truncated or not a complete project file "
        f"({detail or 'MPXJ gave no reason'})."
    )


# Every .mpp (and .mpt) is an OLE2 compound file: [MS-CFB] 2.2, header signature D0CF11E0A1B11AE1.
CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


def _compound_file(path: str) -> bool:
    try:
        with open(path, "rb") as stream:
            return stream.read(8) == CFB_SIGNATURE
    except OSError:
        return False


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def run_converter(
    action: str,
    source: str,
    target: str,
    *,
    name: str,
    time_limit: float = TIME_LIMIT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[str, Any]:
    """Run the MPXJ converter process; its summary, or InteropError with one sentence."""
    extension = os.path.splitext(name)[1].lower()
    reason = unavailable_reason(extension)
    if reason:
        raise InteropError(reason)
    command = [sys.executable, "-m", "pmdesk.io.mpxj_convert", action, source, target]
    with tempfile.TemporaryFile() as errors:
        # Its own session: ending it on a time limit or Cancel ends the JVM's threads too.
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
        stdout = process.stdout
        assert stdout is not None  # stdout=PIPE
        lines: queue.Queue[str | None] = queue.Queue()
        pump = threading.Thread(target=_pump, args=(stdout, lines), daemon=True)
        pump.start()
        deadline = time.monotonic() + time_limit
        outcome: tuple[str, dict[str, Any]] | None = None  # (kind, the JSON payload)
        try:
            while True:
                if cancelled is not None and cancelled():
                    raise ConversionCancelled(f"The conversion of {name} was cancelled.")
                if time.monotonic() > deadline:
                    raise InteropError(
                        f"{name} could not be converted within {time_limit:g} seconds; it may "
                        "be damaged (pmdesk stopped the conversion)."
                    )
                try:
                    line = lines.get(timeout=0.05)
                except queue.Empty:
                    continue
                if line is None:
                    break
                if not line.startswith(PREFIX + " "):
                    continue  # Java's libraries talking
                kind, _, payload = line[len(PREFIX) + 1 :].strip().partition(" ")
                if kind == "progress" and progress is not None:
                    progress(payload)
                elif kind in ("result", "error"):
                    outcome = (kind, json.loads(payload))
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
            pump.join(timeout=5)  # it ends at the pipe's end; then the pipe can be closed
            if not pump.is_alive():
                stdout.close()
        if outcome is not None and outcome[0] == "result" and process.returncode == 0:
            return outcome[1]
        if outcome is not None and outcome[0] == "error" and process.returncode == EXIT_USER_ERROR:
            kind, detail = outcome[1].get("kind", ""), outcome[1].get("detail", "")
            if kind == "unrecognised" and _compound_file(source):
                kind = "damaged-compound"
            error = NotRecognised if kind == "unrecognised" else InteropError
            raise error(_sentence(kind, detail, name, extension))
        errors.seek(0, os.SEEK_END)
        errors.seek(max(0, errors.tell() - 400))
        tail = errors.read().decode("utf-8", "replace").strip().splitlines()
        raise InteropError(
            f"The MPXJ converter stopped unexpectedly while reading {name} (exit status "
            f"{process.returncode}{': ' + tail[-1][:200] if tail else ''})."
        )


def _check_source(path: str, name: str, extension: str) -> None:
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise InteropError(
            f"{name} is too large to import ({size:,} bytes; pmdesk imports "
            f"{extension} files up to {MAX_BYTES:,} bytes)."
        )
    if size == 0:
        raise InteropError(f"{name} is empty.")
    if extension == ".xer":
        from pmdesk.io.xer_check import check_xer

        check_xer(path)


def read_with_mpxj(
    path: str | os.PathLike[str],
    *,
    time_limit: float = TIME_LIMIT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import any file MPXJ reads, through MS Project XML and pmdesk's MSPDI reader."""
    from pmdesk.io.mspdi import read_mspdi

    path = os.fspath(path)
    name = os.path.basename(path)
    extension = os.path.splitext(name)[1].lower()
    _check_source(path, name, extension)
    with tempfile.TemporaryDirectory(prefix="pmdesk-mpxj-") as folder:
        # Named as the source, so that a sentence from the MSPDI reader names the user's file.
        converted = os.path.join(folder, name)
        summary = run_converter(
            "read",
            path,
            converted,
            name=name,
            time_limit=time_limit,
            progress=progress,
            cancelled=cancelled,
        )
        if progress is not None:
            progress("importing")
        result = read_mspdi(converted)
    result.warnings[:0] = _source_warnings(summary, name, result.data)
    return result


def _source_warnings(summary: dict[str, Any], name: str, data: PlanData) -> list[str]:
    warnings = []
    kept = {
        "tasks": len(data.tasks),
        "resources": len(data.resources),
        "assignments": len(data.assignments),
    }
    for what, count in kept.items():
        held = summary.get(what, 0)
        if held > count:
            # e.g. P6 assigns one resource to an activity several times (one per rate);
            # MS Project XML, and so pmdesk, keeps one assignment per task and resource.
            warnings.append(
                f"{name} holds {held} {what}; {count} came through MS Project XML "
                f"into pmdesk ({held - count} not imported)."
            )
    if summary.get("projects", 1) > 1:
        warnings.append(
            f"{name} holds {summary['projects']} projects; pmdesk imported the "
            f"first, '{summary.get('first_project', '')}'."
        )
    not_kept = summary.get("not_kept") or {}
    if not_kept:
        listed = ", ".join(f"{count} {what}" for what, count in sorted(not_kept.items()))
        warnings.append(f"Not imported from {name} (pmdesk has no place for them): {listed}.")
    return warnings


def write_with_mpxj(
    data: PlanData,
    path: str | os.PathLike[str],
    *,
    time_limit: float = TIME_LIMIT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[str]:
    """Export ``data`` to the MPXJ format ``path``'s extension names; returns the warnings."""
    from pmdesk.io.atomic import write_atomic
    from pmdesk.io.mspdi_writer import write_mspdi

    path = os.fspath(path)
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory(prefix="pmdesk-mpxj-") as folder:
        source = os.path.join(folder, "plan.xml")
        target = os.path.join(folder, "plan" + os.path.splitext(name)[1].lower())
        warnings = write_mspdi(data, source)
        run_converter(
            "write",
            source,
            target,
            name=name,
            time_limit=time_limit,
            progress=progress,
            cancelled=cancelled,
        )
        with open(target, "rb") as stream:
            content = stream.read()
    write_atomic(path, content)
    return warnings


def refuse_mpp() -> InteropError:
    return InteropError(
        "pmdesk cannot write .mpp files: only Microsoft Project writes them. Export to MS "
        "Project XML (.xml), which Project opens and saves as .mpp, or to .mpx."
    )
