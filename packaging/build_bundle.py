"""Build the one-folder bundle dist/pmdesk/ for this platform (`make bundle`).

From a build environment of its own (build/venv) holding only pmdesk's run-time dependencies
and PyInstaller: whatever the developer's .venv has (pytest, hypothesis, ...) cannot end up in
the bundle. The environment is made again when the dependencies in pyproject.toml change.
pmdesk itself is taken from this source tree. Runs niced: PyInstaller keeps every core busy.

    python packaging/build_bundle.py [--venv-only]      (macOS/Linux: python3)
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
VENV = os.path.join(BUILD, "venv")
STAMP = os.path.join(VENV, "requirements.txt")


def requirements() -> str:
    """pmdesk's run-time dependencies and the `bundle` extra (PyInstaller), one a line."""
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        project = tomllib.load(handle)["project"]
    return "\n".join(project["dependencies"] + project["optional-dependencies"]["bundle"]) + "\n"


def venv_python() -> str:
    folder = "Scripts" if sys.platform == "win32" else "bin"
    return os.path.join(VENV, folder, "python.exe" if sys.platform == "win32" else "python")


def ensure_build_venv() -> str:
    wanted = requirements()
    if os.path.isfile(STAMP) and os.path.isfile(venv_python()):
        with open(STAMP, encoding="utf-8") as handle:
            if handle.read() == wanted:
                return venv_python()
    print(f"build: making the build environment {VENV}", flush=True)
    shutil.rmtree(VENV, ignore_errors=True)
    venv.create(VENV, with_pip=True, clear=True)
    python = venv_python()
    listed = os.path.join(BUILD, "requirements.txt")
    with open(listed, "w", encoding="utf-8") as handle:
        handle.write(wanted)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "-r", listed], check=True)
    shutil.copyfile(listed, STAMP)  # written last: a broken install is redone next time
    return python


def has_symbol_table(path: str) -> bool:
    """An ELF file with a .symtab section (what `strip` removes); False for anything else."""
    with open(path, "rb") as handle:
        header = handle.read(64)
        if header[:4] != b"\x7fELF" or header[4] != 2:  # 64-bit ELF only
            return False
        endian = "<" if header[5] == 1 else ">"
        (shoff,) = struct.unpack_from(endian + "Q", header, 0x28)
        shentsize, shnum = struct.unpack_from(endian + "HH", header, 0x3A)
        for index in range(shnum):
            handle.seek(shoff + index * shentsize + 4)
            kind = handle.read(4)
            if len(kind) == 4 and struct.unpack(endian + "I", kind)[0] == 2:  # SHT_SYMTAB
                return True
    return False


def strip_binaries(folder: str, report: str) -> None:
    """Strip symbol tables from the bundle's ELF files (Linux).

    Not PyInstaller's strip=True, which strips everything: libraries that auditwheel
    re-linked into a wheel's "NAME.libs" folder (numpy's OpenBLAS) break when stripped
    ("ELF load command address/offset not page-aligned"), so those are left alone.
    """
    lines = []
    for base, _dirs, files in os.walk(folder):
        if any(part.endswith(".libs") for part in os.path.relpath(base, folder).split(os.sep)):
            continue
        for name in files:
            path = os.path.join(base, name)
            if os.path.islink(path) or not has_symbol_table(path):
                continue
            before = os.path.getsize(path)
            subprocess.run(["strip", "--strip-unneeded", path], check=True)
            lines.append(f"{os.path.relpath(path, folder)}\t{before}\t{os.path.getsize(path)}\n")
    with open(report, "w", encoding="utf-8") as handle:
        handle.writelines(lines)


def build_translations(python: str) -> None:
    """resources/translations/*.ts -> .qm with the build environment's pyside6-lrelease."""
    folder = os.path.join(ROOT, "resources", "translations")
    lrelease = os.path.join(os.path.dirname(python), "pyside6-lrelease")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".ts"):
            source = os.path.join(folder, name)
            subprocess.run([lrelease, "-silent", source, "-qm", source[:-3] + ".qm"], check=True)


def main(argv: list[str]) -> int:
    if hasattr(os, "nice"):
        os.nice(10)  # the children (pip, PyInstaller, strip) inherit it
    python = ensure_build_venv()
    if argv == ["--venv-only"]:
        print(f"build: environment {VENV} is up to date", flush=True)
        return 0
    env = dict(os.environ, PYTHONPATH=ROOT)  # pmdesk from this tree, not an installed copy
    subprocess.run(
        [python, os.path.join(ROOT, "packaging", "icons.py"), os.path.join(BUILD, "icons")],
        check=True,
        env=env,
    )
    build_translations(python)
    subprocess.run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            os.path.join(ROOT, "dist"),
            "--workpath",
            BUILD,
            os.path.join(ROOT, "packaging", "pmdesk.spec"),
        ],
        check=True,
        env=env,
    )
    bundle = os.path.join(ROOT, "dist", "pmdesk")
    if sys.platform.startswith("linux") and shutil.which("strip"):
        strip_binaries(bundle, os.path.join(BUILD, "pmdesk", "stripped.tsv"))
    print(f"build: {bundle}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
