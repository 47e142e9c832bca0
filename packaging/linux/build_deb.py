"""Build the Debian/Ubuntu package of the bundle (`make package` on Linux).

    python packaging/linux/build_deb.py        -> dist/pmdesk_VERSION_amd64.deb

A .deb rather than an AppImage because it can be tested end to end here (dpkg -i, the
desktop's MIME and application databases, dpkg -r) and because it is what registers a file
type with the system. It installs:
  /usr/lib/pmdesk/                  the bundle (dist/pmdesk)
  /usr/bin/pmdesk, /usr/bin/pmdesk-cli          links into it
  /usr/share/applications/pmdesk.desktop        the menu entry, handling application/x-pmdesk-plan
  /usr/share/mime/packages/pmdesk.xml           the .pmdb type (name and SQLite + "PMDB" magic)
  /usr/share/icons/hicolor/*/apps/pmdesk.png    the app icon, and .../mimetypes/ the document's
The maintainer scripts (postinst, postrm) refresh the MIME, desktop and icon caches after
install and after removal, so that removing the package also unregisters the type.
Depends lists the Debian packages of the libraries the bundle takes from the system,
found from the bundle's own ELF files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "packaging", "linux")
BUNDLE = os.path.join(ROOT, "dist", "pmdesk")
MIME_TYPE = "application/x-pmdesk-plan"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Library the bundle leaves to the system -> the Debian package that has it. Libraries a
# desktop may lack and Qt can do without (Wayland: Qt falls back to X11) are recommended.
SYSTEM_LIBRARIES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libcups.so.2": "libcups2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}
RECOMMENDED_LIBRARIES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# The tools the maintainer scripts call; a desktop has them, a server may not.
RECOMMENDS_TOOLS = ("shared-mime-info", "desktop-file-utils", "xdg-utils")

POSTINST = """#!/bin/sh
# Register the .pmdb type, the menu entry and the icons with the desktop databases.
set -e
if [ "$1" = "configure" ]; then
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database /usr/share/mime
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
"""

POSTRM = """#!/bin/sh
# dpkg has removed the files: rebuild the databases so that they forget pmdesk and .pmdb.
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database /usr/share/mime
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
"""


def needed_from_system(bundle: str) -> set[str]:
    """Libraries the bundle's ELF files link that the bundle does not hold itself."""
    held, needed = set(), set()
    for base, _dirs, files in os.walk(bundle):
        for name in files:
            path = os.path.join(base, name)
            held.add(name)
            if os.path.islink(path):
                continue
            with open(path, "rb") as handle:
                if handle.read(4) != b"\x7fELF":
                    continue
            dynamic = subprocess.run(["readelf", "-d", path], capture_output=True, text=True)
            needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic.stdout))
    return needed - held


def dependencies(bundle: str) -> tuple[list[str], list[str]]:
    """(Depends, Recommends) package names; an unknown library is an error to fix here."""
    depends, recommends, unknown = set(), set(RECOMMENDS_TOOLS), []
    for library in sorted(needed_from_system(bundle)):
        if library in SYSTEM_LIBRARIES:
            depends.add(SYSTEM_LIBRARIES[library])
        elif library in RECOMMENDED_LIBRARIES:
            recommends.add(RECOMMENDED_LIBRARIES[library])
        else:
            unknown.append(library)
    if unknown:
        raise SystemExit(
            f"build_deb: no Debian package known for {', '.join(unknown)}; "
            "add it to SYSTEM_LIBRARIES in packaging/linux/build_deb.py."
        )
    return sorted(depends), sorted(recommends)


def control(version: str, size_kib: int, depends: list[str], recommends: list[str]) -> str:
    return (
        f"Package: pmdesk\n"
        f"Version: {version}\n"
        f"Architecture: amd64\n"
        f"Maintainer: pmdesk developers <pmdesk@users.noreply.github.com>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(recommends)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Homepage: https://github.com/pmdesk/pmdesk\n"
        f"Description: product and project planning over one .pmdb file\n"
        f" pmdesk gives the product manager (roadmap, strategy canvas, P&L) and the\n"
        f" project manager (Gantt chart, resources) one tool and one plan, kept in a\n"
        f" single .pmdb file.\n"
    )


def _copy(source: str, target: str, mode: int = 0o644) -> None:
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)
    os.chmod(target, mode)


def stage(root: str, icons: str) -> None:
    """Lay out the package's files under ``root`` (the future /)."""
    lib = os.path.join(root, "usr", "lib", "pmdesk")
    shutil.copytree(BUNDLE, lib, symlinks=True)
    os.makedirs(os.path.join(root, "usr", "bin"))
    for program in ("pmdesk", "pmdesk-cli"):
        # A link keeps the name it is started by (pmdesk-cli is the console program).
        os.symlink(f"../lib/pmdesk/{program}", os.path.join(root, "usr", "bin", program))
    share = os.path.join(root, "usr", "share")
    _copy(
        os.path.join(HERE, "pmdesk.desktop"), os.path.join(share, "applications", "pmdesk.desktop")
    )
    _copy(os.path.join(HERE, "pmdesk.xml"), os.path.join(share, "mime", "packages", "pmdesk.xml"))
    hicolor = os.path.join(share, "icons", "hicolor")
    document_icon = MIME_TYPE.replace("/", "-")  # the icon name shared-mime-info looks up
    for size in ICON_SIZES:
        folder = os.path.join(hicolor, f"{size}x{size}")
        _copy(
            os.path.join(icons, "png", f"pmdesk-{size}.png"),
            os.path.join(folder, "apps", "pmdesk.png"),
        )
        _copy(
            os.path.join(icons, "png", f"pmdesk-document-{size}.png"),
            os.path.join(folder, "mimetypes", f"{document_icon}.png"),
        )
    _copy(
        os.path.join(ROOT, "resources", "icons", "pmdesk.svg"),
        os.path.join(hicolor, "scalable", "apps", "pmdesk.svg"),
    )


def build(output_dir: str) -> str:
    sys.path.insert(0, ROOT)
    from pmdesk import __version__

    if not os.path.isfile(os.path.join(BUNDLE, "pmdesk")):
        raise SystemExit("build_deb: no bundle in dist/pmdesk; run `make bundle` first.")
    icons = os.path.join(ROOT, "build", "icons")
    if not os.path.isfile(os.path.join(icons, "png", "pmdesk-256.png")):
        raise SystemExit("build_deb: no icons in build/icons; run `make bundle` first.")
    root = os.path.join(ROOT, "build", "deb", "root")
    shutil.rmtree(os.path.dirname(root), ignore_errors=True)
    stage(root, icons)
    debian = os.path.join(root, "DEBIAN")
    os.makedirs(debian)
    size_kib = (
        sum(
            os.path.getsize(os.path.join(base, f))
            for base, _d, files in os.walk(root)
            for f in files
            if not os.path.islink(os.path.join(base, f))
        )
        // 1024
    )
    depends, recommends = dependencies(BUNDLE)
    with open(os.path.join(debian, "control"), "w", encoding="utf-8") as handle:
        handle.write(control(__version__, size_kib, depends, recommends))
    for name, script in (("postinst", POSTINST), ("postrm", POSTRM)):
        path = os.path.join(debian, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(script)
        os.chmod(path, 0o755)
    os.makedirs(output_dir, exist_ok=True)
    target = os.path.join(output_dir, f"pmdesk_{__version__}_amd64.deb")
    # root:root ownership without fakeroot; xz like Debian's own packages.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, target],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


if __name__ == "__main__":
    print(f"package: {build(os.path.join(ROOT, 'dist'))}")
