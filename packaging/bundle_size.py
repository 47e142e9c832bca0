"""How big the bundle is and how fast it starts (`make bundle-size`), against the targets.

Prints the size of dist/pmdesk on disk, of the same folder as .tar.xz (written to build/, the
Linux download), the median time from launching `pmdesk --demo` to its window's first paint
over fresh processes, and what each lean-bundle rule and the stripping saved (from the
reports the build wrote in build/pmdesk/).

    python packaging/bundle_size.py [--runs 7] [--drop-caches]

--drop-caches (Linux, as root) empties the page cache before every start: a start as after
a reboot. Without it the bundle's files are in memory after the first start, as when a user
opens pmdesk a second time; each run is still a new process.
"""

from __future__ import annotations

import argparse
import lzma
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLE = os.path.join(ROOT, "dist", "pmdesk")
REPORTS = os.path.join(ROOT, "build", "pmdesk")
TARGET_DISK_MB = 230
TARGET_ARCHIVE_MB = 75
TARGET_START_S = 1.5
MB, MIB = 1000 * 1000, 1024 * 1024


def disk_size(folder: str) -> int:
    """Bytes of the files (symbolic links count as nothing, as in an archive)."""
    total = 0
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
    return total


def archive(folder: str, target: str) -> int:
    """``folder`` as target (.tar.xz, xz's default level 6); returns its size in bytes."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with lzma.open(target, "wb", preset=6) as packed, tarfile.open(fileobj=packed, mode="w") as tar:
        tar.add(folder, arcname=os.path.basename(folder))
    return os.path.getsize(target)


def start_once(executable: str, config: str, drop_caches: bool) -> float:
    """Seconds from launching ``executable --demo`` to its window's first paint."""
    if drop_caches:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as caches:
            caches.write("3\n")
    env = dict(
        os.environ,
        PMDESK_STARTUP_PROBE="1",
        PMDESK_CONFIG_DIR=config,
        PMDESK_DATA_DIR=os.path.join(config, "data"),
    )
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    result = subprocess.run(
        [executable, "--demo"], env=env, capture_output=True, text=True, timeout=120
    )
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{executable} did not report its first paint:\n{result.stderr}")


def _read_tsv(path: str) -> list[list[str]]:
    if not os.path.isfile(path):
        return []
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip()]


def savings() -> list[str]:
    lines = []
    by_reason: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for reason, _dest, size in _read_tsv(os.path.join(REPORTS, "excluded.tsv")):
        by_reason[reason][0] += int(size)
        by_reason[reason][1] += 1
    for reason, (size, count) in sorted(by_reason.items(), key=lambda item: -item[1][0]):
        lines.append(f"  {size / MB:6.1f} MB  {count:3d} files  {reason}")
    stripped = _read_tsv(os.path.join(REPORTS, "stripped.tsv"))
    if stripped:
        saved = sum(int(before) - int(after) for _path, before, after in stripped)
        lines.append(
            f"  {saved / MB:6.1f} MB  {len(stripped):3d} files  symbol tables stripped "
            "(not in auditwheel's .libs folders, which stripping breaks)"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="starts to take the median of")
    parser.add_argument(
        "--drop-caches",
        action="store_true",
        help="empty the page cache before each start (Linux, root)",
    )
    parser.add_argument("--bundle", default=BUNDLE, help="the bundle folder (dist/pmdesk)")
    args = parser.parse_args(argv)
    executable = os.path.join(args.bundle, "pmdesk.exe" if sys.platform == "win32" else "pmdesk")
    if not os.path.isfile(executable):
        print(f"bundle-size: no bundle at {args.bundle}; run `make bundle` first.", file=sys.stderr)
        return 1
    ok = True
    disk = disk_size(args.bundle)
    ok &= disk <= TARGET_DISK_MB * MB
    print(
        f"on disk:    {disk / MB:6.1f} MB ({disk / MIB:.1f} MiB)   target <= {TARGET_DISK_MB} MB",
        flush=True,
    )
    from pmdesk import __version__

    platform = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    target = os.path.join(ROOT, "build", f"pmdesk-{__version__}-{platform}.tar.xz")
    packed = archive(args.bundle, target)
    ok &= packed <= TARGET_ARCHIVE_MB * MB
    print(
        f"tar.xz:     {packed / MB:6.1f} MB ({packed / MIB:.1f} MiB)   target <= "
        f"{TARGET_ARCHIVE_MB} MB   ({os.path.relpath(target, ROOT)})",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="pmdesk-size-") as config:
        if not args.drop_caches:
            start_once(executable, config, False)  # the first start reads the files from disk
        times = [start_once(executable, config, args.drop_caches) for _ in range(args.runs)]
    median = statistics.median(times)
    ok &= median <= TARGET_START_S
    kind = "cold cache" if args.drop_caches else "new process, warm cache"
    print(
        f"start-up:   {median:6.2f} s median to the window's first paint over {args.runs} "
        f"runs ({kind}; min {min(times):.2f}, max {max(times):.2f})   target <= "
        f"{TARGET_START_S} s",
        flush=True,
    )
    lines = savings()
    if lines:
        print("left out of the bundle (sizes before stripping):")
        print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, ROOT)
    sys.exit(main())
