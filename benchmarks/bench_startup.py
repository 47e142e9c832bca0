"""Start-up time: from launching `pmdesk --demo` to the main window's first paint.

Each run is a fresh process (PMDESK_STARTUP_PROBE=1 makes pmdesk print the time of its first
paint and quit), once with the Gantt tab remembered and once with the Roadmap tab. The clock
starts before the interpreter is launched, so the figure includes Python's own start-up.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7
TARGET_S = 1.0
# Loading a translation (and the Indonesian demo) may add at most this much (issue 16).
LANGUAGE_TARGET_S = 0.05


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def launch_once(config_dir: str, data_dir: str, language: str = "en") -> tuple[float, float, str]:
    """(wall seconds to first paint, CPU seconds of the whole run, heavy modules seen)."""
    env = dict(
        os.environ,
        PMDESK_STARTUP_PROBE="1",
        PMDESK_CONFIG_DIR=config_dir,
        PMDESK_LANG=language,
        PMDESK_DATA_DIR=data_dir,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    cpu_before = _children_cpu()
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "pmdesk", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            _, stamp, heavy = line.split()
            return float(stamp) - start, _children_cpu() - cpu_before, heavy.partition("=")[2]
    raise RuntimeError(f"pmdesk did not report its first paint:\n{result.stderr}")


def _runs(tab: str, role: str, language: str = "en") -> list[tuple[float, float, str]]:
    with tempfile.TemporaryDirectory(prefix="pmdesk-bench-") as folder:
        config, data = os.path.join(folder, "config"), os.path.join(folder, "data")
        os.makedirs(os.path.join(config, "pmdesk"))
        with open(os.path.join(config, "pmdesk", "pmdesk.ini"), "w", encoding="utf-8") as ini:
            ini.write(f"[ui]\nrole={role}\ntab_{role}={tab}\n")
        launch_once(config, data, language)  # warm the disk cache (.pyc files) once
        return [launch_once(config, data, language) for _ in range(RUNS)]


def compare_languages(tab: str = "gantt", role: str = "project") -> None:
    """English against Bahasa Indonesia (its .qm loaded: `make translations` first),
    interleaved so that a busy machine slows both alike."""
    english, indonesian = [], []
    for _ in range(2):
        english += [t for t, _, _ in _runs(tab, role, "en")]
        indonesian += [t for t, _, _ in _runs(tab, role, "id")]
    en, id_ = statistics.median(english), statistics.median(indonesian)
    print(
        f"start-up to {tab} in Bahasa Indonesia: median {id_:.3f} s, English {en:.3f} s, "
        f"difference {id_ - en:+.3f} s (target <= +{LANGUAGE_TARGET_S:.2f} s)",
        flush=True,
    )


def measure(tab: str, role: str) -> None:
    results = _runs(tab, role)
    times = [t for t, _, _ in results]
    cpu = statistics.median(c for _, c, _ in results)
    heavy = {h for _, _, h in results if h != "-"}
    median = statistics.median(times)
    note = f"; heavy modules imported: {', '.join(sorted(heavy))}" if heavy else ""
    # CPU time (whole process, including the quit) tells a slow start-up from a busy machine.
    print(
        f"start-up to {tab} (demo plan): median {median:.3f} s over {RUNS} runs "
        f"(target <= {TARGET_S:.1f} s; min {min(times):.3f}, max {max(times):.3f}; "
        f"CPU {cpu:.3f} s){note}",
        flush=True,
    )


if __name__ == "__main__":
    measure("gantt", "project")
    measure("roadmap", "product")
    compare_languages()
